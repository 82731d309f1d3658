// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/blobrepository.h"

#include "store/database.h"

namespace Folio {

Result<std::optional<qint64>> BlobRepository::idFor(const QString &sha256)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM blob WHERE sha256 = ?1"), sha256);
    if (!id) {
        return std::unexpected(id.error());
    }
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<qint64> BlobRepository::insert(const QString &sha256, qint64 size, const QString &now)
{
    auto inserted = m_db.execute(
        QStringLiteral("INSERT INTO blob (sha256, size, refs, created_at) VALUES (?1, ?2, 1, ?3)"), sha256, size, now);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<void> BlobRepository::addReference(qint64 id)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE blob SET refs = refs + 1 WHERE id = ?1"), id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<int> BlobRepository::removeReference(qint64 id)
{
    return m_db.execute(QStringLiteral("UPDATE blob SET refs = max(refs - 1, 0) WHERE id = ?1"), id);
}

Result<QList<BlobRow>> BlobRepository::select(const QString &sql)
{
    auto stmt = m_db.query(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<BlobRow> rows;
    if (auto ok = stmt->forEach([&](Statement &row) {
            rows.append({ row.int64(0), row.text(1), row.int64(2) });
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

Result<QList<BlobRow>> BlobRepository::all()
{
    return select(QStringLiteral("SELECT id, sha256, size FROM blob ORDER BY id"));
}

Result<QList<BlobRow>> BlobRepository::unreferenced()
{
    return select(QStringLiteral("SELECT id, sha256, size FROM blob WHERE refs = 0"));
}

Result<void> BlobRepository::removeUnreferenced(qint64 id)
{
    auto deleted = m_db.execute(QStringLiteral("DELETE FROM blob WHERE id = ?1 AND refs = 0"), id);
    if (!deleted) {
        return std::unexpected(deleted.error());
    }
    return {};
}

Result<void> BlobRepository::markVerified(qint64 id, const QString &now)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE blob SET verified_at = ?1 WHERE id = ?2"), now, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> BlobRepository::addPending(const QString &sha256, const QString &owner, const QString &now)
{
    auto inserted = m_db.execute(
        QStringLiteral("INSERT OR IGNORE INTO blob_pending (sha256, owner, created_at) VALUES (?1, ?2, ?3)"), sha256,
        owner, now);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return {};
}

Result<void> BlobRepository::clearPending(const QString &sha256, const QString &owner)
{
    auto deleted
        = m_db.execute(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?1 AND owner = ?2"), sha256, owner);
    if (!deleted) {
        return std::unexpected(deleted.error());
    }
    return {};
}

Result<QList<PendingBlobRow>> BlobRepository::pending()
{
    auto stmt = m_db.query(QStringLiteral("SELECT sha256, owner FROM blob_pending"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<PendingBlobRow> rows;
    if (auto ok = stmt->forEach([&](Statement &row) { rows.append({ row.text(0), row.text(1) }); }); !ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

Result<bool> BlobRepository::isWanted(const QString &sha256, const QString &exceptOwner)
{
    auto wanted
        = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM blob WHERE sha256 = ?1)"
                                     " OR EXISTS (SELECT 1 FROM blob_pending WHERE sha256 = ?1 AND owner <> ?2)"),
            sha256, exceptOwner);
    if (!wanted) {
        return std::unexpected(wanted.error());
    }
    // No row cannot happen; if it did, keeping the file is the safe answer.
    return !wanted->isValid() || wanted->toLongLong() != 0;
}

} // namespace Folio
