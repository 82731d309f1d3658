// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqliteconnection.h"

#include "sql/sqlitestatementbackend.h"

namespace Folio::Server {

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        return std::unexpected(db.error());
    }
    return std::make_unique<SqliteConnection>(std::move(*db));
}

SqliteConnection::SqliteConnection(std::unique_ptr<Database> database)
    : m_db(std::move(database))
{ }

SqliteConnection::~SqliteConnection() = default;

Result<void> SqliteConnection::exec(const QString &sql)
{
    return m_db->exec(sql);
}

Result<SqlStatement> SqliteConnection::prepare(const QString &sql)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return SqlStatement(std::make_unique<SqliteStatementBackend>(std::move(*stmt)));
}

int SqliteConnection::changes() const
{
    return m_db->changes();
}

bool SqliteConnection::inTransaction() const
{
    return m_db->inTransaction();
}

Error SqliteConnection::lastError(const QString &doing) const
{
    return m_db->lastError(doing);
}

Result<void> SqliteConnection::beginTransaction()
{
    return m_db->exec(m_dialect.beginTransaction());
}

Result<void> SqliteConnection::commitTransaction()
{
    return m_db->exec(QStringLiteral("COMMIT"));
}

Result<void> SqliteConnection::rollbackTransaction()
{
    return m_db->exec(QStringLiteral("ROLLBACK"));
}

} // namespace Folio::Server
