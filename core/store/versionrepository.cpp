// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/versionrepository.h"

#include "store/database.h"

namespace Folio {

Result<QList<Version>> VersionRepository::select(const QString &where, const QVariant &a, const QVariant &b)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT v.id, v.uuid, v.item_id, v.number, v.blob_id, b.sha256, v.filename, v.size, v.mime_type, "
                       "ifnull(a.name, ''), v.created_at, ifnull(v.file_modified_at, ''), v.comment, "
                       "ifnull(p.number, 0), v.conflict FROM version v JOIN blob b ON b.id = v.blob_id "
                       "LEFT JOIN actor a ON a.id = v.author_id LEFT JOIN version p ON p.id = v.parent_version_id ")
        + where + QStringLiteral(" ORDER BY v.number"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, a);
    if (b.isValid()) {
        stmt->bind(2, b);
    }
    QList<Version> versions;
    auto ok = stmt->forEach([&](Statement &row) {
        Version v;
        v.id = row.int64(0);
        v.uuid = row.text(1);
        v.itemId = row.int64(2);
        v.number = int(row.int64(3));
        v.blobId = row.int64(4);
        v.sha256 = row.text(5);
        v.filename = row.text(6);
        v.size = row.int64(7);
        v.mimeType = row.text(8);
        v.author = row.text(9);
        v.createdAt = row.text(10);
        v.fileModifiedAt = row.text(11);
        v.comment = row.text(12);
        v.parentNumber = int(row.int64(13));
        v.conflict = row.int64(14) != 0;
        versions.append(v);
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return versions;
}

Result<QList<Version>> VersionRepository::forItem(qint64 itemId)
{
    return select(QStringLiteral("WHERE v.item_id = ?"), itemId);
}

Result<Version> VersionRepository::byNumber(qint64 itemId, int number)
{
    auto versions = select(QStringLiteral("WHERE v.item_id = ? AND v.number = ?"), itemId, number);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    if (versions->isEmpty()) {
        return fail(Error::Code::NotFound, tr("The item has no version %1.").arg(number));
    }
    return versions->first();
}

Result<Version> VersionRepository::byId(qint64 id)
{
    auto versions = select(QStringLiteral("WHERE v.id = ?"), id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    if (versions->isEmpty()) {
        return fail(Error::Code::NotFound, tr("There is no version with id %1.").arg(id));
    }
    return versions->first();
}

Result<int> VersionRepository::latestNumber(qint64 itemId)
{
    auto number = m_db.scalar(QStringLiteral("SELECT ifnull(max(number), 0) FROM version WHERE item_id = ?"), itemId);
    if (!number) {
        return std::unexpected(number.error());
    }
    return number->toInt();
}

Result<qint64> VersionRepository::insert(const Version &v, qint64 authorId)
{
    auto inserted = m_db.execute(
        QStringLiteral("INSERT INTO version (uuid, item_id, number, blob_id, filename, size, mime_type, author_id, created_at, "
                       "file_modified_at, comment, parent_version_id, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "(SELECT id FROM version WHERE item_id = ? AND number = ?), ?)"),
        v.uuid, v.itemId, v.number, v.blobId, v.filename, v.size, v.mimeType, authorId, v.createdAt,
        v.fileModifiedAt.isEmpty() ? QVariant() : QVariant(v.fileModifiedAt),
        v.comment.isNull() ? QStringLiteral("") : v.comment, v.itemId, v.parentNumber,
        v.conflict);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<QList<qint64>> VersionRepository::blobUses(qint64 itemId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT blob_id FROM version WHERE item_id = ?1 UNION ALL "
                                          "SELECT r.blob_id FROM rendition r JOIN version v ON v.id = r.version_id "
                                          "WHERE v.item_id = ?1"),
                           itemId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    if (auto ok = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return ids;
}

Result<void> VersionRepository::deleteForItem(qint64 itemId)
{
    auto deleted = m_db.execute(QStringLiteral("DELETE FROM version WHERE item_id = ?"), itemId);
    if (!deleted) {
        return std::unexpected(deleted.error());
    }
    return {};
}

Result<QList<QList<qint64>>> VersionRepository::itemsSharingContent()
{
    auto stmt = m_db.query(QStringLiteral("SELECT v.blob_id, i.id FROM item i JOIN version v ON v.id = i.current_version_id "
                                          "WHERE i.tombstone = 0 AND i.trashed_at IS NULL AND v.blob_id IN (SELECT v2.blob_id "
                                          "FROM item i2 JOIN version v2 ON v2.id = i2.current_version_id WHERE "
                                          "i2.tombstone = 0 AND i2.trashed_at IS NULL GROUP BY v2.blob_id HAVING count(*) > 1) "
                                          "ORDER BY v.blob_id, i.id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<QList<qint64>> groups;
    qint64 lastBlob = -1;
    auto ok = stmt->forEach([&](Statement &row) {
        if (row.int64(0) != lastBlob) {
            groups.append(QList<qint64>());
            lastBlob = row.int64(0);
        }
        groups.last().append(row.int64(1));
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return groups;
}

Result<QString> VersionRepository::itemWithContent(const QString &sha256)
{
    auto uuid = m_db.scalar(QStringLiteral("SELECT i.uuid FROM item i JOIN version v ON v.item_id = i.id "
                                           "JOIN blob b ON b.id = v.blob_id WHERE b.sha256 = ? AND "
                                           "i.tombstone = 0 AND i.trashed_at IS NULL ORDER BY i.id LIMIT 1"),
                            sha256);
    if (!uuid) {
        return std::unexpected(uuid.error());
    }
    return uuid->toString();
}

} // namespace Folio
