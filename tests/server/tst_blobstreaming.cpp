// SPDX-License-Identifier: GPL-3.0-or-later
// Blob downloads streamed from disk, against a real `foliod serve`: an 80 MiB blob (over the 64 MiB an answer
// used to be capped at) uploaded through the upload API comes back byte-identical whole, by a Range of its
// last bytes and by an open Range over more than 64 MiB, over plain HTTP and then TLS on the same data; and
// foliod's resident memory (its VmHWM, reset through /proc/PID/clear_refs before each download, and VmRSS
// sampled while the client reads) grows by far less than the blob while it is sent.

#include "foliodprocess.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

namespace TestBlobStreamingHelpers {

using namespace Folio;

constexpr qint64 blobBytes = 80 * 1024 * 1024;
constexpr qint64 chunkBytes = 4 * 1024 * 1024;
// What a download may add to foliod's resident memory: its send buffer is 256 KiB; allocator and TLS slack
// stay within a few MiB. Holding the blob would add 80.
constexpr qint64 growthBoundKiB = 16 * 1024;

struct StreamReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body; // only when asked to keep it
    qint64 bodyBytes = 0;
    QByteArray sha256; // hex, of the body
    QString failure;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"), or -1.
qint64 foliodStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':'))) {
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Resets PID's VmHWM to its current VmRSS (Linux 4.0+); false when not allowed.
bool resetPeakRss(qint64 pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// One request on SOCKET, which stays open (keep-alive); the answer's body is hashed as it arrives and kept
// only when KEEPBODY. ONPROGRESS runs after every MiB of body, and the client pauses there for a moment so
// that foliod gets ahead of it and fills the socket buffers, as with a slow reader.
StreamReply streamRequest(QAbstractSocket &socket, const QByteArray &method, const QByteArray &path,
    const QByteArray &body, const QByteArray &token, const QList<QByteArray> &extraHeaders, bool keepBody,
    const std::function<void()> &onProgress = {})
{
    StreamReply reply;
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        head += "Authorization: Bearer " + token + "\r\n";
    }
    for (const QByteArray &field : extraHeaders) {
        head += field + "\r\n";
    }
    if (method != "GET") {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    socket.write(head + "\r\n");
    socket.write(body);
    QByteArray pending;
    qint64 length = -1;
    qint64 nextProgress = 1024 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        if (socket.bytesToWrite() > 0) {
            socket.waitForBytesWritten(200);
        } else if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)
            && socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        pending += socket.read(1024 * 1024);
        if (length < 0) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            const QList<QByteArray> lines = pending.left(end).split('\n');
            reply.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    reply.headers.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
            }
            bool ok = false;
            length = reply.headers.value("content-length").toLongLong(&ok);
            if (!ok) {
                reply.failure = QStringLiteral("no Content-Length");
                return reply;
            }
            pending.remove(0, end + 4);
        }
        const qsizetype take = qsizetype(std::min<qint64>(pending.size(), length - reply.bodyBytes));
        hash.addData(QByteArrayView(pending.constData(), take));
        if (keepBody) {
            reply.body += pending.left(take);
        }
        reply.bodyBytes += take;
        pending.remove(0, take);
        if (reply.bodyBytes >= nextProgress && reply.bodyBytes < length) {
            nextProgress += 1024 * 1024;
            if (onProgress) {
                onProgress();
            }
            QThread::msleep(2);
        }
        if (reply.bodyBytes == length) {
            reply.sha256 = hash.result().toHex();
            return reply;
        }
    }
    reply.failure = QStringLiteral("the answer stopped after %1 of %2 body bytes").arg(reply.bodyBytes).arg(length);
    return reply;
}

QByteArray streamingJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray streamingContent(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator { 20261128u };
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// Connects SOCKET to foliod, over TLS trusting CERTIFICATE when it is given.
bool connectStreaming(QSslSocket &socket, quint16 port, const QString &certificate)
{
    if (certificate.isEmpty()) {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return socket.waitForConnected(5000);
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return socket.waitForEncrypted(10000);
}

} // namespace TestBlobStreamingHelpers

using namespace TestBlobStreamingHelpers;

class TestBlobStreaming : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

    // Downloads SHA whole over SOCKET from foliod PID and checks the bytes against CONTENT and foliod's memory
    // while it sends them.
    void downloadWholeWithinMemory(
        QSslSocket &socket, qint64 pid, const QByteArray &token, const QString &sha, const QByteArray &contentSha)
    {
        const qint64 before = foliodStatusKiB(pid, "VmRSS");
        QVERIFY(before > 0);
        const bool peakReset = resetPeakRss(pid);
        qint64 sampled = before;
        const StreamReply whole = streamRequest(socket, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, token, {}, false,
            [&] { sampled = std::max(sampled, foliodStatusKiB(pid, "VmRSS")); });
        QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.bodyBytes, blobBytes);
        QCOMPARE(whole.headers.value("content-length").toLongLong(), blobBytes);
        QCOMPARE(whole.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(whole.headers.value("content-disposition").startsWith("attachment"));
        QCOMPARE(whole.sha256, contentSha);
        const qint64 peak = peakReset ? foliodStatusKiB(pid, "VmHWM") : sampled;
        qInfo("foliod VmRSS before an 80 MiB download %lld KiB, peak during it %lld KiB (sampled VmRSS %lld KiB, "
              "VmHWM %s)",
            before, peak, sampled, peakReset ? "reset before the download" : "could not be reset");
        QVERIFY2(sampled - before < growthBoundKiB,
            qPrintable(QStringLiteral("VmRSS grew by %1 KiB").arg(sampled - before)));
        QVERIFY2(peak - before < growthBoundKiB, qPrintable(QStringLiteral("VmHWM grew by %1 KiB").arg(peak - before)));
#if !defined(__SANITIZE_ADDRESS__)
        // The absolute size too; under AddressSanitizer its shadow memory and quarantine make foliod's resident
        // size unrelated to the blob (the growth checks above still hold there).
        QVERIFY2(peak < blobBytes / 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
#endif
    }

    void checkRanges(QSslSocket &socket, const QByteArray &token, const QString &sha, const QByteArray &content)
    {
        const QByteArray path = "/api/v1/blobs/" + sha.toLatin1();
        const StreamReply tail = streamRequest(socket, "GET", path, {}, token, { "Range: bytes=-100000" }, true);
        QVERIFY2(tail.failure.isEmpty(), qPrintable(tail.failure));
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.headers.value("content-range"),
            "bytes " + QByteArray::number(blobBytes - 100000) + '-' + QByteArray::number(blobBytes - 1) + '/'
                + QByteArray::number(blobBytes));
        QVERIFY(tail.body == content.right(100000));
        const StreamReply last = streamRequest(
            socket, "GET", path, {}, token, { "Range: bytes=" + QByteArray::number(blobBytes - 1) + '-' }, true);
        QCOMPARE(last.status, 206);
        QVERIFY(last.body == content.right(1));
        // An open range longer than the old 64 MiB cap comes whole.
        const StreamReply rest = streamRequest(socket, "GET", path, {}, token, { "Range: bytes=1000-" }, false);
        QVERIFY2(rest.failure.isEmpty(), qPrintable(rest.failure));
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.bodyBytes, blobBytes - 1000);
        QCOMPARE(rest.sha256, QCryptographicHash::hash(content.mid(1000), QCryptographicHash::Sha256).toHex());
        // The connection still serves the next request after streamed answers.
        QCOMPARE(streamRequest(socket, "GET", "/healthz", {}, {}, {}, true).status, 200);
    }

private Q_SLOTS:
    void largeBlobStreamsInConstantMemory()
    {
        const QString dir = m_temp.filePath(QStringLiteral("data"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FOLIOD_DATA"));
        const auto added = Test::run(Test::program(QStringLiteral("foliod")),
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                QStringLiteral("editor"), QStringLiteral("--data"), dir },
            environment, 60000, "alice pass 1\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QByteArray login = streamingJson({ { QStringLiteral("user"), QStringLiteral("alice") },
            { QStringLiteral("password"), QStringLiteral("alice pass 1") },
            { QStringLiteral("device"), QStringLiteral("streaming test") } });

        const QByteArray content = streamingContent(blobBytes);
        const QByteArray contentSha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        const QString sha = QString::fromLatin1(contentSha);
        {
            Test::FoliodProcess server(dir);
            QVERIFY2(server.start(), qPrintable(server.failure()));
            QSslSocket socket;
            QVERIFY(connectStreaming(socket, server.port(), {}));
            const QByteArray token = streamRequest(socket, "POST", "/api/v1/auth/login", login, {}, {}, true)
                                         .json()
                                         .value(QStringLiteral("access_token"))
                                         .toString()
                                         .toLatin1();
            QVERIFY(!token.isEmpty());
            const StreamReply created = streamRequest(socket, "POST", "/api/v1/uploads",
                streamingJson({ { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), double(blobBytes) } }),
                token, {}, true);
            QCOMPARE(created.status, 201);
            const QByteArray id = created.json().value(QStringLiteral("id")).toString().toLatin1();
            for (qint64 start = 0; start < blobBytes; start += chunkBytes) {
                const StreamReply put
                    = streamRequest(socket, "PUT", "/api/v1/uploads/" + id, content.mid(start, chunkBytes), token,
                        { "Content-Range: bytes " + QByteArray::number(start) + '-'
                            + QByteArray::number(start + chunkBytes - 1) + '/' + QByteArray::number(blobBytes) },
                        true);
                QVERIFY2(put.status == 200, put.body.constData());
            }
            QCOMPARE(
                streamRequest(socket, "POST", "/api/v1/uploads/" + id + "/finish", {}, token, {}, true).status, 201);

            downloadWholeWithinMemory(socket, server.process().processId(), token, sha, contentSha);
            if (QTest::currentTestFailed()) {
                return;
            }
            checkRanges(socket, token, sha, content);
            if (QTest::currentTestFailed()) {
                return;
            }
            QVERIFY(server.stop());
        }

        // The same blob over TLS.
        if (!QSslSocket::supportsSsl()) {
            QFAIL("Qt has no TLS backend; install libssl3.");
        }
        const Test::TestCertificate made = Test::makeCertificate(m_temp.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QString certificate = made.certificate;
        const QString key = made.key;
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start({ QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key }),
            qPrintable(server.failure()));
        QSslSocket socket;
        QVERIFY2(connectStreaming(socket, server.port(), certificate), qPrintable(socket.errorString()));
        const QByteArray token = streamRequest(socket, "POST", "/api/v1/auth/login", login, {}, {}, true)
                                     .json()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(!token.isEmpty());
        downloadWholeWithinMemory(socket, server.process().processId(), token, sha, contentSha);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkRanges(socket, token, sha, content);
    }
};

FOLIO_TEST(TestBlobStreaming, "blobstreaming")
#include "tst_blobstreaming.moc"
