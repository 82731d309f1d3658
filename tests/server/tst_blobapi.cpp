// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's blob API against real `foliod serve` processes on free loopback ports with real logins: chunked
// uploads read back whole and by Range, offset conflicts, resuming after a kill -9, hash mismatches that store
// nothing, exists and GET answering only the uploader, batches of small blobs, strict hashes and the
// download headers; the SHA-256 state an upload session saves and resumes, and the hasher that follows its
// writes; and the throughput of a 256 MiB upload in 8 MiB chunks.

#include "blobs/sessionhasher.h"
#include "blobs/sha256state.h"
#include "foliodprocess.h"
#include "httpexchange.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace TestBlobApiHelpers {

using BlobReply = Test::HttpReply;

// One request on its own connection (tests/support/httpexchange.h).
BlobReply blobRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &bearer = {}, const QList<QByteArray> &extraHeaders = {})
{
    return Test::httpRequest(port, method, path, body, bearer, extraHeaders);
}

QByteArray blobJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator { quint32(size) };
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

bool addBlobUser(const QString &dir, const QString &name, const QString &password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOLIOD_DATA"));
    const auto result = Test::run(Test::program(QStringLiteral("foliod")),
        { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("editor"),
            QStringLiteral("--data"), dir },
        environment, 60000, password.toUtf8() + '\n');
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(result.err));
    }
    return result.exitCode == 0;
}

// `foliod serve` on a free loopback port (tests/support), with a login for the blob routes.
class BlobFoliod : public Test::FoliodProcess
{
public:
    using FoliodProcess::FoliodProcess;
    void killHard() { kill(); }
    QByteArray login(const QString &user, const QString &password)
    {
        const BlobReply reply = blobRequest(port(), "POST", "/api/v1/auth/login",
            blobJson({ { QStringLiteral("user"), user }, { QStringLiteral("password"), password },
                { QStringLiteral("device"), QStringLiteral("blob test") } }),
            {}, { "Content-Type: application/json" });
        if (reply.status != 200) {
            qWarning("login %d %s", reply.status, reply.body.constData());
        }
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }
};

BlobReply createUpload(quint16 port, const QByteArray &token, const QString &sha, qint64 size)
{
    return blobRequest(port, "POST", "/api/v1/uploads",
        blobJson({ { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), double(size) } }), token);
}

BlobReply putChunk(
    quint16 port, const QByteArray &token, const QString &id, const QByteArray &content, qint64 start, qint64 length)
{
    return blobRequest(port, "PUT", "/api/v1/uploads/" + id.toLatin1(), content.mid(start, length), token,
        { "Content-Range: bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1) + '/'
            + QByteArray::number(content.size()) });
}

QStringList presentFor(quint16 port, const QByteArray &token, const QStringList &hashes)
{
    const BlobReply reply = blobRequest(port, "POST", "/api/v1/blobs/exists",
        blobJson({ { QStringLiteral("sha256"), QJsonArray::fromStringList(hashes) } }), token);
    QStringList present;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("present")).toArray()) {
        present << value.toString();
    }
    return present;
}

// The value of the metric NAME (without labels) in foliod's /metrics, or -1 when it is not there.
qint64 metric(quint16 port, const QByteArray &name)
{
    const BlobReply reply = blobRequest(port, "GET", "/metrics");
    for (const QByteArray &line : reply.body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' '))) {
            return line.mid(name.size() + 1).trimmed().toLongLong();
        }
    }
    return -1;
}

// Blob files under DIR/blobs, not counting the temp folder.
int storedBlobFiles(const QString &dir)
{
    int count = 0;
    const QString temp = dir + QStringLiteral("/blobs/tmp/");
    QDirIterator it(dir + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!it.next().startsWith(temp)) {
            ++count;
        }
    }
    return count;
}

} // namespace TestBlobApiHelpers

using namespace TestBlobApiHelpers;

class TestBlobApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_dirs = 0;

    QString newDir() { return m_temp.filePath(QStringLiteral("blobdata%1").arg(++m_dirs)); }

    bool twoUsers(const QString &dir)
    {
        return addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1"))
            && addBlobUser(dir, QStringLiteral("bob"), QStringLiteral("bob pass 2"));
    }

private Q_SLOTS:
    void chunkedUploadThenRangesAndOwnership()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const quint16 port = server.port();
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray bob = server.login(QStringLiteral("bob"), QStringLiteral("bob pass 2"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());

        const QByteArray content = randomBytes(300000);
        const QString sha = sha256Of(content);
        QCOMPARE(blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1()).status, 401);
        BlobReply created = createUpload(port, alice, sha, content.size());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("offset")).toInt(-1), 0);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        QCOMPARE(putChunk(port, alice, id, content, 0, 100000).status, 200);
        const BlobReply second = putChunk(port, alice, id, content, 100000, 100000);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(QStringLiteral("offset")).toInt(), 200000);
        // Repeating a chunk or skipping ahead: 409 with where to go on.
        const BlobReply conflict = putChunk(port, alice, id, content, 100000, 100000);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json().value(QStringLiteral("offset")).toInt(), 200000);
        QCOMPARE(putChunk(port, alice, id, content, 250000, 50000).status, 409);
        // Another user cannot see, feed or finish the session.
        QCOMPARE(blobRequest(port, "GET", "/api/v1/uploads/" + id.toLatin1(), {}, bob).status, 404);
        QCOMPARE(putChunk(port, bob, id, content, 200000, 100000).status, 404);
        QCOMPARE(blobRequest(port, "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, bob).status, 404);
        const BlobReply progress = blobRequest(port, "GET", "/api/v1/uploads/" + id.toLatin1(), {}, alice);
        QCOMPARE(progress.status, 200);
        QCOMPARE(progress.json().value(QStringLiteral("offset")).toInt(), 200000);
        QCOMPARE(progress.json().value(QStringLiteral("size")).toInt(), 300000);
        // Finishing early is refused and keeps the session.
        QCOMPARE(blobRequest(port, "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice).status, 409);
        QCOMPARE(putChunk(port, alice, id, content, 200000, 100000).status, 200);
        QCOMPARE(blobRequest(port, "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice).status, 201);
        QCOMPARE(blobRequest(port, "GET", "/api/v1/uploads/" + id.toLatin1(), {}, alice).status, 404);

        const BlobReply whole = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body == content);
        QCOMPARE(whole.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(whole.headers.value("content-disposition").startsWith("attachment"));
        QCOMPARE(whole.headers.value("content-type"), QByteArray("application/octet-stream"));

        const BlobReply middle
            = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice, { "Range: bytes=1000-1999" });
        QCOMPARE(middle.status, 206);
        QCOMPARE(middle.headers.value("content-range"), QByteArray("bytes 1000-1999/300000"));
        QVERIFY(middle.body == content.mid(1000, 1000));
        QCOMPARE(middle.headers.value("x-content-type-options"), QByteArray("nosniff"));
        const BlobReply tail
            = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice, { "Range: bytes=-10" });
        QCOMPARE(tail.status, 206);
        QVERIFY(tail.body == content.right(10));
        const BlobReply from
            = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice, { "Range: bytes=299990-" });
        QCOMPARE(from.status, 206);
        QVERIFY(from.body == content.right(10));
        const BlobReply beyond
            = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice, { "Range: bytes=300000-" });
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.headers.value("content-range"), QByteArray("bytes */300000"));

        // Only the uploader sees it; everyone else gets the answer of a missing blob.
        const QString unknown = sha256Of("never uploaded");
        QCOMPARE(presentFor(port, alice, { sha, unknown }), QStringList { sha });
        QCOMPARE(presentFor(port, bob, { sha, unknown }), QStringList {});
        const BlobReply bobGet = blobRequest(port, "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, bob);
        const BlobReply missing = blobRequest(port, "GET", "/api/v1/blobs/" + unknown.toLatin1(), {}, alice);
        QCOMPARE(bobGet.status, 404);
        QCOMPARE(missing.status, 404);
        QCOMPARE(bobGet.body, missing.body);
        QCOMPARE(createUpload(port, alice, sha, content.size()).json().value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(createUpload(port, bob, sha, content.size()).status, 201);
    }

    void metricsCountBlobBytesAndOpenUploads()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const quint16 port = server.port();
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        QVERIFY(!alice.isEmpty());
        QCOMPARE(metric(port, "foliod_blob_bytes_received_total"), 0);
        QCOMPARE(metric(port, "foliod_uploads_active"), 0);

        const QByteArray content = randomBytes(120000);
        const QString id = createUpload(port, alice, sha256Of(content), content.size())
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(metric(port, "foliod_uploads_active"), 1);
        QCOMPARE(putChunk(port, alice, id, content, 0, 70000).status, 200);
        QCOMPARE(metric(port, "foliod_blob_bytes_received_total"), 70000);
        // A refused chunk (at the wrong offset) is not counted.
        QCOMPARE(putChunk(port, alice, id, content, 10, 70000).status, 409);
        QCOMPARE(putChunk(port, alice, id, content, 70000, 50000).status, 200);
        QCOMPARE(metric(port, "foliod_blob_bytes_received_total"), 120000);
        QCOMPARE(blobRequest(port, "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice).status, 201);
        QCOMPARE(metric(port, "foliod_uploads_active"), 0);

        QCOMPARE(metric(port, "foliod_blob_bytes_sent_total"), 0);
        const BlobReply whole = blobRequest(port, "GET", "/api/v1/blobs/" + sha256Of(content).toLatin1(), {}, alice);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, content);
        const BlobReply tail = blobRequest(
            port, "GET", "/api/v1/blobs/" + sha256Of(content).toLatin1(), {}, alice, { "Range: bytes=-1000" });
        QCOMPARE(tail.status, 206);
        QCOMPARE(metric(port, "foliod_blob_bytes_sent_total"), 121000);
    }

    void badHashesRefused()
    {
        const QString dir = newDir();
        QVERIFY(addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QString good = sha256Of("x");
        for (const QString &bad : QStringList { good.toUpper(), good.left(63), good + QLatin1Char('0'),
                 QString(good).replace(0, 1, QLatin1Char('g')), QStringLiteral("../../etc/passwd") }) {
            const BlobReply reply = blobRequest(server.port(), "POST", "/api/v1/blobs/exists",
                blobJson({ { QStringLiteral("sha256"), QJsonArray { good, bad } } }), alice);
            QCOMPARE(reply.status, 400);
            QVERIFY2(reply.json().value(QStringLiteral("message")).toString().contains(QLatin1String("sha256[1]")),
                reply.body.constData());
            QCOMPARE(createUpload(server.port(), alice, bad, 1).status, 400);
        }
        QStringList many;
        for (int i = 0; i < 1001; ++i) {
            many << good;
        }
        QCOMPARE(blobRequest(server.port(), "POST", "/api/v1/blobs/exists",
                     blobJson({ { QStringLiteral("sha256"), QJsonArray::fromStringList(many) } }), alice)
                     .status,
            400);
        QCOMPARE(
            blobRequest(server.port(), "GET", "/api/v1/blobs/" + good.toUpper().toLatin1(), {}, alice).status, 404);
    }

    void resumesAfterKill()
    {
        const QString dir = newDir();
        QVERIFY(addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 17);
        const QString sha = sha256Of(content);
        const qint64 chunk = 1024 * 1024 + 5;
        QString id;
        {
            BlobFoliod server(dir);
            QVERIFY(server.start());
            const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
            id = createUpload(server.port(), alice, sha, content.size()).json().value(QStringLiteral("id")).toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(putChunk(server.port(), alice, id, content, 0, chunk).status, 200);
            QCOMPARE(putChunk(server.port(), alice, id, content, chunk, chunk).status, 200);
            server.killHard();
        }
        // What a kill in the middle of a third chunk leaves: bytes past the acknowledged offset.
        QFile data(dir + QStringLiteral("/uploads/") + id + QStringLiteral("/data"));
        QVERIFY(data.open(QIODevice::Append));
        QVERIFY(data.write(QByteArray(12345, 'x')) == 12345);
        data.close();
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const BlobReply progress = blobRequest(server.port(), "GET", "/api/v1/uploads/" + id.toLatin1(), {}, alice);
        QCOMPARE(progress.status, 200);
        QCOMPARE(qint64(progress.json().value(QStringLiteral("offset")).toDouble()), 2 * chunk);
        QCOMPARE(storedBlobFiles(dir), 0);
        QCOMPARE(putChunk(server.port(), alice, id, content, 2 * chunk, content.size() - 2 * chunk).status, 200);
        QCOMPARE(
            blobRequest(server.port(), "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice).status, 201);
        const BlobReply whole = blobRequest(server.port(), "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body == content);
    }

    void stalledSessionsExpire()
    {
        const QString dir = newDir();
        QVERIFY(addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        QString stale;
        QString fresh;
        {
            BlobFoliod server(dir);
            QVERIFY(server.start());
            const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
            stale = createUpload(server.port(), alice, sha256Of("a"), 1).json().value(QStringLiteral("id")).toString();
            fresh = createUpload(server.port(), alice, sha256Of("b"), 1).json().value(QStringLiteral("id")).toString();
            QVERIFY(!stale.isEmpty() && !fresh.isEmpty());
        }
        // Last touched 25 hours ago.
        QFile offset(dir + QStringLiteral("/uploads/") + stale + QStringLiteral("/offset"));
        QVERIFY(offset.open(QIODevice::ReadWrite));
        QVERIFY(
            offset.setFileTime(QDateTime::currentDateTime().addSecs(-25 * 3600), QFileDevice::FileModificationTime));
        offset.close();
        BlobFoliod server(dir);
        QVERIFY(server.start());
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/uploads/") + stale));
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        QCOMPARE(blobRequest(server.port(), "GET", "/api/v1/uploads/" + stale.toLatin1(), {}, alice).status, 404);
        QCOMPARE(blobRequest(server.port(), "GET", "/api/v1/uploads/" + fresh.toLatin1(), {}, alice).status, 200);
    }

    void hashMismatchStoresNothing()
    {
        const QString dir = newDir();
        QVERIFY(addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray claimed = randomBytes(4096);
        QByteArray sent = claimed;
        sent[100] = char(sent[100] ^ 1);
        const QString sha = sha256Of(claimed);
        const QString id
            = createUpload(server.port(), alice, sha, claimed.size()).json().value(QStringLiteral("id")).toString();
        QCOMPARE(putChunk(server.port(), alice, id, sent, 0, sent.size()).status, 200);
        const BlobReply finished
            = blobRequest(server.port(), "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice);
        QCOMPARE(finished.status, 422);
        QCOMPARE(finished.code(), QStringLiteral("hash-mismatch"));
        QCOMPARE(blobRequest(server.port(), "GET", "/api/v1/uploads/" + id.toLatin1(), {}, alice).status, 404);
        QCOMPARE(blobRequest(server.port(), "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice).status, 404);
        QCOMPARE(presentFor(server.port(), alice, { sha, sha256Of(sent) }), QStringList {});
        QCOMPARE(storedBlobFiles(dir), 0);
        QVERIFY(QDir(dir + QStringLiteral("/uploads")).isEmpty());
        // Cancel removes a session too.
        const QString other
            = createUpload(server.port(), alice, sha, claimed.size()).json().value(QStringLiteral("id")).toString();
        QCOMPARE(blobRequest(server.port(), "DELETE", "/api/v1/uploads/" + other.toLatin1(), {}, alice).status, 204);
        QCOMPARE(blobRequest(server.port(), "GET", "/api/v1/uploads/" + other.toLatin1(), {}, alice).status, 404);
    }

    void batchOfSmallBlobs()
    {
        const QString dir = newDir();
        QVERIFY(twoUsers(dir));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray bob = server.login(QStringLiteral("bob"), QStringLiteral("bob pass 2"));
        QJsonArray list;
        QByteArray bytes;
        QStringList hashes;
        for (int i = 0; i < 100; ++i) {
            QByteArray blob = randomBytes(100 + i * 37) + QByteArray::number(i);
            const QString sha = sha256Of(blob);
            hashes << sha;
            if (i == 42) {
                blob[0] = char(blob[0] ^ 0x55); // this one arrives damaged
            }
            list.append(QJsonObject { { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), blob.size() } });
            bytes += blob;
        }
        const BlobReply reply = blobRequest(server.port(), "POST", "/api/v1/blobs/batch",
            blobJson({ { QStringLiteral("blobs"), list } }) + '\n' + bytes, alice);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(results.at(i).toObject().value(QStringLiteral("sha256")).toString(), hashes.at(i));
            QCOMPARE(results.at(i).toObject().value(QStringLiteral("status")).toString(),
                i == 42 ? QStringLiteral("mismatch") : QStringLiteral("stored"));
        }
        QStringList expected = hashes;
        expected.removeAt(42);
        QCOMPARE(presentFor(server.port(), alice, hashes), expected);
        QCOMPARE(presentFor(server.port(), bob, hashes), QStringList {});
        QCOMPARE(storedBlobFiles(dir), 99);
        // Sizes that do not add up to the bytes sent are refused whole.
        QCOMPARE(blobRequest(server.port(), "POST", "/api/v1/blobs/batch",
                     blobJson({ { QStringLiteral("blobs"), list } }) + '\n' + bytes.chopped(1), alice)
                     .status,
            400);
    }

    void savedHashStateResumesExactly()
    {
        const QByteArray bytes = randomBytes(1000);
        for (const qint64 split : { 0, 1, 55, 63, 64, 65, 128, 500, 999, 1000 }) {
            Folio::Server::Sha256State first;
            first.update(bytes.constData(), split);
            const QByteArray saved = first.save();
            QCOMPARE(saved.size(), Folio::Server::Sha256State::savedSize);
            auto restored = Folio::Server::Sha256State::restore(saved);
            QVERIFY(restored.has_value());
            QCOMPARE(restored->length(), split);
            restored->update(bytes.constData() + split, bytes.size() - split);
            QCOMPARE(restored->hexDigest(), sha256Of(bytes));
            // hexDigest() leaves the state going on.
            QCOMPARE(first.hexDigest(), sha256Of(bytes.left(split)));
        }
        Folio::Server::Sha256State state;
        state.update(bytes.constData(), 100);
        QByteArray damaged = state.save();
        damaged[10] = damaged.at(10) == 'a' ? 'b' : 'a';
        QCOMPARE(Folio::Server::Sha256State::restore(damaged).error().code(), Folio::Error::Code::Corrupt);
        QCOMPARE(
            Folio::Server::Sha256State::restore(state.save().chopped(1)).error().code(), Folio::Error::Code::Corrupt);
        QCOMPARE(Folio::Server::Sha256State::restore({}).error().code(), Folio::Error::Code::Corrupt);
    }

    void sessionHasherFollowsWrites()
    {
        const QString path = m_temp.filePath(QStringLiteral("hashed.bin"));
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(bytes.left(1000)) == 1000 && file.flush());
        // Going on from a state that covers the first 100 bytes.
        Folio::Server::Sha256State start;
        start.update(bytes.constData(), 100);
        Folio::Server::SessionHasher hasher(path, start);
        hasher.advance(1000);
        QCOMPARE(hasher.wait()->hexDigest(), sha256Of(bytes.left(1000)));
        QVERIFY(file.write(bytes.mid(1000)) == bytes.size() - 1000 && file.flush());
        for (qint64 to = 2000; to < bytes.size(); to += 300000) {
            hasher.advance(to);
            QVERIFY(hasher.snapshot().length() <= to);
        }
        hasher.advance(bytes.size());
        QCOMPARE(hasher.target(), qint64(bytes.size()));
        QCOMPARE(hasher.wait()->hexDigest(), sha256Of(bytes));
        // Told of bytes the file does not have: an error, not a hang.
        hasher.advance(bytes.size() + 10);
        QCOMPARE(hasher.wait().error().code(), Folio::Error::Code::Corrupt);
        Folio::Server::SessionHasher missing(m_temp.filePath(QStringLiteral("missing.bin")), {});
        missing.advance(10);
        QCOMPARE(missing.wait().error().code(), Folio::Error::Code::NotFound);
    }

    void throughput256MiB()
    {
        const QString dir = newDir();
        QVERIFY(addBlobUser(dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
        BlobFoliod server(dir);
        QVERIFY(server.start());
        const QByteArray alice = server.login(QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        const QByteArray content = randomBytes(256 * 1024 * 1024);
        const QString sha = sha256Of(content);
        const QString id
            = createUpload(server.port(), alice, sha, content.size()).json().value(QStringLiteral("id")).toString();
        const qint64 chunk = 8 * 1024 * 1024;
        QElapsedTimer clock;
        clock.start();
        for (qint64 start = 0; start < content.size(); start += chunk) {
            QCOMPARE(putChunk(server.port(), alice, id, content, start, chunk).status, 200);
        }
        const qint64 uploaded = clock.elapsed();
        QCOMPARE(
            blobRequest(server.port(), "POST", "/api/v1/uploads/" + id.toLatin1() + "/finish", {}, alice).status, 201);
        const qint64 finished = clock.elapsed();
        qInfo("256 MiB in 8 MiB chunks: upload %lld ms (%.1f MiB/s), finish (hash + rename) %lld ms", uploaded,
            256.0 * 1000.0 / double(std::max<qint64>(1, uploaded)), finished - uploaded);
        const BlobReply last = blobRequest(server.port(), "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, alice,
            { "Range: bytes=" + QByteArray::number(content.size() - chunk) + '-' });
        QCOMPARE(last.status, 206);
        QVERIFY(last.body == content.right(chunk));
    }
};

FOLIO_TEST(TestBlobApi, "blobapi")
#include "tst_blobapi.moc"
