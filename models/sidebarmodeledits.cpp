// SPDX-License-Identifier: GPL-3.0-or-later
// SidebarModel's edits: renames in place, drag and drop, and the mutations they post to the session (each
// one audited transaction in core; the tree is read again when the session reports the change).
#include "sidebarmodel.h"
#include "sidebarmodel_p.h"

#include "itemwindowmodel.h"
#include "librarysession.h"

#include "library/collections.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "store/folderrepository.h"

#include <QMimeData>

namespace Folio {

namespace {
// Ids as drags carry them: decimal text, one per line. (Read here rather than with itemIdsFromMime() so
// the sidebar does not wait for the item model's sources.)
QList<qint64> idsFrom(const QMimeData *data, const QString &format)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(format)) {
        return ids;
    }
    const QList<QByteArray> lines = data->data(format).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

QByteArray textOf(const QList<qint64> &ids)
{
    QByteArray text;
    for (qint64 id : ids) {
        text += QByteArray::number(id) + '\n';
    }
    return text;
}
} // namespace

namespace {
// A folder's path as the library has it now. Operations capture folder ids, never paths: a rename or a move
// still in the session's queue would make a captured path stale.
Result<QString> currentPath(SessionContext &cx, qint64 folderId)
{
    return FolderRepository(cx.library().database()).pathOf(folderId);
}

} // namespace

bool SidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeFor(index);
    if (!node || role != Qt::EditRole || (node->kind != NodeKind::Folder && node->kind != NodeKind::Collection)) {
        return false;
    }
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == node->name) {
        return false;
    }
    if (node->kind == NodeKind::Folder && name.contains(QLatin1Char('/'))) {
        Q_EMIT operationFailed(tr("A folder name cannot contain “/”: “%1”.").arg(name));
        return false;
    }
    // Shown at once; put back if the library refuses it (the reload after success reads it anyway).
    const QString oldName = node->name;
    const NodeKind kind = node->kind;
    const qint64 id = node->id;
    node->name = name;
    Q_EMIT dataChanged(index, index);
    auto undo = [this, kind, id, oldName, name] {
        Node *renamed = find(kind, id);
        if (renamed && renamed->name == name) {
            renamed->name = oldName;
            const QModelIndex at = indexFor(renamed);
            Q_EMIT dataChanged(at, at);
        }
    };
    if (kind == NodeKind::Folder) {
        mutate(
            [id, name](SessionContext &cx) -> Result<void> {
                auto path = currentPath(cx, id);
                if (!path) {
                    return std::unexpected(path.error());
                }
                auto renamed = FolderOperations(cx.library()).rename(*path, name);
                if (!renamed) {
                    return std::unexpected(renamed.error());
                }
                return {};
            },
            undo);
    } else {
        mutate(
            [id, name](SessionContext &cx) -> Result<void> {
                auto renamed = Collections(cx.library()).rename(id, name);
                if (!renamed) {
                    return std::unexpected(renamed.error());
                }
                return {};
            },
            undo);
    }
    return true;
}

QStringList SidebarModel::mimeTypes() const
{
    return { FolderIdsMime, ItemWindowModel::ItemIdsMime };
}

QMimeData *SidebarModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeFor(index);
        if (node && node->kind == NodeKind::Folder && !ids.contains(node->id)) {
            ids.append(node->id);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(FolderIdsMime, textOf(ids));
    return data;
}

QString SidebarModel::refusedFolderMove(const QList<qint64> &folderIds, const Node *target) const
{
    for (qint64 id : folderIds) {
        for (const Node *at = target; at; at = at->parent) {
            if (at->kind == NodeKind::Folder && at->id == id) {
                const Node *moved = find(NodeKind::Folder, id);
                return tr("The folder “%1” cannot be moved into itself or into one of its sub-folders.")
                    .arg(moved ? moved->name : QString::number(id));
            }
        }
    }
    return {};
}

bool SidebarModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const Node *target = nodeFor(parent);
    if (!data || !target || (action != Qt::MoveAction && action != Qt::CopyAction)) {
        return false;
    }
    const bool isFolderTarget = target->kind == NodeKind::Folder
        || (target->kind == NodeKind::Section && Section(target->id) == Section::Folders);
    if (data->hasFormat(FolderIdsMime)) {
        const QList<qint64> ids = idsFrom(data, FolderIdsMime);
        return isFolderTarget && !ids.isEmpty() && refusedFolderMove(ids, target).isEmpty();
    }
    if (data->hasFormat(ItemWindowModel::ItemIdsMime)) {
        return (isFolderTarget || target->kind == NodeKind::Collection)
            && !idsFrom(data, ItemWindowModel::ItemIdsMime).isEmpty();
    }
    return false;
}

bool SidebarModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    const Node *target = nodeFor(parent);
    if (!data || !target || (action != Qt::MoveAction && action != Qt::CopyAction)) {
        return false;
    }
    const bool isFolderTarget = target->kind == NodeKind::Folder
        || (target->kind == NodeKind::Section && Section(target->id) == Section::Folders);
    if (data->hasFormat(FolderIdsMime)) {
        const QList<qint64> ids = idsFrom(data, FolderIdsMime);
        if (!isFolderTarget || ids.isEmpty()) {
            return false;
        }
        if (const QString refused = refusedFolderMove(ids, target); !refused.isEmpty()) {
            Q_EMIT operationFailed(refused);
            return false;
        }
        for (qint64 id : ids) {
            moveFolder(indexOf(NodeKind::Folder, id), parent);
        }
        return true;
    }
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QList<qint64> items = idsFrom(data, ItemWindowModel::ItemIdsMime);
    if (target->kind == NodeKind::Collection) {
        addToCollection(target->id, items);
    } else {
        moveItemsToFolder(target->kind == NodeKind::Folder ? target->id : FolderRepository::rootId, items);
    }
    return true;
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

void SidebarModel::mutate(std::function<Result<void>(SessionContext &)> work, std::function<void()> undo)
{
    m_session.run<void>(LibrarySession::Kind::Mutation, std::move(work), this,
        [this, undo = std::move(undo)](const Result<void> &result) {
            if (result) {
                return;
            }
            if (undo) {
                undo();
            }
            Q_EMIT operationFailed(result.error().message());
        });
}

void SidebarModel::createFolder(const QModelIndex &parent, const QString &name)
{
    const Node *into = nodeFor(parent);
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.contains(QLatin1Char('/'))) {
        Q_EMIT operationFailed(tr("“%1” is not a folder name: it must not be empty or contain “/”.").arg(clean));
        return;
    }
    qint64 parentId = FolderRepository::rootId;
    if (into && into->kind == NodeKind::Folder) {
        parentId = into->id;
    } else if (into && !(into->kind == NodeKind::Section && Section(into->id) == Section::Folders)) {
        Q_EMIT operationFailed(tr("A folder can only be made inside another folder."));
        return;
    }
    mutate([parentId, clean](SessionContext &cx) -> Result<void> {
        auto base = currentPath(cx, parentId);
        if (!base) {
            return std::unexpected(base.error());
        }
        const QString path
            = base->endsWith(QLatin1Char('/')) ? QString(*base + clean) : QString(*base + QLatin1Char('/') + clean);
        auto made = FolderOperations(cx.library()).make(path);
        if (!made) {
            return std::unexpected(made.error());
        }
        return {};
    });
}

void SidebarModel::trashFolder(const QModelIndex &folder)
{
    const Node *node = nodeFor(folder);
    if (!node || node->kind != NodeKind::Folder) {
        return;
    }
    mutate([id = node->id](SessionContext &cx) -> Result<void> {
        auto path = currentPath(cx, id);
        if (!path) {
            return std::unexpected(path.error());
        }
        auto trashed = FolderOperations(cx.library()).trash(*path);
        if (!trashed) {
            return std::unexpected(trashed.error());
        }
        return {};
    });
}

void SidebarModel::moveFolder(const QModelIndex &folder, const QModelIndex &destination)
{
    const Node *node = nodeFor(folder);
    const Node *target = nodeFor(destination);
    if (!node || node->kind != NodeKind::Folder || !target
        || !(target->kind == NodeKind::Folder
            || (target->kind == NodeKind::Section && Section(target->id) == Section::Folders))) {
        return;
    }
    if (const QString refused = refusedFolderMove({ node->id }, target); !refused.isEmpty()) {
        Q_EMIT operationFailed(refused);
        return;
    }
    if (node->parent == target) {
        return; // already there
    }
    const qint64 to = target->kind == NodeKind::Folder ? target->id : FolderRepository::rootId;
    mutate([id = node->id, to](SessionContext &cx) -> Result<void> {
        auto path = currentPath(cx, id);
        auto destination = currentPath(cx, to);
        if (!path || !destination) {
            return std::unexpected(path ? destination.error() : path.error());
        }
        auto moved = FolderOperations(cx.library()).move(*path, *destination);
        if (!moved) {
            return std::unexpected(moved.error());
        }
        return {};
    });
}

void SidebarModel::createCollection(const QString &name)
{
    mutate([name](SessionContext &cx) -> Result<void> {
        auto made = Collections(cx.library()).create(name);
        if (!made) {
            return std::unexpected(made.error());
        }
        return {};
    });
}

void SidebarModel::trashCollection(const QModelIndex &collection)
{
    const Node *node = nodeFor(collection);
    if (!node || node->kind != NodeKind::Collection) {
        return;
    }
    mutate([id = node->id](SessionContext &cx) { return Collections(cx.library()).trash(id); });
}

void SidebarModel::addToCollection(qint64 collectionId, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty()) {
        return;
    }
    mutate([collectionId, itemIds](SessionContext &cx) -> Result<void> {
        auto added = Collections(cx.library()).addItems(collectionId, itemIds);
        if (!added) {
            return std::unexpected(added.error());
        }
        return {};
    });
}

void SidebarModel::moveItemsToFolder(qint64 folderId, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty()) {
        return;
    }
    mutate([folderId, itemIds](SessionContext &cx) -> Result<void> {
        auto folder = FolderRepository(cx.library().database()).byId(folderId);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        if (!folder->trashedAt.isEmpty()) {
            return fail(Error::Code::NotFound, SidebarModel::tr("The folder %1 is in the Trash.").arg(folder->path));
        }
        auto moved = FolderOperations(cx.library()).moveItems(itemIds, folder->path);
        if (!moved) {
            return std::unexpected(moved.error());
        }
        return {};
    });
}

} // namespace Folio
