// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "sql/sqlconnection.h"

namespace Folio::Server {

namespace {

struct PermissionWords
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Permission)
};

const QList<std::pair<QString, int>> &words()
{
    static const QList<std::pair<QString, int>> all { { QStringLiteral("read"), Permission::Read },
        { QStringLiteral("write"), Permission::Write }, { QStringLiteral("delete"), Permission::Delete },
        { QStringLiteral("approve"), Permission::Approve }, { QStringLiteral("share"), Permission::Share },
        { QStringLiteral("admin"), Permission::Admin } };
    return all;
}

} // namespace

int Permission::roleCeiling(const QString &role)
{
    static const QHash<QString, int> ceilings {
        { QStringLiteral("admin"), all },
        { QStringLiteral("librarian"), Read | Write | Delete | Approve | Share },
        { QStringLiteral("editor"), Read | Write | Delete | Share },
        { QStringLiteral("approver"), Read | Write | Approve },
        { QStringLiteral("reviewer"), Read },
        { QStringLiteral("viewer"), Read },
        // Outside collaborators get only what is granted to them, and never share it on.
        { QStringLiteral("external"), Read | Write },
    };
    return ceilings.value(role, 0);
}

Result<int> Permission::parse(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("all")) {
        return all;
    }
    if (trimmed == QLatin1String("none")) {
        return 0;
    }
    int bits = 0;
    for (const QString &word : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool known = false;
        for (const auto &[name, bit] : words()) {
            if (word.trimmed() == name) {
                bits |= bit;
                known = true;
            }
        }
        if (!known) {
            return fail(Error::Code::InvalidArgument,
                PermissionWords::tr("\"%1\" is not a permission: use read, write, delete, approve, share, admin, "
                                    "all or none, separated by commas.")
                    .arg(word.trimmed()));
        }
    }
    if (bits == 0) {
        return fail(Error::Code::InvalidArgument, PermissionWords::tr("No permission given in \"%1\".").arg(text));
    }
    return bits;
}

QString Permission::format(int perms)
{
    QStringList names;
    for (const auto &[name, bit] : words()) {
        if (perms & bit) {
            names.append(name);
        }
    }
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(','));
}

const QStringList &Permission::classifications()
{
    static const QStringList all { QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"),
        QStringLiteral("restricted") };
    return all;
}

bool Permission::needsExplicitGrant(const QString &classification)
{
    return classification == QLatin1String("confidential") || classification == QLatin1String("restricted");
}

PermissionResolver::PermissionResolver(SqlConnection &db, Caller caller)
    : m_db(db)
    , m_caller(std::move(caller))
    , m_ceiling(Permission::roleCeiling(m_caller.role))
{ }

void PermissionResolver::reset()
{
    m_grantsLoaded = false;
    m_grants.clear();
    m_folders.clear();
}

Result<void> PermissionResolver::loadGrants()
{
    if (m_grantsLoaded) {
        return {};
    }
    auto rows = m_db.query(QStringLiteral("SELECT target_kind, target, perms FROM grants WHERE "
                                          "(principal_kind = 'user' AND principal = ?) OR "
                                          "(principal_kind = 'role' AND principal = ?)"),
        m_caller.userUuid, m_caller.role);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    auto read = rows->forEach(
        [this](const SqlStatement &row) { m_grants[row.text(0) + QLatin1Char('/') + row.text(1)] |= int(row.int64(2)); });
    if (!read) {
        return read;
    }
    m_grantsLoaded = true;
    return {};
}

int PermissionResolver::grantOn(const QString &kind, const QString &target) const
{
    return m_grants.value(kind + QLatin1Char('/') + target, 0);
}

Result<int> PermissionResolver::folder(qint64 folderId)
{
    if (m_caller.isAdmin()) {
        return Permission::all;
    }
    if (auto ok = loadGrants(); !ok) {
        return std::unexpected(ok.error());
    }
    if (folderId == 0) {
        return grantOn(QStringLiteral("root"), QString()) & m_ceiling;
    }
    if (auto known = m_folders.constFind(folderId); known != m_folders.constEnd()) {
        return *known;
    }
    auto row = m_db.query(QStringLiteral("SELECT uuid, parent_id FROM folders WHERE id = ?"), folderId);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto found = row->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return 0;
    }
    const QString uuid = row->text(0);
    const qint64 parent = row->isNull(1) ? 0 : row->int64(1);
    // Folder chains are short; recursion depth is the folder depth.
    auto inherited = folder(parent);
    if (!inherited) {
        return inherited;
    }
    const int perms = (*inherited | grantOn(QStringLiteral("folder"), uuid)) & m_ceiling;
    m_folders.insert(folderId, perms);
    return perms;
}

Result<int> PermissionResolver::item(const ItemAccessFacts &facts)
{
    if (m_caller.isAdmin()) {
        return Permission::all;
    }
    auto inherited = folder(facts.folderId);
    if (!inherited) {
        return inherited;
    }
    const int explicitGrant = grantOn(QStringLiteral("item"), facts.uuid);
    const bool owner = facts.ownerId != 0 && facts.ownerId == m_caller.userId;
    // A confidential item takes both: the folder's access, and a grant on the item saying how much of it.
    const int perms = Permission::needsExplicitGrant(facts.classification) ? (*inherited & explicitGrant)
                                                                           : (*inherited | explicitGrant);
    const int owned = owner ? Permission::Read | Permission::Write | Permission::Delete : 0;
    return (perms | owned) & m_ceiling;
}

Result<ItemAccessFacts> PermissionResolver::facts(SqlConnection &db, qint64 itemId)
{
    auto row
        = db.query(QStringLiteral("SELECT uuid, folder_id, owner_id, classification FROM items WHERE id = ?"), itemId);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto found = row->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(Error::Code::NotFound, tr("There is no such item."));
    }
    ItemAccessFacts facts;
    facts.id = itemId;
    facts.uuid = row->text(0);
    facts.folderId = row->isNull(1) ? 0 : row->int64(1);
    facts.ownerId = row->isNull(2) ? 0 : row->int64(2);
    facts.classification = row->text(3);
    return facts;
}

Result<int> PermissionResolver::itemById(qint64 itemId)
{
    auto found = facts(m_db, itemId);
    if (!found) {
        if (found.error().code() == Error::Code::NotFound) {
            return 0;
        }
        return std::unexpected(found.error());
    }
    return item(*found);
}

} // namespace Folio::Server
