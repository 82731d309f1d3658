// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema of foliod's own database (DIR/foliod.db, or a PostgreSQL database): accounts, refresh-token sessions and
// the security audit trail (version 1), the shared library clients sync with — folders, items, versions, collections,
// relations, grants, ops and the change feed (version 2) — and the login throttle's counts (version 3), as numbered
// migrations run by ServerMigrations. The text is written once for SQLite and PostgreSQL with SqlDialect's {word}s; on
// SQLite it expands to exactly the SQL earlier foliods ran, so their foliod.db files carry on. Its own schema, not a
// library's: the server keeps no local-only state.
//
// Thread safety: constant data. Ownership: none.

#include "store/servermigrations.h"

#include <QList>

namespace Folio::Server::ServerSchema {

// Every migration of the server database, oldest first.
const QList<ServerMigration> &migrations();
// The version the database has after every migration ran.
int currentVersion();

} // namespace Folio::Server::ServerSchema
