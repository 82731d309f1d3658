// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/folderoperations.h"

#include "audit/auditlog.h"
#include "domain/ids.h"
#include "library/library.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Folio {

Result<qint64> FolderOperations::ensureInTransaction(const QString &path, bool *created)
{
    FolderRepository folders(m_library.database());
    auto parts = FolderRepository::splitPath(path);
    if (!parts) {
        return std::unexpected(parts.error());
    }
    qint64 id = FolderRepository::rootId;
    QString walked;
    for (const QString &name : std::as_const(*parts)) {
        walked += QLatin1Char('/') + name;
        auto existing = folders.byPath(walked);
        if (existing) {
            id = existing->id;
            continue;
        }
        if (existing.error().code() != Error::Code::NotFound) {
            return std::unexpected(existing.error());
        }
        const QString uuid = Ids::newUuid();
        auto inserted = folders.insert(id, name, uuid, Ids::now());
        if (!inserted) {
            return inserted;
        }
        if (auto recorded = m_library.record(QStringLiteral("folder.create"), QStringLiteral("folder"), uuid, {},
                                             QJsonObject{{QStringLiteral("path"), walked}});
            !recorded) {
            return std::unexpected(recorded.error());
        }
        id = *inserted;
        if (created) {
            *created = true;
        }
    }
    return id;
}

Result<qint64> FolderOperations::ensure(const QString &path)
{
    if (m_library.database().inTransaction()) {
        return ensureInTransaction(path, nullptr);
    }
    // Look first, so that an existing folder needs no write.
    if (auto existing = FolderRepository(m_library.database()).byPath(path); existing) {
        return existing->id;
    }
    qint64 id = 0;
    auto ok = m_library.write([&]() -> Result<void> {
        auto made = ensureInTransaction(path, nullptr);
        if (!made) {
            return std::unexpected(made.error());
        }
        id = *made;
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return id;
}

Result<Folder> FolderOperations::make(const QString &path)
{
    bool created = false;
    qint64 id = 0;
    auto ok = m_library.write([&]() -> Result<void> {
        auto made = ensureInTransaction(path, &created);
        if (!made) {
            return std::unexpected(made.error());
        }
        id = *made;
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    if (!created) {
        return fail(Error::Code::AlreadyExists, tr("The folder %1 already exists.").arg(path));
    }
    return FolderRepository(m_library.database()).byId(id);
}

Result<Folder> FolderOperations::rename(const QString &path, const QString &newName)
{
    FolderRepository folders(m_library.database());
    auto folder = folders.byPath(path);
    if (!folder) {
        return folder;
    }
    if (folder->id == FolderRepository::rootId) {
        return fail(Error::Code::InvalidArgument, tr("The root folder cannot be renamed."));
    }
    auto name = FolderRepository::splitPath(newName);
    if (!name) {
        return std::unexpected(name.error());
    }
    if (name->size() != 1) {
        return fail(Error::Code::InvalidArgument, tr("A folder name cannot contain \"/\": \"%1\".").arg(newName));
    }
    auto ok = m_library.write([&]() -> Result<void> {
        if (auto renamed = folders.rename(folder->id, name->first(), Ids::now()); !renamed) {
            return renamed;
        }
        return m_library.record(QStringLiteral("folder.rename"), QStringLiteral("folder"), folder->uuid, {},
                                QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("old"), folder->name},
                                                                                 {QStringLiteral("new"), name->first()}}}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return folders.byId(folder->id);
}

Result<Folder> FolderOperations::move(const QString &path, const QString &destination)
{
    FolderRepository folders(m_library.database());
    auto folder = folders.byPath(path);
    if (!folder) {
        return folder;
    }
    auto target = folders.byPath(destination);
    if (!target) {
        return target;
    }
    if (folder->id == FolderRepository::rootId) {
        return fail(Error::Code::InvalidArgument, tr("The root folder cannot be moved."));
    }
    auto inside = folders.isAncestor(folder->id, target->id);
    if (!inside) {
        return std::unexpected(inside.error());
    }
    if (*inside) {
        return fail(Error::Code::InvalidArgument, tr("Cannot move %1 into itself (%2).").arg(folder->path, target->path));
    }
    auto ok = m_library.write([&]() -> Result<void> {
        if (auto moved = folders.move(folder->id, target->id, Ids::now()); !moved) {
            return moved;
        }
        return m_library.record(QStringLiteral("folder.move"), QStringLiteral("folder"), folder->uuid, {},
                                 QJsonObject{{QStringLiteral("parent"), QJsonObject{{QStringLiteral("old"), QFileInfo(folder->path).path()},
                                                                {QStringLiteral("new"), target->path}}}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return folders.byId(folder->id);
}

Result<QList<Folder>> FolderOperations::subtree(const Folder &folder)
{
    FolderRepository folders(m_library.database());
    QList<Folder> all { folder };
    for (qsizetype next = 0; next < all.size(); ++next) {
        auto children = folders.children(all.at(next).id);
        if (!children) {
            return std::unexpected(children.error());
        }
        all.append(*children);
    }
    return all;
}

Result<Folder> FolderOperations::trash(const QString &path)
{
    FolderRepository folders(m_library.database());
    auto folder = folders.byPath(path);
    if (!folder) {
        return folder;
    }
    if (folder->id == FolderRepository::rootId) {
        return fail(Error::Code::InvalidArgument, tr("The root folder cannot be moved to the Trash."));
    }
    auto ok = m_library.write([&]() -> Result<void> {
        auto tree = subtree(*folder);
        if (!tree) {
            return std::unexpected(tree.error());
        }
        // One time for the folder and its items: restore() finds the items that went with it by it.
        const QString now = Ids::now();
        ItemRepository items(m_library.database());
        int trashed = 0;
        for (const Folder &inside : std::as_const(*tree)) {
            auto live = items.list(inside.id, false);
            if (!live) {
                return std::unexpected(live.error());
            }
            for (const Item &item : std::as_const(*live)) {
                if (auto set = items.setTrashed(item.id, now, now, m_library.actorId()); !set) {
                    return set;
                }
                if (auto recorded = m_library.record(QStringLiteral("item.trash"), QStringLiteral("item"), item.uuid,
                        item.uuid, QJsonObject { { QStringLiteral("folder"), inside.path } });
                    !recorded) {
                    return recorded;
                }
                ++trashed;
            }
        }
        if (auto set = folders.setTrashed(folder->id, now); !set) {
            return set;
        }
        return m_library.record(QStringLiteral("folder.trash"), QStringLiteral("folder"), folder->uuid, {},
            QJsonObject { { QStringLiteral("path"), folder->path }, { QStringLiteral("items"), trashed },
                { QStringLiteral("folders"), int(tree->size()) } });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return folders.byId(folder->id);
}

Result<Folder> FolderOperations::restore(qint64 folderId)
{
    FolderRepository folders(m_library.database());
    auto folder = folders.byId(folderId);
    if (!folder) {
        return folder;
    }
    if (folder->trashedAt.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("The folder %1 is not in the Trash.").arg(folder->path));
    }
    // The parent's live path proves every folder above is out of the Trash.
    const QString parentPath = QFileInfo(folder->path).path();
    if (auto parent = folders.byPath(parentPath); !parent) {
        if (parent.error().code() != Error::Code::NotFound) {
            return std::unexpected(parent.error());
        }
        return fail(Error::Code::InvalidArgument,
            tr("The folder %1 cannot be restored: the folder %2 that holds it is in the Trash; restore that one first.")
                .arg(folder->path, parentPath));
    }
    auto ok = m_library.write([&]() -> Result<void> {
        if (auto set = folders.setTrashed(folder->id, {}); !set) {
            if (set.error().code() == Error::Code::Conflict) {
                return fail(Error::Code::AlreadyExists,
                    tr("The folder %1 cannot be restored: another folder has that name now; rename one of them first.")
                        .arg(folder->path),
                    set.error().detail());
            }
            return set;
        }
        auto tree = subtree(*folder);
        if (!tree) {
            return std::unexpected(tree.error());
        }
        const QString now = Ids::now();
        ItemRepository items(m_library.database());
        int restored = 0;
        for (const Folder &inside : std::as_const(*tree)) {
            auto trashed = items.list(inside.id, true);
            if (!trashed) {
                return std::unexpected(trashed.error());
            }
            for (const Item &item : std::as_const(*trashed)) {
                if (item.trashedAt != folder->trashedAt) {
                    continue; // trashed on its own before: it stays there
                }
                if (auto set = items.setTrashed(item.id, {}, now, m_library.actorId()); !set) {
                    return set;
                }
                if (auto recorded = m_library.record(QStringLiteral("item.restore"), QStringLiteral("item"), item.uuid,
                        item.uuid, QJsonObject { { QStringLiteral("folder"), inside.path } });
                    !recorded) {
                    return recorded;
                }
                ++restored;
            }
        }
        return m_library.record(QStringLiteral("folder.restore"), QStringLiteral("folder"), folder->uuid, {},
            QJsonObject { { QStringLiteral("path"), folder->path }, { QStringLiteral("items"), restored } });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return folders.byId(folder->id);
}

Result<int> FolderOperations::moveItems(const QList<qint64> &itemIds, const QString &destination)
{
    FolderRepository folders(m_library.database());
    auto target = folders.byPath(destination);
    if (!target) {
        return std::unexpected(target.error());
    }
    int moved = 0;
    auto ok = m_library.write([&]() -> Result<void> {
        ItemRepository items(m_library.database());
        const QString now = Ids::now();
        for (qint64 id : itemIds) {
            auto item = items.byId(id);
            if (!item) {
                return std::unexpected(item.error());
            }
            if (item->tombstone) {
                return fail(Error::Code::NotFound, tr("The item %1 was purged: it cannot be moved.").arg(item->uuid));
            }
            if (item->folderId == target->id) {
                continue;
            }
            auto from = folders.pathOf(item->folderId);
            if (!from) {
                return std::unexpected(from.error());
            }
            if (auto set = items.setFolder(item->id, target->id, now, m_library.actorId()); !set) {
                return set;
            }
            if (auto recorded
                = m_library.record(QStringLiteral("item.move"), QStringLiteral("item"), item->uuid, item->uuid,
                    QJsonObject { { QStringLiteral("folder"),
                        QJsonObject { { QStringLiteral("old"), *from }, { QStringLiteral("new"), target->path } } } });
                !recorded) {
                return recorded;
            }
            ++moved;
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return moved;
}

} // namespace Folio
