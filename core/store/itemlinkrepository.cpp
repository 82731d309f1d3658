// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/itemlinkrepository.h"

#include "store/database.h"

namespace Folio {

QStringList ItemLinkRepository::userTypes()
{
    return { QStringLiteral("specification-of"), QStringLiteral("contract-for"), QStringLiteral("derived-from"),
        QStringLiteral("translation-of"), QStringLiteral("supersedes") };
}

Result<QList<ItemLink>> ItemLinkRepository::ofItem(qint64 itemId)
{
    // Both directions in one statement: the other end is the target of outgoing links, the source of incoming.
    auto stmt = m_db.query(
        QStringLiteral("SELECT r.id, r.uuid, r.type, r.source_item_id = ?1 AS outgoing, o.id, o.uuid, o.title, o.kind, "
                       "o.trashed_at IS NOT NULL, r.created_at FROM relation r JOIN item o ON o.id = "
                       "CASE WHEN r.source_item_id = ?1 THEN r.target_item_id ELSE r.source_item_id END "
                       "WHERE (r.source_item_id = ?1 OR r.target_item_id = ?1) AND o.tombstone = 0 "
                       "ORDER BY outgoing DESC, r.type, o.title, r.id"),
        itemId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<ItemLink> links;
    auto ok = stmt->forEach([&](Statement &row) {
        links.append({ row.int64(0), row.text(1), row.text(2), row.int64(3) != 0, row.int64(4), row.text(5),
            row.text(6), row.text(7), row.int64(8) != 0, row.text(9) });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return links;
}

Result<std::optional<ItemLink>> ItemLinkRepository::find(const QString &type, qint64 sourceItemId, qint64 targetItemId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT r.id, r.uuid, o.uuid, o.title, o.kind, o.trashed_at IS NOT NULL, "
                                          "r.created_at FROM relation r JOIN item o ON o.id = r.target_item_id "
                                          "WHERE r.type = ? AND r.source_item_id = ? AND r.target_item_id = ?"),
        type, sourceItemId, targetItemId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<ItemLink>();
    }
    return std::optional<ItemLink>(ItemLink { stmt->int64(0), stmt->text(1), type, true, targetItemId, stmt->text(2),
        stmt->text(3), stmt->text(4), stmt->int64(5) != 0, stmt->text(6) });
}

Result<void> ItemLinkRepository::remove(qint64 relationId)
{
    auto removed = m_db.execute(QStringLiteral("DELETE FROM relation WHERE id = ?"), relationId);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    if (*removed == 0) {
        return fail(Error::Code::NotFound, tr("The link %1 does not exist (any more).").arg(relationId));
    }
    return {};
}

} // namespace Folio
