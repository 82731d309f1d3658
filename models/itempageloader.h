// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reading half of ItemWindowModel (DESIGN.md rule 3): a worker on a thread of its own, with its own
// read-only connection to the library and its own BrowseRepository. The model posts it a query (scope and
// sort, numbered by a generation) and page requests; it answers with the count, pages of rows and the pages
// it dropped, each tagged with the generation they belong to so the model can discard answers to an older
// query.
//
// Order of work: the count, then page 0 (the views start there), then the pages asked for, newest first.
// Pages near the start are read by OFFSET at once; a page further down waits for the anchors (the key of
// every pageSize-th row, one index scan, read once per query), then is read by keyset from its anchor. A
// request batch marks the pages the views want now: pending pages further than KeepDistance pages from all
// of them are dropped (and reported), so a fast scroll leaves no backlog. One page is read per event-loop
// turn, so new requests and a newer query get in between.
//
// Thread safety: lives on its thread; call its slots through queued invocations only. setLatest() alone may
// be called from any thread (stale work then stops early). Ownership: owns its Database.

#include "store/browsequery.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Folio {

class BrowseRepository;
class Database;

class ItemPageLoader : public QObject
{
    Q_OBJECT

public:
    // Pages this close to the start are read by OFFSET without waiting for the anchors.
    static constexpr int OffsetPages = 32;
    // Pending pages further than this from every page of the newest request are dropped.
    static constexpr int KeepDistance = 6;

    ItemPageLoader(const QString &databasePath, int pageSize);
    ~ItemPageLoader() override;

    // Any thread: the newest generation the model has asked for; work for an older one stops early.
    void setLatest(quint64 generation) { m_latest.store(generation); }

    // Starts GENERATION: reads the count, page 0, then serves requests. CANCEL stops its anchors scan.
    void setQuery(quint64 generation, const Folio::BrowseScope &scope, const Folio::BrowseSort &sort,
        const std::shared_ptr<std::atomic_bool> &cancel);
    // The pages the views want now (of GENERATION).
    void request(quint64 generation, const QList<int> &pages);

Q_SIGNALS:
    void counted(quint64 generation, qint64 count);
    // ROWS of page PAGE; TYPENAMES: the display names of their MIME types (resolved here, off the GUI
    // thread: QMimeDatabase reads files for them).
    void pageLoaded(
        quint64 generation, int page, const QList<Folio::BrowseRow> &rows, const QHash<QString, QString> &typeNames);
    void pagesDropped(quint64 generation, const QList<int> &pages);
    void failed(quint64 generation, const QString &message);

private:
    bool stale() const { return m_latest.load() != m_generation; }
    bool open();
    void schedule();
    void work();
    void readPage(int page);
    bool readAnchors();
    QHash<QString, QString> typeNames(const QList<BrowseRow> &rows);

    QString m_path;
    int m_pageSize;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BrowseRepository> m_repository;
    std::atomic<quint64> m_latest { 0 };

    quint64 m_generation = 0;
    BrowseScope m_scope;
    BrowseSort m_sort;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_count = -1; // -1 until counted
    bool m_anchorsRead = false;
    QList<BrowseKey> m_anchors;
    QList<int> m_pending; // oldest first
    QList<int> m_newest; // the pages of the newest request
    bool m_scheduled = false;
    QHash<QString, QString> m_typeNames;
};

} // namespace Folio
