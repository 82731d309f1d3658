// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's access log (server/http/accesslog.h): reads by a real foliod land in DIR/logs/access.log as one
// JSON line each, naming the user, the route, the status and the bytes, and never a token or a password;
// writes do not; the file is capped and rotated.

#include "foliodadminhelpers.h"
#include "foliodprocess.h"
#include "http/accesslog.h"
#include "http/requestlog.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace AdminTestHelpers = FoliodAdminTestHelpers;

namespace TestAccessLogHelpers {

QList<QJsonObject> lines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> out;
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty()) {
            out.append(QJsonDocument::fromJson(line).object());
        }
    }
    return out;
}

} // namespace TestAccessLogHelpers

class TestAccessLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

private Q_SLOTS:
    void blobDownloadIsLogged()
    {
        const QString dir = m_temp.filePath(QStringLiteral("data"));
        const QString password = QStringLiteral("a secret passphrase 42");
        QVERIFY(AdminTestHelpers::addUser(dir, QStringLiteral("alice"), password));
        Folio::Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const QJsonObject session = AdminTestHelpers::login(server.port(), QStringLiteral("alice"), password);
        const QByteArray token = session.value(QStringLiteral("access_token")).toString().toLatin1();
        const QByteArray refresh = session.value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(!token.isEmpty() && !refresh.isEmpty());
        const QByteArray blob = AdminTestHelpers::randomBytes(12345, 5);
        const QString sha = AdminTestHelpers::sha256Of(blob);
        QVERIFY(AdminTestHelpers::upload(server.port(), token, { blob }));
        const AdminTestHelpers::Reply got = AdminTestHelpers::request(
            server.port(), "GET", "/api/v1/blobs/" + sha.toLatin1() + "?token=" + token, {}, token);
        QCOMPARE(got.status, 200);
        QVERIFY(got.body == blob);
        QCOMPARE(AdminTestHelpers::request(server.port(), "GET", "/api/v1/auth/me", {}, token).status, 200);
        QCOMPARE(AdminTestHelpers::request(server.port(), "GET", "/api/v1/blobs/" + sha.toLatin1()).status, 401);
        QCOMPARE(AdminTestHelpers::request(server.port(), "GET", "/healthz").status, 200);
        QVERIFY(server.stop());

        const QString path = dir + QStringLiteral("/logs/access.log");
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QList<QJsonObject> entries = TestAccessLogHelpers::lines(path);
        // The download, /auth/me and the refused download; not the login, the batch upload or /healthz.
        QCOMPARE(entries.size(), 3);
        const QJsonObject download = entries.at(0);
        QCOMPARE(download.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(download.value(QStringLiteral("route")).toString(), QStringLiteral("/api/v1/blobs/{sha256}"));
        QCOMPARE(download.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/blobs/") + sha);
        QCOMPARE(download.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(download.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(download.value(QStringLiteral("bytes")).toInt(), blob.size());
        QCOMPARE(download.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!download.value(QStringLiteral("ts")).toString().isEmpty());
        QCOMPARE(entries.at(1).value(QStringLiteral("route")).toString(), QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(entries.at(1).value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(entries.at(2).value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(entries.at(2).value(QStringLiteral("user")).isNull());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains(token.left(20)));
        QVERIFY(!text.contains(refresh));
        QVERIFY(!text.contains(password.toUtf8()));
        QVERIFY(!text.contains("token="));
    }

    void cappedAndRotated()
    {
        const QString dir = m_temp.filePath(QStringLiteral("rotation"));
        QVERIFY(QDir().mkpath(dir));
        auto log = Folio::Server::Http::AccessLog::open(dir, 4096, 2);
        QVERIFY(log);
        Folio::Server::Http::RequestLogEntry entry;
        entry.method = "GET";
        entry.route = QStringLiteral("/api/v1/blobs/{sha256}");
        entry.path = QStringLiteral("/api/v1/blobs/") + QString(64, QLatin1Char('a'));
        entry.status = 200;
        entry.user = QStringLiteral("alice");
        for (int i = 0; i < 200; ++i) {
            (*log)->write(entry);
        }
        entry.method = "PUT"; // a write: not an access
        entry.route = QStringLiteral("/api/v1/uploads/{id}");
        (*log)->write(entry);
        const QString path = dir + QStringLiteral("/logs/access.log");
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".3")));
        for (const QString &name : QStringList { path, path + QStringLiteral(".1"), path + QStringLiteral(".2") }) {
            QVERIFY2(QFileInfo(name).size() <= 4096, qPrintable(name));
            for (const QJsonObject &line : TestAccessLogHelpers::lines(name)) {
                QCOMPARE(line.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
            }
        }
        QVERIFY(Folio::Server::Http::AccessLog::isRead("POST", QStringLiteral("/api/v1/blobs/exists")));
        QVERIFY(!Folio::Server::Http::AccessLog::isRead("POST", QStringLiteral("/api/v1/blobs/batch")));
        QVERIFY(!Folio::Server::Http::AccessLog::isRead("GET", QStringLiteral("/metrics")));
    }
};

FOLIO_TEST(TestAccessLog, "accesslog")
#include "tst_accesslog.moc"
