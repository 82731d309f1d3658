// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/postgreshandles.h"

#include <libpq-fe.h>

namespace Folio::Server {

void PgConnectionCloser::operator()(pg_conn *connection) const
{
    PQfinish(connection);
}

void PgResultClearer::operator()(pg_result *result) const
{
    PQclear(result);
}

void PgMemoryFreer::operator()(void *memory) const
{
    PQfreemem(memory);
}

} // namespace Folio::Server
