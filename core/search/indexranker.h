// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexRanker turns a result set into one page of hits and the facet counts.
//
// Relevance: each query word adds idf(word) x the weights of the field groups it is in (title 5,
// keywords 3.5, description 2.5, body 1, plus 0.5 when the body repeats it 3 times and 0.5 more at 8),
// summed in a per-thread array of floats over the result set only, so a title match outranks any
// body match of the same word. idf is BM25's,
// ln(1 + (N - df + 0.5) / (df + 0.5)). Sorting by a date or size reads the number column, by title a
// 64-bit key of the folded title's first eight UTF-8 bytes (whole titles compared only on ties), so no
// sort order is precomputed and nothing needs rebuilding after a write.
//
// Every order is total: (key, item id). A page is the LIMIT smallest hits after the cursor in that
// order, kept in a bounded heap while the result set is read once: O(matches x log limit) for page 1
// and for page 1,000 alike (keyset paging, no offset to skip). The cursor carries the last hit's key
// and item id (and title when sorting by title), so a page continues right after it even when
// documents were added or changed in between.
//
// Facets: kind, status, classification and year have few values: one CRoaring and-cardinality per
// value. type (MIME), keywords and creator may have thousands: the result set is walked once over
// each document's value ids. When the result is the whole index, all counts are bitmap cardinalities.
//
// Thread safety: any number of instances may run at once over an IndexData nobody writes.

#include "error.h"
#include "search/indexdata.h"
#include "search/indexevaluator.h"
#include "search/searchindex.h"

#include <QCoreApplication>

#include <array>

namespace Folio::Search::Internal {

class IndexRanker
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Search::IndexRanker)

public:
    static constexpr float TitleWeight = 5.0f;
    static constexpr float KeywordsWeight = 3.5f;
    static constexpr float DescriptionWeight = 2.5f;
    static constexpr float BodyWeight = 1.0f;
    static constexpr float BodyRepeatBonus = 0.5f; // each, at 3 and at 8 occurrences

    explicit IndexRanker(const IndexData &data)
        : m_data(data)
    { }

    Result<QList<SearchHit>> page(
        const IndexBitmap &matches, const std::vector<ScoringWord> &words, const SearchRequest &request) const;
    QList<Facet> facets(const IndexBitmap &matches, int limit) const;

private:
    struct Candidate;
    struct Cursor;
    void score(const IndexBitmap &matches, const std::vector<ScoringWord> &words, float *scores) const;
    Result<Cursor> parseCursor(const QString &text, const SearchRequest &request) const;
    QString cursorText(const Candidate &candidate, const SearchRequest &request) const;
    Facet bitmapFacet(
        const char *name, const char *field, const IndexBitmap &matches, bool everything, int limit) const;
    // The keywords, creator and type facets, in ColumnFacet order, from one walk over MATCHES.
    std::array<Facet, ColumnFacetCount> columnFacets(const IndexBitmap &matches, int limit) const;

    const IndexData &m_data;
};

} // namespace Folio::Search::Internal
