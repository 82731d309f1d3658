// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's sign-in API against real `foliod serve` processes on free loopback ports, with accounts made by
// `foliod user add` before the server starts (the data directory's lock keeps account commands out while it
// runs): login and /me, one answer for every bad credential, TOTP, refresh rotation, logout revoking at
// once, forged and expired tokens, lockouts per account and per address, strict bodies, and the audit chain.

#include "audit/auditlog.h"
#include "auth/tokens.h"
#include "auth/totp.h"
#include "foliodprocess.h"
#include "httpexchange.h"
#include "store/database.h"
#include "store/datadirectorylock.h"
#include "sql/sqlconnection.h"
#include "store/serverstore.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <thread>
#include <vector>

using namespace Folio;
using namespace Folio::Server;

namespace TestAuthApiHelpers {

using AuthReply = Test::HttpReply;

// A JSON request on its own connection (tests/support/httpexchange.h).
AuthReply authRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &bearer = {})
{
    const QList<QByteArray> json { QByteArrayLiteral("Content-Type: application/json") };
    return Test::httpRequest(port, method, path, body, bearer, method != "GET" ? json : QList<QByteArray> {}, 30000);
}

QByteArray loginBody(const QString &user, const QString &password, const QString &totp = {})
{
    QJsonObject body { { QStringLiteral("user"), user }, { QStringLiteral("password"), password },
        { QStringLiteral("device"), QStringLiteral("test laptop") } };
    if (!totp.isEmpty()) {
        body.insert(QStringLiteral("totp"), totp);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Test::ProcessResult runFoliod(const QString &dir, QStringList arguments, const QByteArray &stdinData = {})
{
    arguments << QStringLiteral("--data") << dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOLIOD_DATA"));
    return Test::run(Test::program(QStringLiteral("foliod")), arguments, environment, 60000, stdinData);
}

bool addAuthUser(const QString &dir, const QString &name, const QString &role, const QString &password)
{
    const auto result
        = runFoliod(dir, { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role },
            password.toUtf8() + '\n');
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(result.err));
    }
    return result.exitCode == 0;
}

// `foliod serve` on a free loopback port (tests/support), with its request log.
class RunningFoliod : public Test::FoliodProcess
{
public:
    using FoliodProcess::FoliodProcess;
    QByteArray log() { return standardError(); }
};

struct AuditRow
{
    QString action;
    QString actor;
    QString values;
};

} // namespace TestAuthApiHelpers

using namespace TestAuthApiHelpers;

class TestAuthApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_dirs = 0;

    QString newDir() { return m_temp.filePath(QStringLiteral("data%1").arg(++m_dirs)); }

    // alice (editor) and bob (viewer) with known passwords.
    bool twoUsers(const QString &dir)
    {
        return addAuthUser(dir, QStringLiteral("alice"), QStringLiteral("editor"), QStringLiteral("alice pass 1"))
            && addAuthUser(dir, QStringLiteral("bob"), QStringLiteral("viewer"), QStringLiteral("bob pass 2"));
    }

    static QJsonObject login(quint16 port, const QString &user, const QString &password)
    {
        const AuthReply reply = authRequest(port, "POST", "/api/v1/auth/login", loginBody(user, password));
        if (reply.status != 200) {
            qWarning("login %d %s", reply.status, reply.body.constData());
            return {};
        }
        return reply.json();
    }

private Q_SLOTS:
    void loginThenMe()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());

        QElapsedTimer clock;
        clock.start();
        const AuthReply reply
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1"));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(reply.status, 200);
        qInfo("login with Argon2id interactive limits: %lld ms", elapsed);
        const QJsonObject tokens = reply.json();
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), Tokens::accessLifetimeSeconds);
        QVERIFY(tokens.value(QStringLiteral("session")).toInteger() > 0);
        QVERIFY(tokens.value(QStringLiteral("refresh_token")).toString().size() >= 40);
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
        const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();

        const AuthReply me = authRequest(server.port(), "GET", "/api/v1/auth/me", {}, access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("editor"));
        QCOMPARE(me.json().value(QStringLiteral("session")).toInteger(),
            tokens.value(QStringLiteral("session")).toInteger());

        const AuthReply anonymous = authRequest(server.port(), "GET", "/api/v1/auth/me");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.code(), QStringLiteral("unauthorized"));
        QVERIFY(anonymous.headers.value("www-authenticate").startsWith("Bearer"));
        const AuthReply logoutAnonymous = authRequest(server.port(), "POST", "/api/v1/auth/logout");
        QCOMPARE(logoutAnonymous.status, 401);

        // The request log names the user and never carries the password or a token.
        QVERIFY(server.stop());
        const QByteArray log = server.log();
        QVERIFY2(log.contains("\"alice\""), log.constData());
        QVERIFY(!log.contains("alice pass 1"));
        QVERIFY(!log.contains(access));
    }

    void badCredentialsLookAlike()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        QCOMPARE(
            runFoliod(dir, { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob") }).exitCode, 0);
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const AuthReply wrong = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "not it"));
        const AuthReply unknown
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("nobody", "not it"));
        const AuthReply disabled
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("bob", "bob pass 2"));
        for (const AuthReply *reply : { &wrong, &unknown, &disabled }) {
            QCOMPARE(reply->status, 401);
            QCOMPARE(reply->code(), QStringLiteral("bad-credentials"));
        }
        QCOMPARE(unknown.body, wrong.body);
        QCOMPARE(disabled.body, wrong.body);
    }

    void totpRequiredAcceptedAndNotReplayed()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        const auto enrolled
            = runFoliod(dir, { QStringLiteral("user"), QStringLiteral("totp"), QStringLiteral("alice") });
        QCOMPARE(enrolled.exitCode, 0);
        const QUrl uri(enrolled.out.trimmed());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        const auto secret = Totp::fromBase32(QUrlQuery(uri).queryItemValue(QStringLiteral("secret")));
        FOLIO_VERIFY_OK(secret);
        RunningFoliod server(dir);
        QVERIFY(server.start());

        const AuthReply missing
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.code(), QStringLiteral("totp-required"));
        // A wrong password with no code is still bad-credentials: totp-required tells only the password holder.
        const AuthReply wrongPassword
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "nope"));
        QCOMPARE(wrongPassword.code(), QStringLiteral("bad-credentials"));

        const qint64 step = Totp::stepAt(QDateTime::currentDateTimeUtc());
        const QString stale = Totp::code(*secret, step - 10);
        const AuthReply wrong
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1", stale));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("bad-totp"));

        const QString code = Totp::code(*secret, step);
        const AuthReply ok
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1", code));
        QCOMPARE(ok.status, 200);
        const AuthReply replay
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1", code));
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.code(), QStringLiteral("bad-totp"));
        // bob has no TOTP and signs in with his password alone.
        QVERIFY(!login(server.port(), QStringLiteral("bob"), QStringLiteral("bob pass 2")).isEmpty());
    }

    void refreshRotates()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const QJsonObject first = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        QVERIFY(!first.isEmpty());
        const QString refresh1 = first.value(QStringLiteral("refresh_token")).toString();
        const auto refreshBody = [](const QString &token) {
            return QJsonDocument(QJsonObject { { QStringLiteral("refresh_token"), token } }).toJson();
        };
        const AuthReply second = authRequest(server.port(), "POST", "/api/v1/auth/refresh", refreshBody(refresh1));
        QCOMPARE(second.status, 200);
        const QString refresh2 = second.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(second.json().value(QStringLiteral("session")).toInteger(),
            first.value(QStringLiteral("session")).toInteger());
        const AuthReply me = authRequest(server.port(), "GET", "/api/v1/auth/me", {},
            second.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(me.status, 200);

        const AuthReply reused = authRequest(server.port(), "POST", "/api/v1/auth/refresh", refreshBody(refresh1));
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.code(), QStringLiteral("unauthorized"));
        QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/refresh", refreshBody(refresh2)).status, 200);
        QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/refresh", refreshBody(QString(43, QLatin1Char('A'))))
                     .status,
            401);
    }

    void logoutRevokesAtOnce()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const QJsonObject tokens = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QJsonObject other = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(authRequest(server.port(), "GET", "/api/v1/auth/me", {}, access).status, 200);
        const AuthReply out = authRequest(server.port(), "POST", "/api/v1/auth/logout", {}, access);
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json().value(QStringLiteral("revoked")).toBool(), true);
        // The access token still has 15 minutes on its clock, yet is refused at once.
        const AuthReply after = authRequest(server.port(), "GET", "/api/v1/auth/me", {}, access);
        QCOMPARE(after.status, 401);
        QVERIFY(after.headers.value("www-authenticate").startsWith("Bearer"));
        const QByteArray refreshBody = QJsonDocument(
            QJsonObject { { QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token")) } })
                                           .toJson();
        QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/refresh", refreshBody).status, 401);
        // Alice's other device is not signed out.
        QCOMPARE(authRequest(server.port(), "GET", "/api/v1/auth/me", {},
                     other.value(QStringLiteral("access_token")).toString().toLatin1())
                     .status,
            200);
    }

    void forgedAndExpiredTokensRefused()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const QJsonObject tokens = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
        const qint64 session = tokens.value(QStringLiteral("session")).toInteger();
        const QList<QByteArray> parts = access.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims
            = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        const QString uuid = claims.value(QStringLiteral("sub")).toString();
        QVERIFY(!uuid.isEmpty());

        // Claims rewritten to another session, signature kept.
        QJsonObject other = claims;
        other.insert(QStringLiteral("sid"), session + 1);
        const QByteArray rewritten = parts.at(0) + '.'
            + QJsonDocument(other)
                  .toJson(QJsonDocument::Compact)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.' + parts.at(2);
        // Signed with a key that is not the server's.
        const QByteArray otherKey
            = Tokens(QByteArray(32, 'k')).issueAccessToken(uuid, session, QDateTime::currentDateTimeUtc()).toLatin1();
        // Signed with the server's own key (the test may read DIR/token.key) but an hour old.
        auto serverTokens = Tokens::open(dir);
        FOLIO_VERIFY_OK(serverTokens);
        const QByteArray expired
            = serverTokens->issueAccessToken(uuid, session, QDateTime::currentDateTimeUtc().addSecs(-3600)).toLatin1();
        const QByteArray fresh
            = serverTokens->issueAccessToken(uuid, session, QDateTime::currentDateTimeUtc()).toLatin1();
        for (const QByteArray &token :
            { rewritten, otherKey, expired, QByteArray("v1.garbage"), QByteArray(access + "x") }) {
            const AuthReply reply = authRequest(server.port(), "GET", "/api/v1/auth/me", {}, token);
            QVERIFY2(reply.status == 401, token.constData());
            QCOMPARE(reply.code(), QStringLiteral("unauthorized"));
        }
        // The same claims freshly signed pass: what failed above was the signature or the age.
        QCOMPARE(authRequest(server.port(), "GET", "/api/v1/auth/me", {}, fresh).status, 200);
    }

    void lockoutPerAccount()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "guess")).status, 401);
        }
        // The sixth try is refused before the password is even checked, the right one included.
        const AuthReply locked
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "alice pass 1"));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.code(), QStringLiteral("too-many-attempts"));
        const int retryAfter = locked.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, locked.headers.value("retry-after").constData());
        // Case does not dodge the count.
        QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("ALICE", "guess")).status, 429);
        // Another account from the same address is not locked.
        QVERIFY(!login(server.port(), QStringLiteral("bob"), QStringLiteral("bob pass 2")).isEmpty());
        // Once the delay has passed, the right password works and clears the count.
        QThread::msleep(retryAfter * 1000 + 200);
        QVERIFY(!login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1")).isEmpty());
        QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("alice", "guess")).status, 401);
    }

    void lockoutPerAddress()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        // Twenty different names, none failing often enough to lock itself.
        for (int i = 0; i < 20; ++i) {
            const AuthReply reply = authRequest(server.port(), "POST", "/api/v1/auth/login",
                loginBody(QStringLiteral("user%1").arg(i), QStringLiteral("guess")));
            QCOMPARE(reply.status, 401);
        }
        const AuthReply locked
            = authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("bob", "bob pass 2"));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.headers.value("retry-after").toInt() >= 1);
    }

    void strictBodies()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const auto post
            = [&](const QByteArray &body) { return authRequest(server.port(), "POST", "/api/v1/auth/login", body); };
        const AuthReply notJson = post("{\"user\": \"alice\", ");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.code(), QStringLiteral("bad-request"));
        QCOMPARE(post("[\"alice\"]").status, 400);
        const AuthReply unknown = post(R"({"user":"alice","password":"alice pass 1","device":"d","admin":"yes"})");
        QCOMPARE(unknown.status, 400);
        QVERIFY2(unknown.message().contains(QLatin1String("admin")), unknown.body.constData());
        const AuthReply wrongType = post(R"({"user":"alice","password":12345,"device":"d"})");
        QCOMPARE(wrongType.status, 400);
        QVERIFY2(wrongType.message().contains(QLatin1String("password")), wrongType.body.constData());
        const AuthReply missing = post(R"({"user":"alice","password":"alice pass 1"})");
        QCOMPARE(missing.status, 400);
        QVERIFY2(missing.message().contains(QLatin1String("device")), missing.body.constData());
        const AuthReply control = post(R"({"user":"alice","password":"alice pass 1","device":"a\u0007b"})");
        QCOMPARE(control.status, 400);
        const AuthReply refreshType
            = authRequest(server.port(), "POST", "/api/v1/auth/refresh", R"({"refresh_token":true})");
        QCOMPARE(refreshType.status, 400);
        QVERIFY(refreshType.message().contains(QLatin1String("refresh_token")));
        // None of these counted as a failed sign-in, and the server still serves.
        QVERIFY(!login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1")).isEmpty());
    }

    // The store is used from every server thread: token checks and sign-ins at once must all succeed.
    void concurrentCallers()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        RunningFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray access = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"))
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        QVERIFY(!access.isEmpty());
        const quint16 port = server.port();
        std::atomic<int> meOk { 0 };
        std::atomic<int> loginOk { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    if (authRequest(port, "GET", "/api/v1/auth/me", {}, access).status == 200) {
                        ++meOk;
                    }
                }
            });
            threads.emplace_back([&] {
                if (authRequest(port, "POST", "/api/v1/auth/login", loginBody("bob", "bob pass 2")).status == 200) {
                    ++loginOk;
                }
            });
        }
        for (auto &thread : threads) {
            thread.join();
        }
        QCOMPARE(meOk.load(), 100);
        QCOMPARE(loginOk.load(), 4);
    }

    void auditsEveryEvent()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        QString refreshToken;
        QByteArray access;
        {
            RunningFoliod server(dir);
            QVERIFY(server.start());
            const QJsonObject tokens = login(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
            QVERIFY(!tokens.isEmpty());
            const AuthReply refreshed = authRequest(server.port(), "POST", "/api/v1/auth/refresh",
                QJsonDocument(
                    QJsonObject { { QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token")) } })
                    .toJson());
            QCOMPARE(refreshed.status, 200);
            refreshToken = refreshed.json().value(QStringLiteral("refresh_token")).toString();
            access = refreshed.json().value(QStringLiteral("access_token")).toString().toLatin1();
            QCOMPARE(authRequest(server.port(), "POST", "/api/v1/auth/logout", {}, access).status, 200);
            QCOMPARE(authRequest(server.port(), "GET", "/api/v1/auth/me", {}, access).status, 401);
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(
                    authRequest(server.port(), "POST", "/api/v1/auth/login", loginBody("bob", "secret guess")).status,
                    401);
            }
            QVERIFY(server.stop());
        }
        auto lock = DataDirectoryLock::acquire(dir);
        FOLIO_VERIFY_OK(lock);
        auto store = ServerStore::open(*lock);
        FOLIO_VERIFY_OK(store);
        auto stmt = (*store)->connection().query(
            QStringLiteral("SELECT e.action, e.actor, coalesce(v.values_json, '') FROM audit_event e "
                           "LEFT JOIN audit_value v ON v.event_seq = e.seq ORDER BY e.seq"));
        FOLIO_VERIFY_OK(stmt);
        QList<AuditRow> rows;
        FOLIO_VERIFY_OK(stmt->forEach([&](const SqlStatement &row) {
            rows.append({ row.text(0), row.text(1), row.text(2) });
        }));
        QStringList actions;
        QString everything;
        for (const AuditRow &row : rows) {
            actions << row.action;
            everything += row.action + QLatin1Char(' ') + row.actor + QLatin1Char(' ') + row.values + QLatin1Char('\n');
        }
        for (const char *action :
            { "auth.login", "auth.refresh", "auth.logout", "auth.revoked-token", "auth.login-failed", "auth.locked" }) {
            QVERIFY2(actions.contains(QLatin1String(action)), qPrintable(everything));
        }
        QCOMPARE(actions.count(QStringLiteral("auth.login-failed")), 5);
        QVERIFY(everything.contains(QLatin1String("127.0.0.1")));
        for (const QString &secret : { QStringLiteral("alice pass 1"), QStringLiteral("secret guess"), refreshToken,
                 QString::fromLatin1(access), QString::fromLatin1(access.split('.').value(2)) }) {
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
        }
        auto report = (*store)->verifyAudit();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
    }
};

FOLIO_TEST(TestAuthApi, "authapi")
#include "tst_authapi.moc"
