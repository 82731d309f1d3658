// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sidebar's tree: a "Library" section (All items, Media, Documents, Duplicates, Trash), the folder tree,
// Collections (manual) and Smart collections (saved searches). Read through the LibrarySession (never on
// the GUI thread) and read again when the library changes. Folders can be renamed in place (setData), made
// (createFolder), moved by dragging one folder onto another, and moved to the Trash; items dragged from a
// browser (ItemWindowModel::ItemIdsMime) onto a collection join it, onto a folder move there. Every change
// goes through the session as one audited mutation; failures are reported by operationFailed().
//
// The tree is read again whenever the session reports a change. When only names, paths or counts changed
// the rows are updated in place (dataChanged); when nodes came, went or moved the model is reset, so a
// view that wants to keep its expanded folders saves them by (NodeKindRole, NodeIdRole) on
// modelAboutToBeReset() and finds them again with indexOf(). Sections are always there, in this order:
// Library, Folders, Collections, Smart collections (NodeIdRole: Section). The Folders section stands for
// the root folder: dropping on it moves to "/", its PathRole is "/".
//
// Thread safety: a QObject of the GUI thread.

#include "error.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Folio {

class LibrarySession;
class SessionContext;

class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Section, AllItems, Media, Documents, Duplicates, Trash, Folder, Collection, SmartCollection };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        NodeIdRole, // qint64: folder or collection id
        QueryRole, // QString: a smart collection's query
        PathRole, // QString: a folder's path ("/Projects/Spring")
        CountRole, // qint64: a collection's items outside the Trash
    };
    enum class Section { Library, Folders, Collections, SmartCollections };
    // A drag of folders: their ids as decimal text, one per line.
    static inline const QString FolderIdsMime = QStringLiteral("application/x-folio-folder-id");

    explicit SidebarModel(LibrarySession &session, QObject *parent = nullptr);
    ~SidebarModel() override;

    // Reads folders, collections and smart collections again; loaded() follows.
    void reload();
    QModelIndex indexOf(NodeKind kind, qint64 id = 0) const;

    // Mutations (asynchronous; the tree reloads after them).
    void createFolder(const QModelIndex &parent, const QString &name);
    void trashFolder(const QModelIndex &folder);
    void createCollection(const QString &name);
    void addToCollection(qint64 collectionId, const QList<qint64> &itemIds);
    void moveItemsToFolder(qint64 folderId, const QList<qint64> &itemIds);
    // Moves FOLDER into DESTINATION (a folder, or the Folders section for the root).
    void moveFolder(const QModelIndex &folder, const QModelIndex &destination);
    void trashCollection(const QModelIndex &collection);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

Q_SIGNALS:
    void loaded();
    void operationFailed(const QString &message);

private:
    struct Node;
    struct Snapshot;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    Node *find(NodeKind kind, qint64 id) const;
    void apply(const Snapshot &snapshot);
    // Runs WORK as a mutation; on failure calls UNDO (if any) and reports the error.
    void mutate(std::function<Result<void>(SessionContext &)> work, std::function<void()> undo = {});
    // Why dropping the folders FOLDERIDS on TARGET is refused, empty when it is not.
    QString refusedFolderMove(const QList<qint64> &folderIds, const Node *target) const;

    LibrarySession &m_session;
    std::unique_ptr<Node> m_root;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace Folio
