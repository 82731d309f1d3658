// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a fixture library under tests/data/schema/v<N>/ (made by
// tests/data/schema/make-fixture); each is upgraded to the current schema and must then verify and keep
// its items. A missing fixture for a version, the current one included, fails the test.

#include "library/library.h"
#include "library/libraryverifier.h"
#include "store/database.h"
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

    // v3 copies browse values onto the item (BrowseRepository sorts by them) and fills them for the items
    // already there, without marking any item changed for the search index.
    void v3FillsBrowseColumns()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(Test::sourceDir(QStringLiteral("tests/data/schema/v2")), dir.path()));
        const QString path = QDir(dir.path()).filePath(Library::databaseFileName());
        auto searchLog = [](Database &db) {
            auto stmt = db.prepare(
                QStringLiteral("SELECT (SELECT value FROM search_seq), count(*), sum(seq) FROM search_change"));
            return stmt && stmt->next().value_or(false)
                ? QStringLiteral("%1/%2/%3").arg(stmt->int64(0)).arg(stmt->int64(1)).arg(stmt->int64(2))
                : QString();
        };
        QString before;
        {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            FOLIO_VERIFY_OK(db);
            QCOMPARE(Migrations::version(**db).value_or(-1), 2);
            before = searchLog(**db);
            QVERIFY(!before.isEmpty());
        }
        auto library = Library::open(dir.path(), Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(library);
        Database &db = (*library)->database();
        QCOMPARE(searchLog(db), before);
        // The fixture's brief.txt: "creator" set, a second version checked in ("second version\n").
        auto stmt = db.prepare(QStringLiteral("SELECT current_mime_type, current_size, version_count, creator, pages "
                                              "FROM item WHERE title = 'brief'"));
        FOLIO_VERIFY_OK(stmt);
        QVERIFY(stmt->next().value_or(false));
        QCOMPARE(stmt->text(0), QStringLiteral("text/plain"));
        QCOMPARE(stmt->int64(1), 15);
        QCOMPARE(stmt->int64(2), 2);
        QCOMPARE(stmt->text(3), QStringLiteral("Ada Lovelace"));
        QCOMPARE(stmt->int64(4), 0);
        // Every live item agrees with the tables the copies come from.
        auto wrong = db.scalar(QStringLiteral(
            "SELECT count(*) FROM item i LEFT JOIN version v ON v.id = i.current_version_id WHERE i.tombstone = 0 AND ("
            "i.current_mime_type IS NOT ifnull(v.mime_type, '') OR i.current_size IS NOT ifnull(v.size, 0) OR "
            "i.version_count IS NOT (SELECT count(*) FROM version WHERE item_id = i.id))"));
        FOLIO_VERIFY_OK(wrong);
        QCOMPARE(wrong->toLongLong(), 0);
        auto live = db.scalar(QStringLiteral("SELECT count(*) FROM item WHERE tombstone = 0 AND version_count > 0"));
        FOLIO_VERIFY_OK(live);
        QVERIFY(live->toLongLong() >= 2);
    }
};

FOLIO_TEST(TestMigrations, "migrations")
#include "tst_migrations.moc"
