// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"
#include "library/library.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printVersions_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("folioctl") << "folioctl";
        QTest::newRow("foliod") << "foliod";
        QTest::newRow("folio") << "folio";
    }

    void printVersions()
    {
        QFETCH(QString, program);
        const auto result = Test::run(Test::program(program), {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QString::fromLatin1(BuildInfo::version)), qPrintable(result.out));
    }

    void folioctlHelpDescribesIt()
    {
        const auto result = Test::run(Test::program(QStringLiteral("folioctl")), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Usage:")));
        QVERIFY(result.out.contains(QStringLiteral("command")));
    }

    void unknownCommandIsAnError()
    {
        const auto result = Test::run(Test::program(QStringLiteral("folioctl")), {QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    }

    void folioWithoutDisplayPointsToFolioctl()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const auto result = Test::run(Test::program(QStringLiteral("folio")), {}, env);
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("folioctl")), qPrintable(result.err));
    }

    void folioCreatesTheDefaultLibraryOnFirstStart()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("FOLIO_LIBRARY"));
        env.insert(QStringLiteral("FOLIO_QUIT_AFTER_MS"), QStringLiteral("200"));
        const auto result = Test::run(Test::program(QStringLiteral("folio")), {}, env, 30000);
        QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(Library::isLibrary(home.filePath(QStringLiteral("data/folio/Library"))));
    }
};

FOLIO_TEST(TestPrograms, "programs")
#include "tst_programs.moc"
