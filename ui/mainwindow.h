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
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Folio {

class BrowserPane;
class FacetPanel;
class IngestController;
class InspectorDock;
class ItemActions;
class ItemWindowModel;
class LibrarySession;
class QuickLook;
class SearchBar;
class SearchController;
class SettingsDialog;
class SidebarModel;
class SidebarView;
class TaskPanel;
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
    // Every edit of the inspector (single and batch) is one command here: Edit → Undo / Redo.
    QUndoStack *undoStack() const { return m_undoStack; }
    LibrarySession &session() const { return m_session; }
    // Made on first use.
    QuickLook *quickLook();
    bool isShowingWelcome() const;
    // Shows the node of the sidebar at INDEX (a section, folder, collection…).
    void showNode(const QModelIndex &index);
    // Shows ITEMIDS in their order under TITLE (similar images, and later search results).
    void showItems(const QString &title, const QList<qint64> &itemIds);
    // --- ingest (ui/mainwindowingest.cpp) ---
    // Stores PATHS in the library in the background: the task panel shows the job, its progress and failures.
    void ingest(const QStringList &paths);
    TaskPanel *taskPanel() const { return m_taskPanel; }
    IngestController *ingestController() const { return m_ingestController; }
    // --- inspector (ui/mainwindowinspector.cpp) ---
    InspectorDock *inspector() const { return m_inspector; }
    // --- search (ui/mainwindowsearch.cpp) ---
    SearchBar *searchBar() const { return m_searchBar; }
    FacetPanel *facetPanel() const { return m_facetPanel; }
    // Runs the searches, completion data, opens and smart collections of the search bar.
    SearchController *searchController() const { return m_searchController; }
    // --- settings and links (ui/mainwindowsettings.cpp) ---
    // Shows the item with this uuid (a folio://item/<uuid> link): selected, in view, in the inspector.
    void revealItem(const QString &uuid);
    // Acts on positional arguments (this start's, or a second start's handed over): folio://item/<uuid>
    // links are revealed, files and folders are ingested; the window comes to the front.
    void handleArguments(const QStringList &arguments);
    // Made on first use by Edit → Preferences.
    SettingsDialog *settingsDialog() const;
    // --- end of the feature sections ---
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
    // Each feature wires itself into the window in a file of its own (see the sections above).
    void createIngest();
    void createInspector();
    void createSearch();
    void createSettings();
    void restoreDockLayout();
    // Cancels running ingest jobs (the window closes).
    void stopIngest();
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
    void showPreferences();
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
    QUndoStack *m_undoStack;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    // Feature parts, made by their create*() (null until then).
    SearchController *m_searchController = nullptr; // search
    void runSearch(const QString &query); // search: shows the results of QUERY (an empty one goes back)
    void showSearchResults(); // search
    void leaveSearch(bool goBack); // search: GOBACK shows the scope from before the search
    void saveSearch(); // search: asks a name, saves the query as a smart collection
    void recordSearchOpen(); // search: the current item was opened from the results
    QPointer<SettingsDialog> m_settingsDialog; // settings: made by showPreferences()
    int m_revealGeneration = 0; // settings: a newer link replaces an older one still being found
    IngestController *m_ingestController = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    InspectorDock *m_inspector = nullptr;
    SearchBar *m_searchBar = nullptr;
    FacetPanel *m_facetPanel = nullptr;
    qint64 m_libraryCount = -1; // live items outside the Trash; -1 until read
    qint64 m_scopeCount = 0;
    bool m_inTrash = false;
    bool m_libraryView = true; // All items, Media or Documents: an empty library shows the welcome view
    int m_queryGeneration = 0; // answers to an older smart-collection query are dropped
};

} // namespace Folio
