// SPDX-License-Identifier: GPL-3.0-or-later
// NearDuplicateIndex against a brute-force linear scan on random hashes with planted clusters: queries
// return exactly the entries within the distance, nearest first; removed entries never come back;
// groups are the connected components; equal hashes group; groups() can be cancelled.

#include "search/nearduplicateindex.h"
#include "testregistry.h"

#include <QRandomGenerator>
#include <QTest>

#include <bit>
#include <numeric>

using Folio::NearDuplicateIndex;

namespace NearDuplicateIndexTests {

struct Entry
{
    qint64 id;
    quint64 hash;
};

using Found = QList<std::pair<qint64, int>>; // (id, distance), comparable and printable by QCOMPARE

// HASH with BITS distinct bits flipped.
quint64 flipBits(quint64 hash, int bits, QRandomGenerator &random)
{
    quint64 mask = 0;
    while (std::popcount(mask) < bits) {
        mask |= quint64(1) << random.bounded(64);
    }
    return hash ^ mask;
}

// COUNT entries: a fifth of them in clusters of 2-6 made by flipping 0-8 bits of a seed (0 bits: the
// same picture imported twice), the rest random. Ids are sparse and unordered (an odd multiplier modulo
// 2^40 keeps them distinct) to catch mixups of positions and ids.
qint64 scramble(qint64 id)
{
    return qint64((quint64(id) * 2654435761ULL) & ((quint64(1) << 40) - 1));
}

QList<Entry> makeEntries(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Entry> entries;
    qint64 id = 1000;
    while (entries.size() < count) {
        id += 1 + random.bounded(5);
        const quint64 hash = random.generate64();
        entries.append({ scramble(id), hash });
        if (random.bounded(10) < 1) {
            const int copies = 1 + random.bounded(5);
            for (int c = 0; c < copies && entries.size() < count; ++c) {
                id += 1 + random.bounded(5);
                entries.append({ scramble(id), flipBits(hash, random.bounded(9), random) });
            }
        }
    }
    return entries;
}

Found bruteForce(const QList<Entry> &entries, quint64 query, int maxDistance)
{
    Found found;
    for (const Entry &entry : entries) {
        const int distance = std::popcount(entry.hash ^ query);
        if (distance <= maxDistance) {
            found.append({ entry.id, distance });
        }
    }
    std::ranges::sort(found,
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    return found;
}

Found asFound(const QList<NearDuplicateIndex::Match> &matches)
{
    Found found;
    for (const NearDuplicateIndex::Match &match : matches) {
        found.append({ match.id, match.distance });
    }
    return found;
}

// Connected components by comparing every pair, with a plain union-find (path halving keeps the big
// component of the 24-bit row from turning finds into walks).
QList<QList<qint64>> bruteGroups(const QList<Entry> &entries, int threshold)
{
    QList<qsizetype> parent(entries.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](qsizetype x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            if (std::popcount(entries[i].hash ^ entries[j].hash) <= threshold) {
                parent[find(i)] = find(j);
            }
        }
    }
    QHash<qsizetype, QList<qint64>> byRoot;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        byRoot[find(i)].append(entries[i].id);
    }
    QList<QList<qint64>> groups;
    for (QList<qint64> &group : byRoot) {
        if (group.size() >= 2) {
            std::ranges::sort(group);
            groups.append(group);
        }
    }
    std::ranges::sort(groups, {}, [](const QList<qint64> &group) { return group.first(); });
    return groups;
}

void fill(NearDuplicateIndex &index, const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        index.insert(entry.id, entry.hash);
    }
}

// Queries a library would ask: stored hashes (exact and with 1-5 bits changed) and unrelated ones.
QList<quint64> makeQueries(const QList<Entry> &entries, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<quint64> queries;
    for (int i = 0; i < count; ++i) {
        const quint64 stored = entries[random.bounded(int(entries.size()))].hash;
        queries.append(i % 4 == 3 ? random.generate64() : flipBits(stored, random.bounded(6), random));
    }
    return queries;
}

} // namespace NearDuplicateIndexTests

using namespace NearDuplicateIndexTests;

class TestNearDuplicateIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distanceCountsDifferingBits()
    {
        QCOMPARE(NearDuplicateIndex::distance(0, 0), 0);
        QCOMPARE(NearDuplicateIndex::distance(0, ~quint64(0)), 64);
        QCOMPARE(NearDuplicateIndex::distance(0b1011, 0b0001), 2);
        QCOMPARE(NearDuplicateIndex::distance(quint64(1) << 63, 1), 2);
    }

    void emptyIndexFindsNothing()
    {
        const NearDuplicateIndex index;
        QCOMPARE(index.size(), 0);
        QVERIFY(index.query(0, 64).isEmpty());
        QVERIFY(index.groups(64).isEmpty());
        NearDuplicateIndex writable;
        QVERIFY(!writable.remove(42));
        writable.insert(42, 7);
        QVERIFY(writable.remove(42));
        QVERIFY(writable.query(7, 0).isEmpty());
        QVERIFY(writable.groups(64).isEmpty());
    }

    void queryEqualsLinearScan_data()
    {
        QTest::addColumn<int>("maxDistance");
        // 0-12 probe the chunk tables; 16 and 24 cost more than reading 20,000 entries, so they scan.
        QTest::newRow("exact") << 0;
        QTest::newRow("4 bits") << 4;
        QTest::newRow("8 bits") << 8;
        QTest::newRow("10 bits") << 10;
        QTest::newRow("12 bits") << 12;
        QTest::newRow("16 bits (linear scan)") << 16;
        QTest::newRow("24 bits (linear scan)") << 24;
    }

    void queryEqualsLinearScan()
    {
        QFETCH(int, maxDistance);
        const QList<Entry> entries = makeEntries(20000, 1);
        NearDuplicateIndex index;
        fill(index, entries);
        QCOMPARE(index.size(), entries.size());
        qsizetype matched = 0;
        for (const quint64 query : makeQueries(entries, 400, 2)) {
            const Found expected = bruteForce(entries, query, maxDistance);
            QCOMPARE(asFound(index.query(query, maxDistance)), expected);
            QCOMPARE(asFound(index.query(query, maxDistance, 2)), expected.mid(0, 2));
            matched += expected.size();
        }
        // Not vacuous: even at distance 0, a tenth of the queries are stored hashes.
        QVERIFY2(matched >= 40, qPrintable(QString::number(matched)));
    }

    void queryLimitsAndBounds()
    {
        const QList<Entry> entries = makeEntries(500, 3);
        NearDuplicateIndex index;
        fill(index, entries);
        QVERIFY(index.query(entries[0].hash, -1).isEmpty());
        QVERIFY(index.query(entries[0].hash, 10, 0).isEmpty());
        // Beyond 64 bits everything is near.
        const QList<NearDuplicateIndex::Match> all = index.query(entries[0].hash, 1000);
        QCOMPARE(all.size(), entries.size());
        QCOMPARE(asFound(all), bruteForce(entries, entries[0].hash, 64));
        QCOMPARE(all.first().id, entries[0].id);
        QCOMPARE(all.first().distance, 0);
    }

    void removedEntriesNeverReturn()
    {
        const QList<Entry> entries = makeEntries(20000, 4);
        NearDuplicateIndex index;
        fill(index, entries);
        QList<Entry> kept;
        QSet<qint64> removed;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i % 3 == 0) {
                QVERIFY(index.remove(entries[i].id));
                QVERIFY(!index.remove(entries[i].id));
                removed.insert(entries[i].id);
            } else {
                kept.append(entries[i]);
            }
        }
        QCOMPARE(index.size(), kept.size());
        for (const quint64 query : makeQueries(entries, 300, 5)) {
            const QList<NearDuplicateIndex::Match> matches = index.query(query, 10);
            for (const NearDuplicateIndex::Match &match : matches) {
                QVERIFY2(!removed.contains(match.id), qPrintable(QString::number(match.id)));
            }
            QCOMPARE(asFound(matches), bruteForce(kept, query, 10));
        }
        // groups() after removals, on the first 3,000 (every pair of 13,000 is slow under the sanitizers).
        NearDuplicateIndex few;
        fill(few, entries.mid(0, 3000));
        for (qsizetype i = 0; i < 3000; i += 3) {
            QVERIFY(few.remove(entries[i].id));
        }
        QCOMPARE(few.groups(8), bruteGroups(kept.mid(0, 2000), 8));

        // Inserting an id again replaces its hash: the old one no longer finds it.
        const Entry moved = kept.first();
        const quint64 elsewhere = ~moved.hash;
        index.insert(moved.id, elsewhere);
        QCOMPARE(index.size(), kept.size());
        QVERIFY(!asFound(index.query(moved.hash, 0)).contains(std::pair(moved.id, 0)));
        QVERIFY(asFound(index.query(elsewhere, 0)).contains(std::pair(moved.id, 0)));
    }

    void eachChunkFindsAndForgets_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk = 0; chunk < 4; ++chunk) {
            QTest::addRow("bits %d-%d", chunk * 16, chunk * 16 + 15) << chunk;
        }
    }

    void eachChunkFindsAndForgets()
    {
        // 3 bits differ in each 16-bit quarter but CHUNK (10 bits in all at most 2 per quarter would be
        // found anywhere): only CHUNK's table can find the entry, so each table must add and remove it.
        QFETCH(int, chunk);
        QRandomGenerator random(9 + chunk);
        NearDuplicateIndex index;
        for (int i = 0; i < 5000; ++i) {
            index.insert(i, random.generate64());
        }
        const quint64 hash = random.generate64();
        quint64 query = hash;
        for (int other = 0; other < 4; ++other) {
            if (other != chunk) {
                query ^= quint64(0b10101) << (other * 16 + 5);
            }
        }
        QCOMPARE(NearDuplicateIndex::distance(hash, query), 9);
        index.insert(-1, hash);
        QVERIFY(asFound(index.query(query, 10)).contains(std::pair(qint64(-1), 9)));
        QVERIFY(index.remove(-1));
        QVERIFY(!asFound(index.query(query, 10)).contains(std::pair(qint64(-1), 9)));
        index.insert(-2, hash);
        QVERIFY(asFound(index.query(query, 10)).contains(std::pair(qint64(-2), 9)));
        QVERIFY(!asFound(index.query(query, 10)).contains(std::pair(qint64(-1), 9)));
    }

    void equalHashesWithDifferentIds()
    {
        NearDuplicateIndex index;
        const quint64 hash = 0x0123456789abcdefULL;
        for (const qint64 id : { 9, 3, 7, 5 }) {
            index.insert(id, hash);
        }
        index.insert(100, hash ^ 0xff00000000000000ULL); // 8 bits away
        index.insert(200, ~hash);
        QCOMPARE(asFound(index.query(hash, 0)), (Found { { 3, 0 }, { 5, 0 }, { 7, 0 }, { 9, 0 } }));
        QCOMPARE(asFound(index.query(hash, 8)), (Found { { 3, 0 }, { 5, 0 }, { 7, 0 }, { 9, 0 }, { 100, 8 } }));
        QCOMPARE(index.groups(0), (QList<QList<qint64>> { { 3, 5, 7, 9 } }));
        QCOMPARE(index.groups(8), (QList<QList<qint64>> { { 3, 5, 7, 9, 100 } }));
        QVERIFY(index.remove(5));
        QCOMPARE(asFound(index.query(hash, 0)), (Found { { 3, 0 }, { 7, 0 }, { 9, 0 } }));
        QVERIFY(index.groups(-1).isEmpty());
    }

    void groupsFollowChains()
    {
        // 0 -- 6 bits -- A -- 6 bits -- B: 0 and B are 12 apart, yet single linkage joins all three.
        NearDuplicateIndex index;
        index.insert(1, 0);
        index.insert(2, 0x3fULL);
        index.insert(3, 0xfffULL);
        index.insert(4, 0xffffffff00000000ULL);
        QCOMPARE(index.groups(6), (QList<QList<qint64>> { { 1, 2, 3 } }));
        QCOMPARE(index.groups(5), QList<QList<qint64>>());
    }

    void groupsEqualConnectedComponents_data()
    {
        QTest::addColumn<int>("threshold");
        // 0-12 join through the chunk tables; 16 and 24 over 2,000 hashes compare all pairs.
        QTest::newRow("exact") << 0;
        QTest::newRow("4 bits") << 4;
        QTest::newRow("8 bits") << 8;
        QTest::newRow("10 bits") << 10;
        QTest::newRow("12 bits") << 12;
        QTest::newRow("16 bits (all pairs)") << 16;
        QTest::newRow("24 bits (all pairs)") << 24;
    }

    void groupsEqualConnectedComponents()
    {
        QFETCH(int, threshold);
        const QList<Entry> entries = makeEntries(2000, 6);
        NearDuplicateIndex index;
        fill(index, entries);
        const QList<QList<qint64>> expected = bruteGroups(entries, threshold);
        QVERIFY(!expected.isEmpty());
        bool cancelled = true;
        QCOMPARE(index.groups(threshold, {}, &cancelled), expected);
        QVERIFY(!cancelled);
    }

    void groupsOfManyEqualConnectedComponents()
    {
        // Enough hashes that the chunk tables hold several per bucket and the join compares real pairs.
        const QList<Entry> entries = makeEntries(150000, 7);
        NearDuplicateIndex index;
        fill(index, entries);
        const QList<Entry> sample = entries.mid(0, 5000);
        NearDuplicateIndex sampleIndex;
        fill(sampleIndex, sample);
        QCOMPARE(sampleIndex.groups(10), bruteGroups(sample, 10));
        // Over all 150,000, a group holds every neighbour of its members, and an entry with a neighbour is
        // in a group (checked on a sample: a query per entry would take long in the sanitizer build).
        const QList<QList<qint64>> groups = index.groups(10);
        QHash<qint64, qsizetype> groupOf;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            for (const qint64 id : groups[g]) {
                groupOf.insert(id, g);
            }
        }
        QVERIFY(groups.size() > 1000);
        for (qsizetype i = 0; i < entries.size(); i += 20) {
            const QList<NearDuplicateIndex::Match> near = index.query(entries[i].hash, 10);
            QCOMPARE(groupOf.contains(entries[i].id), near.size() >= 2);
            for (const NearDuplicateIndex::Match &match : near) {
                QCOMPARE(groupOf.value(match.id, -1), groupOf.value(entries[i].id, -1));
            }
        }
    }

    void groupsCanBeCancelled()
    {
        const QList<Entry> entries = makeEntries(20000, 8);
        NearDuplicateIndex index;
        fill(index, entries);

        QList<std::pair<qsizetype, qsizetype>> reports;
        bool cancelled = true;
        const QList<QList<qint64>> all = index.groups(
            10,
            [&](qsizetype done, qsizetype total) {
                reports.append({ done, total });
                return true;
            },
            &cancelled);
        QVERIFY(!cancelled);
        QCOMPARE(all, index.groups(10));
        QVERIFY(reports.size() > 2);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].second, index.size());
            QVERIFY(reports[i].first >= (i > 0 ? reports[i - 1].first : 0));
        }
        QCOMPARE(reports.last().first, index.size());

        int calls = 0;
        const QList<QList<qint64>> stopped = index.groups(
            10, [&](qsizetype, qsizetype) { return ++calls < 3; }, &cancelled);
        QVERIFY(cancelled);
        QVERIFY(stopped.isEmpty());
        QCOMPARE(calls, 3);

        // Cancelling on the last report still cancels: nothing half-done is returned.
        const qsizetype total = index.size();
        const QList<QList<qint64>> late = index.groups(
            10, [&](qsizetype done, qsizetype) { return done < total; }, &cancelled);
        QVERIFY(cancelled);
        QVERIFY(late.isEmpty());
    }
};

FOLIO_TEST(TestNearDuplicateIndex, "nearduplicateindex")
#include "tst_nearduplicateindex.moc"
