// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylookup.h"

#include "sql/sqlconnection.h"

namespace Folio::Server::EntityLookup {

namespace {

// SQL selects id, revision, deleted, trashed, owner for one uuid.
Result<std::optional<Found>> find(SqlConnection &db, const QString &sql, const QString &uuid)
{
    if (uuid.isEmpty()) {
        return std::nullopt;
    }
    auto row = db.query(sql, uuid);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto more = row->next();
    if (!more) {
        return std::unexpected(more.error());
    }
    if (!*more) {
        return std::nullopt;
    }
    return Found { row->int64(0), row->int64(1), row->int64(2) != 0, row->int64(3) != 0,
        row->isNull(4) ? 0 : row->int64(4) };
}

} // namespace

Result<std::optional<Found>> item(SqlConnection &db, const QString &uuid)
{
    return find(db, QStringLiteral("SELECT id, revision, deleted, trashed, owner_id FROM items WHERE uuid = ?"), uuid);
}

Result<std::optional<Found>> folder(SqlConnection &db, const QString &uuid)
{
    return find(db, QStringLiteral("SELECT id, revision, deleted, 0, owner_id FROM folders WHERE uuid = ?"), uuid);
}

Result<std::optional<Found>> collection(SqlConnection &db, const QString &uuid)
{
    return find(db, QStringLiteral("SELECT id, revision, deleted, 0, owner_id FROM collections WHERE uuid = ?"), uuid);
}

Result<std::optional<Found>> relation(SqlConnection &db, const QString &uuid)
{
    return find(db, QStringLiteral("SELECT id, revision, deleted, 0, NULL FROM relations WHERE uuid = ?"), uuid);
}

} // namespace Folio::Server::EntityLookup
