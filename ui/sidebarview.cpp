// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebarview.h"

#include "uiresources.h"

#include "sidebarmodel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Folio {

namespace {
SidebarModel::NodeKind kindOf(const QModelIndex &index)
{
    return SidebarModel::NodeKind(index.data(SidebarModel::NodeKindRole).toInt());
}
} // namespace

SidebarView::SidebarView(SidebarModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    initUiResources();
    setModel(model);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setEditTriggers(EditKeyPressed | SelectedClicked);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Library sidebar"));
    setIconSize(QSize(16, 16));
    connect(this, &QWidget::customContextMenuRequested, this, &SidebarView::showMenu);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SidebarView::rememberExpanded);
    connect(model, &SidebarModel::loaded, this, &SidebarView::expandSections);
    connect(model, &QAbstractItemModel::modelReset, this, &SidebarView::expandSections);
    connect(this, &QTreeView::clicked, this, &SidebarView::nodeActivated);
    connect(this, &QTreeView::activated, this, &SidebarView::nodeActivated);
    expandSections();
}

void SidebarView::rememberExpanded()
{
    m_expandedFolders.clear();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (kindOf(index) == SidebarModel::NodeKind::Folder && isExpanded(index)) {
                m_expandedFolders.insert(index.data(SidebarModel::NodeIdRole).toLongLong());
            }
            walk(index);
        }
    };
    walk({});
    const QModelIndex current = currentIndex();
    m_currentFolder = current.isValid() && kindOf(current) == SidebarModel::NodeKind::Folder
        ? current.data(SidebarModel::NodeIdRole).toLongLong()
        : -1;
}

void SidebarView::expandSections()
{
    // Sections are always open; the folder tree starts with its first level shown, and folders the user
    // opened stay open across the model's resets.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        expand(m_model->index(row, 0));
    }
    for (const qint64 folder : std::as_const(m_expandedFolders)) {
        const QModelIndex index = m_model->indexOf(SidebarModel::NodeKind::Folder, folder);
        for (QModelIndex at = index; at.isValid(); at = at.parent()) {
            expand(at);
        }
    }
    if (m_currentFolder >= 0) {
        if (const QModelIndex index = m_model->indexOf(SidebarModel::NodeKind::Folder, m_currentFolder);
            index.isValid()) {
            setCurrentIndex(index);
        }
    }
}

void SidebarView::newFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const QModelIndex current = currentIndex();
    m_model->createFolder(
        current.isValid() && kindOf(current) == SidebarModel::NodeKind::Folder ? current : QModelIndex(),
        name.trimmed());
}

void SidebarView::newCollection()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New collection"), tr("Collection name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        m_model->createCollection(name.trimmed());
    }
}

void SidebarView::trashSelectedFolder()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || kindOf(current) != SidebarModel::NodeKind::Folder) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Move folder to Trash"),
        tr("Move the folder “%1” and everything in it to the Trash?").arg(current.data().toString()));
    if (answer == QMessageBox::Yes) {
        m_model->trashFolder(current);
    }
}

void SidebarView::showMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (index.isValid()) {
        setCurrentIndex(index);
    }
    const auto kind = index.isValid() ? kindOf(index) : SidebarModel::NodeKind::Section;
    QMenu menu(this);
    connect(menu.addAction(QIcon(QStringLiteral(":/icons/add-folder.svg")), tr("New folder…")), &QAction::triggered,
        this, &SidebarView::newFolder);
    connect(menu.addAction(QIcon(QStringLiteral(":/icons/collection.svg")), tr("New collection…")), &QAction::triggered,
        this, &SidebarView::newCollection);
    if (kind == SidebarModel::NodeKind::Folder || kind == SidebarModel::NodeKind::Collection) {
        menu.addSeparator();
        connect(menu.addAction(tr("Rename")), &QAction::triggered, this, [this, index] { edit(index); });
    }
    if (kind == SidebarModel::NodeKind::Folder) {
        connect(menu.addAction(QIcon(QStringLiteral(":/icons/trash.svg")), tr("Move to Trash")), &QAction::triggered,
            this, &SidebarView::trashSelectedFolder);
    }
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace Folio
