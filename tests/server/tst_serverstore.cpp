// SPDX-License-Identifier: GPL-3.0-or-later
// ServerStore on both back ends: every test that touches the database runs on the embedded server's
// DIR/foliod.db and on a throwaway PostgreSQL 15 database (that row skips as root, where initdb cannot run);
// the tests of names, roles, the data directory lock and access tokens need no database and run once, on the
// sqlite row. Users, TOTP steps, sessions, revocation and expiry, only hashes stored, the audit chain
// verifying, and two nodes writing users and the audit chain at the same moment.

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "postgresserver.h"
#include "sql/sqlconnection.h"
#include "store/datadirectorylock.h"
#include "store/serverschema.h"
#include "store/serverstore.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace Folio;
using namespace Folio::Server;

namespace TestServerStoreHelpers {
QString fastHash(const QString &password)
{
    return *PasswordHasher(1, 1 << 20).hash(password);
}

// Every byte SQLite may have written for foliod.db: the file, its WAL and its journal.
QByteArray databaseBytes(const QString &dir)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal", "-journal" }) {
        QFile file(QDir(dir).filePath(QStringLiteral("foliod.db") + QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}
} // namespace TestServerStoreHelpers

class TestServerStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // the data directory (SQLite) or the audit head's folder (PostgreSQL)
    std::optional<DataDirectoryLock> m_lock; // held on the sqlite row, as foliod does
    QString m_target; // the row's database: empty on the sqlite row (the lock's DIR/foliod.db), else a URL

    bool isPostgres() const { return !m_target.isEmpty(); }

    // The row's store: the embedded shorthand on SQLite, a URL and a directory on PostgreSQL.
    Result<std::unique_ptr<ServerStore>> openStore()
    {
        return isPostgres() ? ServerStore::open(m_target, m_dir->path()) : ServerStore::open(*m_lock);
    }
    // Another node on the same database (on SQLite, a second connection to the same file).
    Result<std::unique_ptr<ServerStore>> openNode()
    {
        return ServerStore::open(
            isPostgres() ? m_target : QDir(m_dir->path()).filePath(ServerStore::databaseFileName()), m_dir->path());
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
        m_target.clear();
        if (backend == QLatin1String("sqlite")) {
            auto lock = DataDirectoryLock::acquire(m_dir->path());
            FOLIO_VERIFY_OK(lock);
            m_lock.emplace(std::move(*lock));
            return;
        }
        if (QByteArray(QTest::currentTestFunction()) != "validatesNames"
            && QByteArray(QTest::currentTestFunction()) != "validatesRoles"
            && QByteArray(QTest::currentTestFunction()) != "lockRefusesSecondHolder"
            && QByteArray(QTest::currentTestFunction()) != "accessTokens") {
            auto &server = Test::PostgresServer::shared();
            if (!server.skipReason().isEmpty()) {
                QSKIP(qPrintable(server.skipReason()));
            }
            QVERIFY2(server.isRunning(), qPrintable(server.failure()));
            QVERIFY2(server.createDatabase(QStringLiteral("tst_serverstore")), qPrintable(server.failure()));
            m_target = server.url(QStringLiteral("tst_serverstore"));
        } else {
            QSKIP("needs no database: runs on the sqlite row");
        }
    }

    void cleanup()
    {
        m_lock.reset();
        m_dir.reset();
    }

    void validatesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "alice" << true;
        QTest::newRow("unicode and space") << "Ana María" << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("newline") << "a\nb" << false;
        QTest::newRow("escape") << "a\x1b[31m" << false;
        QTest::newRow("only spaces") << "   " << false;
        QTest::newRow("leading space") << " bob" << false;
    }

    void validatesNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        auto ok = ServerStore::validateName(name);
        QCOMPARE(bool(ok), valid);
        if (!valid) {
            QCOMPARE(ok.error().code(), Error::Code::InvalidArgument);
            QVERIFY(ok.error().message().contains(QLatin1String("user name")));
        }
    }

    void validatesRoles()
    {
        for (const QString &role : ServerStore::roles()) {
            FOLIO_VERIFY_OK(ServerStore::validateRole(role));
        }
        QCOMPARE(ServerStore::roles().size(), 7);
        auto bad = ServerStore::validateRole(QStringLiteral("root"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(QLatin1String("\"root\"")));
        QVERIFY(bad.error().message().contains(QLatin1String("librarian")));
    }

    void lockRefusesSecondHolder()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("data"));
        auto first = DataDirectoryLock::acquire(dir);
        FOLIO_VERIFY_OK(first);
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        // flock is per open file, so a second acquire in the same process is refused like another process.
        auto second = DataDirectoryLock::acquire(dir);
        QVERIFY(!second);
        QCOMPARE(second.error().code(), Error::Code::Busy);
        QVERIFY2(second.error().message().contains(QLatin1String("Another foliod is using")),
            qPrintable(second.error().message()));
        QVERIFY(second.error().message().contains(QString::number(QCoreApplication::applicationPid())));
        {
            auto moved = std::move(*first);
        }
        FOLIO_VERIFY_OK(DataDirectoryLock::acquire(dir));
        QVERIFY(!DataDirectoryLock::acquire(QString()));
    }

    void usersCrud()
    {
        const QString dir = m_dir->path();
        auto store = openStore();
        FOLIO_VERIFY_OK(store);
        QCOMPARE((*store)->migratedFrom(), 0);
        if (!isPostgres()) {
            QCOMPARE(QFile::permissions(QDir(dir).filePath(QStringLiteral("foliod.db")))
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                QFile::Permissions());
        }
        ServerStore &s = **store;

        auto alice = s.addUser(QStringLiteral("alice"), QStringLiteral("editor"),
            TestServerStoreHelpers::fastHash(QStringLiteral("a")), QStringLiteral("test"));
        FOLIO_VERIFY_OK(alice);
        FOLIO_VERIFY_OK(s.addUser(QStringLiteral("bob"), QStringLiteral("viewer"),
            TestServerStoreHelpers::fastHash(QStringLiteral("b")), QStringLiteral("test")));
        auto duplicate = s.addUser(QStringLiteral("alice"), QStringLiteral("admin"),
            TestServerStoreHelpers::fastHash(QStringLiteral("c")), QStringLiteral("test"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), Error::Code::AlreadyExists);
        QVERIFY(!s.addUser(QStringLiteral("carol"), QStringLiteral("root"),
            TestServerStoreHelpers::fastHash(QStringLiteral("c")), QStringLiteral("test")));
        QVERIFY(!s.addUser(QStringLiteral("x/y"), QStringLiteral("viewer"),
            TestServerStoreHelpers::fastHash(QStringLiteral("c")), QStringLiteral("test")));
        QVERIFY(!s.addUser(
            QStringLiteral("plain"), QStringLiteral("viewer"), QStringLiteral("secret"), QStringLiteral("test")));

        auto users = s.users();
        FOLIO_VERIFY_OK(users);
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(0).name, QStringLiteral("alice"));
        QCOMPARE(users->at(1).role, QStringLiteral("viewer"));

        auto found = s.user(QStringLiteral("alice"));
        FOLIO_VERIFY_OK(found);
        QCOMPARE(found->uuid, alice->uuid);
        QVERIFY(*PasswordHasher().verify(QStringLiteral("a"), found->passwordHash));
        auto missing = s.user(QStringLiteral("nobody"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY(missing.error().message().contains(QLatin1String("nobody")));

        FOLIO_VERIFY_OK(s.setPasswordHash(
            QStringLiteral("alice"), TestServerStoreHelpers::fastHash(QStringLiteral("new")), QStringLiteral("test")));
        QVERIFY(*PasswordHasher().verify(QStringLiteral("new"), s.user(QStringLiteral("alice"))->passwordHash));
        FOLIO_VERIFY_OK(s.setDisabled(QStringLiteral("bob"), true, QStringLiteral("test")));
        QVERIFY(s.user(QStringLiteral("bob"))->disabled);
        QVERIFY(!s.user(QStringLiteral("alice"))->disabled);

        // TOTP: the last used step only moves forward, and a new secret forgets it.
        FOLIO_VERIFY_OK(s.setTotpSecret(QStringLiteral("alice"), QByteArray(20, 'k'), QStringLiteral("test")));
        QCOMPARE(s.user(QStringLiteral("alice"))->totpSecret, QByteArray(20, 'k'));
        QCOMPARE(*s.acceptTotpStep(alice->uuid, 100), true);
        QCOMPARE(*s.acceptTotpStep(alice->uuid, 100), false);
        QCOMPARE(*s.acceptTotpStep(alice->uuid, 99), false);
        QCOMPARE(*s.acceptTotpStep(alice->uuid, 101), true);
        QCOMPARE(s.user(QStringLiteral("alice"))->totpLastStep, std::optional<qint64>(101));
        FOLIO_VERIFY_OK(s.setTotpSecret(QStringLiteral("alice"), QByteArray(20, 'j'), QStringLiteral("test")));
        QVERIFY(!s.user(QStringLiteral("alice"))->totpLastStep);

        // Every change is in the hash-chained audit trail, which verifies.
        auto report = s.verifyAudit();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, qint64(6));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("audit.head"))));

        // The chain is checked against its head: a tampered event is found on either back end.
        FOLIO_VERIFY_OK(
            s.connection().execute(QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 3")));
        auto tampered = s.verifyAudit();
        FOLIO_VERIFY_OK(tampered);
        QVERIFY(!tampered->ok);
        QCOMPARE(tampered->firstBadSeq, qint64(3));
    }

    void reopensWithoutMigrating()
    {
        QString uuid;
        {
            auto store = openStore();
            FOLIO_VERIFY_OK(store);
            auto added = (*store)->addUser(QStringLiteral("alice"), QStringLiteral("editor"),
                TestServerStoreHelpers::fastHash(QStringLiteral("a")), QStringLiteral("test"));
            FOLIO_VERIFY_OK(added);
            uuid = added->uuid;
        }
        auto store = openStore();
        FOLIO_VERIFY_OK(store);
        QCOMPARE((*store)->migratedFrom(), ServerSchema::currentVersion());
        QCOMPARE((*store)->user(QStringLiteral("alice"))->uuid, uuid);
        auto report = (*store)->verifyAudit();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void sessionsRevokeAndExpire()
    {
        auto store = openStore();
        FOLIO_VERIFY_OK(store);
        ServerStore &s = **store;
        auto alice = s.addUser(QStringLiteral("alice"), QStringLiteral("editor"),
            TestServerStoreHelpers::fastHash(QStringLiteral("a")), QStringLiteral("test"));
        FOLIO_VERIFY_OK(alice);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        const QString laptopToken = *Tokens::newRefreshToken();
        const QString phoneToken = *Tokens::newRefreshToken();
        const QString oldToken = *Tokens::newRefreshToken();
        QCOMPARE(laptopToken.size(), 43); // 32 bytes in base64url without padding
        QVERIFY(laptopToken != phoneToken);
        auto laptop = s.addSession(alice->uuid, QStringLiteral("laptop"), laptopToken, now);
        FOLIO_VERIFY_OK(laptop);
        auto phone = s.addSession(alice->uuid, QStringLiteral("phone"), phoneToken, now);
        FOLIO_VERIFY_OK(phone);
        FOLIO_VERIFY_OK(s.addSession(
            alice->uuid, QStringLiteral("old"), oldToken, now.addDays(-ServerStore::refreshLifetimeDays - 1)));

        auto used = s.useRefreshToken(laptopToken, now.addSecs(60));
        FOLIO_VERIFY_OK(used);
        QCOMPARE(used->id, laptop->id);
        QCOMPARE(used->device, QStringLiteral("laptop"));
        QVERIFY(used->lastUsed > laptop->lastUsed);

        auto expired = s.useRefreshToken(oldToken, now);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code(), Error::Code::PermissionDenied);
        QVERIFY(expired.error().message().contains(QLatin1String("expired")));
        QVERIFY(!s.useRefreshToken(*Tokens::newRefreshToken(), now));

        auto live = s.sessions(QStringLiteral("alice"), now);
        FOLIO_VERIFY_OK(live);
        QCOMPARE(live->size(), 2); // the expired one is not listed

        QCOMPARE(*s.revokeSession(phone->id, QStringLiteral("test")), true);
        QCOMPARE(*s.revokeSession(phone->id, QStringLiteral("test")), false);
        QCOMPARE(s.revokeSession(9999, QStringLiteral("test")).error().code(), Error::Code::NotFound);
        auto revoked = s.useRefreshToken(phoneToken, now);
        QVERIFY(!revoked);
        QVERIFY(revoked.error().message().contains(QLatin1String("revoked")));
        QCOMPARE(s.sessions(QString(), now)->size(), 1);

        QCOMPARE(*s.revokeUserSessions(QStringLiteral("alice"), QStringLiteral("test")), 1);
        QVERIFY(!s.useRefreshToken(laptopToken, now));
        QCOMPARE(s.sessions(QStringLiteral("alice"), now)->size(), 0);

        // Disabling refuses new sessions and ends old ones.
        const QString again = *Tokens::newRefreshToken();
        FOLIO_VERIFY_OK(s.addSession(alice->uuid, QStringLiteral("tablet"), again, now));
        FOLIO_VERIFY_OK(s.setDisabled(QStringLiteral("alice"), true, QStringLiteral("test")));
        QVERIFY(!s.useRefreshToken(again, now));
        QCOMPARE(s.addSession(alice->uuid, QStringLiteral("x"), *Tokens::newRefreshToken(), now).error().code(),
            Error::Code::PermissionDenied);

        // The session ids are the database's own, one per session.
        QVERIFY(laptop->id > 0 && phone->id > laptop->id);

        // Only hashes are stored: no raw token is anywhere in the database, while its hash is (on SQLite checked
        // in the file's bytes; on PostgreSQL in every column that could hold it).
        if (isPostgres()) {
            for (const QString &token : { laptopToken, phoneToken, oldToken, again }) {
                auto raw = s.connection().scalar(QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE "
                                                                "token_hash = ? OR device = ?"),
                    token, token);
                FOLIO_VERIFY_OK(raw);
                QCOMPARE(raw->toLongLong(), qint64(0));
                auto hashed
                    = s.connection().scalar(QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE token_hash = ?"),
                        Tokens::hashRefreshToken(token));
                FOLIO_VERIFY_OK(hashed);
                QCOMPARE(hashed->toLongLong(), qint64(1));
            }
            return;
        }
        store->reset();
        const QByteArray bytes = TestServerStoreHelpers::databaseBytes(m_dir->path());
        QVERIFY(bytes.size() > 0);
        for (const QString &token : { laptopToken, phoneToken, oldToken, again }) {
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(token));
            QVERIFY(bytes.contains(Tokens::hashRefreshToken(token).toLatin1()));
        }
    }

    // Two nodes (two connections) adding users and sessions at the same moment: every write succeeds, the
    // audit chain has every event once, in one unbroken order (on PostgreSQL the audit lock keeps two nodes
    // from numbering an event alike), and one name added on both at once is taken by one only.
    void twoNodesWriteAtOnce()
    {
        auto first = openStore();
        FOLIO_VERIFY_OK(first);
        auto second = openNode();
        FOLIO_VERIFY_OK(second);
        ServerStore *nodes[2] = { first->get(), second->get() };
        const QString hash = TestServerStoreHelpers::fastHash(QStringLiteral("p"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        constexpr int perNode = 15;
        std::latch ready(2);
        QString errors[2];
        int sameNameWins[2] = { 0, 0 };
        auto write = [&](int node) {
            ready.arrive_and_wait();
            ServerStore &s = *nodes[node];
            for (int i = 0; i < perNode; ++i) {
                auto user = s.addUser(
                    QStringLiteral("n%1-u%2").arg(node).arg(i), QStringLiteral("viewer"), hash, QStringLiteral("test"));
                if (!user) {
                    errors[node] = user.error().toString();
                    return;
                }
                auto token = Tokens::newRefreshToken();
                auto session = s.addSession(user->uuid, QStringLiteral("device"), *token, now);
                if (!session) {
                    errors[node] = session.error().toString();
                    return;
                }
                auto same = s.addUser(
                    QStringLiteral("both-%1").arg(i), QStringLiteral("viewer"), hash, QStringLiteral("test"));
                if (same) {
                    ++sameNameWins[node];
                } else if (same.error().code() != Error::Code::AlreadyExists) {
                    errors[node] = same.error().toString();
                    return;
                }
            }
        };
        std::thread a(write, 0);
        std::thread b(write, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(sameNameWins[0] + sameNameWins[1], perNode);
        QCOMPARE((*first)->users()->size(), 3 * perNode);
        QCOMPARE((*second)->sessions(QString(), now)->size(), 2 * perNode);
        auto report = (*first)->verifyAudit();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, qint64(2 * perNode * 2 + perNode));
    }

    void accessTokens()
    {
        QTemporaryDir temp;
        auto tokens = Tokens::open(temp.path());
        FOLIO_VERIFY_OK(tokens);
        const QString keyPath = QDir(temp.path()).filePath(QStringLiteral("token.key"));
        QCOMPARE(QFileInfo(keyPath).size(), 32);
        QCOMPARE(
            QFile::permissions(keyPath) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString token = tokens->issueAccessToken(QStringLiteral("user-uuid"), 7, now);
        auto claims = tokens->verifyAccessToken(token, now.addSecs(60));
        FOLIO_VERIFY_OK(claims);
        QCOMPARE(claims->userUuid, QStringLiteral("user-uuid"));
        QCOMPARE(claims->sessionId, qint64(7));

        // The key is kept: a second open (another node, a restart) checks the first one's tokens.
        auto reopened = Tokens::open(temp.path());
        FOLIO_VERIFY_OK(reopened);
        FOLIO_VERIFY_OK(reopened->verifyAccessToken(token, now));

        auto late = tokens->verifyAccessToken(token, now.addSecs(Tokens::accessLifetimeSeconds + 1));
        QVERIFY(!late);
        QCOMPARE(late.error().code(), Error::Code::PermissionDenied);
        // A changed claim breaks the signature.
        QString forged = token;
        const qsizetype claimsAt = 3;
        forged[claimsAt + 5] = forged[claimsAt + 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!tokens->verifyAccessToken(forged, now));
        QVERIFY(!Tokens(QByteArray(32, 'x')).verifyAccessToken(token, now));
        QVERIFY(!tokens->verifyAccessToken(QStringLiteral("garbage"), now));

        // A key other users could read is refused.
        QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        auto exposed = Tokens::open(temp.path());
        QVERIFY(!exposed);
        QCOMPARE(exposed.error().code(), Error::Code::PermissionDenied);
        QVERIFY(exposed.error().message().contains(keyPath));
    }
};

FOLIO_TEST(TestServerStore, "serverstore")
#include "tst_serverstore.moc"
