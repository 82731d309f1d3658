// SPDX-License-Identifier: GPL-3.0-or-later
// ServerMigrations and ServerSchema on both back ends: every test runs on a SQLite file and on a throwaway
// PostgreSQL 15 database (that row skips as root, where initdb cannot run). From empty to current, the version
// where each back end keeps it, reopening, databases left at older versions by earlier foliods carried
// forward with their rows, a newer database refused naming both versions, a failing migration leaving the
// version where it was, and two nodes migrating one empty PostgreSQL database at the same moment.

#include "postgresserver.h"
#include "sql/sqlconnection.h"
#include "store/servermigrations.h"
#include "store/serverschema.h"
#include "store/serverstore.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace Folio;
using namespace Folio::Server;

class TestServerMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target; // the row's fresh, empty database

    bool isPostgres() const { return SqlConnection::isPostgresUrl(m_target); }

    // What the database says its version is, read the back end's own way (not through ServerMigrations).
    static Result<int> recordedVersion(SqlConnection &db)
    {
        auto version = db.dialect().backend() == SqlDialect::Backend::Postgres
            ? db.scalar(QStringLiteral("SELECT version FROM schema_version"))
            : db.scalar(QStringLiteral("PRAGMA user_version"));
        if (!version) {
            return std::unexpected(version.error());
        }
        return version->toInt();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_target = m_dir->filePath(QStringLiteral("foliod.db"));
        if (backend == QLatin1String("postgres")) {
            auto &server = Test::PostgresServer::shared();
            if (!server.skipReason().isEmpty()) {
                QSKIP(qPrintable(server.skipReason()));
            }
            QVERIFY2(server.isRunning(), qPrintable(server.failure()));
            QVERIFY2(server.createDatabase(QStringLiteral("tst_servermigrations")), qPrintable(server.failure()));
            m_target = server.url(QStringLiteral("tst_servermigrations"));
        }
    }

    void cleanup() { m_dir.reset(); }

    void migratesFromEmptyAndReopens()
    {
        auto db = SqlConnection::open(m_target);
        FOLIO_VERIFY_OK(db);
        QCOMPARE(ServerMigrations::version(**db).value_or(-1), 0);
        auto before = ServerMigrations::migrate(**db, ServerSchema::migrations());
        FOLIO_VERIFY_OK(before);
        QCOMPARE(*before, 0);
        QCOMPARE(ServerSchema::currentVersion(), 3);
        QCOMPARE(ServerMigrations::version(**db).value_or(-1), ServerSchema::currentVersion());
        QCOMPARE(recordedVersion(**db).value_or(-1), ServerSchema::currentVersion());
        if (isPostgres()) {
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM schema_version"))->toLongLong(), qint64(1));
            // Version 2's PostgreSQL-only statement: the change feed's sequence.
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT nextval('change_seq')"))->toLongLong(), qint64(1));
        } else {
            // SQLite keeps the version where foliod.db always had it, and makes no version table.
            QVERIFY(!(*db)
                         ->scalar(QStringLiteral(
                             "SELECT 1 FROM sqlite_master WHERE name IN ('schema_version', 'change_seq')"))
                         ->isValid());
        }
        // Every version's tables are there: 1 (users), 2 (the library's default grants), 3 (login failures).
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM users"))->toLongLong(), qint64(0));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM grants"))->toLongLong(), qint64(5));
        FOLIO_VERIFY_OK((*db)->execute(QStringLiteral("INSERT INTO login_failures (kind, subject, failures, "
                                                      "last_failure_ms) VALUES ('address', '192.0.2.1', 1, ?)"),
            qint64(1'767'225'600'000)));

        // Reopening runs nothing: the store reports the version it found.
        auto again = ServerMigrations::migrate(**db, ServerSchema::migrations());
        FOLIO_VERIFY_OK(again);
        QCOMPARE(*again, ServerSchema::currentVersion());
        db->reset();
        auto store = ServerStore::open(m_target, m_dir->path());
        FOLIO_VERIFY_OK(store);
        QCOMPARE((*store)->migratedFrom(), ServerSchema::currentVersion());
        QCOMPARE((*store)->connection().scalar(QStringLiteral("SELECT count(*) FROM grants"))->toLongLong(), qint64(5));
    }

    // A database an earlier foliod left at version 1 or 2 is carried forward, rows and all, not rebuilt.
    void upgradesOlderDatabases_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("from 1") << 1;
        QTest::newRow("from 2") << 2;
    }

    void upgradesOlderDatabases()
    {
        QFETCH(int, from);
        {
            auto db = SqlConnection::open(m_target);
            FOLIO_VERIFY_OK(db);
            FOLIO_VERIFY_OK(ServerMigrations::migrate(**db, ServerSchema::migrations().mid(0, from)));
            QCOMPARE(recordedVersion(**db).value_or(-1), from);
            QVERIFY(!(*db)->scalar(QStringLiteral("SELECT count(*) FROM login_failures")));
            FOLIO_VERIFY_OK((*db)->execute(QStringLiteral("INSERT INTO users (uuid, name, role, password_hash, "
                                                          "totp_secret, created) VALUES (?, ?, ?, ?, ?, ?)"),
                QStringLiteral("0190f5a0-0000-7000-8000-000000000001"), QStringLiteral("early"),
                QStringLiteral("editor"), QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA"),
                QByteArray("\x00\x01secret", 8), QStringLiteral("2025-01-01T00:00:00.000Z")));
        }
        auto store = ServerStore::open(m_target, m_dir->path());
        FOLIO_VERIFY_OK(store);
        QCOMPARE((*store)->migratedFrom(), from);
        auto early = (*store)->user(QStringLiteral("early"));
        FOLIO_VERIFY_OK(early);
        QCOMPARE(early->role, QStringLiteral("editor"));
        QCOMPARE(early->totpSecret, QByteArray("\x00\x01secret", 8));
        QCOMPARE(recordedVersion((*store)->connection()).value_or(-1), ServerSchema::currentVersion());
        QCOMPARE((*store)->connection().scalar(QStringLiteral("SELECT count(*) FROM login_failures"))->toLongLong(),
            qint64(0));
        // The upgraded database works: a new user gets the next row id.
        auto added = (*store)->addUser(QStringLiteral("later"), QStringLiteral("viewer"),
            QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA"), QStringLiteral("test"));
        FOLIO_VERIFY_OK(added);
        QCOMPARE((*store)->users()->size(), 2);
    }

    void refusesANewerDatabase()
    {
        {
            FOLIO_VERIFY_OK(ServerStore::open(m_target, m_dir->path()));
            auto db = SqlConnection::open(m_target);
            FOLIO_VERIFY_OK(db);
            const int newer = ServerSchema::currentVersion() + 7;
            FOLIO_VERIFY_OK(isPostgres()
                    ? (*db)->exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer))
                    : (*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        }
        auto refused = ServerStore::open(m_target, m_dir->path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unsupported);
        const QString message = refused.error().message();
        QVERIFY2(message.contains(QStringLiteral("version %1").arg(ServerSchema::currentVersion() + 7)),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("up to version %1").arg(ServerSchema::currentVersion())),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("newer foliod")), qPrintable(message));
        auto db = SqlConnection::open(m_target);
        FOLIO_VERIFY_OK(db);
        QVERIFY2(message.contains((*db)->name()), qPrintable(message));
        QCOMPARE(recordedVersion(**db).value_or(-1), ServerSchema::currentVersion() + 7);
    }

    // A migration that fails leaves the database at the version before it, with nothing of it applied.
    void failingMigrationChangesNothing()
    {
        const QList<ServerMigration> broken { ServerSchema::migrations().first(),
            { 2, "CREATE TABLE half_done (id {id}); INSERT INTO no_such_table VALUES (1);", nullptr } };
        auto db = SqlConnection::open(m_target);
        FOLIO_VERIFY_OK(db);
        auto failed = ServerMigrations::migrate(**db, broken);
        QVERIFY(!failed);
        QVERIFY2(
            failed.error().message().contains(QLatin1String("schema version 2")), qPrintable(failed.error().message()));
        QCOMPARE(ServerMigrations::version(**db).value_or(-1), 1);
        QVERIFY(!(*db)->scalar(QStringLiteral("SELECT count(*) FROM half_done")));
        // And the real version 2 still applies afterwards.
        FOLIO_VERIFY_OK(ServerMigrations::migrate(**db, ServerSchema::migrations()));
        QCOMPARE(ServerMigrations::version(**db).value_or(-1), ServerSchema::currentVersion());
    }

    // Two nodes starting at once on one empty PostgreSQL database: both succeed, the migrations ran once.
    // (Run twice they would fail: CREATE TABLE of a table that exists.) Repeated, with a fresh database each
    // round, so the two meet at different points.
    void twoNodesMigrateOneEmptyDatabase()
    {
        if (!isPostgres()) {
            QSKIP("PostgreSQL only: on SQLite one foliod holds the data directory");
        }
        for (int round = 0; round < 4; ++round) {
            QVERIFY(Test::PostgresServer::shared().createDatabase(QStringLiteral("tst_servermigrations")));
            std::unique_ptr<SqlConnection> nodes[2];
            for (auto &node : nodes) {
                auto db = SqlConnection::open(m_target);
                FOLIO_VERIFY_OK(db);
                node = std::move(*db);
            }
            std::latch ready(2);
            Result<int> results[2] { 0, 0 };
            auto start = [&](int i) {
                ready.arrive_and_wait();
                results[i] = ServerMigrations::migrate(*nodes[i], ServerSchema::migrations());
            };
            std::thread first(start, 0);
            std::thread second(start, 1);
            first.join();
            second.join();
            FOLIO_VERIFY_OK(results[0]);
            FOLIO_VERIFY_OK(results[1]);
            // Whoever took the lock first found the database empty; the other found some or all of it done.
            QCOMPARE(std::min(*results[0], *results[1]), 0);
            QVERIFY(*results[0] != 0 || *results[1] != 0);
            QCOMPARE(recordedVersion(*nodes[0]).value_or(-1), ServerSchema::currentVersion());
            QCOMPARE(nodes[1]->scalar(QStringLiteral("SELECT count(*) FROM schema_version"))->toLongLong(), qint64(1));
            QCOMPARE(nodes[1]->scalar(QStringLiteral("SELECT count(*) FROM grants"))->toLongLong(), qint64(5));
            for (auto &node : nodes) {
                node.reset();
            }
        }
    }
};

FOLIO_TEST(TestServerMigrations, "servermigrations")
#include "tst_servermigrations.moc"
