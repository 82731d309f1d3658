// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who may do what in the shared library. Permissions are bits granted to a user or a role on the library's
// root, a folder (inherited by everything below it) or an item. A user's permissions on an item are the
// union of the grants on its folder chain and on the item itself, plus read, write and delete on what they
// created; items classified confidential or restricted take both the folder's access and an explicit grant
// on the item, and give what the two have in common (their owner keeps read, write and delete). The role caps the
// result: a viewer granted write still only reads. Administrators may do everything. The defaults are grants on the
// root (schema version 2), so an administrator can narrow them.
//
// PermissionResolver answers for one caller over one database connection, memoizing folders and grants, so
// a page of the change feed costs one lookup per folder rather than per row. Not thread-safe; make one per
// request. Borrows the database, which must outlive it.

#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>


namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

namespace Permission {
enum Bit : int { Read = 1, Write = 2, Delete = 4, Approve = 8, Share = 16, Admin = 32 };
constexpr int all = Read | Write | Delete | Approve | Share | Admin;
// The most ROLE can hold, whatever is granted.
int roleCeiling(const QString &role);
// "read,write", "all" or "none" → bits; an error naming the unknown word.
Result<int> parse(const QString &text);
// Bits → "read,write" ("none" for 0).
QString format(int perms);
// Confidential and restricted items need an explicit grant.
bool needsExplicitGrant(const QString &classification);
const QStringList &classifications();
} // namespace Permission

// What the resolver needs to know of an item.
struct ItemAccessFacts
{
    qint64 id = 0;
    QString uuid;
    qint64 folderId = 0; // 0: the root
    qint64 ownerId = 0;
    QString classification;
};

struct Caller
{
    qint64 userId = 0;
    QString userUuid;
    QString userName;
    QString role;
    bool isAdmin() const { return role == QLatin1String("admin"); }
};

class PermissionResolver
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::PermissionResolver)

public:
    PermissionResolver(SqlConnection &db, Caller caller);

    const Caller &caller() const { return m_caller; }
    // The caller's permissions on folder FOLDERID (0: the root), inherited from its parents.
    Result<int> folder(qint64 folderId);
    Result<int> item(const ItemAccessFacts &facts);
    // Loads the facts of item ITEMID; 0 when there is no such item.
    Result<int> itemById(qint64 itemId);
    // Forgets what was memoized (after a change to grants, folders or items in the same transaction).
    void reset();

    // The facts of item ITEMID; NotFound when there is none.
    static Result<ItemAccessFacts> facts(SqlConnection &db, qint64 itemId);

private:
    Result<void> loadGrants();
    int grantOn(const QString &kind, const QString &target) const;

    SqlConnection &m_db;
    Caller m_caller;
    int m_ceiling = 0;
    bool m_grantsLoaded = false;
    QHash<QString, int> m_grants; // "kind/target" → bits
    QHash<qint64, int> m_folders;
};

} // namespace Folio::Server
