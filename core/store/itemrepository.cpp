// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/itemrepository.h"

#include "store/database.h"

namespace Folio {

Result<qint64> ItemRepository::count()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM item"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    return stmt->int64(0);
}

Result<QList<ItemRow>> ItemRepository::page(qint64 offset, int limit)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, uuid, kind, title FROM item ORDER BY title, id LIMIT ?1 OFFSET ?2"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(limit, offset);
    QList<ItemRow> rows;
    for (;;) {
        auto row = stmt->next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        rows.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    }
    return rows;
}

} // namespace Folio
