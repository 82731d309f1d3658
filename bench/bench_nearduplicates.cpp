// SPDX-License-Identifier: GPL-3.0-or-later
// Near-duplicate lookup and grouping among 1,000,000 perceptual hashes (NearDuplicateIndex), beside a
// linear scan over the same hashes measured in the same run. 5% of the hashes are planted near copies
// (1-8 bits flipped, some exact) of other hashes, as a library with re-saved and resized images has.
// Prints bench/run's lines: figure TAB folio-value TAB peer-value TAB unit TAB peer.

#include "search/nearduplicateindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <vector>

using Folio::NearDuplicateIndex;

namespace {

constexpr int HashCount = 1'000'000;
constexpr int Threshold = 10;
constexpr int Queries = 1000;
constexpr int ScanQueries = 50;

// HASH with BITS distinct bits flipped.
quint64 flipBits(quint64 hash, int bits, QRandomGenerator &random)
{
    quint64 mask = 0;
    while (std::popcount(mask) < bits) {
        mask |= quint64(1) << random.bounded(64);
    }
    return hash ^ mask;
}

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[values.size() / 2];
}

double percentile99(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[std::min(values.size() - 1, values.size() * 99 / 100)];
}

// Resident memory now, in MB (Linux).
double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

// The peer: every hash compared with the query, matches sorted the same way the index sorts them. Built
// for the POPCNT instruction where the CPU has it, as the index's own loops are, so the peer is not
// handicapped by baseline x86-64's library popcount.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
[[gnu::target_clones("popcnt", "default")]]
#endif
qsizetype
linearScan(const std::vector<quint64> &hashes, quint64 query, int maxDistance)
{
    std::vector<std::pair<int, qint64>> matches;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        const int distance = std::popcount(hashes[i] ^ query);
        if (distance <= maxDistance) {
            matches.emplace_back(distance, qint64(i));
        }
    }
    std::ranges::sort(matches);
    return qsizetype(matches.size());
}

void print(const char *figure, double folio, const QByteArray &peer, const char *unit, const char *peerName)
{
    std::printf("%s\t%.3f\t%s\t%s\t%s\n", figure, folio, peer.constData(), unit, peerName);
}

} // namespace

int main()
{
    QRandomGenerator random(20240611);
    std::vector<quint64> hashes;
    hashes.reserve(HashCount);
    const int planted = HashCount / 20;
    while (int(hashes.size()) < HashCount - planted) {
        hashes.push_back(random.generate64());
    }
    while (int(hashes.size()) < HashCount) {
        const quint64 seed = hashes[random.bounded(int(hashes.size()))];
        hashes.push_back(flipBits(seed, random.bounded(9), random));
    }

    const double memoryBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    NearDuplicateIndex index;
    for (int i = 0; i < HashCount; ++i) {
        index.insert(i, hashes[i]);
    }
    const double buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double memory = residentMegabytes() - memoryBefore;

    // Queries look for near copies of images in the library: a stored hash with 0-5 bits changed.
    std::vector<quint64> queries;
    for (int i = 0; i < Queries; ++i) {
        queries.push_back(flipBits(hashes[random.bounded(HashCount)], random.bounded(6), random));
    }
    std::vector<double> lookupMs;
    qsizetype found = 0;
    for (const quint64 query : queries) {
        timer.restart();
        found += index.query(query, Threshold).size();
        lookupMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> scanMs;
    qsizetype scanFound = 0;
    for (int i = 0; i < ScanQueries; ++i) {
        timer.restart();
        scanFound += linearScan(hashes, queries[i], Threshold);
        scanMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    qsizetype indexFound = 0;
    for (int i = 0; i < ScanQueries; ++i) {
        indexFound += index.query(queries[i], Threshold).size();
    }
    if (indexFound != scanFound) {
        std::fprintf(stderr, "bench_nearduplicates: the index found %lld matches, the scan %lld\n",
            qlonglong(indexFound), qlonglong(scanFound));
        return 1;
    }

    timer.restart();
    const QList<QList<qint64>> groups = index.groups(Threshold);
    const double groupSeconds = double(timer.nsecsElapsed()) / 1e9;
    qsizetype grouped = 0;
    for (const QList<qint64> &group : groups) {
        grouped += group.size();
    }
    std::fprintf(stderr, "bench_nearduplicates: %lld matches for %d queries; %lld groups holding %lld hashes\n",
        qlonglong(found), Queries, qlonglong(groups.size()), qlonglong(grouped));

    const QByteArray scanMedian = QByteArray::number(median(scanMs), 'f', 3);
    print("near-duplicate lookup among 1,000,000 (median ms)", median(lookupMs), scanMedian, "ms", "linear scan");
    print("near-duplicate lookup among 1,000,000 (p99 ms)", percentile99(lookupMs),
        QByteArray::number(percentile99(scanMs), 'f', 3), "ms", "linear scan");
    print("group 1,000,000 hashes at distance 10 (s)", groupSeconds, "-", "s", "-");
    print("build near-duplicate index of 1,000,000 (s)", buildSeconds, "-", "s", "-");
    print("near-duplicate index of 1,000,000 (MB resident)", memory, "-", "MB", "-");
    return 0;
}
