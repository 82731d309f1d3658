// SPDX-License-Identifier: GPL-3.0-or-later
// Upload chunks streamed to disk as they arrive (PUT /api/v1/uploads/{id} with a Content-Length), against a
// real `foliod serve`: a chunk that starts at the wrong offset, names another user's session or has no valid
// login or Content-Range is refused from its header alone, before any of its body is sent (also instead of
// a 100 Continue); a second chunk of a session while one is arriving is refused, as is finishing then; a
// chunk cut off or stalled (408) leaves the session at its acknowledged offset and the next chunks complete
// it byte-exact; uploading holds no chunk in memory (VmHWM); sessions whose saved hash state is damaged or
// missing (written before it was kept) still finish right; chunks go up over TLS on one keep-alive
// connection; and another session goes on while a chunk arrives slowly. (Sha256State and SessionHasher
// themselves are tested in tst_blobapi.cpp.)

#include "foliodprocess.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace TestUploadStreamingHelpers {

using namespace Folio;

struct StreamReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 bodyBytes = 0;
    QString failure;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray streamingJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray randomContent(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator { seed };
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"), or -1.
qint64 statusKiB(qint64 pid, const QByteArray &field)
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

// A user NAME (password "NAME pass 1") in the foliod data folder DIR.
bool addUser(const QString &dir, const QString &name)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOLIOD_DATA"));
    const auto added = Test::run(Test::program(QStringLiteral("foliod")),
        { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("editor"),
            QStringLiteral("--data"), dir },
        environment, 60000, name.toUtf8() + " pass 1\n");
    if (added.exitCode != 0) {
        qWarning("%s", qPrintable(added.err));
    }
    return added.exitCode == 0;
}

// The answer foliod sends on SOCKET within TIMEOUTMS (its whole body, by Content-Length), or status 0.
StreamReply readReply(QAbstractSocket &socket, int timeoutMs)
{
    StreamReply reply;
    QByteArray pending;
    qint64 length = -1;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100)
            && socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            break;
        }
        pending += socket.readAll();
        if (length < 0) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            const QList<QByteArray> lines = pending.left(end).split('\n');
            reply.status = lines.first().split(' ').value(1).toInt();
            reply.headers.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    reply.headers.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
            }
            pending.remove(0, end + 4);
            length = reply.headers.value("content-length", "0").toLongLong();
        }
        if (pending.size() >= length) {
            reply.body = pending.left(length);
            reply.bodyBytes = length;
            return reply;
        }
    }
    reply.status = 0;
    reply.failure = QStringLiteral("no whole answer within %1 ms").arg(timeoutMs);
    return reply;
}

// The header of a chunk PUT of LENGTH bytes at START of an upload of TOTAL bytes.
QByteArray chunkHead(const QByteArray &id, const QByteArray &token, qint64 start, qint64 length, qint64 total,
    const QList<QByteArray> &extra = {})
{
    QByteArray head = "PUT /api/v1/uploads/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        head += "Authorization: Bearer " + token + "\r\n";
    }
    head += "Content-Range: bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1) + '/'
        + QByteArray::number(total) + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
    for (const QByteArray &field : extra) {
        head += field + "\r\n";
    }
    return head + "\r\n";
}

// A new plain connection to foliod.
bool connectPlain(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(5000);
}

// Sends everything in BYTES on SOCKET.
bool sendAll(QAbstractSocket &socket, const QByteArray &bytes)
{
    socket.write(bytes);
    QElapsedTimer clock;
    clock.start();
    while (socket.bytesToWrite() > 0 && clock.elapsed() < 60000) {
        if (!socket.waitForBytesWritten(1000) && socket.state() != QAbstractSocket::ConnectedState) {
            return false;
        }
    }
    return socket.bytesToWrite() == 0;
}

// One whole request on its own connection.
StreamReply oneRequest(quint16 port, const QByteArray &head, const QByteArray &body = {})
{
    QTcpSocket socket;
    if (!connectPlain(socket, port) || !sendAll(socket, head + body)) {
        StreamReply failed;
        failed.failure = QStringLiteral("could not send the request");
        return failed;
    }
    return readReply(socket, 60000);
}

QByteArray plainRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token,
    const QByteArray &body = {}, const QList<QByteArray> &extra = {})
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        head += "Authorization: Bearer " + token + "\r\n";
    }
    for (const QByteArray &field : extra) {
        head += field + "\r\n";
    }
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray loginToken(quint16 port, const QString &user)
{
    const QByteArray login = streamingJson(
        { { QStringLiteral("user"), user }, { QStringLiteral("password"), QString(user + QStringLiteral(" pass 1")) },
            { QStringLiteral("device"), QStringLiteral("upload streaming test") } });
    return oneRequest(port, plainRequest("POST", "/api/v1/auth/login", {}, login))
        .json()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

// A new upload session for CONTENT; its id, or empty.
QByteArray createSession(quint16 port, const QByteArray &token, const QByteArray &content)
{
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    return oneRequest(port,
        plainRequest("POST", "/api/v1/uploads", token,
            streamingJson({ { QStringLiteral("sha256"), QString::fromLatin1(sha) },
                { QStringLiteral("size"), double(content.size()) } })))
        .json()
        .value(QStringLiteral("id"))
        .toString()
        .toLatin1();
}

// The session's acknowledged offset as foliod reports it, or -1.
qint64 sessionOffset(quint16 port, const QByteArray &token, const QByteArray &id)
{
    const StreamReply reply = oneRequest(port, plainRequest("GET", "/api/v1/uploads/" + id, token));
    return reply.status == 200 ? qint64(reply.json().value(QStringLiteral("offset")).toDouble(-1)) : -1;
}

} // namespace TestUploadStreamingHelpers

namespace H = TestUploadStreamingHelpers;

class TestUploadStreaming : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_dirs = 0;

    QString newDir() { return m_temp.filePath(QStringLiteral("uploads%1").arg(++m_dirs)); }

    // Sends the rest of CONTENT from START in chunks of CHUNK, then finishes and reads the blob back.
    void completeAndCheck(quint16 port, const QByteArray &token, const QByteArray &id, const QByteArray &content,
        qint64 start, qint64 chunk)
    {
        for (qint64 at = start; at < content.size(); at += chunk) {
            const qint64 length = std::min(chunk, content.size() - at);
            const H::StreamReply put
                = H::oneRequest(port, H::chunkHead(id, token, at, length, content.size()), content.mid(at, length));
            QVERIFY2(put.status == 200, qPrintable(put.failure + QString::fromUtf8(put.body)));
            QCOMPARE(qint64(put.json().value(QStringLiteral("offset")).toDouble()), at + length);
        }
        const H::StreamReply finished
            = H::oneRequest(port, H::plainRequest("POST", "/api/v1/uploads/" + id + "/finish", token));
        QVERIFY2(finished.status == 201, finished.body.constData());
        const H::StreamReply blob
            = H::oneRequest(port, H::plainRequest("GET", "/api/v1/blobs/" + H::sha256Hex(content), token));
        QCOMPARE(blob.status, 200);
        QVERIFY(blob.body == content);
    }

private Q_SLOTS:
    void otherSessionsGoOnWhileAChunkArrives()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const quint16 port = server.port();
        const QByteArray alice = H::loginToken(port, QStringLiteral("alice"));
        const QByteArray first = H::randomContent(2 * 1024 * 1024, 18);
        const QByteArray second = H::randomContent(2 * 1024 * 1024, 19);
        const QByteArray firstId = H::createSession(port, alice, first);
        const QByteArray secondId = H::createSession(port, alice, second);
        QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());
        // Half of the first session's chunk arrives and waits for the rest...
        QTcpSocket slow;
        QVERIFY(H::connectPlain(slow, port));
        QVERIFY(
            H::sendAll(slow, H::chunkHead(firstId, alice, 0, first.size(), first.size()) + first.left(1024 * 1024)));
        const QString data = dir + QStringLiteral("/uploads/") + QString::fromLatin1(firstId) + QStringLiteral("/data");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(data).size() >= 1024 * 1024, 10000);
        // ...while another session is uploaded and finished whole.
        completeAndCheck(port, alice, secondId, second, 0, 1024 * 1024);
        QVERIFY(H::sendAll(slow, first.mid(1024 * 1024)));
        const H::StreamReply rest = H::readReply(slow, 30000);
        QVERIFY2(rest.status == 200, rest.body.constData());
        completeAndCheck(port, alice, firstId, first, first.size(), 1024 * 1024);
    }

    void chunkRefusedBeforeItsBodyIsRead()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")) && H::addUser(dir, QStringLiteral("bob")));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const quint16 port = server.port();
        const QByteArray alice = H::loginToken(port, QStringLiteral("alice"));
        const QByteArray bob = H::loginToken(port, QStringLiteral("bob"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const QByteArray content = H::randomContent(3 * 1024 * 1024, 11);
        const qint64 total = content.size();
        const QByteArray id = H::createSession(port, alice, content);
        QVERIFY(!id.isEmpty());
        constexpr qint64 chunk = 1024 * 1024;

        // Only the header goes out: each answer must come without the body (the read timeout is 30 s).
        const auto headerOnly = [&](const QByteArray &head) {
            QTcpSocket socket;
            if (!H::connectPlain(socket, port) || !H::sendAll(socket, head)) {
                return H::StreamReply {};
            }
            return H::readReply(socket, 5000);
        };
        const H::StreamReply ahead = headerOnly(H::chunkHead(id, alice, 1000, chunk, total));
        QCOMPARE(ahead.status, 409);
        QCOMPARE(ahead.json().value(QStringLiteral("code")).toString(), QStringLiteral("offset-mismatch"));
        QCOMPARE(ahead.json().value(QStringLiteral("offset")).toInt(-1), 0);
        QCOMPARE(ahead.headers.value("connection").toLower(), QByteArray("close"));
        // A client waiting for 100 Continue gets the refusal instead and never sends the body.
        QCOMPARE(headerOnly(H::chunkHead(id, alice, 1000, chunk, total, { "Expect: 100-continue" })).status, 409);
        QCOMPARE(headerOnly(H::chunkHead(id, bob, 0, chunk, total)).status, 404);
        QCOMPARE(headerOnly(H::chunkHead(id, {}, 0, chunk, total)).status, 401);
        QCOMPARE(headerOnly(H::chunkHead(id, alice, 0, chunk, total + 1)).status, 400);
        QCOMPARE(headerOnly(H::chunkHead(id, alice, 0, total + 10, total)).status, 400);
        QCOMPARE(headerOnly(H::chunkHead("0123456789abcdef0123456789abcdef", alice, 0, chunk, total)).status, 404);
        QCOMPARE(H::sessionOffset(port, alice, id), 0);

        // An accepted chunk: 100 Continue first, then the answer once the body is in.
        QTcpSocket socket;
        QVERIFY(H::connectPlain(socket, port));
        QVERIFY(H::sendAll(socket, H::chunkHead(id, alice, 0, chunk, total, { "Expect: 100-continue" })));
        QCOMPARE(H::readReply(socket, 5000).status, 100);
        QVERIFY(H::sendAll(socket, content.left(chunk)));
        const H::StreamReply accepted = H::readReply(socket, 30000);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(qint64(accepted.json().value(QStringLiteral("offset")).toDouble()), chunk);
        // A body sent in the chunked transfer coding (no Content-Length) is read whole and appended too.
        QByteArray chunked = "PUT /api/v1/uploads/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + alice + "\r\nContent-Range: bytes " + QByteArray::number(chunk) + '-' + QByteArray::number(2 * chunk - 1)
            + '/' + QByteArray::number(total) + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        chunked += QByteArray::number(chunk, 16) + "\r\n" + content.mid(chunk, chunk) + "\r\n0\r\n\r\n";
        const H::StreamReply coded = H::oneRequest(port, chunked);
        QVERIFY2(coded.status == 200, coded.body.constData());
        completeAndCheck(port, alice, id, content, 2 * chunk, chunk);
    }

    void cutOffChunkLeavesTheSessionWhereItWas()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const quint16 port = server.port();
        const QByteArray alice = H::loginToken(port, QStringLiteral("alice"));
        const QByteArray content = H::randomContent(4 * 1024 * 1024, 12);
        const QByteArray id = H::createSession(port, alice, content);
        QVERIFY(!id.isEmpty());
        const qint64 chunk = 2 * 1024 * 1024;

        // A chunk whose first MiB has arrived and been written...
        QTcpSocket cut;
        QVERIFY(H::connectPlain(cut, port));
        QVERIFY(H::sendAll(cut, H::chunkHead(id, alice, 0, chunk, content.size()) + QByteArray(1024 * 1024, 'x')));
        const QString data = dir + QStringLiteral("/uploads/") + QString::fromLatin1(id) + QStringLiteral("/data");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(data).size() >= 1024 * 1024, 10000);
        // ...keeps a second chunk of the session out, and the session from finishing.
        const H::StreamReply second
            = H::oneRequest(port, H::chunkHead(id, alice, 0, chunk, content.size()), content.left(chunk));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json().value(QStringLiteral("offset")).toInt(-1), 0);
        QCOMPARE(H::oneRequest(port, H::plainRequest("POST", "/api/v1/uploads/" + id + "/finish", alice)).status, 409);
        // Cut off, it counts for nothing, and the session takes chunks again.
        cut.abort();
        QElapsedTimer clock;
        clock.start();
        H::StreamReply retried;
        do {
            QTest::qWait(50);
            retried = H::oneRequest(port, H::chunkHead(id, alice, 0, chunk, content.size()), content.left(chunk));
        } while (retried.status == 409 && clock.elapsed() < 10000);
        QVERIFY2(retried.status == 200, retried.body.constData());
        // The garbage it wrote past the offset is gone: the blob comes back byte-exact.
        completeAndCheck(port, alice, id, content, chunk, chunk);
    }

    void stalledChunkTimesOut()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start({ QStringLiteral("--read-timeout"), QStringLiteral("1") }), qPrintable(server.failure()));
        const quint16 port = server.port();
        const QByteArray alice = H::loginToken(port, QStringLiteral("alice"));
        const QByteArray content = H::randomContent(1024 * 1024, 13);
        const QByteArray id = H::createSession(port, alice, content);
        QVERIFY(!id.isEmpty());
        QTcpSocket slow;
        QVERIFY(H::connectPlain(slow, port));
        QVERIFY(H::sendAll(slow, H::chunkHead(id, alice, 0, content.size(), content.size()) + content.left(100000)));
        QElapsedTimer clock;
        clock.start();
        const H::StreamReply timedOut = H::readReply(slow, 10000);
        QCOMPARE(timedOut.status, 408);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(H::sessionOffset(port, alice, id), 0);
        completeAndCheck(port, alice, id, content, 0, content.size());
    }

    void uploadHoldsNoChunkInMemory()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const quint16 port = server.port();
        const qint64 pid = server.process().processId();
        const QByteArray alice = H::loginToken(port, QStringLiteral("alice"));
        const qint64 chunk = 16 * 1024 * 1024;
        const QByteArray content = H::randomContent(4 * chunk, 14);
        const QByteArray id = H::createSession(port, alice, content);
        QVERIFY(!id.isEmpty());
        const qint64 before = H::statusKiB(pid, "VmRSS");
        QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
        QVERIFY(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1);
        clear.close();
        // One keep-alive connection, as a client would use.
        QTcpSocket socket;
        QVERIFY(H::connectPlain(socket, port));
        QElapsedTimer clock;
        clock.start();
        for (qint64 at = 0; at < content.size(); at += chunk) {
            QVERIFY(H::sendAll(socket, H::chunkHead(id, alice, at, chunk, content.size()) + content.mid(at, chunk)));
            const H::StreamReply put = H::readReply(socket, 60000);
            QVERIFY2(put.status == 200, qPrintable(put.failure + QString::fromUtf8(put.body)));
        }
        const qint64 uploaded = clock.elapsed();
        const qint64 peak = H::statusKiB(pid, "VmHWM");
        QVERIFY(H::sendAll(socket, H::plainRequest("POST", "/api/v1/uploads/" + id + "/finish", alice)));
        QCOMPARE(H::readReply(socket, 60000).status, 201);
        const qint64 finished = clock.elapsed() - uploaded;
        qInfo("64 MiB in 16 MiB chunks: %lld ms, finish %lld ms; foliod VmRSS before %lld KiB, VmHWM during %lld KiB",
            uploaded, finished, before, peak);
        // Holding a chunk would add 16 MiB; the connection's buffers and the hashing thread's take about 2.
        QVERIFY2(peak - before < 8 * 1024, qPrintable(QStringLiteral("VmHWM grew by %1 KiB").arg(peak - before)));
        const H::StreamReply blob
            = H::oneRequest(port, H::plainRequest("GET", "/api/v1/blobs/" + H::sha256Hex(content), alice));
        QCOMPARE(blob.status, 200);
        QVERIFY(blob.body == content);
    }

    void uploadOverTls()
    {
        if (!QSslSocket::supportsSsl()) {
            QFAIL("Qt has no TLS backend; install libssl3.");
        }
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        const Test::TestCertificate made = Test::makeCertificate(m_temp.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QString certificate = made.certificate;
        const QString key = made.key;
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start({ QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key }),
            qPrintable(server.failure()));
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        // One keep-alive TLS connection for the whole upload: each body ends exactly where the next request
        // begins.
        const auto call = [&](const QByteArray &request) {
            return H::sendAll(socket, request) ? H::readReply(socket, 60000) : H::StreamReply {};
        };
        const QByteArray login = H::streamingJson({ { QStringLiteral("user"), QStringLiteral("alice") },
            { QStringLiteral("password"), QStringLiteral("alice pass 1") },
            { QStringLiteral("device"), QStringLiteral("tls upload") } });
        const QByteArray token = call(H::plainRequest("POST", "/api/v1/auth/login", {}, login))
                                     .json()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(!token.isEmpty());
        const QByteArray content = H::randomContent(5 * 1024 * 1024 + 3, 16);
        const H::StreamReply created = call(H::plainRequest("POST", "/api/v1/uploads", token,
            H::streamingJson({ { QStringLiteral("sha256"), QString::fromLatin1(H::sha256Hex(content)) },
                { QStringLiteral("size"), double(content.size()) } })));
        QCOMPARE(created.status, 201);
        const QByteArray id = created.json().value(QStringLiteral("id")).toString().toLatin1();
        const qint64 chunk = 2 * 1024 * 1024;
        for (qint64 at = 0; at < content.size(); at += chunk) {
            const qint64 length = std::min(chunk, content.size() - at);
            const H::StreamReply put
                = call(H::chunkHead(id, token, at, length, content.size()) + content.mid(at, length));
            QVERIFY2(put.status == 200, qPrintable(put.failure + QString::fromUtf8(put.body)));
        }
        QCOMPARE(call(H::plainRequest("POST", "/api/v1/uploads/" + id + "/finish", token)).status, 201);
        const H::StreamReply blob = call(H::plainRequest("GET", "/api/v1/blobs/" + H::sha256Hex(content), token));
        QCOMPARE(blob.status, 200);
        QVERIFY(blob.body == content);
    }

    void sessionsWithoutSavedHashStillFinish()
    {
        const QString dir = newDir();
        QVERIFY(H::addUser(dir, QStringLiteral("alice")));
        const QByteArray content = H::randomContent(3 * 1024 * 1024 + 5, 15);
        const qint64 chunk = 1024 * 1024 + 1;
        QByteArray id;
        {
            Test::FoliodProcess server(dir);
            QVERIFY2(server.start(), qPrintable(server.failure()));
            const QByteArray alice = H::loginToken(server.port(), QStringLiteral("alice"));
            id = H::createSession(server.port(), alice, content);
            QVERIFY(!id.isEmpty());
            QCOMPARE(
                H::oneRequest(server.port(), H::chunkHead(id, alice, 0, chunk, content.size()), content.left(chunk))
                    .status,
                200);
            server.kill();
        }
        const QString offsetPath
            = dir + QStringLiteral("/uploads/") + QString::fromLatin1(id) + QStringLiteral("/offset");
        QFile offset(offsetPath);
        // The saved state damaged (a torn write): the next chunk hashes the first from the file.
        QVERIFY(offset.open(QIODevice::ReadWrite));
        QByteArray record = offset.readAll();
        QVERIFY(record.size() > 40);
        record[30] = record.at(30) == '0' ? '1' : '0';
        QVERIFY(offset.seek(0) && offset.write(record) == record.size());
        offset.close();
        {
            Test::FoliodProcess server(dir);
            QVERIFY2(server.start(), qPrintable(server.failure()));
            const QByteArray alice = H::loginToken(server.port(), QStringLiteral("alice"));
            QCOMPARE(H::sessionOffset(server.port(), alice, id), chunk);
            QCOMPARE(H::oneRequest(server.port(), H::chunkHead(id, alice, chunk, chunk, content.size()),
                         content.mid(chunk, chunk))
                         .status,
                200);
            server.kill();
        }
        // A session from before the state was kept: its offset alone.
        QVERIFY(offset.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(offset.write(QByteArray::number(2 * chunk).rightJustified(20, ' ')) == 20);
        offset.close();
        Test::FoliodProcess server(dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const QByteArray alice = H::loginToken(server.port(), QStringLiteral("alice"));
        QCOMPARE(H::sessionOffset(server.port(), alice, id), 2 * chunk);
        completeAndCheck(server.port(), alice, id, content, 2 * chunk, chunk);
    }
};

FOLIO_TEST(TestUploadStreaming, "uploadstreaming")
#include "tst_uploadstreaming.moc"
