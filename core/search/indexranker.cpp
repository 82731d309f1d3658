// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexranker.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string_view>

namespace Folio::Search::Internal {

namespace {

constexpr std::uint64_t Last = ~std::uint64_t(0); // documents without the sort value come last

// Unsigned integers that order as the floating-point numbers do.
std::uint64_t floatOrder(float value)
{
    const auto bits = std::bit_cast<std::uint32_t>(value);
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

std::uint64_t doubleOrder(double value)
{
    const auto bits = std::bit_cast<std::uint64_t>(value);
    return (bits & 0x8000000000000000ull) ? ~bits : (bits | 0x8000000000000000ull);
}

float floatFromOrder(std::uint64_t order)
{
    const auto bits = std::uint32_t(order);
    return std::bit_cast<float>((bits & 0x80000000u) ? (bits & 0x7fffffffu) : ~bits);
}

QChar sortLetter(SortKey sort)
{
    switch (sort) {
    case SortKey::Relevance: return QLatin1Char('r');
    case SortKey::Modified: return QLatin1Char('m');
    case SortKey::Created: return QLatin1Char('c');
    case SortKey::Title: return QLatin1Char('t');
    case SortKey::Size: return QLatin1Char('s');
    }
    return QLatin1Char('?');
}

const char *numberKey(SortKey sort)
{
    switch (sort) {
    case SortKey::Modified: return "modified";
    case SortKey::Created: return "created";
    case SortKey::Size: return "size";
    case SortKey::Relevance:
    case SortKey::Title: break;
    }
    return nullptr;
}

// The per-thread relevance accumulator: one float per slot, all zero between searches.
std::vector<float> &scoreArray(std::uint32_t slots)
{
    thread_local std::vector<float> scores;
    if (scores.size() < slots) {
        scores.resize(slots, 0.0f);
    }
    return scores;
}

} // namespace

struct IndexRanker::Candidate
{
    std::uint64_t key;
    std::uint32_t itemId;
    std::uint32_t slot; // IndexData::NoSlot for the cursor
};

struct IndexRanker::Cursor
{
    std::uint64_t key = 0;
    std::uint32_t itemId = 0;
    QByteArray title;
};

void IndexRanker::score(const IndexBitmap &matches, const std::vector<ScoringWord> &words, float *scores) const
{
    static constexpr float Weights[FieldGroupCount] = { TitleWeight, KeywordsWeight, DescriptionWeight, BodyWeight };
    const double documents = double(std::max<quint64>(m_data.m_liveCount, 1));
    const auto add = [&](const std::vector<const IndexBitmap *> &bitmaps, float weight) {
        IndexBitmap hits = bitmaps.size() == 1 ? IndexBitmap::intersection(*bitmaps.front(), matches)
                                               : IndexBitmap::unionOf(bitmaps);
        if (bitmaps.size() != 1) {
            hits.andWith(matches);
        }
        hits.forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i) {
                scores[slots[i]] += weight;
            }
        });
    };
    for (const ScoringWord &word : words) {
        const double frequency = double(word.documentFrequency);
        const auto idf = float(std::log(1.0 + std::max(0.0, documents - frequency + 0.5) / (frequency + 0.5)));
        std::vector<const IndexBitmap *> bitmaps;
        for (int group = 0; group < FieldGroupCount; ++group) {
            if (!(word.groups & (1u << group))) {
                continue;
            }
            bitmaps.clear();
            for (const std::uint32_t term : word.terms) {
                bitmaps.push_back(&m_data.m_postings[term].fields[group]);
            }
            add(bitmaps, idf * Weights[group]);
        }
        if (word.groups & (1u << BodyGroup)) {
            for (const auto member : { &TermPostings::bodyRepeated3, &TermPostings::bodyRepeated8 }) {
                bitmaps.clear();
                for (const std::uint32_t term : word.terms) {
                    bitmaps.push_back(&(m_data.m_postings[term].*member));
                }
                add(bitmaps, idf * BodyRepeatBonus);
            }
        }
    }
}

Result<IndexRanker::Cursor> IndexRanker::parseCursor(const QString &text, const SearchRequest &request) const
{
    const QStringList parts = text.split(QLatin1Char('.'));
    const auto invalid = [&] {
        return fail(
            Error::Code::InvalidArgument, tr("The page cursor “%1” is not one this search made").arg(text.left(80)));
    };
    const bool byTitle = request.sort == SortKey::Title;
    if (parts.size() != (byTitle ? 4 : 3) || parts[0].size() != 2) {
        return invalid();
    }
    if (parts[0][0] != sortLetter(request.sort) || parts[0][1] != QLatin1Char(request.descending ? 'd' : 'a')) {
        return fail(Error::Code::InvalidArgument,
            tr("The page cursor belongs to another sort order; start again from the first page"));
    }
    Cursor cursor;
    bool keyOk = false;
    bool idOk = false;
    cursor.key = parts[1].toULongLong(&keyOk, 16);
    cursor.itemId = parts[2].toUInt(&idOk);
    if (!keyOk || !idOk) {
        return invalid();
    }
    if (byTitle) {
        const auto decoded = QByteArray::fromBase64Encoding(
            parts[3].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return invalid();
        }
        cursor.title = *decoded;
    }
    return cursor;
}

QString IndexRanker::cursorText(const Candidate &candidate, const SearchRequest &request) const
{
    QString text = QString(sortLetter(request.sort)) + QLatin1Char(request.descending ? 'd' : 'a') + QLatin1Char('.')
        + QString::number(candidate.key, 16) + QLatin1Char('.') + QString::number(candidate.itemId);
    if (request.sort == SortKey::Title) {
        const auto title = m_data.m_titles.get(candidate.slot);
        text += QLatin1Char('.')
            + QString::fromLatin1(QByteArray(title.data(), qsizetype(title.size()))
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return text;
}

Result<QList<SearchHit>> IndexRanker::page(
    const IndexBitmap &matches, const std::vector<ScoringWord> &words, const SearchRequest &request) const
{
    const bool descending = request.descending;
    const bool byTitle = request.sort == SortKey::Title;
    const bool byRelevance = request.sort == SortKey::Relevance;
    std::optional<Cursor> cursor;
    if (!request.after.isEmpty()) {
        Result<Cursor> parsed = parseCursor(request.after, request);
        if (!parsed) {
            return std::unexpected(parsed.error());
        }
        cursor = std::move(*parsed);
    }

    float *scores = nullptr;
    if (byRelevance) {
        scores = scoreArray(m_data.m_slotCount).data();
        score(matches, words, scores);
    }
    const IndexNumberColumn *numbers = nullptr;
    if (const char *key = numberKey(request.sort)) {
        const auto found = m_data.m_numbers.find(QLatin1String(key));
        numbers = found == m_data.m_numbers.end() ? nullptr : &found->second;
    }
    const auto keyOf = [&](std::uint32_t slot) -> std::uint64_t {
        if (byRelevance) {
            const float value = scores[slot];
            scores[slot] = 0.0f; // leaves the array zeroed for the next search on this thread
            return descending ? 0xFFFFFFFFu - floatOrder(value) : floatOrder(value);
        }
        if (byTitle) {
            const std::uint64_t key = m_data.m_titleKeys.get(slot);
            return key == Last || !descending ? key : ~key;
        }
        const double value = numbers ? numbers->get(slot) : IndexData::Absent;
        if (std::isnan(value)) {
            return Last;
        }
        return descending ? ~doubleOrder(value) : doubleOrder(value);
    };
    const auto titleOf = [&](const Candidate &candidate) {
        if (candidate.slot == IndexData::NoSlot) {
            return std::string_view(cursor->title.constData(), std::size_t(cursor->title.size()));
        }
        const auto title = m_data.m_titles.get(candidate.slot);
        return std::string_view(title.data(), title.size());
    };
    const auto less = [&](const Candidate &a, const Candidate &b) {
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (byTitle) {
            const int order = titleOf(a).compare(titleOf(b));
            if (order != 0) {
                return descending ? order > 0 : order < 0;
            }
        }
        return a.itemId < b.itemId;
    };

    const auto limit = std::size_t(std::max(request.limit, 0));
    const Candidate after { cursor ? cursor->key : 0, cursor ? cursor->itemId : 0, IndexData::NoSlot };
    std::vector<Candidate> heap; // a max-heap under `less`: its front is the worst hit kept
    heap.reserve(std::min<std::size_t>(limit, 1 << 20) + 1);
    matches.forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint32_t slot = slots[i];
            const std::uint64_t key = keyOf(slot);
            if ((cursor && key < after.key) || limit == 0 || (heap.size() == limit && key > heap.front().key)) {
                continue;
            }
            const Candidate candidate { key, m_data.m_itemOfSlot[slot], slot };
            if (cursor && !less(after, candidate)) {
                continue;
            }
            if (heap.size() < limit) {
                heap.push_back(candidate);
                std::push_heap(heap.begin(), heap.end(), less);
            } else if (less(candidate, heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), less);
                heap.back() = candidate;
                std::push_heap(heap.begin(), heap.end(), less);
            }
        }
    });
    std::sort_heap(heap.begin(), heap.end(), less);

    QList<SearchHit> hits;
    hits.reserve(qsizetype(heap.size()));
    for (const Candidate &candidate : heap) {
        SearchHit hit;
        hit.itemId = candidate.itemId;
        if (byRelevance) {
            hit.score = floatFromOrder(descending ? 0xFFFFFFFFu - candidate.key : candidate.key);
        }
        hit.cursor = cursorText(candidate, request);
        hits.append(std::move(hit));
    }
    return hits;
}

Facet IndexRanker::bitmapFacet(
    const char *name, const char *field, const IndexBitmap &matches, bool everything, int limit) const
{
    Facet facet;
    facet.name = QLatin1String(name);
    const auto found = m_data.m_exact.find(QLatin1String(field));
    if (found == m_data.m_exact.end()) {
        return facet;
    }
    const ExactField &values = found->second;
    std::vector<std::pair<quint64, std::uint32_t>> counts;
    for (std::uint32_t id = 0; id < values.names.size(); ++id) {
        if (name == std::string_view("type") && !values.names[id].contains(QLatin1Char('/'))) {
            continue;
        }
        const IndexBitmap &bitmap = values.bitmaps[id];
        const quint64 count = !everything ? matches.intersectionCardinality(bitmap)
            : m_data.m_deadCount == 0     ? bitmap.cardinality()
                                          : m_data.m_live.intersectionCardinality(bitmap);
        if (count > 0) {
            counts.emplace_back(count, id);
        }
    }
    const auto before = [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : values.names[a.second] < values.names[b.second];
    };
    const std::size_t shown = limit > 0 ? std::min<std::size_t>(std::size_t(limit), counts.size()) : counts.size();
    std::partial_sort(counts.begin(), counts.begin() + qsizetype(shown), counts.end(), before);
    for (std::size_t i = 0; i < shown; ++i) {
        facet.values.append(FacetValue { values.names[counts[i].second], qint64(counts[i].first) });
    }
    return facet;
}

std::array<Facet, ColumnFacetCount> IndexRanker::columnFacets(const IndexBitmap &matches, int limit) const
{
    static const char *const names[ColumnFacetCount] = { "keywords", "creator", "type" };
    std::array<const ExactField *, ColumnFacetCount> fields {};
    std::array<std::vector<quint64>, ColumnFacetCount> counts;
    for (int facet = 0; facet < ColumnFacetCount; ++facet) {
        const auto found = m_data.m_exact.find(QLatin1String(IndexData::columnFacetField(ColumnFacet(facet))));
        if (found != m_data.m_exact.end()) {
            fields[facet] = &found->second;
            counts[facet].assign(found->second.names.size(), 0);
        }
    }
    // One walk over the result set for the three facets.
    matches.forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
        for (int facet = 0; facet < ColumnFacetCount; ++facet) {
            if (!fields[facet]) {
                continue;
            }
            const PagedColumn<std::uint32_t> &first = m_data.m_facetFirst[facet];
            const ArenaColumn<std::uint32_t> &more = m_data.m_facetMore[facet];
            quint64 *facetCounts = counts[facet].data();
            for (std::size_t i = 0; i < count; ++i) {
                const std::uint32_t value = first.get(slots[i]);
                if (value == 0) {
                    continue;
                }
                ++facetCounts[value - 1];
                for (const std::uint32_t id : more.get(slots[i])) {
                    ++facetCounts[id];
                }
            }
        }
    });
    std::array<Facet, ColumnFacetCount> facets;
    for (int facet = 0; facet < ColumnFacetCount; ++facet) {
        facets[facet].name = QLatin1String(names[facet]);
        if (!fields[facet]) {
            continue;
        }
        const ExactField &values = *fields[facet];
        std::vector<std::pair<quint64, std::uint32_t>> nonZero;
        for (std::uint32_t id = 0; id < counts[facet].size(); ++id) {
            if (counts[facet][id] > 0) {
                nonZero.emplace_back(counts[facet][id], id);
            }
        }
        const auto before = [&](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : values.names[a.second] < values.names[b.second];
        };
        const std::size_t shown
            = limit > 0 ? std::min<std::size_t>(std::size_t(limit), nonZero.size()) : nonZero.size();
        std::partial_sort(nonZero.begin(), nonZero.begin() + qsizetype(shown), nonZero.end(), before);
        for (std::size_t i = 0; i < shown; ++i) {
            facets[facet].values.append(FacetValue { values.names[nonZero[i].second], qint64(nonZero[i].first) });
        }
    }
    return facets;
}

QList<Facet> IndexRanker::facets(const IndexBitmap &matches, int limit) const
{
    // The whole index (matches are always live): every count is a bitmap's cardinality.
    const bool everything = matches.cardinality() == m_data.m_liveCount;
    std::array<Facet, ColumnFacetCount> walked;
    if (everything) {
        walked = { bitmapFacet("keywords", "tag", matches, true, limit),
            bitmapFacet("creator", "creator", matches, true, limit),
            bitmapFacet("type", "type", matches, true, limit) };
    } else {
        walked = columnFacets(matches, limit);
    }
    return {
        bitmapFacet("kind", "kind", matches, everything, limit),
        walked[TypeFacet],
        walked[TagFacet],
        bitmapFacet("status", "status", matches, everything, limit),
        bitmapFacet("classification", "classification", matches, everything, limit),
        bitmapFacet("year", "year", matches, everything, limit),
        walked[CreatorFacet],
    };
}

} // namespace Folio::Search::Internal
