// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: the sidebar (library sections, folders, collections, smart collections) beside the
// content area, which shows the welcome view for an empty library and otherwise the browser pane (grid,
// list or details over one windowed model). Menus and the context menu share ItemActions; Space opens quick
// look; the status bar tells the item count, the selection's count and size, and what the last action did.
// It observes models and posts work to the LibrarySession; it never reads or writes the store itself.
//
// Thread safety: GUI thread. Borrows the session.

#include "store/browsequery.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace Folio {

class BrowserPane;
class IngestRunner;
class ItemActions;
class ItemWindowModel;
class LibrarySession;
class QuickLook;
class SidebarModel;
class SidebarView;
class ThumbnailCache;
class WelcomeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LibrarySession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    BrowserPane *browser() const { return m_browser; }
    SidebarView *sidebar() const { return m_sidebar; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    ItemWindowModel *itemModel() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    WelcomeView *welcome() const { return m_welcome; }
    ItemActions *actions() const { return m_actions; }
    // Made on first use.
    QuickLook *quickLook();
    bool isShowingWelcome() const;
    // Shows the node of the sidebar at INDEX (a section, folder, collection…).
    void showNode(const QModelIndex &index);
    // Shows ITEMIDS in their order under TITLE (similar images, and later search results).
    void showItems(const QString &title, const QList<qint64> &itemIds);
    // Stores PATHS in the library (in the background, with progress in the status bar).
    void ingest(const QStringList &paths);
    // The rows of the current selection that are loaded.
    QList<BrowseRow> selectedRows() const;

Q_SIGNALS:
    // The user chose another library folder.
    void openLibraryRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void setScope(const BrowseScope &scope, const QString &viewKey, int defaultMode, const QString &emptyText);
    void showQuery(const QString &query, const QString &viewKey, const QString &emptyText);
    void refreshLibraryCount();
    void updateContent();
    void updateStatus();
    void openQuickLook();
    void stepQuickLook(int delta);
    void showContextMenu(const QPoint &globalPosition);
    void addFiles();
    void addFolder();
    void openLibrary();
    void showMessage(const QString &text);
    void showError(const QString &text);

    LibrarySession &m_session;
    ThumbnailCache *m_thumbnails;
    ItemWindowModel *m_model;
    SidebarModel *m_sidebarModel;
    SidebarView *m_sidebar;
    BrowserPane *m_browser;
    WelcomeView *m_welcome;
    QStackedWidget *m_content;
    ItemActions *m_actions;
    QPointer<QuickLook> m_quickLook;
    QPointer<IngestRunner> m_ingest;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelIngest;
    qint64 m_libraryCount = -1; // live items outside the Trash; -1 until read
    qint64 m_scopeCount = 0;
    bool m_inTrash = false;
    bool m_libraryView = true; // All items, Media or Documents: an empty library shows the welcome view
    int m_queryGeneration = 0; // answers to an older smart-collection query are dropped
};

} // namespace Folio
