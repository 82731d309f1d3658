// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqltransaction.h"

#include "sql/sqlconnection.h"

#include <utility>

namespace Folio::Server {

Result<SqlTransaction> SqlTransaction::begin(SqlConnection &connection)
{
    if (auto ok = connection.beginTransaction(); !ok) {
        return std::unexpected(ok.error());
    }
    return SqlTransaction(&connection);
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_connection) {
        // Nothing to report to: the caller already returns the error that made it leave without commit().
        (void)m_connection->rollbackTransaction();
    }
}

Result<void> SqlTransaction::commit()
{
    auto ok = m_connection->commitTransaction();
    if (ok) {
        m_connection = nullptr;
    }
    return ok;
}

} // namespace Folio::Server
