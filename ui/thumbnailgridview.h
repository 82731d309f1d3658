// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The media browser's view: a grid of thumbnails (or, in list mode, one row per item with a small thumbnail
// and a line of details) laid out by arithmetic, not per item: the cell of row N is (N / columns,
// N % columns). QListView keeps a rectangle per item and lays out all of them, which at a million rows costs
// seconds and tens of megabytes; this view's cost is the visible cells only, so the scrollbar can jump
// anywhere at once. Selection (click, Shift, Ctrl, rubber band), keyboard moves, drags and the delegate are
// QAbstractItemView's. Hovering a video scrubs its filmstrip (hoverFraction()).
//
// Thread safety: GUI thread.

#include <QAbstractItemView>
#include <QPersistentModelIndex>

class QRubberBand;

namespace Folio {

class ThumbnailGridView : public QAbstractItemView
{
    Q_OBJECT

public:
    enum class Layout { Grid, List };

    explicit ThumbnailGridView(QWidget *parent = nullptr);

    void setLayoutMode(Layout layout);
    Layout layoutMode() const { return m_layout; }
    // The thumbnail's edge in grid mode (device-independent pixels); cells add room for the name.
    void setThumbnailEdge(int edge);
    int thumbnailEdge() const { return m_edge; }
    QSize cellSize() const;
    int columns() const { return m_columns; }

    // The item under the mouse and where along it (0–1), for scrubbing a video's filmstrip.
    QPersistentModelIndex hoverIndex() const { return m_hoverIndex; }
    double hoverFraction() const { return m_hoverFraction; }

    // The first and last rows with a cell in the viewport.
    std::pair<int, int> visibleRows() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;

Q_SIGNALS:
    // The rows in view changed (scroll, resize, model change): the window status and prefetching follow.
    void visibleRowsChanged(int first, int last);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    void relayout();
    int rowCount() const;
    QRect cellRect(int row) const; // in content coordinates (before scrolling)
    void updateHover(const QPoint &position);
    void announceVisibleRows();

    Layout m_layout = Layout::Grid;
    int m_edge = 160;
    int m_columns = 1;
    int m_spacing = 8;
    QPersistentModelIndex m_hoverIndex;
    double m_hoverFraction = -1;
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_pressContent; // where a rubber band started, in content coordinates
    std::pair<int, int> m_announced { -1, -1 };
};

} // namespace Folio
