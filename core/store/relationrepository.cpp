// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/relationrepository.h"

#include "store/database.h"

namespace Folio {

Result<qint64> RelationRepository::insert(const QString &type, qint64 sourceItemId, qint64 targetItemId,
    const QString &uuid, const QString &now, qint64 actorId)
{
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO relation (uuid, type, source_item_id, target_item_id, "
                                                "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
        uuid, type, sourceItemId, targetItemId, now, actorId ? QVariant(actorId) : QVariant());
    if (!inserted) {
        if (inserted.error().code() == Error::Code::Conflict) {
            return fail(Error::Code::AlreadyExists,
                tr("Item %1 is already %2 item %3.").arg(sourceItemId).arg(type).arg(targetItemId));
        }
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<QList<Relation>> RelationRepository::select(const QString &where, qint64 itemId, const QString &type)
{
    auto stmt
        = m_db.query(QStringLiteral("SELECT id, uuid, type, source_item_id, target_item_id, created_at FROM relation "
                                    "WHERE %1 = ? AND type = ? ORDER BY id")
                         .arg(where),
            itemId, type);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<Relation> relations;
    auto ok = stmt->forEach([&](Statement &row) {
        relations.append({ row.int64(0), row.text(1), row.text(2), row.int64(3), row.int64(4), row.text(5) });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return relations;
}

Result<QList<Relation>> RelationRepository::fromItem(qint64 itemId, const QString &type)
{
    return select(QStringLiteral("source_item_id"), itemId, type);
}

Result<QList<Relation>> RelationRepository::toItem(qint64 itemId, const QString &type)
{
    return select(QStringLiteral("target_item_id"), itemId, type);
}

Result<int> RelationRepository::chainLength(qint64 itemId, const QString &type, int limit)
{
    int length = 0;
    qint64 current = itemId;
    // Bounded by LIMIT, so that even a cycle (which ingest never makes) cannot loop.
    while (length < limit) {
        auto up
            = m_db.scalar(QStringLiteral("SELECT target_item_id FROM relation WHERE source_item_id = ? AND type = ? "
                                         "ORDER BY id LIMIT 1"),
                current, type);
        if (!up) {
            return std::unexpected(up.error());
        }
        if (!up->isValid()) {
            break;
        }
        current = up->toLongLong();
        ++length;
    }
    return length;
}

} // namespace Folio
