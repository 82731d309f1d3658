// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SearchIndex answers QueryNode trees over a library's SearchDocuments in memory: compressed bitmaps
// (CRoaring) per term and field value, per-document phrase filters, columns for numbers, sort keys and
// facets. See docs/SEARCH.md for why not plain FTS5 (measured) and how relevance, facets and keyset
// paging work; the Index* classes (Folio::Search::Internal) hold the parts.
//
// The library keeps it current from a change log written in the same transaction as every change
// (LibrarySearch); save()/load() persist a snapshot so a process does not rebuild it at every start.
//
// Thread safety: not thread-safe for writes (upsert, remove); any number of threads may call search()
// at the same time when nobody writes. Owns its data; movable, not copyable.

#include "error.h"
#include "search/searchdocument.h"
#include "search/searchquery.h"

#include <QList>
#include <QString>

#include <memory>

namespace Folio::Search {

enum class SortKey { Relevance, Modified, Created, Title, Size };

struct SearchRequest
{
    QueryNodePtr query; // MatchAll when null
    SortKey sort = SortKey::Relevance;
    bool descending = true; // relevance and dates default to descending, title and size ascending
    int limit = 50;
    QString after; // the cursor of the previous page's last hit; empty = first page
    bool facets = false; // count facets over the whole result set
    int facetLimit = 20; // values per facet, most frequent first
    // Visibility hook (permissions arrive with sync): when set, only these items can match. The list
    // is turned into a bitmap at each search (~20 ms per million ids).
    std::shared_ptr<const QList<qint64>> visibleItems;
};

struct SearchHit
{
    qint64 itemId = 0;
    double score = 0; // relevance (0 when sorting by another key)
    QString cursor; // pass as SearchRequest::after to continue after this hit
};

struct FacetValue
{
    QString value;
    qint64 count = 0;
};

struct Facet
{
    QString name; // kind, type, keywords, status, classification, year, creator
    QList<FacetValue> values;
};

struct SearchResult
{
    qint64 total = 0; // every match, not just this page
    QList<SearchHit> hits;
    QList<Facet> facets;
};

class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(SearchIndex &&) noexcept;
    SearchIndex &operator=(SearchIndex &&) noexcept;

    // Adds DOCUMENT or replaces the one with its itemId. Item ids must fit 32 bits (0 … 4,294,967,295):
    // larger ones are refused with InvalidArgument.
    Result<void> upsert(const SearchDocument &document);
    // The same for many documents: they are analysed on the global thread pool while this thread
    // stores the previous chunk (bulk building; 1,000,000 generated items took 75-90 s of CPU and
    // 82-87 s on this shared 2-core machine). The documents before the first refused one are stored.
    Result<void> upsert(const QList<SearchDocument> &documents);
    // Removes ITEMID; false when it was not indexed.
    bool remove(qint64 itemId);
    qint64 size() const;
    bool contains(qint64 itemId) const;

    Result<SearchResult> search(const SearchRequest &request) const;
    // Every item QUERY matches (MatchAll when null), by ascending item id: a smart collection's whole set, for
    // a browser that sorts and pages it itself. No ranking, no cursors: ~10 ms per million matches.
    Result<QList<qint64>> matchingItems(const QueryNodePtr &query) const;

    // Snapshot file: atomic (temp + fsync + rename). CHANGESEQ is the change-log position it covers.
    Result<void> save(const QString &path, qint64 changeSeq) const;
    // Reads a snapshot; *CHANGESEQ receives its position. A file of another format version or a
    // damaged one is an error (the caller rebuilds).
    static Result<SearchIndex> load(const QString &path, qint64 *changeSeq);

    // Sweeps removed and replaced documents out, compresses bitmaps (runs), drops the build's word
    // caches and releases spare capacity (also to the OS): after bulk building or a large batch of
    // writes (~1.5 s per million items). Searches are correct without it.
    void optimize();

    // Bytes held in memory (bitmaps, columns, dictionaries; allocator overhead estimated), for
    // benchmarks: ~720 MB for 1,000,000 generated items (850-880 MB resident).
    qint64 memoryBytes() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace Folio::Search
