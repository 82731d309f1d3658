// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The windowed model every browser (grid, list, details) sits on (DESIGN.md rule 3). The row count comes
// from SQL; rows are read in pages of PageSize by keyset around the rows the views ask for, on a loader
// thread with a read-only connection of its own; sorting is SQL's. data() never waits: a row not read yet
// answers LoadedRole = false and empty values (the view paints a placeholder), and its page is queued; when
// it arrives, dataChanged() covers it. To jump far (the scrollbar dragged to the end), the loader first reads
// the anchors (the key of every PageSize-th row, one index scan) and then the page after the anchor; rows
// near the start are read by OFFSET at once. Pages far from the ones in use are evicted (MaxCachedPages), so
// memory stays flat while a million rows scroll by.
//
// Thumbnails come from a ThumbnailCache (DecorationRole and ThumbnailRole, at thumbnailSize()).
// Drags carry the item ids as "application/x-folio-item-ids" (ItemIdsMime: ids as decimal text, one per line).
//
// Thread safety: a QObject of the GUI thread.

#include "store/browsequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSize>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace Folio {

class ItemPageLoader;
class ThumbnailCache;

class ItemWindowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        VersionColumn,
        StatusColumn,
        CreatorColumn,
        ModifiedColumn,
        ClassificationColumn,
        PagesColumn,
        SizeColumn,
        CreatedColumn,
        RatingColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        UuidRole,
        KindRole, // "asset" / "document"
        LoadedRole, // bool: false while the row's page is being read
        RowRole, // the whole BrowseRow
        ThumbnailRole, // QImage at thumbnailSize(), null until loaded (or when there is none)
        RatingRole, // int 0–5
        ColorLabelRole, // QString
        SizeBytesRole, // qint64
        FilmstripRole, // QString: the filmstrip rendition's sha256 (videos)
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;
    static inline const QString ItemIdsMime = QStringLiteral("application/x-folio-item-ids");

    // DATABASEPATH: the library's folio.db, opened read-only on the loader thread.
    ItemWindowModel(const QString &databasePath, ThumbnailCache *thumbnails, QObject *parent = nullptr);
    ~ItemWindowModel() override;

    void setScope(const BrowseScope &scope);
    // Sorts in SQL by SORT (sort() for a column of the details table, or Position for a found order).
    void setBrowseSort(const BrowseSort &sort);
    const BrowseScope &scope() const { return m_scope; }
    // Sorts in SQL; the view keeps no proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    BrowseSort browseSort() const { return m_sort; }
    // Reads the count again and drops every page (after the library changed); rows come back as the views ask.
    void reload();

    void setThumbnailSize(QSize size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    // The row if its page is loaded, else nullptr (and the page is queued).
    const BrowseRow *rowAt(int row) const;
    // The row number of ITEMID among the loaded rows, -1 when not loaded.
    int loadedRowOf(qint64 itemId) const;
    // Pages waiting to be read (tests and benchmarks wait for 0).
    int pendingPages() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static BrowseSort::Column sortColumnFor(int column);

Q_SIGNALS:
    // The count read from SQL for the current scope (after setScope, sort or reload).
    void countChanged(qint64 count);
    void loadFailed(const QString &message);
    // Every page asked for so far has arrived.
    void idle();

private:
    struct Page
    {
        QList<BrowseRow> rows;
        quint64 used = 0; // m_useClock when last read
    };
    // Starts a new generation of reads. RESET: the rows change meaning (scope, sort), so the views start
    // over when the count arrives; otherwise (reload) the rows shown stay until their fresh pages arrive.
    void startQuery(bool reset);
    // The row if its page is loaded (marking the page used), else nullptr after queueing the page.
    const BrowseRow *loadedRow(int row) const;
    void requestPage(int page) const;
    void sendRequests();
    void onCounted(quint64 generation, qint64 count);
    void onPageLoaded(
        quint64 generation, int page, const QList<BrowseRow> &rows, const QHash<QString, QString> &typeNames);
    void onPagesDropped(quint64 generation, const QList<int> &pages);
    void onFailed(quint64 generation, const QString &message);
    void onThumbnailReady(const QString &sha256);
    void evictPages();
    void dispose(QHash<int, Page> &&pages);
    void mapShas(int page, const QList<BrowseRow> &rows, bool add);
    void pageChanged(int page);
    void checkIdle();
    QString displayText(const BrowseRow &row, int column) const;
    QString toolTip(const BrowseRow &row) const;
    QVariant thumbnail(const BrowseRow &row) const;

    // Implementation members follow.
    BrowseScope m_scope;
    BrowseSort m_sort;
    QSize m_thumbnailSize { 160, 160 };
    QString m_lastError;

    QPointer<ThumbnailCache> m_thumbnails;
    QThread *m_thread = nullptr;
    ItemPageLoader *m_loader = nullptr; // lives on m_thread
    QTimer *m_sendTimer = nullptr; // batches the pages one paint asks for into one request
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; // stops the current generation's anchors scan
    bool m_started = false;
    bool m_countPending = false;
    bool m_resetOnCount = false;
    int m_count = 0;
    mutable QHash<int, Page> m_pages;
    QHash<int, Page> m_stale; // after reload(): the old pages, shown until fresh ones replace them
    mutable QSet<int> m_requested; // asked of the loader (or about to be), not arrived
    mutable QList<int> m_toSend;
    mutable quint64 m_useClock = 0;
    QHash<QString, QString> m_typeNames; // MIME type -> display name, resolved by the loader
    QHash<QString, QList<int>> m_shaRows; // thumbnail/filmstrip sha256 -> loaded rows showing it
};

// The ids a drag of items carries, empty when DATA holds none.
QList<qint64> itemIdsFromMime(const class QMimeData *data);

} // namespace Folio
