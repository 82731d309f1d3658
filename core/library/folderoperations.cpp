// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/folderoperations.h"

#include "audit/auditlog.h"
#include "domain/ids.h"
#include "library/library.h"
#include "store/database.h"
#include "store/folderrepository.h"

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

} // namespace Folio
