// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "auth/totp.h"
#include "store/datadirectorylock.h"
#include "store/serverstore.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Folio;
using namespace Folio::Server;

namespace TestAccountCommandsHelpers {

Test::ProcessResult foliod(const QString &dir, QStringList arguments, const QByteArray &stdinData = {})
{
    arguments << QStringLiteral("--data") << dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOLIOD_DATA"));
    return Test::run(Test::program(QStringLiteral("foliod")), arguments, environment, 60000, stdinData);
}

QString describe(const Test::ProcessResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(result.exitCode).arg(result.out, result.err);
}

QJsonArray listJson(const QString &dir)
{
    const auto result = foliod(dir, { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") });
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(describe(result)));
        return {};
    }
    return QJsonDocument::fromJson(result.out.toUtf8()).array();
}

QJsonObject findUser(const QJsonArray &users, const QString &name)
{
    for (const QJsonValue &user : users) {
        if (user.toObject().value(QStringLiteral("name")).toString() == name) {
            return user.toObject();
        }
    }
    return {};
}

} // namespace TestAccountCommandsHelpers

using TestAccountCommandsHelpers::describe;
using TestAccountCommandsHelpers::foliod;

class TestAccountCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsListsAndDisablesUsers()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("data"));
        const QString passwordFile = temp.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret pass\n");
        file.close();

        auto added = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                QStringLiteral("editor"), QStringLiteral("--password-file"), passwordFile });
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QVERIFY(added.out.contains(QLatin1String("alice")));
        // Without --password-file the password comes from standard input.
        added = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                QStringLiteral("viewer") },
            "from stdin\n");
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));

        const QJsonArray users = TestAccountCommandsHelpers::listJson(dir);
        QCOMPARE(users.size(), 2);
        const QJsonObject alice = TestAccountCommandsHelpers::findUser(users, QStringLiteral("alice"));
        QCOMPARE(alice.value(QStringLiteral("role")).toString(), QStringLiteral("editor"));
        QCOMPARE(alice.value(QStringLiteral("disabled")).toBool(), false);
        QCOMPARE(alice.value(QStringLiteral("totp")).toBool(), false);
        QVERIFY(!alice.contains(QStringLiteral("password_hash")));
        QVERIFY(!QJsonDocument(users).toJson().contains("argon2"));

        {
            // The stored hashes check against the passwords given (the lock is free once foliod exits).
            auto lock = DataDirectoryLock::acquire(dir);
            FOLIO_VERIFY_OK(lock);
            auto store = ServerStore::open(*lock);
            FOLIO_VERIFY_OK(store);
            const PasswordHasher hasher;
            QVERIFY(
                *hasher.verify(QStringLiteral("s3cret pass"), (*store)->user(QStringLiteral("alice"))->passwordHash));
            QVERIFY(!*hasher.verify(
                QStringLiteral("s3cret pass\n"), (*store)->user(QStringLiteral("alice"))->passwordHash));
            QVERIFY(*hasher.verify(QStringLiteral("from stdin"), (*store)->user(QStringLiteral("bob"))->passwordHash));
        }

        // passwd replaces the hash.
        auto changed
            = foliod(dir, { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob") }, "other\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));

        auto disabled = foliod(dir, { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob") });
        QVERIFY2(disabled.exitCode == 0, qPrintable(describe(disabled)));
        const QJsonObject bob
            = TestAccountCommandsHelpers::findUser(TestAccountCommandsHelpers::listJson(dir), QStringLiteral("bob"));
        QCOMPARE(bob.value(QStringLiteral("disabled")).toBool(), true);

        auto plain = foliod(dir, { QStringLiteral("user"), QStringLiteral("list") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(QLatin1String("alice\teditor\tactive")));
        QVERIFY(plain.out.contains(QLatin1String("bob\tviewer\tdisabled")));

        {
            auto lock = DataDirectoryLock::acquire(dir);
            FOLIO_VERIFY_OK(lock);
            auto store = ServerStore::open(*lock);
            FOLIO_VERIFY_OK(store);
            QVERIFY(
                *PasswordHasher().verify(QStringLiteral("other"), (*store)->user(QStringLiteral("bob"))->passwordHash));
        }
    }

    void refusesBadInput()
    {
        QTemporaryDir temp;
        const QString dir = temp.path();
        auto badRole = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("root") },
            "pw\n");
        QCOMPARE(badRole.exitCode, 1);
        QVERIFY2(badRole.err.contains(QLatin1String("\"root\"")), qPrintable(describe(badRole)));
        auto badName = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a/b"), QStringLiteral("--role"),
                QStringLiteral("viewer") },
            "pw\n");
        QCOMPARE(badName.exitCode, 1);
        QVERIFY2(badName.err.contains(QLatin1String("'/'")), qPrintable(describe(badName)));
        auto noPassword = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("viewer") });
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(noPassword.err.contains(QLatin1String("password")), qPrintable(describe(noPassword)));
        auto missingFile = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("viewer"), QStringLiteral("--password-file"), temp.filePath(QStringLiteral("nope")) });
        QCOMPARE(missingFile.exitCode, 1);
        QVERIFY(missingFile.err.contains(temp.filePath(QStringLiteral("nope"))));
        auto added = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("viewer") },
            "pw\n");
        QCOMPARE(added.exitCode, 0);
        auto duplicate = foliod(dir,
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("viewer") },
            "pw\n");
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains(QLatin1String("taken")));
        auto unknownUser = foliod(dir, { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dave") });
        QCOMPARE(unknownUser.exitCode, 1);
        QVERIFY(unknownUser.err.contains(QLatin1String("\"dave\"")));
        QCOMPARE(
            foliod(dir, { QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("x") }).exitCode, 2);
        QCOMPARE(foliod(dir, { QStringLiteral("revoke"), QStringLiteral("abc") }).exitCode, 2);
        QCOMPARE(
            foliod(dir, { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--bogus") }).exitCode, 2);
    }

    void dataDirectoryFromEnvironment()
    {
        QTemporaryDir temp;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FOLIOD_DATA"));
        const QString program = Test::program(QStringLiteral("foliod"));
        auto none = Test::run(program, { QStringLiteral("migrate") }, environment);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("FOLIOD_DATA")));
        environment.insert(QStringLiteral("FOLIOD_DATA"), temp.path());
        auto migrated = Test::run(program, { QStringLiteral("migrate") }, environment);
        QVERIFY2(migrated.exitCode == 0, qPrintable(describe(migrated)));
        QVERIFY2(migrated.out.contains(QLatin1String("(was 0)")), qPrintable(migrated.out));
        QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("foliod.db"))));
        auto again = Test::run(program, { QStringLiteral("migrate") }, environment);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains(QLatin1String("(was 0)")));
    }

    void totpUriVerifiesCodes()
    {
        QTemporaryDir temp;
        const QString dir = temp.path();
        QCOMPARE(foliod(dir,
                     { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                         QStringLiteral("admin") },
                     "pw\n")
                     .exitCode,
            0);
        auto enrolled = foliod(dir, { QStringLiteral("user"), QStringLiteral("totp"), QStringLiteral("alice") });
        QVERIFY2(enrolled.exitCode == 0, qPrintable(describe(enrolled)));
        const QUrl uri(enrolled.out.trimmed());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/Folio:alice"));
        const QUrlQuery query(uri);
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Folio"));
        auto secret = Totp::fromBase32(query.queryItemValue(QStringLiteral("secret")));
        FOLIO_VERIFY_OK(secret);
        QCOMPARE(secret->size(), 20);

        // A code an authenticator app would show now, computed here from the URI, verifies against the store.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString code = Totp::code(*secret, Totp::stepAt(now));
        auto lock = DataDirectoryLock::acquire(dir);
        FOLIO_VERIFY_OK(lock);
        auto store = ServerStore::open(*lock);
        FOLIO_VERIFY_OK(store);
        auto alice = (*store)->user(QStringLiteral("alice"));
        FOLIO_VERIFY_OK(alice);
        auto step = Totp::verify(alice->totpSecret, code, now, alice->totpLastStep);
        QVERIFY(step);
        QCOMPARE(*(*store)->acceptTotpStep(alice->uuid, *step), true);
        // Replayed: refused by the step the store now records.
        QVERIFY(!Totp::verify(alice->totpSecret, code, now, (*store)->user(QStringLiteral("alice"))->totpLastStep));
        store->reset();
        lock = std::unexpected(Error());

        const QJsonObject listed
            = TestAccountCommandsHelpers::findUser(TestAccountCommandsHelpers::listJson(dir), QStringLiteral("alice"));
        QCOMPARE(listed.value(QStringLiteral("totp")).toBool(), true);
        QVERIFY(!TestAccountCommandsHelpers::listJson(dir).isEmpty());
    }

    void sessionsAndRevoke()
    {
        QTemporaryDir temp;
        const QString dir = temp.path();
        QCOMPARE(foliod(dir,
                     { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                         QStringLiteral("editor") },
                     "pw\n")
                     .exitCode,
            0);
        QStringList tokens;
        qint64 firstId = 0;
        {
            auto lock = DataDirectoryLock::acquire(dir);
            FOLIO_VERIFY_OK(lock);
            auto store = ServerStore::open(*lock);
            FOLIO_VERIFY_OK(store);
            const QString uuid = (*store)->user(QStringLiteral("alice"))->uuid;
            for (const char *device : { "laptop", "phone", "tablet" }) {
                tokens << *Tokens::newRefreshToken();
                auto session = (*store)->addSession(
                    uuid, QString::fromLatin1(device), tokens.last(), QDateTime::currentDateTimeUtc());
                FOLIO_VERIFY_OK(session);
                if (firstId == 0) {
                    firstId = session->id;
                }
            }
        }
        auto listed = foliod(dir, { QStringLiteral("sessions"), QStringLiteral("alice"), QStringLiteral("--json") });
        QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
        const QJsonArray sessions = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions.at(2).toObject().value(QStringLiteral("device")).toString(), QStringLiteral("laptop"));
        QVERIFY(!listed.out.contains(tokens.first()));

        auto one = foliod(dir, { QStringLiteral("revoke"), QString::number(firstId) });
        QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
        auto all = foliod(dir, { QStringLiteral("revoke"), QStringLiteral("--user"), QStringLiteral("alice") });
        QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
        QVERIFY2(all.out.contains(QLatin1String("Revoked 2 session")), qPrintable(all.out));
        auto none = foliod(dir, { QStringLiteral("sessions"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
        auto unknown = foliod(dir, { QStringLiteral("revoke"), QStringLiteral("--user"), QStringLiteral("nobody") });
        QCOMPARE(unknown.exitCode, 1);

        auto lock = DataDirectoryLock::acquire(dir);
        FOLIO_VERIFY_OK(lock);
        auto store = ServerStore::open(*lock);
        FOLIO_VERIFY_OK(store);
        for (const QString &token : tokens) {
            QVERIFY(!(*store)->useRefreshToken(token, QDateTime::currentDateTimeUtc()));
        }
    }

    void lockRefusesSecondProcess()
    {
        QTemporaryDir temp;
        auto lock = DataDirectoryLock::acquire(temp.path());
        FOLIO_VERIFY_OK(lock);
        auto refused = foliod(temp.path(), { QStringLiteral("user"), QStringLiteral("list") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("Another foliod is using")), qPrintable(describe(refused)));
        QVERIFY(refused.err.contains(QString::number(QCoreApplication::applicationPid())));
        {
            auto released = std::move(*lock);
        }
        QCOMPARE(foliod(temp.path(), { QStringLiteral("user"), QStringLiteral("list") }).exitCode, 0);
    }
};

FOLIO_TEST(TestAccountCommands, "accountcommands")
#include "tst_accountcommands.moc"
