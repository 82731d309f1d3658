// SPDX-License-Identifier: GPL-3.0-or-later
// `foliod backup DEST` of a serving foliod with users and real blobs, taken while clients sign in (which
// writes sessions and audit events): a second foliod starts from the backup beside the first, the users
// sign in there with their passwords, tokens issued by the first stay valid, every blob downloads
// byte-identical, and `foliod check` finds the backup sound. DEST must be new or empty.

#include "foliodadminhelpers.h"
#include "foliodprocess.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace AdminTestHelpers = FoliodAdminTestHelpers;

namespace TestFoliodBackupHelpers {

QStringList backupArguments(const QString &dir, const QString &dest)
{
    return { QStringLiteral("backup"), dest, QStringLiteral("--data"), dir };
}

} // namespace TestFoliodBackupHelpers

class TestFoliodBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

private Q_SLOTS:
    void backupOfServingFoliodServes()
    {
        const QString dir = m_temp.filePath(QStringLiteral("data"));
        QVERIFY(AdminTestHelpers::addUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        QVERIFY(AdminTestHelpers::addUser(dir, QStringLiteral("bob"), QStringLiteral("bob pass 2")));
        Folio::Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const QByteArray alice
            = AdminTestHelpers::accessToken(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray bob
            = AdminTestHelpers::accessToken(server.port(), QStringLiteral("bob"), QStringLiteral("bob pass 2"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const QList<QByteArray> aliceBlobs { AdminTestHelpers::randomBytes(3 * 1024 * 1024 + 17, 7),
            AdminTestHelpers::randomBytes(4096, 8) };
        const QList<QByteArray> bobBlobs { AdminTestHelpers::randomBytes(70000, 9) };
        QVERIFY(AdminTestHelpers::upload(server.port(), alice, aliceBlobs));
        QVERIFY(AdminTestHelpers::upload(server.port(), bob, bobBlobs));
        QVERIFY(AdminTestHelpers::request(server.port(), "GET", "/api/v1/auth/me", {}, alice).status == 200);

        // The backup runs while clients keep signing in: sessions and audit events are written meanwhile.
        const QString dest = m_temp.filePath(QStringLiteral("backup"));
        QProcess backup;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FOLIOD_DATA"));
        backup.setProcessEnvironment(environment);
        backup.start(
            Folio::Test::program(QStringLiteral("foliod")), TestFoliodBackupHelpers::backupArguments(dir, dest));
        QVERIFY(backup.waitForStarted());
        int logins = 0;
        while (backup.state() != QProcess::NotRunning && logins < 20) {
            QVERIFY(!AdminTestHelpers::accessToken(server.port(), QStringLiteral("bob"), QStringLiteral("bob pass 2"))
                         .isEmpty());
            ++logins;
        }
        QVERIFY(backup.waitForFinished(120000));
        QVERIFY2(backup.exitStatus() == QProcess::NormalExit && backup.exitCode() == 0,
            backup.readAllStandardError().constData());
        const QString said = QString::fromUtf8(backup.readAllStandardOutput());
        QVERIFY2(said.contains(QLatin1String("3 blob(s)")), qPrintable(said));
        QCOMPARE(QFileInfo(dest).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/foliod.lock")));

        // Sound by foliod's own check: the audit chain of the copy ends at its head.
        const auto checked = AdminTestHelpers::foliod({ QStringLiteral("check"), QStringLiteral("--data"), dest });
        QVERIFY2(checked.exitCode == 0, qPrintable(AdminTestHelpers::describe(checked)));

        // A second server on the backup, beside the first (another DIR, another lock).
        Folio::Test::FoliodProcess restored(dest);
        QVERIFY2(restored.start(), qPrintable(restored.failure()));
        // The token key came along: the first server's access token is valid here.
        const AdminTestHelpers::Reply me
            = AdminTestHelpers::request(restored.port(), "GET", "/api/v1/auth/me", {}, alice);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        const QByteArray aliceAgain
            = AdminTestHelpers::accessToken(restored.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray bobAgain
            = AdminTestHelpers::accessToken(restored.port(), QStringLiteral("bob"), QStringLiteral("bob pass 2"));
        QVERIFY(!aliceAgain.isEmpty() && !bobAgain.isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^login 401")));
        QVERIFY(
            AdminTestHelpers::accessToken(restored.port(), QStringLiteral("bob"), QStringLiteral("wrong")).isEmpty());
        for (const QByteArray &blob : aliceBlobs) {
            const AdminTestHelpers::Reply got = AdminTestHelpers::request(
                restored.port(), "GET", "/api/v1/blobs/" + AdminTestHelpers::sha256Of(blob).toLatin1(), {}, aliceAgain);
            QCOMPARE(got.status, 200);
            QVERIFY(got.body == blob);
        }
        const AdminTestHelpers::Reply bobs = AdminTestHelpers::request(restored.port(), "GET",
            "/api/v1/blobs/" + AdminTestHelpers::sha256Of(bobBlobs.first()).toLatin1(), {}, bobAgain);
        QCOMPARE(bobs.status, 200);
        QVERIFY(bobs.body == bobBlobs.first());
        // Ownership came along too: bob still cannot read alice's blob.
        QCOMPARE(AdminTestHelpers::request(restored.port(), "GET",
                     "/api/v1/blobs/" + AdminTestHelpers::sha256Of(aliceBlobs.last()).toLatin1(), {}, bobAgain)
                     .status,
            404);
        QVERIFY(restored.stop());
        QVERIFY(server.stop());
    }

    void destinationMustBeNewOrEmpty()
    {
        const QString dir = m_temp.filePath(QStringLiteral("data2"));
        QVERIFY(AdminTestHelpers::addUser(dir, QStringLiteral("carol"), QStringLiteral("carol pass 3")));
        const QString used = m_temp.filePath(QStringLiteral("used"));
        QVERIFY(QDir().mkpath(used));
        {
            QFile file(used + QStringLiteral("/keep.txt"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine");
        }
        const auto refused = AdminTestHelpers::foliod(TestFoliodBackupHelpers::backupArguments(dir, used));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not an empty folder")), qPrintable(refused.err));
        QCOMPARE(
            QDir(used).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList { QStringLiteral("keep.txt") });

        const auto inside
            = AdminTestHelpers::foliod(TestFoliodBackupHelpers::backupArguments(dir, dir + QStringLiteral("/copy")));
        QCOMPARE(inside.exitCode, 1);
        QVERIFY2(inside.err.contains(QLatin1String("inside")), qPrintable(inside.err));

        const QString empty = m_temp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const auto done = AdminTestHelpers::foliod(TestFoliodBackupHelpers::backupArguments(dir, empty));
        QVERIFY2(done.exitCode == 0, qPrintable(AdminTestHelpers::describe(done)));
        QVERIFY(QFileInfo::exists(empty + QStringLiteral("/foliod.db")));
        QCOMPARE(AdminTestHelpers::foliod({ QStringLiteral("check"), QStringLiteral("--data"), empty }).exitCode, 0);

        QCOMPARE(AdminTestHelpers::foliod({ QStringLiteral("backup"), QStringLiteral("--data"), dir }).exitCode, 2);
        const auto help = AdminTestHelpers::foliod({ QStringLiteral("backup"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("DEST")) && help.out.contains(QLatin1String("--data")));
    }
};

FOLIO_TEST(TestFoliodBackup, "foliodbackup")
#include "tst_foliodbackup.moc"
