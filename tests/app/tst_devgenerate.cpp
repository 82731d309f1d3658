// SPDX-License-Identifier: GPL-3.0-or-later
// `folioctl dev generate` as a developer runs it: a synthetic library made from the command line passes
// `folioctl verify`, its text files are written, the same seed twice is refused, and wrong arguments are
// usage errors.

#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestDevGenerate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Test::ProcessResult folioctl(const QStringList &arguments)
    {
        return Test::run(Test::program(QStringLiteral("folioctl")),
            QStringList { QStringLiteral("--library"), m_dir.filePath(QStringLiteral("library")) } + arguments);
    }

private Q_SLOTS:
    void generatesAVerifiableLibrary()
    {
        const QString text = m_dir.filePath(QStringLiteral("text"));
        const auto made = folioctl({ QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--items"),
            QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--now"),
            QStringLiteral("2026-06-01"), QStringLiteral("--write-text"), text, QStringLiteral("--json") });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject report = QJsonDocument::fromJson(made.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("folio.dev.generate"));
        QCOMPARE(report.value(QStringLiteral("items")).toInteger(), 600);
        QCOMPARE(
            report.value(QStringLiteral("assets")).toInteger() + report.value(QStringLiteral("documents")).toInteger(),
            600);
        QCOMPARE(report.value(QStringLiteral("text_files")).toInteger(), 600);
        QCOMPARE(QDir(text).entryList({ QStringLiteral("*.txt") }, QDir::Files).size(), 600);

        const auto verified = folioctl({ QStringLiteral("verify") });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        const auto again = folioctl({ QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--items"),
            QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--now"),
            QStringLiteral("2026-06-01") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("seed 12")), qPrintable(again.err));
    }

    void wrongArgumentsAreUsageErrors()
    {
        for (const QStringList &arguments : { QStringList { QStringLiteral("dev"), QStringLiteral("generate") },
                 QStringList { QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--items"),
                     QStringLiteral("many") },
                 QStringList { QStringLiteral("dev"), QStringLiteral("frobnicate"), QStringLiteral("--items"),
                     QStringLiteral("5") },
                 QStringList { QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--items"),
                     QStringLiteral("5"), QStringLiteral("--now"), QStringLiteral("yesterday") } }) {
            const auto result = folioctl(arguments);
            QVERIFY2(
                result.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err));
        }
    }
};

FOLIO_TEST(TestDevGenerate, "devgenerate")
#include "tst_devgenerate.moc"
