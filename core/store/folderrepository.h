// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes the folder tree. Paths are "/"-separated from the root ("/" itself, "/Projects/Spring").
// Borrowed Database; one thread at a time. Writes run inside the caller's transaction.

#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>

namespace Folio {

class Database;

class FolderRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::FolderRepository)

public:
    static constexpr qint64 rootId = 1;

    explicit FolderRepository(Database &db) : m_db(db) {}

    Result<Folder> byId(qint64 id);
    // The live folder at PATH, or NotFound.
    Result<Folder> byPath(const QString &path);
    // Splits and checks a path ("a//b", names with "/" or control characters are refused).
    static Result<QStringList> splitPath(const QString &path);

    Result<qint64> insert(qint64 parentId, const QString &name, const QString &uuid, const QString &now);
    Result<void> rename(qint64 id, const QString &name, const QString &now);
    Result<void> move(qint64 id, qint64 newParentId, const QString &now);
    Result<void> setTrashed(qint64 id, const QString &trashedAt);
    // Live child folders, by name.
    Result<QList<Folder>> children(qint64 parentId);
    // True when ANCESTOR is FOLDER or above it.
    Result<bool> isAncestor(qint64 ancestor, qint64 folder);
    Result<QString> pathOf(qint64 id);
    // Every live folder but the root, with its path.
    Result<QList<Folder>> all();

private:
    Result<Folder> read(qint64 id);
    Database &m_db;
};

} // namespace Folio
