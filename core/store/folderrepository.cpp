// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/folderrepository.h"

#include "store/database.h"

namespace Folio {

Result<QStringList> FolderRepository::splitPath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
            return fail(Error::Code::InvalidArgument, tr("The folder path \"%1\" has an invalid name \"%2\".").arg(path, part));
        }
        for (const QChar c : name) {
            if (c.category() == QChar::Other_Control) {
                return fail(Error::Code::InvalidArgument,
                            tr("The folder path \"%1\" contains a control character.").arg(path));
            }
        }
        parts.append(name);
    }
    return parts;
}

Result<Folder> FolderRepository::read(qint64 id)
{
    auto stmt = m_db.query(QStringLiteral("SELECT id, uuid, ifnull(parent_id, 0), name, rev, created_at, modified_at, "
                                          "ifnull(trashed_at, '') FROM folder WHERE id = ?"),
                           id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::NotFound, tr("There is no folder with id %1.").arg(id));
    }
    Folder folder;
    folder.id = stmt->int64(0);
    folder.uuid = stmt->text(1);
    folder.parentId = stmt->int64(2);
    folder.name = stmt->text(3);
    folder.rev = stmt->int64(4);
    folder.createdAt = stmt->text(5);
    folder.modifiedAt = stmt->text(6);
    folder.trashedAt = stmt->text(7);
    return folder;
}

Result<Folder> FolderRepository::byId(qint64 id)
{
    auto folder = read(id);
    if (!folder) {
        return folder;
    }
    auto path = pathOf(id);
    if (!path) {
        return std::unexpected(path.error());
    }
    folder->path = *path;
    return folder;
}

Result<Folder> FolderRepository::byPath(const QString &path)
{
    auto parts = splitPath(path);
    if (!parts) {
        return std::unexpected(parts.error());
    }
    qint64 id = rootId;
    for (const QString &name : *parts) {
        auto child = m_db.scalar(
            QStringLiteral("SELECT id FROM folder WHERE parent_id = ? AND name = ? AND trashed_at IS NULL"), id, name);
        if (!child) {
            return std::unexpected(child.error());
        }
        if (!child->isValid()) {
            return fail(Error::Code::NotFound, tr("There is no folder \"%1\".").arg(path));
        }
        id = child->toLongLong();
    }
    return byId(id);
}

Result<qint64> FolderRepository::insert(qint64 parentId, const QString &name, const QString &uuid, const QString &now)
{
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO folder (uuid, parent_id, name, created_at, modified_at) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 uuid, parentId, name, now, now);
    if (!inserted) {
        if (inserted.error().code() == Error::Code::Conflict) {
            return fail(Error::Code::AlreadyExists, tr("A folder named \"%1\" already exists there.").arg(name));
        }
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<void> FolderRepository::rename(qint64 id, const QString &name, const QString &now)
{
    auto updated = m_db.execute(
        QStringLiteral("UPDATE folder SET name = ?, modified_at = ?, rev = rev + 1 WHERE id = ? AND id <> 1"), name, now, id);
    if (!updated) {
        if (updated.error().code() == Error::Code::Conflict) {
            return fail(Error::Code::AlreadyExists, tr("A folder named \"%1\" already exists there.").arg(name));
        }
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> FolderRepository::move(qint64 id, qint64 newParentId, const QString &now)
{
    auto updated = m_db.execute(
        QStringLiteral("UPDATE folder SET parent_id = ?, modified_at = ?, rev = rev + 1 WHERE id = ? AND id <> 1"),
        newParentId, now, id);
    if (!updated) {
        if (updated.error().code() == Error::Code::Conflict) {
            return fail(Error::Code::AlreadyExists, tr("The destination already has a folder of that name."));
        }
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> FolderRepository::setTrashed(qint64 id, const QString &trashedAt)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE folder SET trashed_at = ?, rev = rev + 1 WHERE id = ? AND id <> 1"),
                                trashedAt.isEmpty() ? QVariant() : QVariant(trashedAt), id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<QList<Folder>> FolderRepository::children(qint64 parentId)
{
    auto stmt = m_db.query(
        QStringLiteral("SELECT id FROM folder WHERE parent_id = ? AND trashed_at IS NULL ORDER BY name COLLATE NOCASE"),
        parentId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto ok = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    QList<Folder> folders;
    for (qint64 id : ids) {
        auto folder = byId(id);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        folders.append(*folder);
    }
    return folders;
}

Result<bool> FolderRepository::isAncestor(qint64 ancestor, qint64 folder)
{
    auto found = m_db.scalar(QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION ALL SELECT f.parent_id FROM folder f "
                                            "JOIN up ON f.id = up.id WHERE f.parent_id IS NOT NULL) "
                                            "SELECT 1 FROM up WHERE id = ?"),
                             folder, ancestor);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->isValid();
}

Result<QString> FolderRepository::pathOf(qint64 id)
{
    auto stmt = m_db.query(QStringLiteral("WITH RECURSIVE up(id, parent_id, name, depth) AS ("
                                          "SELECT id, parent_id, name, 0 FROM folder WHERE id = ? UNION ALL "
                                          "SELECT f.id, f.parent_id, f.name, up.depth + 1 FROM folder f JOIN up ON f.id = up.parent_id) "
                                          "SELECT name FROM up WHERE parent_id IS NOT NULL ORDER BY depth DESC"),
                           id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QString path;
    if (auto ok = stmt->forEach([&](Statement &row) { path += QLatin1Char('/') + row.text(0); }); !ok) {
        return std::unexpected(ok.error());
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

Result<QList<Folder>> FolderRepository::all()
{
    auto stmt = m_db.query(QStringLiteral("SELECT id FROM folder WHERE id <> 1 AND trashed_at IS NULL ORDER BY id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto ok = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    QList<Folder> folders;
    for (qint64 id : std::as_const(ids)) {
        auto folder = byId(id);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        folders.append(*folder);
    }
    return folders;
}

} // namespace Folio
