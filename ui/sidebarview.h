// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sidebar: the library's sections, folder tree, collections and smart collections (SidebarModel). A
// folder is renamed in place (F2 or double-click), made from the context menu, moved by dragging it onto
// another and moved to the Trash; items dragged from a browser drop onto a collection or a folder.
//
// Thread safety: GUI thread. Borrows the model.

#include <QSet>
#include <QTreeView>

namespace Folio {

class SidebarModel;

class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(SidebarModel *model, QWidget *parent = nullptr);

    // Asks for a name and makes a folder under the selected folder (or at the top).
    void newFolder();
    void newCollection();
    void trashSelectedFolder();

Q_SIGNALS:
    // The user chose a node (click or keyboard).
    void nodeActivated(const QModelIndex &index);

private:
    void showMenu(const QPoint &position);
    void expandSections();
    void rememberExpanded();

    SidebarModel *m_model;
    // Folders the user opened, by id: the model resets when the tree's shape changes, and they stay open.
    QSet<qint64> m_expandedFolders;
    qint64 m_currentFolder = -1;
};

} // namespace Folio
