// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/itemrepository.h"

#include "store/database.h"

namespace Folio {

namespace {
const QString itemColumns = QStringLiteral(
    "i.id, i.uuid, i.kind, i.title, i.folder_id, i.classification, i.status, ifnull(i.current_version_id, 0), "
    "(SELECT count(*) FROM version v WHERE v.item_id = i.id), i.rev, i.created_at, ifnull(ca.name, ''), "
    "i.modified_at, ifnull(ma.name, ''), ifnull(i.trashed_at, ''), i.tombstone "
    "FROM item i LEFT JOIN actor ca ON ca.id = i.created_by LEFT JOIN actor ma ON ma.id = i.modified_by ");

Item readItem(const Statement &row)
{
    Item item;
    item.id = row.int64(0);
    item.uuid = row.text(1);
    item.kind = row.text(2);
    item.title = row.text(3);
    item.folderId = row.int64(4);
    item.classification = row.text(5);
    item.status = row.text(6);
    item.currentVersionId = row.int64(7);
    item.versionCount = int(row.int64(8));
    item.rev = row.int64(9);
    item.createdAt = row.text(10);
    item.createdBy = row.text(11);
    item.modifiedAt = row.text(12);
    item.modifiedBy = row.text(13);
    item.trashedAt = row.text(14);
    item.tombstone = row.int64(15) != 0;
    return item;
}
} // namespace

Result<qint64> ItemRepository::count()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM item WHERE tombstone = 0 AND trashed_at IS NULL"));
    if (!count) {
        return std::unexpected(count.error());
    }
    return count->toLongLong();
}

Result<QList<ItemRow>> ItemRepository::page(qint64 offset, int limit)
{
    auto stmt
        = m_db.query(QStringLiteral("SELECT id, uuid, kind, title FROM item WHERE tombstone = 0 AND trashed_at IS NULL "
                                    "ORDER BY title, id LIMIT ? OFFSET ?"),
            limit, offset);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<ItemRow> rows;
    auto ok = stmt->forEach([&](Statement &row) {
        rows.append({ row.int64(0), row.text(1), row.text(2), row.text(3) });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

Result<Item> ItemRepository::readOne(const QString &where, const QVariant &key)
{
    auto stmt = m_db.query(QStringLiteral("SELECT ") + itemColumns + where, key);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::NotFound, tr("There is no item %1.").arg(key.toString()));
    }
    return readItem(*stmt);
}

Result<Item> ItemRepository::byId(qint64 id)
{
    return readOne(QStringLiteral("WHERE i.id = ?"), id);
}

Result<Item> ItemRepository::resolve(const QString &idOrTail)
{
    const QString key = idOrTail.trimmed().toLower();
    if (key.size() < 6 || key.contains(QLatin1Char('%')) || key.contains(QLatin1Char('_'))) {
        return fail(Error::Code::InvalidArgument,
            tr("\"%1\" is not an item id: give the id, or at least its last 6 characters.").arg(idOrTail));
    }
    auto stmt = m_db.query(
        QStringLiteral("SELECT id FROM item WHERE tombstone = 0 AND (uuid = ?1 OR uuid LIKE '%' || ?1) LIMIT 2"), key);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto ok = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    if (ids.isEmpty()) {
        return fail(Error::Code::NotFound, tr("There is no item %1.").arg(idOrTail));
    }
    if (ids.size() > 1) {
        return fail(
            Error::Code::InvalidArgument, tr("\"%1\" matches more than one item; give more of the id.").arg(idOrTail));
    }
    return byId(ids.first());
}

Result<QList<Item>> ItemRepository::list(qint64 folderId, bool trash)
{
    const QString where = trash
        ? QStringLiteral("WHERE i.tombstone = 0 AND i.trashed_at IS NOT NULL AND (?1 = 0 OR i.folder_id = ?1) "
                         "ORDER BY i.trashed_at DESC, i.id")
        : QStringLiteral("WHERE i.tombstone = 0 AND i.trashed_at IS NULL AND i.folder_id = ?1 "
                         "ORDER BY i.title COLLATE NOCASE, i.id");
    auto stmt = m_db.query(QStringLiteral("SELECT ") + itemColumns + where, folderId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<Item> items;
    if (auto ok = stmt->forEach([&](Statement &row) { items.append(readItem(row)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return items;
}

Result<QList<qint64>> ItemRepository::allIds(bool includeTombstones)
{
    auto stmt
        = m_db.query(QStringLiteral("SELECT id FROM item WHERE ? OR tombstone = 0 ORDER BY uuid"), includeTombstones);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto ok = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return ids;
}

Result<qint64> ItemRepository::findByFilename(qint64 folderId, const QString &filename)
{
    auto found = m_db.scalar(QStringLiteral("SELECT i.id FROM item i JOIN version v ON v.id = i.current_version_id "
                                            "WHERE i.folder_id = ? AND i.tombstone = 0 AND i.trashed_at IS NULL "
                                            "AND v.filename = ? ORDER BY i.id LIMIT 1"),
        folderId, filename);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->isValid() ? found->toLongLong() : 0;
}

Result<qint64> ItemRepository::insert(const Item &item)
{
    auto inserted = m_db.execute(
        QStringLiteral(
            "INSERT INTO item (uuid, kind, title, folder_id, classification, status, created_at, created_by, "
            "modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT id FROM actor WHERE name = ?), ?, "
            "(SELECT id FROM actor WHERE name = ?))"),
        item.uuid, item.kind, item.title, item.folderId, item.classification, item.status, item.createdAt,
        item.createdBy, item.modifiedAt, item.modifiedBy);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<void> ItemRepository::setColumn(
    qint64 id, const QString &column, const QString &value, const QString &now, qint64 actorId)
{
    // COLUMN comes from this file's callers, never from users.
    static const QStringList allowed
        = { QStringLiteral("title"), QStringLiteral("classification"), QStringLiteral("status") };
    Q_ASSERT(allowed.contains(column));
    if (!allowed.contains(column)) {
        return fail(Error::Code::InvalidArgument, tr("Items have no column %1.").arg(column));
    }
    auto updated
        = m_db.execute(QStringLiteral("UPDATE item SET %1 = ?, modified_at = ?, modified_by = ?, rev = rev + 1 "
                                      "WHERE id = ?")
                           .arg(column),
            value, now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::adoptRatingAndLabel(
    qint64 id, std::optional<int> rating, const QString &colorLabel, const QString &now, qint64 actorId)
{
    const QVariant stars = rating && *rating >= 0 && *rating <= 5 ? QVariant(qint64(*rating)) : QVariant();
    const QVariant label = colorLabel.isEmpty() ? QVariant() : QVariant(colorLabel);
    if (stars.isNull() && label.isNull()) {
        return {};
    }
    auto updated = m_db.execute(
        QStringLiteral("UPDATE item SET rating = coalesce(rating, ?), "
                       "color_label = coalesce(color_label, ?), modified_at = ?, "
                       "modified_by = ?, rev = rev + 1 WHERE id = ? AND "
                       "((rating IS NULL AND ? IS NOT NULL) OR (color_label IS NULL AND ? IS NOT NULL))"),
        stars, label, now, actorId, id, stars, label);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::setTitle(qint64 id, const QString &title, const QString &now, qint64 actorId)
{
    return setColumn(id, QStringLiteral("title"), title, now, actorId);
}

Result<void> ItemRepository::setFolder(qint64 id, qint64 folderId, const QString &now, qint64 actorId)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE item SET folder_id = ?, modified_at = ?, modified_by = ?, "
                                               "rev = rev + 1 WHERE id = ?"),
        folderId, now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::setKind(qint64 id, const QString &kind, const QString &now, qint64 actorId)
{
    auto updated
        = m_db.execute(QStringLiteral("UPDATE item SET kind = ?, modified_at = ?, modified_by = ?, rev = rev + 1 "
                                      "WHERE id = ?"),
            kind, now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::touch(qint64 id, const QString &now, qint64 actorId)
{
    auto updated
        = m_db.execute(QStringLiteral("UPDATE item SET modified_at = ?, modified_by = ?, rev = rev + 1 WHERE id = ?"),
            now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::setCurrentVersion(qint64 id, qint64 versionId, const QString &now, qint64 actorId)
{
    auto updated
        = m_db.execute(QStringLiteral("UPDATE item SET current_version_id = ?, modified_at = ?, modified_by = ?, "
                                      "rev = rev + 1 WHERE id = ?"),
            versionId, now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::setTrashed(qint64 id, const QString &trashedAt, const QString &now, qint64 actorId)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE item SET trashed_at = ?, modified_at = ?, modified_by = ?, "
                                               "rev = rev + 1 WHERE id = ?"),
        trashedAt.isEmpty() ? QVariant() : QVariant(trashedAt), now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> ItemRepository::tombstone(qint64 id, const QString &now, qint64 actorId)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE item SET tombstone = 1, title = '', current_version_id = NULL, "
                                               "rating = NULL, color_label = NULL, modified_at = ?, modified_by = ?, "
                                               "rev = rev + 1 WHERE id = ?"),
        now, actorId, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

} // namespace Folio
