// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicateindex.h"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

// The loops below are popcounts and little else. Debian builds for baseline x86-64, where std::popcount
// is a libgcc call; a clone built for the POPCNT instruction (every x86-64 CPU since 2008) is picked at
// load time and makes them several times faster.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define FOLIO_POPCOUNT_CLONES [[gnu::target_clones("popcnt", "default")]]
#else
#define FOLIO_POPCOUNT_CLONES
#endif

namespace Folio {

namespace {

using Entry = Internal::NearDuplicateEntry;
using Match = NearDuplicateIndex::Match;

constexpr int ChunkCount = 4;
constexpr int ChunkBits = 16;
constexpr quint32 BucketCount = 1U << ChunkBits;
using Radii = std::array<int, ChunkCount>;

quint32 chunkOf(quint64 hash, int chunk)
{
    return quint32(hash >> (chunk * ChunkBits)) & (BucketCount - 1);
}

// The radius to search in each chunk for a total distance of R (see the header): the first R % 4 + 1
// chunks get R / 4, the others one less; -1 means the chunk need not be searched.
Radii chunkRadii(int r)
{
    Radii radii {};
    for (int chunk = 0; chunk < ChunkCount; ++chunk) {
        radii[chunk] = std::min(chunk <= r % ChunkCount ? r / ChunkCount : r / ChunkCount - 1, ChunkBits);
    }
    return radii;
}

// Every 16-bit mask, ordered by the number of bits set, so the masks within radius p are a prefix.
struct MaskTable
{
    std::array<quint16, BucketCount> masks {};
    std::array<int, ChunkBits + 1> countWithin {};
};

const MaskTable &maskTable()
{
    static const MaskTable table = [] {
        MaskTable t;
        std::iota(t.masks.begin(), t.masks.end(), quint16(0));
        std::stable_sort(
            t.masks.begin(), t.masks.end(), [](quint16 a, quint16 b) { return std::popcount(a) < std::popcount(b); });
        for (quint32 mask = 0; mask < BucketCount; ++mask) {
            for (int p = std::popcount(mask); p <= ChunkBits; ++p) {
                ++t.countWithin[p];
            }
        }
        return t;
    }();
    return table;
}

int masksWithin(int radius)
{
    return radius < 0 ? 0 : maskTable().countWithin[radius];
}

// True when an entry differing from the query by DIFF was already reported by an earlier chunk.
bool foundInEarlierChunk(quint64 diff, int chunk, const Radii &radii)
{
    for (int earlier = 0; earlier < chunk; ++earlier) {
        if (std::popcount(chunkOf(diff, earlier)) <= radii[earlier]) {
            return true;
        }
    }
    return false;
}

FOLIO_POPCOUNT_CLONES
void probeChunk(const std::vector<Entry> *table, int chunk, quint64 hash, int maxDistance, const Radii &radii,
    QList<Match> &matches)
{
    const quint16 *masks = maskTable().masks.data();
    const int maskCount = masksWithin(radii[chunk]);
    const quint32 key = chunkOf(hash, chunk);
    for (int m = 0; m < maskCount; ++m) {
        for (const Entry &entry : table[key ^ masks[m]]) {
            const quint64 diff = entry.hash ^ hash;
            const int distance = std::popcount(diff);
            if (distance <= maxDistance && !foundInEarlierChunk(diff, chunk, radii)) {
                matches.append({ entry.id, distance });
            }
        }
    }
}

FOLIO_POPCOUNT_CLONES
void scanHashes(const QHash<qint64, quint64> &hashOf, quint64 hash, int maxDistance, QList<Match> &matches)
{
    for (auto it = hashOf.cbegin(); it != hashOf.cend(); ++it) {
        const int distance = std::popcount(it.value() ^ hash);
        if (distance <= maxDistance) {
            matches.append({ it.key(), distance });
        }
    }
}

// Probing costs a cache miss or two per bucket plus the candidates it holds; a linear scan reads
// every entry once. The factor 4 roughly prices a probe's cache misses in sequential comparisons.
bool linearScanIsCheaper(const Radii &radii, qsizetype size)
{
    double probes = 0;
    for (const int radius : radii) {
        probes += masksWithin(radius);
    }
    return probes * (4.0 + double(size) / BucketCount) >= double(size);
}

class DisjointSets
{
public:
    explicit DisjointSets(quint32 count)
        : m_parent(count)
        , m_size(count, 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0U);
    }

    quint32 find(quint32 x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    void unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a == b) {
            return;
        }
        if (m_size[a] < m_size[b]) {
            std::swap(a, b);
        }
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    std::vector<quint32> m_parent;
    std::vector<quint32> m_size;
};

// The self-join of one chunk over the bucket values [FIRST, LAST): every pair of hashes in buckets
// within the chunk radius (each unordered pair of buckets once) is compared.
struct ChunkJoin
{
    const quint32 *offsets; // BucketCount + 1 bucket starts into the two arrays below
    const quint64 *hashes; // the distinct hashes ordered by this chunk's value
    const quint32 *positions; // their positions among the distinct hashes
    int maskCount;
    int maxDistance;
};

FOLIO_POPCOUNT_CLONES
void joinBuckets(const ChunkJoin &join, quint32 first, quint32 last, DisjointSets &sets)
{
    const quint16 *masks = maskTable().masks.data();
    for (quint32 value = first; value < last; ++value) {
        const quint32 begin = join.offsets[value];
        const quint32 end = join.offsets[value + 1];
        for (quint32 i = begin; i < end; ++i) {
            for (quint32 j = i + 1; j < end; ++j) {
                if (std::popcount(join.hashes[i] ^ join.hashes[j]) <= join.maxDistance) {
                    sets.unite(join.positions[i], join.positions[j]);
                }
            }
        }
        if (begin == end) {
            continue;
        }
        for (int m = 1; m < join.maskCount; ++m) {
            const quint32 other = value ^ masks[m];
            if (other < value) {
                continue;
            }
            const quint32 otherBegin = join.offsets[other];
            const quint32 otherEnd = join.offsets[other + 1];
            for (quint32 i = begin; i < end; ++i) {
                const quint64 hash = join.hashes[i];
                for (quint32 j = otherBegin; j < otherEnd; ++j) {
                    if (std::popcount(hash ^ join.hashes[j]) <= join.maxDistance) {
                        sets.unite(join.positions[i], join.positions[j]);
                    }
                }
            }
        }
    }
}

FOLIO_POPCOUNT_CLONES
void joinRows(const std::vector<quint64> &hashes, quint32 first, quint32 last, int maxDistance, DisjointSets &sets)
{
    const auto count = quint32(hashes.size());
    for (quint32 i = first; i < last; ++i) {
        for (quint32 j = i + 1; j < count; ++j) {
            if (std::popcount(hashes[i] ^ hashes[j]) <= maxDistance) {
                sets.unite(i, j);
            }
        }
    }
}

// Reports FRACTION of the work done; false when the caller cancelled.
using Report = std::function<bool(double fraction)>;

bool joinByChunks(
    const std::vector<quint64> &hashes, int maxDistance, const Radii &radii, DisjointSets &sets, const Report &report)
{
    const auto count = quint32(hashes.size());
    std::vector<quint32> offsets(BucketCount + 1);
    std::vector<quint64> sorted(count);
    std::vector<quint32> positions(count);
    const auto chunksSearched = double(std::ranges::count_if(radii, [](int radius) { return radius >= 0; }));
    int chunksDone = 0;
    // Enough steps for a responsive cancel (a few ms each at a million hashes), few enough to cost nothing.
    constexpr quint32 Step = 1024;
    for (int chunk = 0; chunk < ChunkCount; ++chunk) {
        if (radii[chunk] < 0) {
            continue;
        }
        // Counting sort by the chunk's value: one pass to count, one to place.
        std::ranges::fill(offsets, 0U);
        for (const quint64 hash : hashes) {
            ++offsets[chunkOf(hash, chunk) + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<quint32> cursor(offsets.begin(), offsets.end() - 1);
        for (quint32 position = 0; position < count; ++position) {
            const quint32 slot = cursor[chunkOf(hashes[position], chunk)]++;
            sorted[slot] = hashes[position];
            positions[slot] = position;
        }
        const ChunkJoin join { offsets.data(), sorted.data(), positions.data(), masksWithin(radii[chunk]),
            maxDistance };
        for (quint32 first = 0; first < BucketCount; first += Step) {
            if (!report((chunksDone + double(offsets[first]) / count) / chunksSearched)) {
                return false;
            }
            joinBuckets(join, first, first + Step, sets);
        }
        ++chunksDone;
    }
    return true;
}

bool joinAllPairs(const std::vector<quint64> &hashes, int maxDistance, DisjointSets &sets, const Report &report)
{
    const auto count = quint32(hashes.size());
    const double pairs = double(count) * count / 2;
    constexpr quint32 Step = 256;
    for (quint32 first = 0; first < count; first += Step) {
        // Row i compares count - i - 1 pairs, so the work done grows faster than the rows.
        if (!report((double(first) * count - double(first) * first / 2) / pairs)) {
            return false;
        }
        joinRows(hashes, first, std::min(first + Step, count), maxDistance, sets);
    }
    return true;
}

// The join by chunks reads, per chunk, the bucket pairs of every occupied value and compares the pairs of
// hashes they hold; all pairs compares n^2 / 2. Both counted in comparisons.
bool joinAllPairsIsCheaper(const Radii &radii, qsizetype count)
{
    const double occupied = std::min<double>(double(count), BucketCount);
    const double perBucket = double(count) / BucketCount;
    double chunked = 0;
    for (const int radius : radii) {
        if (radius >= 0) {
            const double pairsOfBuckets = masksWithin(radius) / 2.0;
            chunked += BucketCount + occupied * pairsOfBuckets + BucketCount * pairsOfBuckets * perBucket * perBucket;
        }
    }
    return double(count) * double(count) / 2 <= chunked;
}

} // namespace

int NearDuplicateIndex::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

std::vector<Internal::NearDuplicateEntry> &NearDuplicateIndex::bucket(int chunk, quint64 hash)
{
    return m_buckets[std::size_t(chunk) * BucketCount + chunkOf(hash, chunk)];
}

void NearDuplicateIndex::insert(qint64 id, quint64 hash)
{
    if (const auto it = m_hashOf.constFind(id); it != m_hashOf.cend()) {
        if (it.value() == hash) {
            return;
        }
        remove(id);
    }
    if (m_buckets.empty()) {
        m_buckets.resize(std::size_t(ChunkCount) * BucketCount);
    }
    for (int chunk = 0; chunk < ChunkCount; ++chunk) {
        std::vector<Entry> &entries = bucket(chunk, hash);
        // Buckets hold ~15 entries at a million: doubling would leave a quarter of the index empty, growing
        // by an eighth leaves 6% for a few more reallocations of a few hundred bytes.
        if (entries.size() == entries.capacity()) {
            entries.reserve(entries.size() + std::max<std::size_t>(2, entries.size() / 8));
        }
        entries.push_back({ hash, id });
    }
    m_hashOf.insert(id, hash);
}

bool NearDuplicateIndex::remove(qint64 id)
{
    const auto it = m_hashOf.constFind(id);
    if (it == m_hashOf.cend()) {
        return false;
    }
    const quint64 hash = it.value();
    m_hashOf.erase(it);
    for (int chunk = 0; chunk < ChunkCount; ++chunk) {
        std::vector<Entry> &entries = bucket(chunk, hash);
        const auto found = std::ranges::find(entries, id, &Entry::id);
        Q_ASSERT(found != entries.end());
        *found = entries.back();
        entries.pop_back();
        if (entries.empty()) {
            // A bucket emptied by removals gives its memory back; one in use keeps it for the next insert.
            std::vector<Entry>().swap(entries);
        }
    }
    return true;
}

QList<NearDuplicateIndex::Match> NearDuplicateIndex::query(quint64 hash, int maxDistance, qsizetype limit) const
{
    QList<Match> matches;
    if (maxDistance < 0 || limit == 0 || m_hashOf.isEmpty()) {
        return matches;
    }
    maxDistance = std::min(maxDistance, 64);
    const Radii radii = chunkRadii(maxDistance);
    if (linearScanIsCheaper(radii, size())) {
        scanHashes(m_hashOf, hash, maxDistance, matches);
    } else {
        for (int chunk = 0; chunk < ChunkCount; ++chunk) {
            if (radii[chunk] >= 0) {
                probeChunk(
                    m_buckets.data() + std::size_t(chunk) * BucketCount, chunk, hash, maxDistance, radii, matches);
            }
        }
    }
    const auto nearestFirst = [](const Match &a, const Match &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.id < b.id;
    };
    if (limit > 0 && limit < matches.size()) {
        std::partial_sort(matches.begin(), matches.begin() + limit, matches.end(), nearestFirst);
        matches.resize(limit);
    } else {
        std::sort(matches.begin(), matches.end(), nearestFirst);
    }
    return matches;
}

QList<QList<qint64>> NearDuplicateIndex::groups(
    int threshold, const std::function<bool(qsizetype, qsizetype)> &progress, bool *cancelled) const
{
    if (cancelled) {
        *cancelled = false;
    }
    const qsizetype total = size();
    const Report report = [&](double fraction) {
        return !progress || progress(std::clamp(qsizetype(fraction * double(total)), qsizetype(0), total), total);
    };
    if (threshold < 0 || total < 2) {
        return {};
    }

    // Equal hashes join before any comparison: the join then runs over distinct hashes only, and a
    // thousand copies of one file cost a sort, not a million comparisons.
    std::vector<Entry> entries;
    entries.reserve(std::size_t(total));
    for (auto it = m_hashOf.cbegin(); it != m_hashOf.cend(); ++it) {
        entries.push_back({ it.value(), it.key() });
    }
    std::ranges::sort(
        entries, [](const Entry &a, const Entry &b) { return a.hash != b.hash ? a.hash < b.hash : a.id < b.id; });
    std::vector<quint64> distinct;
    std::vector<quint32> runStart; // entries[runStart[i] .. runStart[i + 1]) share distinct[i]
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i == 0 || entries[i].hash != entries[i - 1].hash) {
            distinct.push_back(entries[i].hash);
            runStart.push_back(quint32(i));
        }
    }
    runStart.push_back(quint32(entries.size()));

    const auto distinctCount = quint32(distinct.size());
    DisjointSets sets(distinctCount);
    const int maxDistance = std::min(threshold, 64);
    const Radii radii = chunkRadii(maxDistance);
    const bool finished = joinAllPairsIsCheaper(radii, distinctCount)
        ? joinAllPairs(distinct, maxDistance, sets, report)
        : joinByChunks(distinct, maxDistance, radii, sets, report);
    if (!finished || !report(1.0)) {
        if (cancelled) {
            *cancelled = true;
        }
        return {};
    }

    std::vector<quint32> members(distinctCount, 0); // entries per set, counted at the set's root
    std::vector<quint32> roots(distinctCount);
    for (quint32 i = 0; i < distinctCount; ++i) {
        roots[i] = sets.find(i);
        members[roots[i]] += runStart[i + 1] - runStart[i];
    }
    QList<QList<qint64>> result;
    std::vector<qsizetype> groupOfRoot(distinctCount, -1);
    for (quint32 i = 0; i < distinctCount; ++i) {
        if (members[roots[i]] < 2) {
            continue;
        }
        qsizetype &group = groupOfRoot[roots[i]];
        if (group < 0) {
            group = result.size();
            result.append(QList<qint64>());
            result.last().reserve(members[roots[i]]);
        }
        for (quint32 e = runStart[i]; e < runStart[i + 1]; ++e) {
            result[group].append(entries[e].id);
        }
    }
    for (QList<qint64> &group : result) {
        std::ranges::sort(group);
    }
    std::ranges::sort(result, {}, [](const QList<qint64> &group) { return group.first(); });
    return result;
}

} // namespace Folio
