// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a fixture library under tests/data/schema/v<N>/ (made by
// tests/data/schema/make-fixture); each is upgraded to the current schema and must then verify and keep
// its items. A missing fixture for a version, the current one included, fails the test.

#include "library/library.h"
#include "library/libraryverifier.h"
#include "store/itemrepository.h"
#include "store/migrations.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace {
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVersionHasAFixture()
    {
        for (int version = 1; version <= Schema::currentVersion(); ++version) {
            const QString fixture = Test::sourceDir(QStringLiteral("tests/data/schema/v%1").arg(version));
            QVERIFY2(Library::isLibrary(fixture),
                     qPrintable(QStringLiteral("No fixture for schema version %1 at %2: run tests/data/schema/make-fixture")
                                    .arg(version)
                                    .arg(fixture)));
        }
    }

    void upgradesEachFixture_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Schema::currentVersion(); ++version) {
            QTest::addRow("v%d", version) << version;
        }
    }

    void upgradesEachFixture()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        QVERIFY(copyTree(Test::sourceDir(QStringLiteral("tests/data/schema/v%1").arg(version)), dir.path()));
        auto library = Library::open(dir.path(), Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(library);
        QCOMPARE(Migrations::version((*library)->database()).value_or(-1), Schema::currentVersion());
        auto report = LibraryVerifier::verify(**library);
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        auto count = ItemRepository((*library)->database()).count();
        FOLIO_VERIFY_OK(count);
        QVERIFY(*count >= 1);
    }
};

FOLIO_TEST(TestMigrations, "migrations")
#include "tst_migrations.moc"
