// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Grants: who holds which permissions where. Setting or revoking one re-decides, for the users it concerns,
// who may read the items below its target, and writes the change feed's "access lost" entries and
// re-deliveries for the difference (AccessDiff), in the caller's transaction.
//
// Thread safety: stateless functions on the caller's connection inside its write transaction.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>


namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class ChangeLog;

struct GrantRow
{
    QString principalKind; // user, role
    QString principal; // a user's uuid or a role
    QString principalName; // the user's name or the role
    QString targetKind; // root, folder, item
    QString target; // uuid, or empty for the root
    QString targetName; // a folder's path, an item's title or uuid, "/" for the root
    int perms = 0;
};

namespace Grants {

// Resolves the words of `foliod grant`: a role or a user name; "/" (the root), a folder path ("/Legal/2024")
// or the uuid of a folder or an item. Errors name what was not found.
Result<GrantRow> resolve(SqlConnection &db, const QString &principal, const QString &target);
// Sets ROW's permissions (replacing an earlier grant to the same principal on the same target; 0 revokes).
// Returns how many users' readable items changed.
Result<int> set(SqlConnection &db, ChangeLog &log, const GrantRow &row);
Result<QList<GrantRow>> list(SqlConnection &db);

} // namespace Grants

} // namespace Folio::Server
