// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexData is everything SearchIndex holds, and the writer that keeps it: per term and field group
// a bitmap of document slots (plus the body's "3 times or more" and "8 times or more" bitmaps that let
// relevance reward repetition without per-posting counts), per exact field value a bitmap, per number
// a column, per flag a bitmap, per document its phrase filter, facet value ids and sort title.
//
// Documents live in 32-bit slots, not at their item id: a bitmap cannot drop one document without
// knowing which of its millions of bitmaps hold it, and keeping every document's term list would cost
// more than the postings (a body has hundreds of distinct terms). So re-indexing or removing an item
// only moves its slot from `live` to `dead` (every search intersects with `live`), and purge() sweeps
// the dead slots out of all bitmaps at once when they reach an eighth of the index (a pass over every
// bitmap and column, of the order of a second per million documents, like optimize()), after which
// the slots are reused.
//
// Thread safety: const members may run concurrently; writes need exclusive access. Owns its data.

#include "search/indexanalyzer.h"
#include "search/indexbitmap.h"
#include "search/indexcolumn.h"
#include "search/indexnumbercolumn.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <vector>

namespace Folio::Search::Internal {

struct TermPostings
{
    std::array<IndexBitmap, FieldGroupCount> fields;
    IndexBitmap bodyRepeated3;
    IndexBitmap bodyRepeated8;
};

// The values of one exact-match field (kind, type, tag, status, creator, folder, registry enums…).
struct ExactField
{
    QHash<QString, std::uint32_t> ids;
    std::vector<QString> names;
    std::vector<IndexBitmap> bitmaps;

    std::uint32_t intern(const QString &value);
    const IndexBitmap *find(const QString &value) const;
};

// Facets counted by walking the result set over per-document value ids (many values each).
enum ColumnFacet { TagFacet, CreatorFacet, TypeFacet, ColumnFacetCount };

class IndexData
{
public:
    static constexpr std::uint32_t NoSlot = 0xFFFFFFFF;
    static inline const double Absent = std::numeric_limits<double>::quiet_NaN();

    // Stores DOCUMENT in a new slot; an older version of the item goes dead. TERMIDS maps the entries
    // of the analyzer that made DOCUMENT to term ids: one per analyzer, kept by the caller, fed in the
    // order the analyzer made its documents.
    void apply(const AnalysedDocument &document, std::vector<std::uint32_t> &termIds);
    bool remove(std::uint32_t itemId);
    std::uint32_t slotOf(std::uint32_t itemId) const { return m_slotOfItem.get(itemId); }
    // Sweeps dead slots out of every structure when they are many enough to be worth it.
    void purgeIfNeeded();
    void purge();
    // Compresses bitmaps and releases spare capacity (after a bulk build, before saving).
    void optimize();
    qint64 memoryBytes() const;

    static QString exactFieldKey(const QString &field); // "keywords"/"tags" -> "tag"
    static const char *columnFacetField(ColumnFacet facet);
    // The 64-bit sort key of a folded title: its first eight UTF-8 bytes, big-endian; ties compare the
    // whole title. Empty titles sort last (all ones).
    static std::uint64_t titleKey(QByteArrayView folded);

    // Documents.
    PagedColumn<std::uint32_t> m_slotOfItem { NoSlot };
    std::vector<std::uint32_t> m_itemOfSlot;
    IndexBitmap m_live;
    IndexBitmap m_dead;
    std::vector<std::uint32_t> m_freeSlots; // purged, reusable
    std::uint32_t m_slotCount = 0; // slots ever handed out (the next new one)
    quint64 m_liveCount = 0;
    quint64 m_deadCount = 0;

    // Text.
    QHash<QString, std::uint32_t> m_termIds;
    std::vector<QString> m_terms;
    std::vector<TermPostings> m_postings;
    std::map<QString, std::vector<std::uint32_t>> m_words; // folded word -> its terms (prefix queries)
    ArenaColumn<std::uint64_t> m_phraseFilters;

    // Exact values, numbers, flags.
    std::map<QString, ExactField> m_exact;
    std::map<QString, IndexNumberColumn> m_numbers;
    std::map<QString, IndexBitmap> m_flags;

    // Facets and sorting.
    // Per column facet, each document's first value id + 1 (0: none) and its further ones apart:
    // creators and types are single, and then the walk reads one 4-byte value per document.
    std::array<PagedColumn<std::uint32_t>, ColumnFacetCount> m_facetFirst;
    std::array<ArenaColumn<std::uint32_t>, ColumnFacetCount> m_facetMore;
    PagedColumn<std::uint64_t> m_titleKeys { ~std::uint64_t(0) };
    ArenaColumn<char> m_titles; // folded, UTF-8

private:
    std::uint32_t allocateSlot();
    std::uint32_t internTerm(const QString &term);
    template<typename Visit> void forEachBitmap(Visit &&visit);
};

} // namespace Folio::Search::Internal
