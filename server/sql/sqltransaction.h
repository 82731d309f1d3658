// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqlTransaction is a write transaction on a SqlConnection, as Folio::Transaction is on a Database: BEGIN
// IMMEDIATE on SQLite, BEGIN on PostgreSQL (SqlDialect::beginTransaction). Rolls back on destruction unless
// commit() succeeded; commit() fails when the back end had already aborted the transaction (PostgreSQL after
// an error), so nothing is reported saved that was not.
//
// Thread safety: that of its connection. Ownership: borrows the connection, which must outlive it; move-only.

#include "error.h"

namespace Folio::Server {

class SqlConnection;

class SqlTransaction
{
public:
    static Result<SqlTransaction> begin(SqlConnection &connection);
    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction &operator=(SqlTransaction &&) = delete;
    SqlTransaction(const SqlTransaction &) = delete;
    ~SqlTransaction();

    Result<void> commit();

private:
    explicit SqlTransaction(SqlConnection *connection)
        : m_connection(connection)
    { }
    SqlConnection *m_connection = nullptr;
};

} // namespace Folio::Server
