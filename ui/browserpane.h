// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The content area: one windowed model shown as a thumbnail grid, a list or a details table (a switch in
// the pane's toolbar, with a thumbnail size slider), all sharing one selection. The mode and the table's
// columns are remembered per view (setViewKey: "all", "media", "folder", …). While rows are in view, their
// pages are asked for; thumbnails arrive as they load.
//
// Thread safety: GUI thread. Borrows the model.

#include <QWidget>

class QAbstractItemView;
class QActionGroup;
class QItemSelectionModel;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolBar;

namespace Folio {

class DocumentTableView;
class ItemWindowModel;
class ThumbnailCache;
class ThumbnailGridView;

class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Grid, List, Details };

    BrowserPane(ItemWindowModel *model, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~BrowserPane() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Remembers the current view's mode and columns, then shows KEY's (DEFAULTMODE the first time).
    void setViewKey(const QString &key, Mode defaultMode);
    void setThumbnailEdge(int edge);
    int thumbnailEdge() const;
    // Shown over an empty view ("No items in this folder").
    void setEmptyText(const QString &text);

    QItemSelectionModel *selectionModel() const { return m_selection; }
    QList<int> selectedRows() const;
    // The view on screen now (grid or table).
    QAbstractItemView *currentView() const;
    ThumbnailGridView *gridView() const { return m_grid; }
    DocumentTableView *tableView() const { return m_table; }

Q_SIGNALS:
    void itemActivated(int row);
    void contextMenuRequested(const QPoint &globalPosition);
    void quickLookRequested();
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void saveViewState() const;

    ItemWindowModel *m_model;
    QItemSelectionModel *m_selection;
    QToolBar *m_toolBar;
    QActionGroup *m_modes;
    QSlider *m_sizeSlider;
    QStackedWidget *m_stack;
    ThumbnailGridView *m_grid;
    DocumentTableView *m_table;
    QLabel *m_emptyLabel;
    Mode m_mode = Mode::Grid;
    QString m_viewKey;
};

} // namespace Folio
