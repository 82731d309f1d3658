// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's search: the search bar in the tool bar and the facet panel beside the results. Enter shows every
// match in the browser, best first (the details table's sorts still apply); the facets narrow the query;
// Escape goes back to what was shown before; a result opened from here is reported to search analytics.
#include "mainwindow.h"

#include "browserpane.h"
#include "facetpanel.h"
#include "itemactions.h"
#include "itemwindowmodel.h"
#include "librarysession.h"
#include "querycompleter.h"
#include "searchbar.h"
#include "searchcontroller.h"
#include "searchhistory.h"
#include "sidebarview.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <climits>

namespace Folio {

void MainWindow::createSearch()
{
    m_searchController = new SearchController(m_session, this);
    m_searchBar = new SearchBar(this);
    QToolBar *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_searchBar);
    m_facetPanel = new FacetPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_facetPanel);
    m_facetPanel->hide();

    m_editMenu->addSeparator();
    QAction *find = m_editMenu->addAction(tr("Find…"), this, [this, toolBar] {
        toolBar->show(); // the tool bar's context menu can hide it
        m_searchBar->focusSearch();
    });
    find->setShortcuts({ QKeySequence::Find, QKeySequence(tr("Ctrl+L")) });
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    QAction *save = m_editMenu->addAction(QIcon(QStringLiteral(":/icons/smart-collection.svg")),
        tr("Save Search as Smart Collection…"), this, &MainWindow::saveSearch);
    addAction(save);

    SearchController *controller = m_searchController;
    connect(m_searchBar, &SearchBar::submitted, this, &MainWindow::runSearch);
    connect(m_searchBar, &SearchBar::cleared, this, [this] { leaveSearch(true); });
    connect(m_searchBar, &SearchBar::saveRequested, this, &MainWindow::saveSearch);
    connect(controller, &SearchController::finished, this, &MainWindow::showSearchResults);
    connect(controller, &SearchController::failed, this, [this](const QString &, const QString &message, int column) {
        statusBar()->clearMessage();
        m_searchBar->showError(message, column);
        if (column == 0) {
            showError(message);
        }
    });
    connect(m_facetPanel, &FacetPanel::termToggled, this, [this, controller](const QString &term) {
        const QString query = SearchController::toggleTerm(controller->query(), term);
        m_searchBar->setText(query);
        runSearch(query);
    });
    connect(controller, &SearchController::saved, this,
        [this](const QString &name) { showMessage(tr("Saved the smart collection “%1”.").arg(name)); });
    connect(controller, &SearchController::saveFailed, this, &MainWindow::showError);

    // Completion offers the library's fields and values: read them once the bar is used, and again after
    // changes (at most every few seconds: an ingest changes the library many times).
    connect(controller, &SearchController::termsReady, this,
        [this, controller] { m_searchBar->completer()->setTerms(controller->terms()); });
    connect(m_searchBar, &SearchBar::engaged, controller, &SearchController::ensureTerms);
    auto *termsTimer = new QTimer(this);
    termsTimer->setSingleShot(true);
    termsTimer->setInterval(3000);
    connect(termsTimer, &QTimer::timeout, controller, [controller] {
        if (controller->termsRequested()) {
            controller->loadTerms();
        }
    });
    connect(&m_session, &LibrarySession::libraryChanged, termsTimer, qOverload<>(&QTimer::start));

    // Choosing another scope ends the search (without going back: the new scope is what the user wants).
    const auto endSearch = [this] { leaveSearch(false); };
    connect(m_sidebar, &SidebarView::nodeActivated, this, endSearch);
    connect(m_actions, &ItemActions::showItems, this, endSearch);

    connect(m_browser, &BrowserPane::itemActivated, this, &MainWindow::recordSearchOpen);
    connect(m_browser, &BrowserPane::quickLookRequested, this, &MainWindow::recordSearchOpen);
    connect(m_actions, &ItemActions::quickLookRequested, this, &MainWindow::recordSearchOpen);
    connect(m_actions->open(), &QAction::triggered, this, &MainWindow::recordSearchOpen);
}

void MainWindow::runSearch(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        leaveSearch(true);
        return;
    }
    if (!m_searchController->isShowingResults() && !m_searchController->isBusy()) {
        m_searchController->setReturnScope(m_model->scope());
    }
    m_searchBar->clearError();
    showMessage(tr("Searching…"));
    m_searchController->search(query.trimmed());
}

void MainWindow::showSearchResults()
{
    const QString &query = m_searchController->query();
    const LibrarySearch::Ranking &ranking = m_searchController->ranking();
    BrowseScope scope;
    scope.kind = BrowseScope::Kind::Items;
    scope.items = std::make_shared<const QList<qint64>>(ranking.itemIds);
    setScope(scope, QStringLiteral("search"), int(BrowserPane::Mode::Grid), tr("Nothing matches “%1”.").arg(query));
    m_model->setBrowseSort(BrowseSort { BrowseSort::Column::Position, false }); // relevance
    m_searchController->setShowingResults(true);
    m_facetPanel->setFacets(ranking.facets, query);
    if (!m_facetPanel->isVisible()) {
        m_facetPanel->show();
        // Below the inspector the panel starts at its minimum: give it room for a few facets.
        if (m_facetPanel->height() < 300) {
            resizeDocks({ m_facetPanel }, { std::max(300, height() * 2 / 5) }, Qt::Vertical);
        }
    }
    SearchHistory::remember(query);
    showMessage(tr("%n result(s) for “%1”.", nullptr, int(std::min<qint64>(ranking.total, INT_MAX))).arg(query));
}

void MainWindow::leaveSearch(bool goBack)
{
    SearchController *controller = m_searchController;
    const bool wasShowing = controller->isShowingResults();
    controller->cancel();
    controller->setShowingResults(false);
    if (!m_searchBar->text().isEmpty()) {
        m_searchBar->setText(QString());
    }
    m_searchBar->clearError();
    m_facetPanel->hide();
    if (!goBack || !wasShowing) {
        return;
    }
    // The sidebar still shows where the user was, unless that was a set of items (similar images).
    const QModelIndex node = m_sidebar->currentIndex();
    if (node.isValid() && m_sidebar->selectionModel()->isSelected(node)) {
        showNode(node);
        return;
    }
    const BrowseScope &scope = controller->returnScope();
    setScope(scope, scope.kind == BrowseScope::Kind::Items ? QStringLiteral("similar") : QStringLiteral("all"),
        int(BrowserPane::Mode::Grid), tr("No items."));
    if (scope.kind == BrowseScope::Kind::Items) {
        m_model->setBrowseSort(BrowseSort { BrowseSort::Column::Position, false });
    }
}

void MainWindow::saveSearch()
{
    const QString query
        = m_searchController->isShowingResults() ? m_searchController->query() : m_searchBar->text().trimmed();
    if (query.isEmpty()) {
        showError(tr("Type a search first: a smart collection is a saved search."));
        m_searchBar->focusSearch();
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Smart Collection"),
        tr("Name of the smart collection for “%1”:").arg(query), QLineEdit::Normal, query, &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        m_searchController->saveSmartCollection(name, query);
    }
}

void MainWindow::recordSearchOpen()
{
    if (!m_searchController->isShowingResults()) {
        return;
    }
    const QModelIndex current = m_browser->selectionModel()->currentIndex();
    if (const BrowseRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr) {
        m_searchController->recordOpen(row->uuid);
    }
}

} // namespace Folio
