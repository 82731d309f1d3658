// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexPhraseFilter: how SearchIndex answers "exact phrase" queries without storing word positions.
// Each document keeps a small Bloom filter of the pairs of adjacent terms in its text fields (a pair
// never spans two fields or two keywords). A phrase of n words matches the documents holding all n
// words (exact, from the posting bitmaps) whose filter holds each of its n-1 pairs.
//
// Why not a bitmap per term pair: measured on 400,000 synthetic document bodies (Zipf over 50,000
// words, 100-1,500 words each) there are 199 million (document, pair) postings, 379 MB as roaring
// bitmaps even with the pairs hashed into 65,536 buckets, more than the words themselves (215 MB).
// The filter takes BitsPerPair bits per pair (1.25 bytes; about 280 MB for the benchmark's lighter
// million items) and, with HashCount probes, lets through about 1% of the documents that hold every
// word of a phrase but not side by side ((1 - e^(-5/10))^5); a document whose words stand together is
// never missed. (5 bits and 3 probes, 9% in theory, let 20% more documents through than hold
// "brand guidelines" on 20,000 generated items: a phrase search must not pad its results.) Documents with short text get at least one 64-bit word, which makes their false positives
// rarer still.
//
// Stateless; thread-safe.

#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace Folio::Search::Internal {

class IndexPhraseFilter
{
public:
    static constexpr int BitsPerPair = 10;
    static constexpr int HashCount = 5;

    // A stable 64-bit hash of a term (the same in every process and Qt version: snapshots keep it).
    static std::uint64_t termHash(QStringView term)
    {
        std::uint64_t hash = 0xcbf29ce484222325ull;
        for (const QChar c : term) {
            hash = (hash ^ c.unicode()) * 0x100000001b3ull;
        }
        return mix(hash);
    }

    // The hash of FIRST followed by SECOND (order matters).
    static std::uint64_t pairHash(std::uint64_t first, std::uint64_t second)
    {
        return mix(first * 0x9e3779b97f4a7c15ull + ((second << 23) | (second >> 41)));
    }

    // The filter of a document's pair hashes. Repeated pairs are not removed first: sorting them cost
    // more than the few percent of filter size they add (a body repeats few of its pairs).
    static std::vector<std::uint64_t> build(const std::vector<std::uint64_t> &pairs)
    {
        if (pairs.empty()) {
            return {};
        }
        const std::size_t words = (pairs.size() * BitsPerPair + 63) / 64;
        std::vector<std::uint64_t> filter(words, 0);
        const std::uint64_t bits = words * 64;
        for (const std::uint64_t pair : pairs) {
            forEachProbe(pair, bits, [&](std::uint64_t bit) { filter[bit >> 6] |= std::uint64_t(1) << (bit & 63); });
        }
        return filter;
    }

    static bool mayContain(std::span<const std::uint64_t> filter, std::uint64_t pair)
    {
        if (filter.empty()) {
            return false;
        }
        bool all = true;
        forEachProbe(
            pair, filter.size() * 64, [&](std::uint64_t bit) { all = all && (filter[bit >> 6] >> (bit & 63) & 1); });
        return all;
    }

private:
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ull;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebull;
        return x ^ (x >> 31);
    }

    // Double hashing (Kirsch & Mitzenmacher): probe i is h1 + i * h2.
    template<typename Probe> static void forEachProbe(std::uint64_t pair, std::uint64_t bits, Probe &&probe)
    {
        const std::uint64_t h1 = pair;
        const std::uint64_t h2 = mix(pair) | 1;
        for (int i = 0; i < HashCount; ++i) {
            probe((h1 + std::uint64_t(i) * h2) % bits);
        }
    }
};

} // namespace Folio::Search::Internal
