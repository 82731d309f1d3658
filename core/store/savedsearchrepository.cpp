// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/savedsearchrepository.h"

#include "store/database.h"

namespace Folio {

namespace {
const QString Columns = QStringLiteral("id, uuid, name, query, created_at, modified_at");

SavedSearch fromRow(const Statement &row)
{
    return { row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5) };
}
} // namespace

Result<QList<SavedSearch>> SavedSearchRepository::all()
{
    auto stmt = m_db.query(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM collection WHERE kind = 'smart' AND trashed_at IS NULL ORDER BY name COLLATE NOCASE"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<SavedSearch> searches;
    auto done = stmt->forEach([&](Statement &row) { searches.append(fromRow(row)); });
    if (!done) {
        return std::unexpected(done.error());
    }
    return searches;
}

Result<std::optional<SavedSearch>> SavedSearchRepository::byName(const QString &name)
{
    auto stmt = m_db.query(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM collection WHERE kind = 'smart' AND trashed_at IS NULL AND name = ?"),
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

Result<void> SavedSearchRepository::add(const SavedSearch &s)
{
    auto added
        = m_db.execute(QStringLiteral("INSERT INTO collection (uuid, name, kind, query, created_at, modified_at) "
                                      "VALUES (?, ?, 'smart', ?, ?, ?)"),
            s.uuid, s.name, s.query, s.createdAt, s.modifiedAt);
    if (!added) {
        return std::unexpected(added.error());
    }
    return {};
}

Result<void> SavedSearchRepository::updateQuery(qint64 id, const QString &query, const QString &at)
{
    auto updated = m_db.execute(
        QStringLiteral("UPDATE collection SET query = ?, modified_at = ?, rev = rev + 1 WHERE id = ?"), query, at, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<void> SavedSearchRepository::remove(qint64 id)
{
    auto removed = m_db.execute(QStringLiteral("DELETE FROM collection WHERE id = ? AND kind = 'smart'"), id);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    return {};
}

} // namespace Folio
