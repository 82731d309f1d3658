// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's HTTP server: real foliod processes on free loopback ports (plain and TLS) for what a client sees,
// and an in-process HttpServer for what needs routes foliod does not have (a throwing handler, a small
// per-route body limit, path parameters).

#include "buildinfo.h"
#include "foliodprocess.h"
#include "http/httpserver.h"
#include "http/metrics.h"
#include "http/requestlog.h"
#include "http/router.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace Folio;

namespace TestHttpServerHelpers {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one response from SOCKET; status 0 when none arrived in TIMEOUTMS or the connection ended first.
Reply readReply(QAbstractSocket &socket, int timeoutMs = 10000, bool head = false)
{
    Reply reply;
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    qsizetype headerEnd = -1;
    while ((headerEnd = data.indexOf("\r\n\r\n")) < 0) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())))) {
            return reply;
        }
        data += socket.readAll();
    }
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
        return reply;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    reply.body = data.mid(headerEnd + 4);
    const qsizetype length = head ? 0 : reply.headers.value("content-length").toLongLong();
    while (reply.body.size() < length && clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())))) {
            break;
        }
        reply.body += socket.readAll();
    }
    if (reply.body.size() < length) {
        return reply;
    }
    reply.status = statusLine.at(1).toInt();
    return reply;
}

// Sends REQUEST on a new connection and reads one response.
Reply exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write(request);
    socket.flush();
    return readReply(socket, timeoutMs, request.startsWith("HEAD "));
}

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

// The value of one sample of Prometheus text, or -1 when it is absent.
double sample(const QByteArray &metrics, const QByteArray &series)
{
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith(QByteArray(series + ' '))) {
            return line.mid(series.size() + 1).toDouble();
        }
    }
    return -1;
}

// One `foliod serve` process on a free loopback port (tests/support).
using Foliod = Test::FoliodProcess;

// An in-process HttpServer on a free loopback port, run on its own threads until destroyed.
class InProcessServer
{
public:
    explicit InProcessServer(Server::Http::Router &router)
        : m_server(router, m_metrics, m_log)
    {
        auto port = m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        if (port) {
            m_port = *port;
            m_thread = std::thread([this] { m_server.run(2); });
        }
    }
    ~InProcessServer()
    {
        if (m_thread.joinable()) {
            m_server.stop();
            m_thread.join();
        }
    }
    quint16 port() const { return m_port; }
    const Server::Http::Metrics &metrics() const { return m_metrics; }

private:
    Server::Http::Metrics m_metrics;
    Server::Http::RequestLog m_log;
    Server::Http::HttpServer m_server;
    quint16 m_port = 0;
    std::thread m_thread;
};

} // namespace TestHttpServerHelpers

using namespace TestHttpServerHelpers;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Foliod> m_foliod;

private Q_SLOTS:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        m_foliod = std::make_unique<Foliod>(m_data->filePath(QStringLiteral("data")));
    }

    void cleanup()
    {
        m_foliod.reset();
        m_data.reset();
    }

    void healthz()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        const Reply reply = exchange(m_foliod->port(), get("/healthz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json().value(QStringLiteral("version")).toString(), QString::fromLatin1(BuildInfo::version));

        const Reply head = exchange(m_foliod->port(), "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.headers.value("content-length"), QByteArray::number(reply.body.size()));
    }

    void metricsCountersMove()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        const QByteArray requests = R"(foliod_http_requests_total{route="/healthz",method="GET",status="200"})";
        const QByteArray latency = R"(foliod_http_request_duration_seconds_count{route="/healthz"})";
        const QByteArray notFound = R"(foliod_http_requests_total{route="unmatched",method="GET",status="404"})";
        const Reply before = exchange(m_foliod->port(), get("/metrics"));
        QCOMPARE(before.status, 200);
        QVERIFY(before.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
        const double requestsBefore = qMax(0.0, sample(before.body, requests));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
        }
        QCOMPARE(exchange(m_foliod->port(), get("/no/such/route")).status, 404);
        const Reply after = exchange(m_foliod->port(), get("/metrics"));
        QCOMPARE(sample(after.body, requests), requestsBefore + 3);
        QCOMPARE(sample(after.body, latency), requestsBefore + 3);
        QCOMPARE(sample(after.body, notFound), 1.0);
        QCOMPARE(sample(after.body, R"(foliod_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"})"),
            requestsBefore + 3);
        // The scraping connection itself is open.
        QVERIFY(sample(after.body, "foliod_http_connections_active") >= 1);
    }

    void unknownRouteAnswersJson404()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        const Reply missing = exchange(m_foliod->port(), get("/api/v1/nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
        QVERIFY(!missing.json().value(QStringLiteral("message")).toString().isEmpty());

        const Reply wrongMethod
            = exchange(m_foliod->port(), "DELETE /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("GET"));
        QCOMPARE(wrongMethod.json().value(QStringLiteral("code")).toString(), QStringLiteral("method-not-allowed"));
    }

    void oversizedBodyAnswers413()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        const QByteArray nineMiB = QByteArray::number(9 * 1024 * 1024);
        const Reply reply = exchange(m_foliod->port(),
            "POST /api/v1/anything HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + nineMiB
                + "\r\n\r\n{\"a\":");
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("body-too-large"));
        QCOMPARE(reply.headers.value("connection").toLower(), QByteArray("close"));
        // A chunked body has no length up front: the limit stops it while it is read.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_foliod->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 9 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            socket.waitForBytesWritten(5000);
        }
        const Reply chunked = readReply(socket);
        QCOMPARE(chunked.status, 413);
        const Reply metrics = exchange(m_foliod->port(), get("/metrics"));
        QCOMPARE(sample(metrics.body, R"(foliod_http_errors_total{kind="body-too-large"})"), 2.0);
        QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
    }

    void oversizedHeaderAnswers431()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        const Reply reply = exchange(m_foliod->port(), get("/healthz", "X-Big: " + QByteArray(20000, 'a') + "\r\n"));
        QCOMPARE(reply.status, 431);
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("header-too-large"));
        // Just under the limit is fine.
        QCOMPARE(exchange(m_foliod->port(), get("/healthz", "X-Big: " + QByteArray(15000, 'a') + "\r\n")).status, 200);
    }

    void malformedRequestLineAnswers400()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        for (const QByteArray &request : { QByteArray("GARBAGE\r\n\r\n"), QByteArray("GET /healthz HTTP/9.9\r\n\r\n"),
                 QByteArray("GET /healthz HTTP/1.1\r\nBad Header Without Colon\r\n\r\n"),
                 QByteArray("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n") }) {
            const Reply reply = exchange(m_foliod->port(), request);
            QVERIFY2(reply.status == 400, request.constData());
            QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("bad-request"));
        }
        QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
    }

    void slowClientIsCutOffWhileOthersAreServed()
    {
        QVERIFY2(m_foliod->start({ QStringLiteral("--header-timeout"), QStringLiteral("1") }),
            qPrintable(m_foliod->failure()));
        QTcpSocket slow;
        slow.connectToHost(QStringLiteral("127.0.0.1"), m_foliod->port());
        QTcpSocket idle;
        idle.connectToHost(QStringLiteral("127.0.0.1"), m_foliod->port());
        QVERIFY(slow.waitForConnected(5000));
        QVERIFY(idle.waitForConnected(5000));
        QElapsedTimer clock;
        clock.start();
        slow.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        slow.flush();

        QElapsedTimer served;
        served.start();
        QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
        QVERIFY2(served.elapsed() < 900, qPrintable(QString::number(served.elapsed())));

        const Reply cut = readReply(slow, 5000);
        QCOMPARE(cut.status, 408);
        QCOMPARE(cut.json().value(QStringLiteral("code")).toString(), QStringLiteral("request-timeout"));
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(slow.state() == QAbstractSocket::UnconnectedState || slow.waitForDisconnected(3000));
        // A connection that never sent anything is closed without an answer.
        QVERIFY(idle.state() == QAbstractSocket::UnconnectedState || idle.waitForDisconnected(3000));
        QVERIFY(idle.readAll().isEmpty());
        QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
    }

    void fiftyKeepAliveClients()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 50; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QStringLiteral("127.0.0.1"), m_foliod->port());
        }
        for (auto &client : clients) {
            QVERIFY(client->waitForConnected(5000));
        }
        // Every client sends before any reads, so all 50 connections are open and busy at once.
        for (int round = 0; round < 4; ++round) {
            for (auto &client : clients) {
                client->write(get("/healthz"));
                client->flush();
            }
            for (auto &client : clients) {
                const Reply reply = readReply(*client);
                QCOMPARE(reply.status, 200);
                QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
                QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
            }
        }
        const Reply metrics = exchange(m_foliod->port(), get("/metrics"));
        QVERIFY(sample(metrics.body, "foliod_http_connections_active") >= 51);
        QCOMPARE(
            sample(metrics.body, R"(foliod_http_requests_total{route="/healthz",method="GET",status="200"})"), 200.0);
    }

    void logsOneJsonLinePerRequestWithoutSecrets()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        QCOMPARE(
            exchange(m_foliod->port(), get("/healthz?token=SECRET-QUERY", "Authorization: Bearer SECRET-HEADER\r\n"))
                .status,
            200);
        QCOMPARE(exchange(m_foliod->port(), get("/missing")).status, 404);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log = m_foliod->standardError()).count('\n') >= 2, 5000);
        QVERIFY(!log.contains("SECRET"));
        // Each connection logs when its answer is written, so the two lines may come in either order.
        QJsonObject first;
        QJsonObject second;
        for (const QByteArray &line : log.trimmed().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QVERIFY2(!entry.isEmpty(), line.constData());
            (entry.value(QStringLiteral("status")).toInt() == 200 ? first : second) = entry;
        }
        QCOMPARE(first.value(QStringLiteral("route")).toString(), QStringLiteral("/healthz"));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/healthz"));
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QVERIFY(first.value(QStringLiteral("duration_ms")).isDouble());
        QCOMPARE(first.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(second.value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(second.value(QStringLiteral("route")).toString(), QStringLiteral("unmatched"));
    }

    void servesTls()
    {
        if (!QSslSocket::supportsSsl()) {
            QFAIL("Qt has no TLS backend; install libssl3.");
        }
        const Test::TestCertificate made = Test::makeCertificate(m_data->path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QString certificate = made.certificate;
        const QString key = made.key;
        QVERIFY2(m_foliod->start({ QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key }),
            qPrintable(m_foliod->failure()));

        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_foliod->port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
        for (int i = 0; i < 2; ++i) { // keep-alive over TLS
            socket.write(get("/healthz"));
            const Reply reply = readReply(socket);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        }
        // Plain HTTP to the TLS port gets no HTTP answer, and the server keeps serving TLS.
        QCOMPARE(exchange(m_foliod->port(), get("/healthz"), 3000).status, 0);
        socket.write(get("/metrics"));
        const Reply metrics = readReply(socket);
        QCOMPARE(metrics.status, 200);
        QCOMPARE(sample(metrics.body, R"(foliod_http_errors_total{kind="tls-handshake"})"), 1.0);

        // A key that does not belong to the certificate is refused at start.
        const QString otherKey = m_data->filePath(QStringLiteral("other.pem"));
        QCOMPARE(Test::run(QStringLiteral("openssl"),
                     { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-out"), otherKey })
                     .exitCode,
            0);
        Foliod mismatched(m_data->filePath(QStringLiteral("data2")));
        QVERIFY(
            !mismatched.start({ QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), otherKey }));
        QVERIFY2(mismatched.failure().contains(QStringLiteral("does not belong")), qPrintable(mismatched.failure()));
    }

    void refusesNonLoopbackWithoutTls()
    {
        QVERIFY(!m_foliod->start({}, QStringLiteral("0.0.0.0:0")));
        QVERIFY2(m_foliod->failure().contains(QStringLiteral("--insecure-http")), qPrintable(m_foliod->failure()));
        QCOMPARE(m_foliod->process().exitCode(), 1);
    }

    void refusesSecondServerOnSameData()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        Foliod second(m_data->filePath(QStringLiteral("data")));
        QVERIFY(!second.start());
        QVERIFY2(second.failure().contains(QStringLiteral("Another foliod")), qPrintable(second.failure()));
        QCOMPARE(exchange(m_foliod->port(), get("/healthz")).status, 200);
    }

    void stopsCleanlyOnSigterm()
    {
        QVERIFY2(m_foliod->start(), qPrintable(m_foliod->failure()));
        QTcpSocket idle; // an open keep-alive connection must not keep it from stopping
        idle.connectToHost(QStringLiteral("127.0.0.1"), m_foliod->port());
        QVERIFY(idle.waitForConnected(5000));
        QElapsedTimer clock;
        clock.start();
        m_foliod->process().terminate();
        QVERIFY(m_foliod->process().waitForFinished(5000));
        QCOMPARE(m_foliod->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_foliod->process().exitCode(), 0);
        QVERIFY(clock.elapsed() < 4000);
        // The lock went with it: a new server takes the same data directory.
        Foliod again(m_data->filePath(QStringLiteral("data")));
        QVERIFY2(again.start(), qPrintable(again.failure()));
    }

    void handlerFailuresAndRouteLimits()
    {
        using namespace Folio::Server::Http;
        Router router;
        router.add(Route { "GET", QStringLiteral("/boom"),
            [](HttpRequest &) -> HttpResponse { throw std::runtime_error("handler broke"); }, false });
        router.add(Route { "POST", QStringLiteral("/items/{id}/echo"),
            [](HttpRequest &request) {
                return HttpResponse::json(200,
                    QJsonObject { { QStringLiteral("id"), request.params.value(QStringLiteral("id")) },
                        { QStringLiteral("body"), QString::fromUtf8(request.body) } });
            },
            false, 16 });
        InProcessServer server(router);
        QVERIFY(server.port() != 0);

        const Reply boom = exchange(server.port(), get("/boom"));
        QCOMPARE(boom.status, 500);
        QCOMPARE(boom.json().value(QStringLiteral("code")).toString(), QStringLiteral("internal"));
        QVERIFY(!boom.body.contains("handler broke")); // details go to the log, not to the client

        const Reply echo = exchange(
            server.port(), "POST /items/a%20b/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 16\r\n\r\n0123456789abcdef");
        QCOMPARE(echo.status, 200);
        QCOMPARE(echo.json().value(QStringLiteral("id")).toString(), QStringLiteral("a b"));
        QCOMPARE(echo.json().value(QStringLiteral("body")).toString(), QStringLiteral("0123456789abcdef"));
        const Reply tooBig = exchange(
            server.port(), "POST /items/1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n0123456789abcdefg");
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(exchange(server.port(), get("/items//echo")).status, 404);
        QCOMPARE(exchange(server.port(), get("/items/1/echo")).status, 405);
        QTRY_COMPARE(server.metrics().activeConnections(), 0);
        QVERIFY(server.metrics().render().contains(R"(foliod_http_errors_total{kind="handler"} 1)"));
    }
};

FOLIO_TEST(TestHttpServer, "httpserver")
#include "tst_httpserver.moc"
