// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemwindowmodel.h"

#include "itemdragexporter.h"
#include "itempageloader.h"
#include "thumbnailcache.h"

#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Folio {

namespace {
bool isNumberColumn(int column)
{
    return column == ItemWindowModel::VersionColumn || column == ItemWindowModel::PagesColumn
        || column == ItemWindowModel::SizeColumn;
}

// As an int: what every view and QAbstractItemModelTester read.
QVariant alignment(int column)
{
    return int(isNumberColumn(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}
} // namespace

ItemWindowModel::ItemWindowModel(const QString &databasePath, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
    , m_thread(new QThread(this))
    , m_loader(new ItemPageLoader(databasePath, PageSize))
    , m_sendTimer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("ItemPageLoader"));
    m_loader->moveToThread(m_thread);
    connect(m_loader, &ItemPageLoader::counted, this, &ItemWindowModel::onCounted);
    connect(m_loader, &ItemPageLoader::pageLoaded, this, &ItemWindowModel::onPageLoaded);
    connect(m_loader, &ItemPageLoader::pagesDropped, this, &ItemWindowModel::onPagesDropped);
    connect(m_loader, &ItemPageLoader::failed, this, &ItemWindowModel::onFailed);
    m_thread->start();

    m_sendTimer->setSingleShot(true);
    m_sendTimer->setInterval(0);
    connect(m_sendTimer, &QTimer::timeout, this, &ItemWindowModel::sendRequests);
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::ready, this, &ItemWindowModel::onThumbnailReady);
    }
    // The first read waits for the event loop, so a scope or sort set right after construction is the
    // only query made.
    QTimer::singleShot(0, this, [this] {
        if (!m_started) {
            startQuery(true);
        }
    });
}

ItemWindowModel::~ItemWindowModel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_loader->setLatest(m_generation + 1);
    m_thread->quit();
    m_thread->wait();
    delete m_loader; // its thread has ended: nothing else touches it
}

void ItemWindowModel::setScope(const BrowseScope &scope)
{
    m_scope = scope;
    startQuery(true);
}

void ItemWindowModel::setBrowseSort(const BrowseSort &sort)
{
    if (m_started && sort.column == m_sort.column && sort.descending == m_sort.descending) {
        return;
    }
    m_sort = sort;
    startQuery(true);
}

void ItemWindowModel::sort(int column, Qt::SortOrder order)
{
    const BrowseSort::Column by = column < 0 ? BrowseSort::Column::Position : sortColumnFor(column);
    setBrowseSort(BrowseSort { by, order == Qt::DescendingOrder });
}

void ItemWindowModel::reload()
{
    startQuery(false);
}

void ItemWindowModel::startQuery(bool reset)
{
    m_started = true;
    ++m_generation;
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_loader->setLatest(m_generation);
    // A reset asked for earlier and not done yet still has to happen.
    m_resetOnCount = (m_countPending && m_resetOnCount) || reset;
    m_countPending = true;
    m_requested.clear();
    m_toSend.clear();
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, scope = m_scope, sort = m_sort, cancel = m_cancel] {
            loader->setQuery(generation, scope, sort, cancel);
        },
        Qt::QueuedConnection);
}

void ItemWindowModel::setThumbnailSize(QSize size)
{
    if (size == m_thumbnailSize) {
        return;
    }
    m_thumbnailSize = size;
    if (m_count > 0) {
        Q_EMIT dataChanged(index(0, NameColumn), index(m_count - 1, NameColumn), { Qt::DecorationRole, ThumbnailRole });
    }
}

const BrowseRow *ItemWindowModel::rowAt(int row) const
{
    return loadedRow(row);
}

const BrowseRow *ItemWindowModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->used = ++m_useClock;
    const int at = row % PageSize;
    return at < it->rows.size() ? &it->rows.at(at) : nullptr;
}

int ItemWindowModel::loadedRowOf(qint64 itemId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == itemId) {
                return it.key() * PageSize + int(i);
            }
        }
    }
    return -1;
}

int ItemWindowModel::pendingPages() const
{
    // Before the first query starts (on the next event-loop turn), its count is as good as asked for.
    return int(m_requested.size()) + (m_countPending || !m_started ? 1 : 0);
}

void ItemWindowModel::requestPage(int page) const
{
    // While a new count is on its way, row numbers belong to the old query: ask again when it arrives.
    if (m_countPending || m_requested.contains(page)) {
        return;
    }
    m_requested.insert(page);
    m_toSend.append(page);
    if (!m_sendTimer->isActive()) {
        m_sendTimer->start();
    }
}

void ItemWindowModel::sendRequests()
{
    if (m_toSend.isEmpty()) {
        return;
    }
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, pages = std::exchange(m_toSend, {})] {
            loader->request(generation, pages);
        },
        Qt::QueuedConnection);
}

void ItemWindowModel::onCounted(quint64 generation, qint64 count)
{
    if (generation != m_generation) {
        return;
    }
    m_countPending = false;
    const int rows = int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    if (m_resetOnCount) {
        beginResetModel();
        m_count = rows;
        dispose(std::exchange(m_pages, {}));
        dispose(std::exchange(m_stale, {}));
        m_shaRows.clear();
        endResetModel();
    } else {
        // The views keep their place and selection by row number; rows are added or taken at the end.
        dispose(std::exchange(m_stale, {}));
        m_stale = std::exchange(m_pages, {});
        m_shaRows.clear();
        if (rows > m_count) {
            beginInsertRows({}, m_count, rows - 1);
            m_count = rows;
            endInsertRows();
        } else if (rows < m_count) {
            beginRemoveRows({}, rows, m_count - 1);
            m_count = rows;
            endRemoveRows();
        }
        if (m_count > 0) {
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        }
    }
    if (m_count > 0) {
        m_requested.insert(0); // the loader sends page 0 with the count
    }
    Q_EMIT countChanged(count);
    checkIdle();
}

void ItemWindowModel::onPageLoaded(
    quint64 generation, int page, const QList<BrowseRow> &rows, const QHash<QString, QString> &typeNames)
{
    if (generation != m_generation) {
        return;
    }
    m_requested.remove(page);
    m_typeNames.insert(typeNames);
    m_stale.remove(page);
    if (const auto old = m_pages.constFind(page); old != m_pages.cend()) {
        mapShas(page, old->rows, false);
    }
    m_pages.insert(page, Page { rows, ++m_useClock });
    mapShas(page, rows, true);
    evictPages();
    pageChanged(page);
    checkIdle();
}

void ItemWindowModel::onPagesDropped(quint64 generation, const QList<int> &pages)
{
    if (generation != m_generation) {
        return;
    }
    for (int page : pages) {
        m_requested.remove(page);
        // A view still showing the page repaints, asks for it again, and so makes it newest.
        pageChanged(page);
    }
    checkIdle();
}

void ItemWindowModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation) {
        return;
    }
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

void ItemWindowModel::onThumbnailReady(const QString &sha256)
{
    const auto rows = m_shaRows.constFind(sha256);
    if (rows == m_shaRows.cend()) {
        return;
    }
    for (int row : *rows) {
        if (row < m_count) {
            const QModelIndex at = index(row, NameColumn);
            Q_EMIT dataChanged(at, at, { Qt::DecorationRole, ThumbnailRole });
        }
    }
}

void ItemWindowModel::dispose(QHash<int, Page> &&pages)
{
    if (pages.isEmpty()) {
        return;
    }
    // Freeing 64 pages of rows (a quarter of a million strings) takes milliseconds: the loader's thread
    // does it, as it destroys the functor after calling it.
    QMetaObject::invokeMethod(
        m_loader, [pages = std::move(pages)] { Q_UNUSED(pages); }, Qt::QueuedConnection);
}

void ItemWindowModel::evictPages()
{
    // The least recently read pages go: the views read the pages they show on every paint.
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used) {
                oldest = it;
            }
        }
        const int page = oldest.key();
        mapShas(page, oldest->rows, false);
        QHash<int, Page> evicted;
        evicted.insert(page, std::move(oldest.value()));
        m_pages.erase(oldest);
        dispose(std::move(evicted));
        pageChanged(page);
    }
}

void ItemWindowModel::mapShas(int page, const QList<BrowseRow> &rows, bool add)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = page * PageSize + int(i);
        for (const QString *sha : { &rows.at(i).thumbSha256, &rows.at(i).filmstripSha256 }) {
            if (sha->isEmpty()) {
                continue;
            }
            if (add) {
                m_shaRows[*sha].append(row);
            } else if (auto it = m_shaRows.find(*sha); it != m_shaRows.end()) {
                it->removeOne(row);
                if (it->isEmpty()) {
                    m_shaRows.erase(it);
                }
            }
        }
    }
}

void ItemWindowModel::pageChanged(int page)
{
    const int first = page * PageSize;
    const int last = std::min(m_count, first + PageSize) - 1;
    if (first <= last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void ItemWindowModel::checkIdle()
{
    if (!m_countPending && m_requested.isEmpty()) {
        Q_EMIT idle();
    }
}

int ItemWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ItemWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemWindowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BrowseRow *row = loadedRow(index.row());
    if (!row) {
        // After reload(), the old row stands in until its fresh page arrives (no flicker).
        const auto stale = m_stale.constFind(index.row() / PageSize);
        if (stale != m_stale.cend() && index.row() % PageSize < stale->rows.size()) {
            row = &stale->rows.at(index.row() % PageSize);
        }
    }
    if (role == LoadedRole) {
        return row != nullptr;
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(index.column());
    }
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return displayText(*row, index.column());
    case Qt::ToolTipRole: return toolTip(*row);
    case Qt::DecorationRole: return index.column() == NameColumn ? thumbnail(*row) : QVariant();
    case ThumbnailRole: return thumbnail(*row);
    case ItemIdRole: return row->id;
    case UuidRole: return row->uuid;
    case KindRole: return row->kind;
    case RowRole: return QVariant::fromValue(*row);
    case RatingRole: return row->rating;
    case ColorLabelRole: return row->colorLabel;
    case SizeBytesRole: return row->size;
    case FilmstripRole: return row->filmstripSha256;
    default: return {};
    }
}

QVariant ItemWindowModel::thumbnail(const BrowseRow &row) const
{
    if (!m_thumbnails || row.thumbSha256.isEmpty()) {
        return QImage();
    }
    return m_thumbnails->image(row.thumbSha256, m_thumbnailSize);
}

QString ItemWindowModel::displayText(const BrowseRow &row, int column) const
{
    const QLocale locale;
    auto date = [&locale](const QString &iso) {
        const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case NameColumn: return row.title.isEmpty() ? row.filename : row.title;
    case TypeColumn: return m_typeNames.value(row.mimeType, row.mimeType);
    case VersionColumn: return row.versionCount > 0 ? locale.toString(row.versionCount) : QString();
    case StatusColumn:
        if (row.status == QLatin1String("draft")) {
            return tr("Draft");
        } else if (row.status == QLatin1String("in_review")) {
            return tr("In review");
        } else if (row.status == QLatin1String("approved")) {
            return tr("Approved");
        } else if (row.status == QLatin1String("published")) {
            return tr("Published");
        } else if (row.status == QLatin1String("archived")) {
            return tr("Archived");
        } else if (row.status == QLatin1String("disposed")) {
            return tr("Disposed");
        }
        return row.status;
    case CreatorColumn: return row.creator;
    case ModifiedColumn: return date(row.modifiedAt);
    case ClassificationColumn:
        if (row.classification == QLatin1String("public")) {
            return tr("Public");
        } else if (row.classification == QLatin1String("internal")) {
            return tr("Internal");
        } else if (row.classification == QLatin1String("confidential")) {
            return tr("Confidential");
        } else if (row.classification == QLatin1String("restricted")) {
            return tr("Restricted");
        }
        return row.classification;
    case PagesColumn: return row.pages > 0 ? locale.toString(row.pages) : QString();
    case SizeColumn: return locale.formattedDataSize(row.size);
    case CreatedColumn: return date(row.createdAt);
    case RatingColumn:
        return row.rating > 0 ? QString(row.rating, QChar(0x2605)) + QString(5 - row.rating, QChar(0x2606)) : QString();
    default: return {};
    }
}

QString ItemWindowModel::toolTip(const BrowseRow &row) const
{
    QStringList details;
    for (int column : { TypeColumn, SizeColumn, ModifiedColumn }) {
        const QString text = displayText(row, column);
        if (!text.isEmpty()) {
            details.append(text);
        }
    }
    QString tip = displayText(row, NameColumn);
    if (!row.filename.isEmpty() && row.filename != tip) {
        tip += QLatin1Char('\n') + row.filename;
    }
    if (!details.isEmpty()) {
        tip += QLatin1Char('\n') + details.join(QStringLiteral(" · "));
    }
    return tip;
}

QVariant ItemWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case VersionColumn: return tr("Version");
    case StatusColumn: return tr("Status");
    case CreatorColumn: return tr("Creator");
    case ModifiedColumn: return tr("Modified");
    case ClassificationColumn: return tr("Classification");
    case PagesColumn: return tr("Pages");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    case RatingColumn: return tr("Rating");
    default: return {};
    }
}

Qt::ItemFlags ItemWindowModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList ItemWindowModel::mimeTypes() const
{
    // Drags carry copies of the originals' files only when an exporter is attached (ItemDragExporter).
    if (ItemDragExporter::of(this)) {
        return { ItemIdsMime, QStringLiteral("text/uri-list") };
    }
    return { ItemIdsMime };
}

QMimeData *ItemWindowModel::mimeData(const QModelIndexList &indexes) const
{
    QList<BrowseRow> rows;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || seen.contains(index.row())) {
            continue;
        }
        seen.insert(index.row());
        // A row whose page is not loaded has no id to give: it cannot be dragged yet.
        const auto page = m_pages.constFind(index.row() / PageSize);
        if (page != m_pages.cend() && index.row() % PageSize < page->rows.size()) {
            rows.append(page->rows.at(index.row() % PageSize));
        }
    }
    if (rows.isEmpty()) {
        return nullptr;
    }
    QByteArray text;
    for (const BrowseRow &row : std::as_const(rows)) {
        text += QByteArray::number(row.id) + '\n';
    }
    // With an exporter attached (the main window's), the drag also carries copies of the originals.
    if (ItemDragExporter *exporter = ItemDragExporter::of(this)) {
        return exporter->mimeData(rows, text);
    }
    auto *data = new QMimeData;
    data->setData(ItemIdsMime, text);
    return data;
}

Qt::DropActions ItemWindowModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

BrowseSort::Column ItemWindowModel::sortColumnFor(int column)
{
    switch (column) {
    case TypeColumn: return BrowseSort::Column::Type;
    case VersionColumn: return BrowseSort::Column::Versions;
    case StatusColumn: return BrowseSort::Column::Status;
    case CreatorColumn: return BrowseSort::Column::Creator;
    case ModifiedColumn: return BrowseSort::Column::Modified;
    case ClassificationColumn: return BrowseSort::Column::Classification;
    case PagesColumn: return BrowseSort::Column::Pages;
    case SizeColumn: return BrowseSort::Column::Size;
    case CreatedColumn: return BrowseSort::Column::Created;
    case RatingColumn: return BrowseSort::Column::Rating;
    case NameColumn:
    default: return BrowseSort::Column::Name;
    }
}

QList<qint64> itemIdsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(ItemWindowModel::ItemIdsMime)) {
        return ids;
    }
    const QList<QByteArray> lines = data->data(ItemWindowModel::ItemIdsMime).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0) {
            ids.append(id);
        }
    }
    return ids;
}

} // namespace Folio
