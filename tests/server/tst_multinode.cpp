// SPDX-License-Identifier: GPL-3.0-or-later
// Several foliod nodes on one PostgreSQL (issue 10): two real `foliod serve --db postgresql://…` processes
// sharing one database and one blob folder serve the same library; and no reader of the change feed ever
// skips a change while writers on both nodes commit at once — with the ordering safeguard switched off
// (FOLIOD_TEST_UNSAFE_CHANGE_ORDER=1, a test-only switch) the same check catches skipped changes, which
// proves it tests something. PostgreSQL only: run as the unprivileged user (scripts/test does).

#include "auth/passwordhasher.h"
#include "foliodadminhelpers.h"
#include "foliodprocess.h"
#include "postgresserver.h"
#include "store/serverstore.h"
#include "testregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

// Everything, the test class too, lives in this namespace: the module's tests are one unity build.
namespace TestMultiNodeHelpers {

using namespace Folio;
using FoliodAdminTestHelpers::accessToken;
using FoliodAdminTestHelpers::Reply;
using FoliodAdminTestHelpers::request;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray opsBody(const QJsonArray &ops)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson(QJsonDocument::Compact);
}

QJsonObject op(const QString &kind, const QString &entity, const QJsonObject &fields)
{
    return { { QStringLiteral("id"), newId() }, { QStringLiteral("kind"), kind }, { QStringLiteral("entity"), entity },
        { QStringLiteral("fields"), fields } };
}

// Two foliod nodes on one PostgreSQL database and one shared folder, with a writer and a reader signed in.
class Cluster
{
public:
    bool start(const QString &database, bool unsafeOrder)
    {
        auto &postgres = Test::PostgresServer::shared();
        if (!postgres.createDatabase(database)) {
            qWarning("%s", qPrintable(postgres.failure()));
            return false;
        }
        m_url = postgres.url(database);
        {
            auto store = Server::ServerStore::open(m_url, m_shared.path());
            if (!store) {
                qWarning("%s", qPrintable(store.error().toString()));
                return false;
            }
            const Server::PasswordHasher hasher(1, 8192 * 1024);
            for (const char *name : { "writer", "reader" }) {
                auto added = (*store)->addUser(QString::fromLatin1(name), QStringLiteral("librarian"),
                    *hasher.hash(QStringLiteral("pw ") + QString::fromLatin1(name)), QStringLiteral("test"));
                if (!added) {
                    qWarning("%s", qPrintable(added.error().toString()));
                    return false;
                }
            }
        }
        for (auto &node : m_nodes) {
            node = std::make_unique<Test::FoliodProcess>(m_shared.path());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (unsafeOrder) {
                environment.insert(QStringLiteral("FOLIOD_TEST_UNSAFE_CHANGE_ORDER"), QStringLiteral("1"));
            }
            node->process().setProcessEnvironment(environment);
            // One log line per request: a pipe nobody reads would fill and stall the node.
            node->process().setStandardErrorFile(
                QDir(m_shared.path()).filePath(QStringLiteral("node-%1.log").arg(&node - m_nodes.data())));
            if (!node->start({ QStringLiteral("--db"), m_url, QStringLiteral("--threads"), QStringLiteral("4") })) {
                qWarning("%s", qPrintable(node->failure()));
                return false;
            }
        }
        m_writer = accessToken(m_nodes[0]->port(), QStringLiteral("writer"), QStringLiteral("pw writer"));
        m_reader = accessToken(m_nodes[1]->port(), QStringLiteral("reader"), QStringLiteral("pw reader"));
        return !m_writer.isEmpty() && !m_reader.isEmpty();
    }

    quint16 port(int node) const { return m_nodes[node]->port(); }
    const QByteArray &writer() const { return m_writer; }
    const QByteArray &reader() const { return m_reader; }

private:
    QTemporaryDir m_shared;
    QString m_url;
    std::array<std::unique_ptr<Test::FoliodProcess>, 2> m_nodes;
    QByteArray m_writer;
    QByteArray m_reader;
};

// Every item's revision in the current state, read through NODE.
QHash<QString, qint64> finalState(const Cluster &cluster, int node)
{
    QHash<QString, qint64> items;
    qint64 after = 0;
    for (;;) {
        const Reply reply = request(cluster.port(node), "GET",
            "/api/v1/state/items?limit=1000&after=" + QByteArray::number(after), {}, cluster.reader());
        const QJsonObject page = reply.json();
        for (const auto &entry : page.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject item = entry.toObject();
            items.insert(item.value(QStringLiteral("uuid")).toString(),
                qint64(item.value(QStringLiteral("revision")).toDouble()));
        }
        after = qint64(page.value(QStringLiteral("next")).toDouble());
        if (reply.status != 200 || !page.value(QStringLiteral("more")).toBool()) {
            return items;
        }
    }
}

struct RunResult
{
    int items = 0;
    int missed = 0; // items whose final revision the reader never saw
    int failedRequests = 0;
};

// WRITERS threads post batches (creating items, then updating them) alternately to both nodes while a reader
// follows the feed on both nodes, cursor in hand, as a client does; then compares what it saw with the state.
RunResult run(Cluster &cluster, int writers, int batchesEach)
{
    std::atomic<int> running { writers };
    std::atomic<int> failed { 0 };
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&cluster, &running, &failed, w, batchesEach] {
            QStringList mine;
            for (int b = 0; b < batchesEach; ++b) {
                QJsonArray ops;
                for (int i = 0; i < 3; ++i) {
                    const QString item = newId();
                    mine.append(item);
                    ops.append(op(QStringLiteral("item.create"), item, { { QStringLiteral("title"), item } }));
                }
                if (mine.size() > 3) {
                    const QString older = mine.at((b * 7) % (mine.size() - 3));
                    ops.append(op(QStringLiteral("item.update"), older, { { QStringLiteral("title"), newId() } }));
                }
                const Reply reply
                    = request(cluster.port((w + b) % 2), "POST", "/api/v1/ops", opsBody(ops), cluster.writer());
                if (reply.status != 200) {
                    qWarning("writing: %d %s", reply.status, reply.body.left(300).constData());
                    ++failed;
                }
            }
            --running;
        });
    }
    QHash<QString, qint64> seen;
    qint64 cursor = 0;
    int node = 0;
    bool last = false;
    for (;;) {
        const bool writing = running.load() > 0;
        const Reply reply = request(cluster.port(node), "GET",
            "/api/v1/changes?limit=1000&since=" + QByteArray::number(cursor), {}, cluster.reader());
        node = 1 - node;
        if (reply.status != 200) {
            qWarning("reading the feed: %d %s", reply.status, reply.body.left(300).constData());
            if (++failed > 20) {
                break;
            }
            continue;
        }
        const QJsonObject page = reply.json();
        for (const auto &entry : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject state = entry.toObject().value(QStringLiteral("state")).toObject();
            if (entry.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("item")) {
                const QString uuid = state.value(QStringLiteral("uuid")).toString();
                seen[uuid] = std::max(seen.value(uuid), qint64(state.value(QStringLiteral("revision")).toDouble()));
            }
        }
        cursor = qint64(page.value(QStringLiteral("next")).toDouble());
        if (page.value(QStringLiteral("more")).toBool()) {
            continue;
        }
        if (last) {
            break;
        }
        last = !writing; // one whole pass after the writers stopped
    }
    for (auto &thread : threads) {
        thread.join();
    }
    RunResult result;
    result.failedRequests = failed.load();
    const QHash<QString, qint64> state = finalState(cluster, 0);
    result.items = int(state.size());
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (seen.value(it.key(), -1) != it.value()) {
            ++result.missed;
        }
    }
    return result;
}

class TestMultiNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto &postgres = Test::PostgresServer::shared();
        if (!postgres.skipReason().isEmpty()) {
            QSKIP(qPrintable(postgres.skipReason()));
        }
        QVERIFY2(postgres.start(), qPrintable(postgres.failure()));
    }

    void nodesServeOneLibrary()
    {
        Cluster cluster;
        QVERIFY(cluster.start(QStringLiteral("multinode_serve"), false));
        const QString item = newId();
        const Reply created = request(cluster.port(0), "POST", "/api/v1/ops",
            opsBody(
                { op(QStringLiteral("item.create"), item, { { QStringLiteral("title"), QStringLiteral("On A") } }) }),
            cluster.writer());
        QCOMPARE(created.status, 200);
        // Read through the other node, with a token the other node issued (the key is shared).
        const Reply read = request(cluster.port(1), "GET", "/api/v1/items/" + item.toLatin1(), {}, cluster.writer());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("On A"));
    }

    void nodesContinueEachOthersUploads()
    {
        Cluster cluster;
        QVERIFY(cluster.start(QStringLiteral("multinode_upload"), false));
        const QByteArray content = FoliodAdminTestHelpers::randomBytes(3 * 1024 * 1024 + 17, 7);
        const QString sha = FoliodAdminTestHelpers::sha256Of(content);
        const Reply created = request(cluster.port(0), "POST", "/api/v1/uploads",
            QJsonDocument(
                QJsonObject { { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), double(content.size()) } })
                .toJson(QJsonDocument::Compact),
            cluster.writer());
        QCOMPARE(created.status, 201);
        const QByteArray id = created.json().value(QStringLiteral("id")).toString().toLatin1();
        const qint64 half = 2 * 1024 * 1024;
        const auto put = [&](int node, qint64 start, qint64 length) {
            return Test::httpRequest(cluster.port(node), "PUT", "/api/v1/uploads/" + id, content.mid(start, length),
                cluster.writer(),
                { "Content-Range: bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1)
                    + '/' + QByteArray::number(content.size()) });
        };
        QCOMPARE(put(0, 0, half).status, 200);
        // The other node knows where the upload stands and takes the rest.
        const Reply offset = request(cluster.port(1), "GET", "/api/v1/uploads/" + id, {}, cluster.writer());
        QCOMPARE(offset.status, 200);
        QCOMPARE(qint64(offset.json().value(QStringLiteral("offset")).toDouble()), half);
        QCOMPARE(put(1, half, content.size() - half).status, 200);
        const Reply finished
            = request(cluster.port(0), "POST", "/api/v1/uploads/" + id + "/finish", {}, cluster.writer());
        QCOMPARE(finished.status, 201);
        const Reply blob = request(cluster.port(1), "GET", "/api/v1/blobs/" + sha.toLatin1(), {}, cluster.writer());
        QCOMPARE(blob.status, 200);
        QVERIFY(blob.body == content);
    }

    void noReaderSkipsAChange()
    {
        Cluster cluster;
        QVERIFY(cluster.start(QStringLiteral("multinode_safe"), false));
        const RunResult result = run(cluster, 6, 60);
        QCOMPARE(result.failedRequests, 0);
        QVERIFY(result.items >= 6 * 60 * 3);
        QCOMPARE(result.missed, 0);
    }

    void withoutTheSafeguardChangesAreSkipped()
    {
        // The same check must catch what the safeguard prevents; a race needs luck, so up to three rounds.
        Cluster cluster;
        QVERIFY(cluster.start(QStringLiteral("multinode_unsafe"), true));
        int missed = 0;
        for (int round = 0; round < 3 && missed == 0; ++round) {
            const RunResult result = run(cluster, 6, 60);
            QCOMPARE(result.failedRequests, 0);
            missed = result.missed;
        }
        QVERIFY2(missed > 0, "with FOLIOD_TEST_UNSAFE_CHANGE_ORDER=1 the reader should have skipped changes");
    }
};

} // namespace TestMultiNodeHelpers

using TestMultiNodeHelpers::TestMultiNode;
FOLIO_TEST(TestMultiNode, "multinode")
#include "tst_multinode.moc"
