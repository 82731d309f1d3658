// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AccessDiff keeps the change feed honest when who may read an item changes without the item's own rows
// telling every reader: a grant added or revoked, an item moved to another folder, a folder moved, a
// classification raised or lowered. Before such a change it notes, for each affected user, which of the
// affected items they may read; after it, a user who lost an item gets an "access-lost" row addressed to
// them (the client removes the item and its cached files), and a user who gained one gets the item, its
// versions, memberships, open conflicts and relations re-delivered as new rows addressed to them — their
// old sequence numbers lie behind the reader's cursor. Administrators read everything and are skipped.
//
// Thread safety: one per write transaction. Borrows the database and the change log.

#include "error.h"
#include "permissions.h"

#include <QList>
#include <QSet>

namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class ChangeLog;

class AccessDiff
{
public:
    AccessDiff(SqlConnection &db, ChangeLog &log)
        : m_db(db)
        , m_log(log)
    { }

    // Every enabled user but administrators; or only USERUUID's, or only ROLE's users.
    Result<void> setUsersAll();
    Result<void> setUsersByPrincipal(const QString &kind, const QString &principal);
    // The items below folder FOLDERID (0: every item), through sub-folders.
    Result<QList<qint64>> itemsUnder(qint64 folderId);

    // Notes who may read ITEMS now.
    Result<void> before(const QList<qint64> &items);
    // Compares with now and writes the rows for the difference. Returns how many users gained or lost.
    Result<int> after();

private:
    Result<QSet<qint64>> readable(const Caller &user, const QList<qint64> &items);
    Result<void> redeliver(qint64 userId, qint64 itemId, PermissionResolver &resolver);

    SqlConnection &m_db;
    ChangeLog &m_log;
    QList<Caller> m_users;
    QList<qint64> m_items;
    QList<QSet<qint64>> m_before;
};

} // namespace Folio::Server
