// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailgridview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>

#include <algorithm>

namespace Folio {

namespace {
constexpr int listRowHeight = 44;
constexpr int nameLines = 2; // the grid shows the title on up to two lines under the thumbnail
} // namespace

ThumbnailGridView::ThumbnailGridView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setMouseTracking(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->setAttribute(Qt::WA_Hover);
}

void ThumbnailGridView::reset()
{
    QAbstractItemView::reset();
    m_hoverIndex = QPersistentModelIndex();
    relayout();
}

void ThumbnailGridView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    // Lay out again once the rows are gone (the count is still the old one here).
    QMetaObject::invokeMethod(this, &ThumbnailGridView::relayout, Qt::QueuedConnection);
}

void ThumbnailGridView::setLayoutMode(Layout layout)
{
    if (m_layout == layout) {
        return;
    }
    const QModelIndex current = currentIndex();
    m_layout = layout;
    relayout();
    if (current.isValid()) {
        scrollTo(current, PositionAtCenter);
    }
}

void ThumbnailGridView::setThumbnailEdge(int edge)
{
    edge = std::clamp(edge, 48, 512);
    if (edge == m_edge) {
        return;
    }
    // Keep the first visible item in view while the cells grow or shrink.
    const int anchor = visibleRows().first;
    m_edge = edge;
    relayout();
    if (anchor >= 0 && model()) {
        scrollTo(model()->index(anchor, 0), PositionAtTop);
    }
}

QSize ThumbnailGridView::cellSize() const
{
    if (m_layout == Layout::List) {
        return { std::max(120, viewport()->width() - 2 * m_spacing), listRowHeight };
    }
    const int text = fontMetrics().lineSpacing() * nameLines + 6;
    return { m_edge + 12, m_edge + 12 + text };
}

int ThumbnailGridView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

void ThumbnailGridView::relayout()
{
    const QSize cell = cellSize();
    const int available = viewport()->width() - m_spacing;
    m_columns = m_layout == Layout::List ? 1 : std::max(1, available / (cell.width() + m_spacing));
    updateGeometries();
    viewport()->update();
    announceVisibleRows();
}

QRect ThumbnailGridView::cellRect(int row) const
{
    const QSize cell = cellSize();
    const int gridRow = row / m_columns;
    const int column = row % m_columns;
    // Spread the width left over evenly between the columns so the grid fills the view.
    const int free = std::max(0, viewport()->width() - m_spacing - m_columns * (cell.width() + m_spacing));
    const int gap = m_spacing + (m_columns > 1 ? free / m_columns : 0);
    const int x = m_spacing + column * (cell.width() + gap);
    const int y = m_spacing + gridRow * (cell.height() + (m_layout == Layout::List ? 0 : m_spacing));
    return { QPoint(x, y), cell };
}

QRect ThumbnailGridView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex()) {
        return {};
    }
    return cellRect(index.row()).translated(-horizontalOffset(), -verticalOffset());
}

std::pair<int, int> ThumbnailGridView::visibleRows() const
{
    const int count = rowCount();
    if (count == 0) {
        return { -1, -1 };
    }
    const int pitch = cellSize().height() + (m_layout == Layout::List ? 0 : m_spacing);
    const int top = verticalOffset();
    const int firstGridRow = std::max(0, (top - m_spacing) / pitch);
    const int lastGridRow = (top + viewport()->height()) / pitch;
    const int first = std::min(count - 1, firstGridRow * m_columns);
    const int last = std::min(count - 1, (lastGridRow + 1) * m_columns - 1);
    return { first, last };
}

void ThumbnailGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid()) {
        return;
    }
    const QRect cell = cellRect(index.row());
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    int value = bar->value();
    switch (hint) {
    case PositionAtTop: value = cell.top() - m_spacing; break;
    case PositionAtBottom: value = cell.bottom() + m_spacing - height; break;
    case PositionAtCenter: value = cell.center().y() - height / 2; break;
    case EnsureVisible:
        if (cell.top() < value) {
            value = cell.top() - m_spacing;
        } else if (cell.bottom() > value + height) {
            value = cell.bottom() + m_spacing - height;
        }
        break;
    }
    bar->setValue(value);
}

QModelIndex ThumbnailGridView::indexAt(const QPoint &point) const
{
    const int count = rowCount();
    if (count == 0 || !model()) {
        return {};
    }
    const QPoint content = point + QPoint(horizontalOffset(), verticalOffset());
    const auto [first, last] = visibleRows();
    // Only visible cells can be under a point of the viewport; checking them is exact and cheap.
    for (int row = first; row >= 0 && row <= last; ++row) {
        if (cellRect(row).contains(content)) {
            return model()->index(row, 0, rootIndex());
        }
    }
    return {};
}

QModelIndex ThumbnailGridView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const int count = rowCount();
    if (count == 0 || !model()) {
        return {};
    }
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    if (current < 0) {
        return model()->index(0, 0, rootIndex());
    }
    const int pitch = cellSize().height() + m_spacing;
    const int pageRows = std::max(1, viewport()->height() / pitch) * m_columns;
    int row = current;
    switch (action) {
    case MoveLeft:
    case MovePrevious: row = current - 1; break;
    case MoveRight:
    case MoveNext: row = current + 1; break;
    case MoveUp: row = current - m_columns; break;
    case MoveDown: row = current + m_columns; break;
    case MovePageUp: row = current - pageRows; break;
    case MovePageDown: row = current + pageRows; break;
    case MoveHome: row = 0; break;
    case MoveEnd: row = count - 1; break;
    }
    if (m_layout == Layout::List && (action == MoveLeft || action == MoveRight)) {
        row = current;
    }
    return model()->index(std::clamp(row, 0, count - 1), 0, rootIndex());
}

int ThumbnailGridView::horizontalOffset() const
{
    return 0;
}

int ThumbnailGridView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool ThumbnailGridView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void ThumbnailGridView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel()) {
        return;
    }
    const QRect content = rect.normalized().translated(horizontalOffset(), verticalOffset());
    const int count = rowCount();
    const int pitch = cellSize().height() + (m_layout == Layout::List ? 0 : m_spacing);
    const int firstGridRow = std::max(0, (content.top() - m_spacing) / pitch);
    const int lastGridRow = std::max(0, content.bottom() / pitch);
    const int lastColumn = model()->columnCount(rootIndex()) - 1;
    QItemSelection selection;
    // One range per grid row: a rubber band over thousands of rows stays thousands of ranges, not a million.
    for (int gridRow = firstGridRow; gridRow <= lastGridRow; ++gridRow) {
        int first = -1;
        int last = -1;
        for (int column = 0; column < m_columns; ++column) {
            const int row = gridRow * m_columns + column;
            if (row >= count) {
                break;
            }
            if (cellRect(row).intersects(content)) {
                first = first < 0 ? row : first;
                last = row;
            }
        }
        if (first >= 0) {
            selection.select(model()->index(first, 0, rootIndex()), model()->index(last, lastColumn, rootIndex()));
        }
    }
    selectionModel()->select(selection, command);
}

QRegion ThumbnailGridView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const auto [first, last] = visibleRows();
    for (const QItemSelectionRange &range : selection) {
        const int top = std::max(range.top(), first);
        const int bottom = std::min(range.bottom(), last);
        for (int row = top; row <= bottom; ++row) {
            region += visualRect(model()->index(row, 0, rootIndex()));
        }
    }
    return region;
}

void ThumbnailGridView::updateGeometries()
{
    const QSize cell = cellSize();
    const int pitch = cell.height() + (m_layout == Layout::List ? 0 : m_spacing);
    const int gridRows = (rowCount() + m_columns - 1) / m_columns;
    const qint64 content = qint64(gridRows) * pitch + 2 * m_spacing;
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(std::max(1, pitch / 3));
    bar->setPageStep(viewport()->height());
    bar->setRange(0, int(std::clamp<qint64>(content - viewport()->height(), 0, std::numeric_limits<int>::max())));
    QAbstractItemView::updateGeometries();
}

void ThumbnailGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const auto [first, last] = visibleRows();
    if (first < 0 || !model()) {
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.decorationPosition = m_layout == Layout::List ? QStyleOptionViewItem::Left : QStyleOptionViewItem::Top;
    option.decorationSize
        = m_layout == Layout::List ? QSize(listRowHeight - 8, listRowHeight - 8) : QSize(m_edge, m_edge);
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        if (!option.rect.intersects(event->rect())) {
            continue;
        }
        option.state = QStyle::State_Enabled;
        if (selectionModel() && selectionModel()->isSelected(index)) {
            option.state |= QStyle::State_Selected;
        }
        if (focused) {
            option.state |= QStyle::State_Active;
        }
        if (index == current && focused) {
            option.state |= QStyle::State_HasFocus;
        }
        if (index == m_hoverIndex) {
            option.state |= QStyle::State_MouseOver;
        }
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void ThumbnailGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    relayout();
}

void ThumbnailGridView::mousePressEvent(QMouseEvent *event)
{
    QAbstractItemView::mousePressEvent(event);
    m_pressContent = event->position().toPoint() + QPoint(horizontalOffset(), verticalOffset());
}

void ThumbnailGridView::mouseMoveEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseMoveEvent(event);
    updateHover(event->position().toPoint());
    if (state() == DragSelectingState && (event->buttons() & Qt::LeftButton)) {
        if (!m_rubberBand) {
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        }
        const QPoint start = m_pressContent - QPoint(horizontalOffset(), verticalOffset());
        m_rubberBand->setGeometry(QRect(start, event->position().toPoint()).normalized());
        m_rubberBand->show();
    }
}

void ThumbnailGridView::mouseReleaseEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseReleaseEvent(event);
    if (m_rubberBand) {
        m_rubberBand->hide();
    }
}

void ThumbnailGridView::leaveEvent(QEvent *event)
{
    QAbstractItemView::leaveEvent(event);
    if (m_hoverIndex.isValid()) {
        const QModelIndex old = m_hoverIndex;
        m_hoverIndex = QPersistentModelIndex();
        m_hoverFraction = -1;
        viewport()->update(visualRect(old));
    }
}

void ThumbnailGridView::updateHover(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    const QRect rect = visualRect(index);
    const double fraction
        = rect.isValid() ? std::clamp(double(position.x() - rect.left()) / std::max(1, rect.width()), 0.0, 1.0) : -1;
    if (index == m_hoverIndex && qFuzzyCompare(fraction + 2, m_hoverFraction + 2)) {
        return;
    }
    const QModelIndex old = m_hoverIndex;
    m_hoverIndex = index;
    m_hoverFraction = fraction;
    if (old.isValid()) {
        viewport()->update(visualRect(old));
    }
    if (index.isValid()) {
        viewport()->update(rect);
    }
}

void ThumbnailGridView::scrollContentsBy(int dx, int dy)
{
    QAbstractItemView::scrollContentsBy(dx, dy);
    announceVisibleRows();
}

void ThumbnailGridView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    relayout();
}

void ThumbnailGridView::announceVisibleRows()
{
    const auto rows = visibleRows();
    if (rows != m_announced) {
        m_announced = rows;
        Q_EMIT visibleRowsChanged(rows.first, rows.second);
    }
}

} // namespace Folio
