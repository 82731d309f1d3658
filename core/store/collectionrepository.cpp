// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/collectionrepository.h"

#include "store/database.h"

namespace Folio {

namespace {
// The count is a correlated subquery: collection_item's primary key starts with collection_id, so each
// count reads only that collection's members.
const QString Columns
    = QStringLiteral("c.id, c.uuid, c.name, c.rev, c.created_at, c.modified_at, ifnull(c.trashed_at, ''), "
                     "(SELECT count(*) FROM collection_item ci JOIN item i ON i.id = ci.item_id "
                     "WHERE ci.collection_id = c.id AND i.trashed_at IS NULL AND i.tombstone = 0)");

Collection fromRow(const Statement &row)
{
    Collection collection;
    collection.id = row.int64(0);
    collection.uuid = row.text(1);
    collection.name = row.text(2);
    collection.rev = row.int64(3);
    collection.createdAt = row.text(4);
    collection.modifiedAt = row.text(5);
    collection.trashedAt = row.text(6);
    collection.itemCount = row.int64(7);
    return collection;
}
} // namespace

Result<QList<Collection>> CollectionRepository::all()
{
    auto stmt = m_db.query(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM collection c WHERE c.kind = 'manual' AND c.trashed_at IS NULL "
                         "ORDER BY c.name COLLATE NOCASE, c.id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<Collection> collections;
    if (auto done = stmt->forEach([&](Statement &row) { collections.append(fromRow(row)); }); !done) {
        return std::unexpected(done.error());
    }
    return collections;
}

Result<Collection> CollectionRepository::byId(qint64 id)
{
    auto stmt = m_db.query(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM collection c WHERE c.id = ? AND c.kind = 'manual'"),
        id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::NotFound, tr("There is no collection with id %1.").arg(id));
    }
    return fromRow(*stmt);
}

Result<std::optional<Collection>> CollectionRepository::byName(const QString &name)
{
    auto stmt = m_db.query(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM collection c WHERE c.kind = 'manual' AND c.trashed_at IS NULL "
                             "AND c.name = ? COLLATE NOCASE ORDER BY c.id LIMIT 1"),
        name);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? std::optional(fromRow(*stmt)) : std::nullopt;
}

Result<qint64> CollectionRepository::insert(const QString &uuid, const QString &name, const QString &now)
{
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO collection (uuid, name, kind, created_at, modified_at) "
                                                "VALUES (?, ?, 'manual', ?, ?)"),
        uuid, name, now, now);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<void> CollectionRepository::rename(qint64 id, const QString &name, const QString &now)
{
    auto updated = m_db.execute(
        QStringLiteral(
            "UPDATE collection SET name = ?, modified_at = ?, rev = rev + 1 WHERE id = ? AND kind = 'manual'"),
        name, now, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    if (*updated == 0) {
        return fail(Error::Code::NotFound, tr("There is no collection with id %1.").arg(id));
    }
    return {};
}

Result<void> CollectionRepository::setTrashed(qint64 id, const QString &trashedAt, const QString &now)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE collection SET trashed_at = ?, modified_at = ?, rev = rev + 1 "
                                               "WHERE id = ? AND kind = 'manual'"),
        trashedAt.isEmpty() ? QVariant() : QVariant(trashedAt), now, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    if (*updated == 0) {
        return fail(Error::Code::NotFound, tr("There is no collection with id %1.").arg(id));
    }
    return {};
}

Result<bool> CollectionRepository::addItem(qint64 id, qint64 itemId, const QString &now)
{
    auto added = m_db.execute(
        QStringLiteral("INSERT OR IGNORE INTO collection_item (collection_id, item_id, position, added_at) "
                       "VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM collection_item "
                       "WHERE collection_id = ?1), ?3)"),
        id, itemId, now);
    if (!added) {
        return std::unexpected(added.error());
    }
    return *added > 0;
}

Result<bool> CollectionRepository::removeItem(qint64 id, qint64 itemId)
{
    auto removed = m_db.execute(
        QStringLiteral("DELETE FROM collection_item WHERE collection_id = ? AND item_id = ?"), id, itemId);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    return *removed > 0;
}

Result<QList<qint64>> CollectionRepository::itemIds(qint64 id)
{
    auto stmt = m_db.query(
        QStringLiteral("SELECT item_id FROM collection_item WHERE collection_id = ? ORDER BY position, item_id"), id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto done = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !done) {
        return std::unexpected(done.error());
    }
    return ids;
}

} // namespace Folio
