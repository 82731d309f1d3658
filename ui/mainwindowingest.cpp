// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's ingest: Add Files/Folder, drops of files from outside (on the browser, a sidebar folder or
// collection, the welcome view), the task panel, and drags of items out to other applications.
#include "mainwindow.h"

#include "browserpane.h"
#include "documenttableview.h"
#include "filedropfilter.h"
#include "ingestcontroller.h"
#include "itemdragexporter.h"
#include "itemwindowmodel.h"
#include "librarysession.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "taskpanel.h"
#include "thumbnailgridview.h"
#include "welcomeview.h"

#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>

namespace Folio {

namespace {
IngestTarget rootTarget()
{
    return IngestTarget { QStringLiteral("/"), 0, MainWindow::tr("the library") };
}

// Where files dropped on the browser go: the folder shown, the collection shown (stored at the top and
// joining it), else the top of the library.
IngestTarget browserTarget(const ItemWindowModel &model, const SidebarModel &sidebar)
{
    const BrowseScope &scope = model.scope();
    if (scope.kind == BrowseScope::Kind::Folder) {
        const QModelIndex folder = sidebar.indexOf(SidebarModel::NodeKind::Folder, scope.folderId);
        const QString path = folder.data(SidebarModel::PathRole).toString();
        if (!path.isEmpty()) {
            return IngestTarget { path, 0, folder.data().toString() };
        }
    }
    if (scope.kind == BrowseScope::Kind::Collection) {
        const QModelIndex collection = sidebar.indexOf(SidebarModel::NodeKind::Collection, scope.collectionId);
        IngestTarget target = rootTarget();
        target.collectionId = scope.collectionId;
        target.name = MainWindow::tr("the collection “%1”").arg(collection.data().toString());
        return target;
    }
    return rootTarget();
}

// Where files dropped on a sidebar node go; none for the Trash, Duplicates and smart collections.
std::optional<IngestTarget> sidebarTarget(const QModelIndex &node)
{
    if (!node.isValid()) {
        return std::nullopt;
    }
    const auto kind = SidebarModel::NodeKind(node.data(SidebarModel::NodeKindRole).toInt());
    switch (kind) {
    case SidebarModel::NodeKind::Folder:
        return IngestTarget { node.data(SidebarModel::PathRole).toString(), 0, node.data().toString() };
    case SidebarModel::NodeKind::Collection: {
        IngestTarget target = rootTarget();
        target.collectionId = node.data(SidebarModel::NodeIdRole).toLongLong();
        target.name = MainWindow::tr("the collection “%1”").arg(node.data().toString());
        return target;
    }
    case SidebarModel::NodeKind::Section:
        if (SidebarModel::Section(node.data(SidebarModel::NodeIdRole).toInt()) == SidebarModel::Section::Folders) {
            return rootTarget();
        }
        return std::nullopt;
    case SidebarModel::NodeKind::AllItems:
    case SidebarModel::NodeKind::Media:
    case SidebarModel::NodeKind::Documents: return rootTarget();
    case SidebarModel::NodeKind::Duplicates:
    case SidebarModel::NodeKind::Trash:
    case SidebarModel::NodeKind::SmartCollection: return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

void MainWindow::createIngest()
{
    m_ingestController = new IngestController(m_session, this, this);
    m_taskPanel = new TaskPanel(m_ingestController, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_taskPanel);
    m_taskPanel->hide();
    QAction *tasks = m_taskPanel->toggleViewAction();
    tasks->setText(tr("Tasks"));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tasks);

    connect(m_ingestController, &IngestController::libraryChanged, this, [this] {
        m_model->reload();
        m_sidebarModel->reload();
        refreshLibraryCount();
    });
    connect(m_ingestController, &IngestController::jobFinished, this, [this](int, const IngestOutcome &outcome) {
        if (!outcome.fatalError.isEmpty()) {
            showError(outcome.fatalError);
        } else if (outcome.cancelled) {
            showMessage(tr("Cancelled: %n file(s) added before", nullptr, outcome.imported));
        } else if (!outcome.failures.isEmpty()) {
            showError(tr("Added %n file(s); some failed — see Tasks", nullptr, outcome.imported));
        } else {
            showMessage(tr("Added %n file(s)", nullptr, outcome.imported));
        }
    });

    // Drags of items out of the browser carry copies of their originals (see ItemDragExporter).
    new ItemDragExporter(m_session, m_model);

    auto *drops = new FileDropFilter(this);
    connect(drops, &FileDropFilter::filesDropped, this, [this](const QStringList &paths, const IngestTarget &target) {
        if (m_session.isReadOnly()) {
            showError(tr("This library is read-only: nothing can be added to it."));
            return;
        }
        m_ingestController->ingest(paths, target);
    });
    const auto onBrowser = [this](QWidget *, const QPoint &) -> std::optional<IngestTarget> {
        return browserTarget(*m_model, *m_sidebarModel);
    };
    drops->watch(m_browser, onBrowser);
    drops->watch(m_browser->gridView()->viewport(), onBrowser);
    drops->watch(m_browser->tableView()->viewport(), onBrowser);
    drops->watch(m_sidebar->viewport(),
        [this](QWidget *, const QPoint &position) { return sidebarTarget(m_sidebar->indexAt(position)); });
    drops->watch(m_welcome, [](QWidget *, const QPoint &) -> std::optional<IngestTarget> { return rootTarget(); });
}

void MainWindow::stopIngest()
{
    if (m_ingestController) {
        m_ingestController->cancelAll();
    }
}

void MainWindow::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"));
    if (!files.isEmpty()) {
        ingest(files);
    }
}

void MainWindow::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty()) {
        ingest({ folder });
    }
}

void MainWindow::ingest(const QStringList &paths)
{
    if (m_session.isReadOnly()) {
        showError(tr("This library is read-only: nothing can be added to it."));
        return;
    }
    m_ingestController->ingest(paths, browserTarget(*m_model, *m_sidebarModel));
}

} // namespace Folio
