// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema of foliod's own database (DIR/foliod.db): accounts, refresh-token sessions and the security
// audit trail (version 1), and the shared library clients sync with — folders, items, versions, collections,
// relations, grants, ops and the change feed (version 2) — as numbered migrations run by
// Folio::Migrations::migrate. Its own schema, not a library's: the server keeps no local-only state.
//
// Thread safety: constant data. Ownership: none.

#include "store/migrations.h"

#include <QList>

namespace Folio::Server::ServerSchema {

// Every migration of foliod.db, oldest first.
const QList<Migration> &migrations();
// The version foliod.db has after every migration ran.
int currentVersion();

} // namespace Folio::Server::ServerSchema
