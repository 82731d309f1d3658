// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-ins hash their password (Argon2id) on foliod's pool for slow work, not on the threads that serve
// connections: against a real `foliod serve` with two HTTP threads, many logins are sent at once and then
// /healthz; the health check must be answered while most of the logins are still hashing (were the hashes on
// the HTTP threads, it would queue behind nearly all of them). Ordering only, no time bound.

#include "auth/passwordhasher.h"
#include "foliodprocess.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace TestSlowLoginsHelpers {

using namespace Folio;

// One request on its own connection, completed once its whole answer (Content-Length) has arrived.
struct SlowLoginRequest
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    int status = 0;
    bool done = false;

    bool start(quint16 port, const QByteArray &request)
    {
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket->waitForConnected(5000)) {
            return false;
        }
        socket->write(request);
        return socket->waitForBytesWritten(5000);
    }

    // Reads what has come; true when the answer just became complete.
    bool poll()
    {
        if (done) {
            return false;
        }
        received += socket->readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        qint64 length = 0;
        for (const QByteArray &line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (received.size() - end - 4 < length) {
            return false;
        }
        status = received.left(received.indexOf('\n')).split(' ').value(1).toInt();
        done = true;
        return true;
    }
};

QByteArray slowLoginRequest()
{
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("user"), QStringLiteral("carol") },
                                              { QStringLiteral("password"), QStringLiteral("carol pass 3") },
                                              { QStringLiteral("device"), QStringLiteral("slow login test") } })
                                .toJson(QJsonDocument::Compact);
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace TestSlowLoginsHelpers

using namespace TestSlowLoginsHelpers;

class TestSlowLogins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthAnswersWhileLoginsHash()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("data"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FOLIOD_DATA"));
        const auto added = Test::run(Test::program(QStringLiteral("foliod")),
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                QStringLiteral("editor"), QStringLiteral("--data"), dir },
            environment, 60000, "carol pass 3\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start({ QStringLiteral("--threads"), QStringLiteral("2") }), qPrintable(server.failure()));

        // Hashes run at most maxConcurrent() at a time, so these take several rounds of Argon2id.
        const int logins = 4 * std::max(2, Folio::Server::PasswordHasher::maxConcurrent());
        std::vector<SlowLoginRequest> pending(logins);
        for (SlowLoginRequest &login : pending) {
            QVERIFY(login.start(server.port(), slowLoginRequest()));
        }
        // Let foliod read them all before the health check goes out.
        QTest::qWait(100);
        SlowLoginRequest health;
        QVERIFY(health.start(server.port(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));

        int finishedBeforeHealth = -1;
        int finished = 0;
        QElapsedTimer clock;
        clock.start();
        while ((finished < logins || !health.done) && clock.elapsed() < 120000) {
            QTest::qWait(2);
            for (SlowLoginRequest &login : pending) {
                if (login.poll()) {
                    ++finished;
                }
            }
            if (finishedBeforeHealth < 0 && health.poll()) {
                finishedBeforeHealth = finished;
            }
        }
        QCOMPARE(finished, logins);
        for (const SlowLoginRequest &login : pending) {
            QCOMPARE(login.status, 200);
        }
        QCOMPARE(health.status, 200);
        qInfo("%d of %d logins had finished when /healthz answered", finishedBeforeHealth, logins);
        QVERIFY2(finishedBeforeHealth >= 0 && finishedBeforeHealth <= logins / 2,
            qPrintable(
                QStringLiteral("/healthz answered after %1 of %2 logins").arg(finishedBeforeHealth).arg(logins)));
    }
};

FOLIO_TEST(TestSlowLogins, "slowlogins")
#include "tst_slowlogins.moc"
