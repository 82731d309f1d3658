// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners of libpq's C handles (PGconn, PGresult, and memory libpq allocates), so every path out of the
// PostgreSQL back end frees them. Declared over libpq's struct tags, so this header does not pull in
// libpq-fe.h (whose include path only folio_server has).
//
// Thread safety: plain owners. Ownership: each owns the handle it holds.

#include <memory>

struct pg_conn;
struct pg_result;

namespace Folio::Server {

struct PgConnectionCloser
{
    void operator()(pg_conn *connection) const;
};
struct PgResultClearer
{
    void operator()(pg_result *result) const;
};
struct PgMemoryFreer
{
    void operator()(void *memory) const;
};

using PgConnectionHandle = std::unique_ptr<pg_conn, PgConnectionCloser>;
using PgResultHandle = std::unique_ptr<pg_result, PgResultClearer>;
using PgMemoryHandle = std::unique_ptr<unsigned char, PgMemoryFreer>;

} // namespace Folio::Server
