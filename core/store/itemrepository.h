// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes items (store/ is the only place with SQL). Borrowed Database; one thread at a time.
// Writes run inside the caller's transaction and bump the item's rev.

#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Folio {

class Database;

struct ItemRow
{
    qint64 id = 0;
    QString uuid;
    QString kind;
    QString title;
};

class ItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ItemRepository)

public:
    explicit ItemRepository(Database &db)
        : m_db(db)
    { }

    // Live (not purged) items, trashed or not.
    Result<qint64> count();
    // Up to LIMIT live items not in the Trash ordered by title, starting at OFFSET.
    Result<QList<ItemRow>> page(qint64 offset, int limit);

    Result<Item> byId(qint64 id);
    // An item by its uuid or a unique tail of it (at least 6 characters), as users type them.
    Result<Item> resolve(const QString &idOrTail);
    // Items in FOLDER (or the Trash when TRASH), by title.
    Result<QList<Item>> list(qint64 folderId, bool trash);
    // Every live item id, for verification and dumps.
    Result<QList<qint64>> allIds(bool includeTombstones);
    // The item titled TITLE in FOLDER whose current version has FILENAME, if any (for --on-duplicate).
    Result<qint64> findByFilename(qint64 folderId, const QString &filename);

    Result<qint64> insert(const Item &item);
    Result<void> setTitle(qint64 id, const QString &title, const QString &now, qint64 actorId);
    Result<void> setFolder(qint64 id, qint64 folderId, const QString &now, qint64 actorId);
    Result<void> setColumn(qint64 id, const QString &column, const QString &value, const QString &now, qint64 actorId);
    Result<void> setKind(qint64 id, const QString &kind, const QString &now, qint64 actorId);
    // The star rating (0–5) and colour label a file carries, kept only where the item has none yet (what a
    // user set wins). Either may be absent (nullopt, empty).
    Result<void> adoptRatingAndLabel(
        qint64 id, std::optional<int> rating, const QString &colorLabel, const QString &now, qint64 actorId);
    // Records a change to the item's metadata: modified time and actor, rev.
    Result<void> touch(qint64 id, const QString &now, qint64 actorId);
    Result<void> setCurrentVersion(qint64 id, qint64 versionId, const QString &now, qint64 actorId);
    Result<void> setTrashed(qint64 id, const QString &trashedAt, const QString &now, qint64 actorId);
    // Keeps only the uuid and a tombstone, so sync can tell others the item is gone.
    Result<void> tombstone(qint64 id, const QString &now, qint64 actorId);

private:
    Result<Item> readOne(const QString &where, const QVariant &key);
    Database &m_db;
};

} // namespace Folio
