// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "uiresources.h"

#include "appearance.h"
#include "browserpane.h"
#include "itemactions.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "library/librarysearch.h"
#include "librarysession.h"
#include "quicklook.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "store/browserepository.h"
#include "thumbnailcache.h"
#include "welcomeview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace Folio {

MainWindow::MainWindow(LibrarySession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_thumbnails(
          new ThumbnailCache([&session](const QString &sha) { return session.blobPath(sha); }, 96ll << 20, this))
    , m_model(new ItemWindowModel(session.databasePath(), m_thumbnails, this))
    , m_sidebarModel(new SidebarModel(session, this))
    , m_sidebar(new SidebarView(m_sidebarModel, this))
    , m_browser(new BrowserPane(m_model, m_thumbnails, this))
    , m_welcome(new WelcomeView(this))
    , m_content(new QStackedWidget(this))
    , m_actions(new ItemActions(
          session, [this] { return selectedRows(); }, this))
    , m_undoStack(new QUndoStack(this))
    , m_countLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
{
    initUiResources();
    setWindowTitle(tr("%1 — Folio").arg(session.path()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/media.svg")));
    m_content->addWidget(m_browser);
    m_content->addWidget(m_welcome);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 960 });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    createIngest();
    createInspector();
    createSearch();
    createSettings();

    connect(m_sidebar, &SidebarView::nodeActivated, this, &MainWindow::showNode);
    connect(m_sidebarModel, &SidebarModel::operationFailed, this, &MainWindow::showError);
    connect(m_model, &ItemWindowModel::countChanged, this, [this](qint64 count) {
        m_scopeCount = count;
        updateStatus();
    });
    connect(m_model, &ItemWindowModel::loadFailed, this, &MainWindow::showError);
    connect(m_browser, &BrowserPane::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &BrowserPane::quickLookRequested, this, &MainWindow::openQuickLook);
    connect(m_browser, &BrowserPane::itemActivated, this, &MainWindow::openQuickLook);
    connect(m_browser, &BrowserPane::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_actions, &ItemActions::quickLookRequested, this, &MainWindow::openQuickLook);
    connect(m_actions, &ItemActions::showItems, this, &MainWindow::showItems);
    connect(m_actions, &ItemActions::failed, this, &MainWindow::showError);
    connect(m_actions, &ItemActions::message, this, &MainWindow::showMessage);
    connect(m_welcome, &WelcomeView::addFilesRequested, this, &MainWindow::addFiles);
    connect(m_welcome, &WelcomeView::addFolderRequested, this, &MainWindow::addFolder);
    connect(m_welcome, &WelcomeView::openLibraryRequested, this, &MainWindow::openLibrary);
    connect(&m_session, &LibrarySession::libraryChanged, this, [this] {
        m_model->reload();
        m_sidebarModel->reload();
        refreshLibraryCount();
    });

    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, as a browser of many pictures wants.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(available.width(), std::max(1100, available.width() * 4 / 5)),
            std::min(available.height(), std::max(700, available.height() * 4 / 5)));
    }
    restoreDockLayout();
    m_sidebarModel->reload();
    setScope(BrowseScope {}, QStringLiteral("all"), int(BrowserPane::Mode::Grid), tr("No items."));
    refreshLibraryCount();
    m_browser->currentView()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add Files…"), QKeySequence(tr("Ctrl+Shift+A")), this,
        &MainWindow::addFiles);
    file->addAction(QIcon(QStringLiteral(":/icons/add-folder.svg")), tr("Add Folder…"), this, &MainWindow::addFolder);
    file->addSeparator();
    file->addAction(tr("New Folder…"), QKeySequence(tr("Ctrl+Shift+N")), m_sidebar, &SidebarView::newFolder);
    file->addAction(tr("New Collection…"), m_sidebar, &SidebarView::newCollection);
    file->addSeparator();
    file->addAction(
        QIcon(QStringLiteral(":/icons/open-library.svg")), tr("Open Library…"), this, &MainWindow::openLibrary);
    file->addSeparator();
    file->addAction(tr("Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z")) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Select All"), QKeySequence::SelectAll, this, [this] { m_browser->currentView()->selectAll(); });
    edit->addSeparator();
    QAction *preferences
        = edit->addAction(tr("Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    const struct
    {
        BrowserPane::Mode mode;
        QString text;
    } modes[] = { { BrowserPane::Mode::Grid, tr("As Grid") }, { BrowserPane::Mode::List, tr("As List") },
        { BrowserPane::Mode::Details, tr("As Details") } };
    for (const auto &entry : modes) {
        const auto mode = entry.mode;
        view->addAction(entry.text, this, [this, mode] { m_browser->setMode(mode); });
    }
    view->addSeparator();
    view->addAction(m_actions->quickLook());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("Theme"));
    auto *themes = new QActionGroup(this);
    for (const auto choice : { Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark }) {
        QAction *action = theme->addAction(Appearance::name(choice));
        action->setCheckable(true);
        action->setChecked(Appearance::stored() == choice);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice] { Appearance::apply(choice); });
    }
    // Preferences can change the theme too: the check mark follows what is stored.
    connect(theme, &QMenu::aboutToShow, this, [theme] {
        const QList<QAction *> actions = theme->actions();
        const Appearance::Theme choices[]
            = { Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark };
        for (qsizetype i = 0; i < actions.size() && i < 3; ++i) {
            actions[i]->setChecked(Appearance::stored() == choices[i]);
        }
    });

    QMenu *item = m_itemMenu = menuBar()->addMenu(tr("&Item"));
    m_actions->fillMenu(item);
    connect(item, &QMenu::aboutToShow, this, [this] { m_actions->update(m_inTrash); });
    // The shortcuts must work without opening a menu: the window holds the actions too.
    for (QAction *action : item->actions()) {
        addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Folio"), this, [this] {
        QMessageBox::about(this, tr("About Folio"),
            tr("<b>Folio %1</b><p>Digital assets and controlled documents in one local-first library.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_countLabel->setAccessibleName(tr("Item count"));
    m_selectionLabel->setAccessibleName(tr("Selection"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    updateStatus();
}

void MainWindow::showNode(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const auto kind = SidebarModel::NodeKind(index.data(SidebarModel::NodeKindRole).toInt());
    const qint64 id = index.data(SidebarModel::NodeIdRole).toLongLong();
    const int grid = int(BrowserPane::Mode::Grid);
    const int details = int(BrowserPane::Mode::Details);
    BrowseScope scope;
    switch (kind) {
    case SidebarModel::NodeKind::Section: return;
    case SidebarModel::NodeKind::AllItems: setScope(scope, QStringLiteral("all"), grid, tr("No items.")); return;
    case SidebarModel::NodeKind::Media:
        scope.kind = BrowseScope::Kind::Media;
        setScope(scope, QStringLiteral("media"), grid, tr("No photos, video, audio or design files yet."));
        return;
    case SidebarModel::NodeKind::Documents:
        scope.kind = BrowseScope::Kind::Documents;
        setScope(scope, QStringLiteral("documents"), details, tr("No documents yet."));
        return;
    case SidebarModel::NodeKind::Folder:
        scope.kind = BrowseScope::Kind::Folder;
        scope.folderId = id;
        setScope(scope, QStringLiteral("folder"), grid, tr("This folder is empty."));
        return;
    case SidebarModel::NodeKind::Collection:
        scope.kind = BrowseScope::Kind::Collection;
        scope.collectionId = id;
        setScope(scope, QStringLiteral("collection"), grid, tr("Drag items here to add them to this collection."));
        return;
    case SidebarModel::NodeKind::Trash:
        scope.kind = BrowseScope::Kind::Trash;
        setScope(scope, QStringLiteral("trash"), details, tr("The Trash is empty."));
        return;
    case SidebarModel::NodeKind::Duplicates:
        showQuery(QStringLiteral("is:duplicate"), QStringLiteral("duplicates"), tr("No duplicates."));
        return;
    case SidebarModel::NodeKind::SmartCollection:
        showQuery(index.data(SidebarModel::QueryRole).toString(), QStringLiteral("smart"),
            tr("Nothing matches this smart collection."));
        return;
    }
}

void MainWindow::setScope(const BrowseScope &scope, const QString &viewKey, int defaultMode, const QString &emptyText)
{
    ++m_queryGeneration; // a smart collection still being resolved no longer applies
    m_inTrash = scope.kind == BrowseScope::Kind::Trash;
    m_libraryView = scope.kind == BrowseScope::Kind::All || scope.kind == BrowseScope::Kind::Media
        || scope.kind == BrowseScope::Kind::Documents;
    m_browser->selectionModel()->clear();
    m_model->setScope(scope);
    m_browser->setViewKey(viewKey, BrowserPane::Mode(defaultMode));
    m_browser->setEmptyText(emptyText);
    m_actions->update(m_inTrash);
    updateContent();
}

void MainWindow::showQuery(const QString &query, const QString &viewKey, const QString &emptyText)
{
    const int generation = ++m_queryGeneration;
    showMessage(tr("Finding items…"));
    m_session.run<QList<qint64>>(
        LibrarySession::Kind::Read,
        [query](SessionContext &cx) -> Result<QList<qint64>> {
            auto search = cx.search();
            if (!search) {
                return std::unexpected(search.error());
            }
            return (*search)->matchingItems(query);
        },
        this,
        [this, generation, viewKey, emptyText](const Result<QList<qint64>> &ids) {
            if (generation != m_queryGeneration) {
                return;
            }
            if (!ids) {
                showError(ids.error().message());
                return;
            }
            statusBar()->clearMessage();
            BrowseScope scope;
            scope.kind = BrowseScope::Kind::Items;
            scope.items = std::make_shared<const QList<qint64>>(*ids);
            setScope(scope, viewKey, int(BrowserPane::Mode::Grid), emptyText);
        });
}

void MainWindow::showItems(const QString &title, const QList<qint64> &itemIds)
{
    BrowseScope scope;
    scope.kind = BrowseScope::Kind::Items;
    scope.items = std::make_shared<const QList<qint64>>(itemIds);
    m_sidebar->clearSelection();
    setScope(scope, QStringLiteral("similar"), int(BrowserPane::Mode::Grid), tr("Nothing to show."));
    m_model->setBrowseSort(BrowseSort { BrowseSort::Column::Position, false });
    showMessage(title);
}

void MainWindow::refreshLibraryCount()
{
    m_session.run<qint64>(
        LibrarySession::Kind::Read,
        [](SessionContext &cx) { return BrowseRepository(cx.library().database()).count(BrowseScope {}); }, this,
        [this](const Result<qint64> &count) {
            if (count) {
                m_libraryCount = *count;
                updateContent();
            }
        });
}

bool MainWindow::isShowingWelcome() const
{
    return m_content->currentWidget() == m_welcome;
}

void MainWindow::updateContent()
{
    const bool welcome = m_libraryCount == 0 && m_libraryView;
    m_content->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_browser);
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    m_countLabel->setText(tr("%n item(s)", nullptr, int(std::min<qint64>(m_scopeCount, INT_MAX))));
    const QList<int> rows = m_browser->selectedRows();
    if (rows.isEmpty()) {
        m_selectionLabel->clear();
    } else {
        qint64 bytes = 0;
        int known = 0;
        for (const int row : rows) {
            if (const BrowseRow *item = m_model->rowAt(row)) {
                bytes += item->size;
                ++known;
            }
        }
        // Sizes of rows not read yet are unknown: say "at least" rather than a wrong total.
        const QString size = locale.formattedDataSize(bytes);
        m_selectionLabel->setText(known == rows.size()
                ? tr("%n selected, %1", nullptr, int(rows.size())).arg(size)
                : tr("%n selected, at least %1", nullptr, int(rows.size())).arg(size));
    }
    m_actions->update(m_inTrash);
}

QList<BrowseRow> MainWindow::selectedRows() const
{
    QList<BrowseRow> rows;
    for (const int row : m_browser->selectedRows()) {
        if (const BrowseRow *item = m_model->rowAt(row)) {
            rows.append(*item);
        }
    }
    return rows;
}

QuickLook *MainWindow::quickLook()
{
    if (!m_quickLook) {
        m_quickLook = new QuickLook(m_session, this);
        connect(m_quickLook, &QuickLook::requestPrevious, this, [this] { stepQuickLook(-1); });
        connect(m_quickLook, &QuickLook::requestNext, this, [this] { stepQuickLook(1); });
    }
    return m_quickLook;
}

void MainWindow::openQuickLook()
{
    const QModelIndex current = m_browser->selectionModel()->currentIndex();
    const BrowseRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row) {
        return;
    }
    QuickLook *look = quickLook();
    look->showItem(*row);
    m_session.recordAccess(AccessRecord::Action::View, row->uuid);
    look->show();
    look->raise();
    look->activateWindow();
}

void MainWindow::stepQuickLook(int delta)
{
    const QModelIndex current = m_browser->selectionModel()->currentIndex();
    const int row = (current.isValid() ? current.row() : -1) + delta;
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex next = m_model->index(row, 0);
    m_browser->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_browser->currentView()->scrollTo(next);
    if (const BrowseRow *item = m_model->rowAt(row)) {
        quickLook()->showItem(*item);
        m_session.recordAccess(AccessRecord::Action::View, item->uuid);
    }
}

void MainWindow::showContextMenu(const QPoint &globalPosition)
{
    m_actions->update(m_inTrash);
    QMenu menu(this);
    m_actions->fillMenu(&menu);
    menu.exec(globalPosition);
}

void MainWindow::openLibrary()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Library"), m_session.path());
    if (folder.isEmpty() || folder == m_session.path()) {
        return;
    }
    if (!Library::isLibrary(folder)) {
        showError(tr("%1 is not a Folio library.").arg(folder));
        return;
    }
    Q_EMIT openLibraryRequested(folder);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 15000);
    QApplication::beep();
}

void MainWindow::restoreDockLayout()
{
    // Where the docks and the tool bar were, and their sizes; whether each shows stays its feature's choice
    // (the inspector remembers it, the task panel shows for a job, the facets for a search).
    QHash<QWidget *, bool> shown;
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        shown.insert(dock, !dock->isHidden());
    }
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        it.key()->setVisible(it.value());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    stopIngest();
    QMainWindow::closeEvent(event);
}

} // namespace Folio
