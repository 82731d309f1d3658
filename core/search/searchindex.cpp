// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"

#include "search/indexanalyzer.h"
#include "search/indexdata.h"
#include "search/indexevaluator.h"
#include "search/indexranker.h"
#include "search/indexsnapshot.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <numeric>

namespace Folio::Search {

using namespace Internal;

namespace {

constexpr qint64 MaxItemId = 0xFFFFFFFFll;
// Documents analysed together: the writer stores one chunk while the workers analyse the next, and
// only the first and last chunk of a call run alone, so chunks are small (1,024 x 2-12 KB analyses).
constexpr qsizetype BulkChunk = 1024;
// Below this many documents, threads cost more than they save.
constexpr qsizetype ParallelThreshold = 256;
// Words an analyzer's cache may hold before it starts afresh (~60 bytes each).
constexpr std::size_t MaxCachedWords = 500'000;

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Search::SearchIndex)

public:
    static Error badId(qint64 itemId)
    {
        return Error(Error::Code::InvalidArgument,
            tr("Item %1 cannot be indexed for search: the index holds item ids from 0 to 4,294,967,295").arg(itemId));
    }
};

} // namespace

struct SearchIndex::Data
{
    IndexData index;
    // Analyzers live as long as the index so that their word caches carry over from one call to the
    // next (a miss costs a stemmer call). Each has its entry -> term id map on the writer's side.
    std::unique_ptr<IndexAnalyzer> analyzer = std::make_unique<IndexAnalyzer>(); // single upserts
    std::vector<std::uint32_t> termIds;
    std::vector<std::unique_ptr<IndexAnalyzer>> workers; // bulk upserts, one per thread
    std::vector<std::vector<std::uint32_t>> workerTermIds;
};

SearchIndex::SearchIndex()
    : m_data(std::make_unique<Data>())
{ }
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex &&) noexcept = default;
SearchIndex &SearchIndex::operator=(SearchIndex &&) noexcept = default;

Result<void> SearchIndex::upsert(const SearchDocument &document)
{
    if (document.itemId < 0 || document.itemId > MaxItemId) {
        return std::unexpected(Messages::badId(document.itemId));
    }
    if (!m_data) {
        m_data = std::make_unique<Data>();
    }
    m_data->index.apply(m_data->analyzer->analyse(document, MaxCachedWords), m_data->termIds);
    return {};
}

Result<void> SearchIndex::upsert(const QList<SearchDocument> &documents)
{
    const auto firstBad = std::find_if(documents.begin(), documents.end(),
        [](const SearchDocument &document) { return document.itemId < 0 || document.itemId > MaxItemId; });
    const qsizetype count = firstBad - documents.begin();
    if (count < ParallelThreshold) {
        for (qsizetype i = 0; i < count; ++i) {
            if (Result<void> stored = upsert(documents[i]); !stored) {
                return stored;
            }
        }
    } else {
        if (!m_data) {
            m_data = std::make_unique<Data>();
        }
        Data &data = *m_data;
        const int workers = std::clamp(QThread::idealThreadCount(), 1, 16);
        while (data.workers.size() < std::size_t(workers)) {
            data.workers.push_back(std::make_unique<IndexAnalyzer>());
            data.workerTermIds.emplace_back();
        }
        std::vector<int> workerIndices(static_cast<std::size_t>(workers));
        std::iota(workerIndices.begin(), workerIndices.end(), 0);
        // Worker w analyses a contiguous share of a chunk; the writer stores the chunk's documents in
        // order (a later version of an item wins, as with single upserts) while the workers analyse the
        // next chunk.
        const auto share = [workers](qsizetype size, int worker) { return size * worker / workers; };
        const auto analyse = [&](qsizetype begin, std::vector<AnalysedDocument> &out) {
            const qsizetype size = std::min(BulkChunk, count - begin);
            out.assign(std::size_t(size), AnalysedDocument());
            return QtConcurrent::map(workerIndices, [&documents, &data, &out, begin, size, share](int worker) {
                for (qsizetype i = share(size, worker); i < share(size, worker + 1); ++i) {
                    out[std::size_t(i)]
                        = data.workers[std::size_t(worker)]->analyse(documents[begin + i], MaxCachedWords);
                }
            });
        };
        std::vector<AnalysedDocument> current;
        std::vector<AnalysedDocument> next;
        QFuture<void> pending = analyse(0, next);
        for (qsizetype begin = 0; begin < count; begin += BulkChunk) {
            pending.waitForFinished();
            std::swap(current, next);
            if (begin + BulkChunk < count) {
                pending = analyse(begin + BulkChunk, next);
            }
            const auto size = qsizetype(current.size());
            for (int worker = 0; worker < workers; ++worker) {
                for (qsizetype i = share(size, worker); i < share(size, worker + 1); ++i) {
                    data.index.apply(current[std::size_t(i)], data.workerTermIds[std::size_t(worker)]);
                }
            }
        }
        pending.waitForFinished();
    }
    if (firstBad != documents.end()) {
        return std::unexpected(Messages::badId(firstBad->itemId));
    }
    return {};
}

bool SearchIndex::remove(qint64 itemId)
{
    if (!m_data || itemId < 0 || itemId > MaxItemId) {
        return false;
    }
    return m_data->index.remove(std::uint32_t(itemId));
}

qint64 SearchIndex::size() const
{
    return m_data ? qint64(m_data->index.m_liveCount) : 0;
}

bool SearchIndex::contains(qint64 itemId) const
{
    return m_data && itemId >= 0 && itemId <= MaxItemId
        && m_data->index.slotOf(std::uint32_t(itemId)) != IndexData::NoSlot;
}

Result<QList<qint64>> SearchIndex::matchingItems(const QueryNodePtr &query) const
{
    static const Data empty;
    const IndexData &data = m_data ? m_data->index : empty.index;
    IndexEvaluator evaluator(data, data.m_live);
    Result<IndexBitmap> matches = evaluator.evaluate(query.get());
    if (!matches) {
        return std::unexpected(matches.error());
    }
    QList<qint64> items;
    items.reserve(qsizetype(matches->cardinality()));
    matches->forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            items.append(qint64(data.m_itemOfSlot[slots[i]]));
        }
    });
    std::sort(items.begin(), items.end());
    return items;
}

Result<SearchResult> SearchIndex::search(const SearchRequest &request) const
{
    static const Data empty;
    const IndexData &data = m_data ? m_data->index : empty.index;
    // The universe: live documents, and of those only the visible ones when the caller says so.
    IndexBitmap visible;
    const IndexBitmap *universe = &data.m_live;
    if (request.visibleItems) {
        std::vector<std::uint32_t> slots;
        slots.reserve(std::size_t(request.visibleItems->size()));
        for (const qint64 itemId : *request.visibleItems) {
            if (itemId >= 0 && itemId <= MaxItemId) {
                const std::uint32_t slot = data.slotOf(std::uint32_t(itemId));
                if (slot != IndexData::NoSlot) {
                    slots.push_back(slot);
                }
            }
        }
        std::sort(slots.begin(), slots.end());
        visible = IndexBitmap::fromSorted(slots);
        visible.andWith(data.m_live);
        universe = &visible;
    }

    IndexEvaluator evaluator(data, *universe);
    Result<IndexBitmap> matches = evaluator.evaluate(request.query.get());
    if (!matches) {
        return std::unexpected(matches.error());
    }
    SearchResult result;
    result.total = qint64(matches->cardinality());
    const IndexRanker ranker(data);
    Result<QList<SearchHit>> hits = ranker.page(*matches, evaluator.scoringWords(), request);
    if (!hits) {
        return std::unexpected(hits.error());
    }
    result.hits = std::move(*hits);
    if (request.facets) {
        result.facets = ranker.facets(*matches, request.facetLimit);
    }
    return result;
}

Result<void> SearchIndex::save(const QString &path, qint64 changeSeq) const
{
    static const Data empty;
    return IndexSnapshot::save(m_data ? m_data->index : empty.index, path, changeSeq);
}

Result<SearchIndex> SearchIndex::load(const QString &path, qint64 *changeSeq)
{
    SearchIndex index;
    qint64 position = 0;
    if (Result<void> loaded = IndexSnapshot::load(path, &index.m_data->index, &position); !loaded) {
        return std::unexpected(loaded.error());
    }
    if (changeSeq) {
        *changeSeq = position;
    }
    return index;
}

void SearchIndex::optimize()
{
    if (m_data) {
        m_data->index.purge();
        m_data->index.optimize();
        // The word caches (~20 MB per analyzer at 50,000 words) are worth keeping between the batches
        // of a build, not after it.
        m_data->workers.clear();
        m_data->workerTermIds.clear();
        m_data->analyzer = std::make_unique<IndexAnalyzer>();
        m_data->termIds.clear();
    }
#ifdef __GLIBC__
    // Building frees much (analyses, regrown containers) that glibc would otherwise keep mapped.
    malloc_trim(0);
#endif
}

qint64 SearchIndex::memoryBytes() const
{
    if (!m_data) {
        return 0;
    }
    // The analyzers' word caches too: they stay to speed up the next upserts.
    qint64 bytes = m_data->index.memoryBytes() + m_data->analyzer->memoryBytes()
        + qint64(m_data->termIds.capacity() * sizeof(std::uint32_t));
    for (std::size_t i = 0; i < m_data->workers.size(); ++i) {
        bytes
            += m_data->workers[i]->memoryBytes() + qint64(m_data->workerTermIds[i].capacity() * sizeof(std::uint32_t));
    }
    return bytes;
}

} // namespace Folio::Search
