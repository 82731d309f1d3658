// SPDX-License-Identifier: GPL-3.0-or-later
// The shared library's ops in-process on a real foliod.db: creating and reading back, replays, DESIGN.md's
// conflict rules (different fields merge, the same field keeps the loser as a conflict the user resolves,
// the same value is no conflict, concurrent versions are both kept), batches where one op is refused, and
// the strict parsing of a batch.

#include "library/opapplier.h"
#include "libraryfixture.h"
#include "testregistry.h"

#include <QTest>

#include <atomic>
#include <thread>

// The test class lives in a namespace: the module's tests are one unity build.
namespace TestLibraryOpsHelpers {

using namespace LibraryTestFixture;

class TestLibraryOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void createsAndDeliversInOrder()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        const QString folder = Ids::newUuid();
        const QString item = Ids::newUuid();
        const auto results = library.apply(editor,
            { op(QStringLiteral("folder.create"), folder, { { QStringLiteral("name"), QStringLiteral("Contracts") } }),
                op(QStringLiteral("item.create"), item,
                    { { QStringLiteral("folder"), folder }, { QStringLiteral("title"), QStringLiteral("NDA Acme") },
                        { QStringLiteral("keywords"), QJsonArray { QStringLiteral("legal"), QStringLiteral("acme") } },
                        { QStringLiteral("pages"), 4 } }) });
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].status, QStringLiteral("applied"));
        QCOMPARE(results[1].status, QStringLiteral("applied"));
        QVERIFY(results[1].revision > results[0].revision);

        const QJsonArray changes = library.changes(editor);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));
        const QJsonObject state = changes[1].toObject().value(QStringLiteral("state")).toObject();
        QCOMPARE(state.value(QStringLiteral("uuid")).toString(), item);
        QCOMPARE(state.value(QStringLiteral("folder")).toString(), folder);
        QCOMPARE(state.value(QStringLiteral("owner")).toString(), QStringLiteral("erin"));
        QCOMPARE(qint64(state.value(QStringLiteral("revision")).toDouble()), results[1].revision);
        const QJsonObject fields = state.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("NDA Acme"));
        QCOMPARE(fields.value(QStringLiteral("keywords")).toArray().size(), 2);
        QCOMPARE(fields.value(QStringLiteral("pages")).toInt(), 4);

        auto page = library.service().state(editor, QStringLiteral("items"), 0, 10);
        QVERIFY(page);
        QCOMPARE(page->entries.size(), 1);
        QCOMPARE(page->cursor, results[1].revision);
        // A cursor past everything reads nothing.
        QCOMPARE(library.changes(editor, page->cursor).size(), 0);
    }

    void replayAnswersTheStoredResult()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        const QList<Op> batch { op(QStringLiteral("item.create"), Ids::newUuid(),
                                    { { QStringLiteral("title"), QStringLiteral("a") } }),
            op(QStringLiteral("item.update"), Ids::newUuid(), { { QStringLiteral("title"), QStringLiteral("b") } }) };
        const auto first = library.apply(editor, batch);
        const qint64 head = library.head();
        const auto second = library.apply(editor, batch);
        QCOMPARE(second.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(second[i].toJson(), first[i].toJson());
        }
        QCOMPARE(first[1].code, QStringLiteral("not-found"));
        QCOMPARE(library.head(), head); // nothing applied twice
        // The same op id from someone else is not theirs to replay.
        const Caller other = library.user(QStringLiteral("olga"), QStringLiteral("editor"));
        const auto foreign = library.apply(other, QList<Op> { batch[0] });
        QCOMPARE(foreign.first().status, QStringLiteral("rejected"));
    }

    void differentFieldsMerge()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller a = library.user(QStringLiteral("ann"), QStringLiteral("editor"));
        const Caller b = library.user(QStringLiteral("bob"), QStringLiteral("editor"));
        const QString item = Ids::newUuid();
        const qint64 base
            = library
                  .apply(
                      a, op(QStringLiteral("item.create"), item, { { QStringLiteral("title"), QStringLiteral("t") } }))
                  .revision;
        const OpResult first = library.apply(a,
            op(QStringLiteral("item.update"), item, { { QStringLiteral("title"), QStringLiteral("Title by Ann") } },
                base));
        const OpResult second = library.apply(b,
            op(QStringLiteral("item.update"), item, { { QStringLiteral("description"), QStringLiteral("By Bob") } },
                base));
        QCOMPARE(first.status, QStringLiteral("applied"));
        QCOMPARE(second.status, QStringLiteral("merged"));
        QVERIFY(second.conflicts.isEmpty());
        auto state = library.service().item(a, item);
        QVERIFY(state);
        const QJsonObject fields = state->value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("Title by Ann"));
        QCOMPARE(fields.value(QStringLiteral("description")).toString(), QStringLiteral("By Bob"));
    }

    void sameFieldKeepsTheLoserAsAConflict()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller a = library.user(QStringLiteral("ann"), QStringLiteral("editor"));
        const Caller b = library.user(QStringLiteral("bob"), QStringLiteral("editor"));
        const QString item = Ids::newUuid();
        const qint64 base
            = library
                  .apply(
                      a, op(QStringLiteral("item.create"), item, { { QStringLiteral("title"), QStringLiteral("t") } }))
                  .revision;
        library.apply(
            a, op(QStringLiteral("item.update"), item, { { QStringLiteral("title"), QStringLiteral("Ann's") } }, base));
        const OpResult later = library.apply(
            b, op(QStringLiteral("item.update"), item, { { QStringLiteral("title"), QStringLiteral("Bob's") } }, base));
        QCOMPARE(later.status, QStringLiteral("merged"));
        QCOMPARE(later.conflicts.size(), 1);
        const QJsonObject conflict = later.conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
        QCOMPARE(conflict.value(QStringLiteral("kept")).toString(), QStringLiteral("Bob's"));
        QCOMPARE(conflict.value(QStringLiteral("lost")).toString(), QStringLiteral("Ann's"));
        QCOMPARE(conflict.value(QStringLiteral("lost_by")).toString(), QStringLiteral("ann"));
        QCOMPARE(conflict.value(QStringLiteral("kept_by")).toString(), QStringLiteral("bob"));

        // Both see it in the feed and in the state; Ann resolves it by keeping hers.
        const QString conflictUuid = conflict.value(QStringLiteral("uuid")).toString();
        QVERIFY(SharedLibrary::uuids(library.changes(a), QStringLiteral("conflict"), QStringLiteral("upsert"))
                    .contains(conflictUuid));
        auto open = library.service().state(a, QStringLiteral("conflicts"), 0, 10);
        QVERIFY(open);
        QCOMPARE(open->entries.size(), 1);
        const OpResult resolved = library.apply(a,
            op(QStringLiteral("conflict.resolve"), conflictUuid,
                { { QStringLiteral("value"), QStringLiteral("Ann's") } }));
        QCOMPARE(resolved.status, QStringLiteral("applied"));
        auto state = library.service().item(b, item);
        QCOMPARE(state->value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Ann's"));
        open = library.service().state(a, QStringLiteral("conflicts"), 0, 10);
        QCOMPARE(open->entries.size(), 0);
    }

    void sameValueIsNoConflict()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller a = library.user(QStringLiteral("ann"), QStringLiteral("editor"));
        const Caller b = library.user(QStringLiteral("bob"), QStringLiteral("editor"));
        const QString item = Ids::newUuid();
        const qint64 base = library.apply(a, op(QStringLiteral("item.create"), item)).revision;
        const qint64 annRevision = library
                                       .apply(a,
                                           op(QStringLiteral("item.update"), item,
                                               { { QStringLiteral("status"), QStringLiteral("approved") } }, base))
                                       .revision;
        const qint64 head = library.head();
        const OpResult same = library.apply(b,
            op(QStringLiteral("item.update"), item, { { QStringLiteral("status"), QStringLiteral("approved") } },
                base));
        QCOMPARE(same.status, QStringLiteral("applied"));
        QVERIFY(same.conflicts.isEmpty());
        QCOMPARE(same.revision, annRevision);
        QCOMPARE(library.head(), head);
    }

    void concurrentVersionsAreBothKept()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller a = library.user(QStringLiteral("ann"), QStringLiteral("editor"));
        const Caller b = library.user(QStringLiteral("bob"), QStringLiteral("editor"));
        const QString item = Ids::newUuid();
        library.apply(a, op(QStringLiteral("item.create"), item));
        const auto version = [&](const QString &sha, int base) {
            return op(QStringLiteral("version.add"), Ids::newUuid(),
                { { QStringLiteral("item"), item }, { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), 10 },
                    { QStringLiteral("filename"), QStringLiteral("contract.pdf") },
                    { QStringLiteral("base_number"), base } });
        };
        QCOMPARE(library.apply(a, version(QString(64, QLatin1Char('a')), 0)).status, QStringLiteral("applied"));
        QCOMPARE(library.apply(a, version(QString(64, QLatin1Char('b')), 1)).status, QStringLiteral("applied"));
        const OpResult late = library.apply(b, version(QString(64, QLatin1Char('c')), 1));
        QCOMPARE(late.status, QStringLiteral("merged"));
        auto state = library.service().item(a, item);
        const QJsonArray versions = state->value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[2].toObject().value(QStringLiteral("sha256")).toString(), QString(64, QLatin1Char('c')));
        QCOMPARE(versions[2].toObject().value(QStringLiteral("conflict")).toBool(), true);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("conflict")).toBool(), false);
    }

    void refusedOpLeavesTheOthers()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        const QString folder = Ids::newUuid();
        const QString item = Ids::newUuid();
        const auto results = library.apply(editor,
            { op(QStringLiteral("folder.create"), folder, { { QStringLiteral("name"), QStringLiteral("A") } }),
                op(QStringLiteral("item.create"), item, { { QStringLiteral("folder"), folder } }),
                op(QStringLiteral("item.update"), item, { { QStringLiteral("Bad Field"), 1 } }),
                op(QStringLiteral("folder.delete"), folder),
                op(QStringLiteral("folder.update"), folder, { { QStringLiteral("parent"), folder } }),
                op(QStringLiteral("item.update"), item,
                    { { QStringLiteral("classification"), QStringLiteral("secret") } }) });
        QCOMPARE(results.size(), 6);
        QCOMPARE(results[1].status, QStringLiteral("applied"));
        QCOMPARE(results[2].code, QStringLiteral("invalid"));
        QVERIFY2(results[2].reason.contains(QStringLiteral("Bad Field")), qPrintable(results[2].reason));
        QCOMPARE(results[3].code, QStringLiteral("not-empty"));
        QCOMPARE(results[4].code, QStringLiteral("cycle"));
        QCOMPARE(results[5].code, QStringLiteral("invalid"));
        QCOMPARE(library.changes(editor).size(), 2);
    }

    void parsesBatchesStrictly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray id = Ids::newUuid().toLatin1();
        QTest::newRow("no ops") << QByteArray(R"({"ops": []})") << "1 to 1000";
        QTest::newRow("unknown top field") << QByteArray(R"({"ops": [], "x": 1})") << "\"x\"";
        QTest::newRow("ops not a list") << QByteArray(R"({"ops": 3})") << "list";
        QTest::newRow("bad id") << QByteArray(R"({"ops": [{"id": "1", "kind": "item.create", "entity": ")" + id
            + R"("}]})") << "Op 1";
        QTest::newRow("unknown kind") << QByteArray(
            R"({"ops": [{"id": ")" + id + R"(", "kind": "item.explode", "entity": ")" + id + R"("}]})")
                                      << "item.explode";
        QTest::newRow("unknown op field") << QByteArray(
            R"({"ops": [{"id": ")" + id + R"(", "kind": "item.create", "entity": ")" + id + R"(", "sql": "DROP"}]})")
                                          << "\"sql\"";
        QTest::newRow("base a string") << QByteArray(
            R"({"ops": [{"id": ")" + id + R"(", "kind": "item.create", "entity": ")" + id + R"(", "base": "7"}]})")
                                       << "base";
        QTest::newRow("fields a list") << QByteArray(
            R"({"ops": [{"id": ")" + id + R"(", "kind": "item.create", "entity": ")" + id + R"(", "fields": []}]})")
                                       << "fields";
    }

    void parsesBatchesStrictly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        auto parsed = OpApplier::parse(QJsonDocument::fromJson(body).object());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message().contains(mentions), qPrintable(parsed.error().message()));
    }

    void concurrentBatchesCommitTogether()
    {
        // Group commit: batches from many threads at once are all applied, each answered on its own.
        FOLIO_SHARED_LIBRARY(library);
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        std::atomic<int> applied { 0 };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int b = 0; b < 20; ++b) {
                    QList<Op> ops;
                    for (int i = 0; i < 10; ++i) {
                        ops.append(op(QStringLiteral("item.create"), Ids::newUuid()));
                    }
                    ops.append(op(QStringLiteral("item.update"), Ids::newUuid())); // refused: no such item
                    auto results = library.service().applyOps(editor, ops);
                    if (!results || results->size() != 11 || results->last().code != QLatin1String("not-found")) {
                        ++failures;
                        continue;
                    }
                    for (int i = 0; i < 10; ++i) {
                        applied += (*results)[i].status == QLatin1String("applied") ? 1 : 0;
                    }
                }
            });
        }
        for (auto &thread : threads) {
            thread.join();
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load(), 8 * 20 * 10);
        QCOMPARE(library.changes(editor).size(), 8 * 20 * 10);
    }

    void feedPagesWithoutGapsOrRepeats()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        QList<Op> ops;
        for (int i = 0; i < 250; ++i) {
            ops.append(
                op(QStringLiteral("item.create"), Ids::newUuid(), { { QStringLiteral("title"), QString::number(i) } }));
        }
        QCOMPARE(library.apply(editor, ops).size(), 250);
        const QJsonArray all = library.changes(editor, 0, 7);
        QCOMPARE(all.size(), 250);
        for (int i = 1; i < all.size(); ++i) {
            QVERIFY(all[i].toObject().value(QStringLiteral("seq")).toDouble()
                > all[i - 1].toObject().value(QStringLiteral("seq")).toDouble());
        }
    }
};

} // namespace TestLibraryOpsHelpers

using TestLibraryOpsHelpers::TestLibraryOps;
FOLIO_TEST(TestLibraryOps, "libraryops")
#include "tst_libraryops.moc"
