// SPDX-License-Identifier: GPL-3.0-or-later
#include "itempageloader.h"

#include "store/browserepository.h"
#include "store/database.h"

#include <QMimeDatabase>

#include <algorithm>

namespace Folio {

ItemPageLoader::ItemPageLoader(const QString &databasePath, int pageSize)
    : m_path(databasePath)
    , m_pageSize(pageSize)
{ }

ItemPageLoader::~ItemPageLoader() = default;

bool ItemPageLoader::open()
{
    if (m_repository) {
        return true;
    }
    auto db = Database::open(m_path, Database::Mode::ReadOnly);
    if (!db) {
        Q_EMIT failed(m_generation, db.error().message());
        return false;
    }
    m_db = std::move(*db);
    m_repository = std::make_unique<BrowseRepository>(*m_db);
    return true;
}

void ItemPageLoader::setQuery(quint64 generation, const BrowseScope &scope, const BrowseSort &sort,
    const std::shared_ptr<std::atomic_bool> &cancel)
{
    m_generation = generation;
    m_scope = scope;
    m_sort = sort;
    m_cancel = cancel;
    m_count = -1;
    m_anchorsRead = false;
    m_anchors.clear();
    m_pending.clear();
    m_newest.clear();
    if (stale() || !open()) {
        return; // a newer query follows in the queue
    }
    if (scope.kind == BrowseScope::Kind::Items) {
        if (auto set = m_repository->setItemSet(scope.items ? *scope.items : QList<qint64>()); !set) {
            Q_EMIT failed(generation, set.error().message());
            Q_EMIT counted(generation, 0);
            return;
        }
    }
    auto count = m_repository->count(scope);
    if (!count) {
        Q_EMIT failed(generation, count.error().message());
    }
    m_count = count.value_or(0);
    Q_EMIT counted(generation, m_count);
    // The views start at the top: page 0 goes with the count, before the anchors scan can hold it up.
    if (m_count > 0) {
        readPage(0);
    }
    schedule();
}

void ItemPageLoader::request(quint64 generation, const QList<int> &pages)
{
    if (generation != m_generation || pages.isEmpty()) {
        return;
    }
    for (int page : pages) {
        if (!m_pending.contains(page)) {
            m_pending.append(page);
        }
    }
    m_newest = pages;
    QList<int> dropped;
    m_pending.removeIf([&](int page) {
        const bool near = std::any_of(
            m_newest.cbegin(), m_newest.cend(), [page](int wanted) { return std::abs(wanted - page) <= KeepDistance; });
        if (!near) {
            dropped.append(page);
        }
        return !near;
    });
    if (!dropped.isEmpty()) {
        Q_EMIT pagesDropped(generation, dropped);
    }
    schedule();
}

void ItemPageLoader::schedule()
{
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            work();
        },
        Qt::QueuedConnection);
}

void ItemPageLoader::work()
{
    if (stale()) {
        m_pending.clear(); // the newer query is on its way
        return;
    }
    if (m_pending.isEmpty() || m_count < 0) {
        return;
    }
    const bool anchored = m_anchorsRead || m_count <= qint64(OffsetPages) * m_pageSize;
    // Newest first: the pages the views show now.
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        const int page = m_pending.at(i);
        if (anchored || page < OffsetPages) {
            m_pending.removeAt(i);
            readPage(page);
            if (!m_pending.isEmpty()) {
                schedule();
            }
            return;
        }
    }
    if (readAnchors()) {
        schedule();
    }
}

void ItemPageLoader::readPage(int page)
{
    const qint64 offset = qint64(page) * m_pageSize;
    Result<QList<BrowseRow>> rows = QList<BrowseRow>();
    if (offset < m_count) {
        if (page < OffsetPages || !m_anchorsRead || m_anchors.isEmpty()) {
            rows = m_repository->pageAt(m_scope, m_sort, offset, m_pageSize);
        } else if (page < m_anchors.size()) {
            rows = m_repository->page(m_scope, m_sort, m_anchors.at(page), m_pageSize);
        }
    }
    if (!rows) {
        // The page arrives empty so it is not asked for again and again; reload() tries anew.
        Q_EMIT failed(m_generation, rows.error().message());
        rows = QList<BrowseRow>();
    }
    Q_EMIT pageLoaded(m_generation, page, *rows, typeNames(*rows));
}

bool ItemPageLoader::readAnchors()
{
    auto anchors = m_repository->anchors(m_scope, m_sort, m_pageSize, m_cancel.get());
    if (!anchors) {
        if (anchors.error().code() == Error::Code::Cancelled) {
            m_pending.clear();
            return false; // the query changed: its successor is queued
        }
        // Pages are still read, by OFFSET: slower far down, but right.
        Q_EMIT failed(m_generation, anchors.error().message());
    }
    m_anchors = anchors.value_or(QList<BrowseKey>());
    m_anchorsRead = true;
    return true;
}

QHash<QString, QString> ItemPageLoader::typeNames(const QList<BrowseRow> &rows)
{
    QHash<QString, QString> names;
    for (const BrowseRow &row : rows) {
        if (row.mimeType.isEmpty() || names.contains(row.mimeType)) {
            continue;
        }
        auto known = m_typeNames.constFind(row.mimeType);
        if (known == m_typeNames.cend()) {
            const QMimeType type = QMimeDatabase().mimeTypeForName(row.mimeType);
            const QString comment = type.isValid() ? type.comment() : QString();
            known = m_typeNames.insert(row.mimeType, comment.isEmpty() ? row.mimeType : comment);
        }
        names.insert(row.mimeType, *known);
    }
    return names;
}

} // namespace Folio
