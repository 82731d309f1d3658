// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema of foliod's own database (DIR/foliod.db): accounts, refresh-token sessions and the security
// audit trail, as numbered migrations run by Folio::Migrations::migrate. Separate from a library's schema:
// the server's database never holds items.
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
