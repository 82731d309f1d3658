// SPDX-License-Identifier: GPL-3.0-or-later
#include "grants.h"

#include "accessdiff.h"
#include "changelog.h"
#include "domain/ids.h"
#include "entitylookup.h"
#include "permissions.h"
#include "sql/sqlconnection.h"
#include "store/serverstore.h"

namespace Folio::Server::Grants {

namespace {

struct GrantText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Grants)
};

Result<qint64> folderByPath(SqlConnection &db, const QString &path)
{
    qint64 parent = 0;
    for (const QString &name : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        auto id = parent == 0
            ? db.scalar(
                QStringLiteral("SELECT id FROM folders WHERE parent_id IS NULL AND name = ? AND deleted = 0"), name)
            : db.scalar(QStringLiteral("SELECT id FROM folders WHERE parent_id = ? AND name = ? AND deleted = 0"),
                parent, name);
        if (!id) {
            return std::unexpected(id.error());
        }
        if (!id->isValid()) {
            return fail(Error::Code::NotFound, GrantText::tr("There is no folder \"%1\".").arg(path));
        }
        parent = id->toLongLong();
    }
    return parent;
}

Result<QString> folderPath(SqlConnection &db, const QString &uuid)
{
    auto rows = db.query(
        QStringLiteral("WITH RECURSIVE up (id, parent_id, name, depth) AS (SELECT id, parent_id, name, 0 FROM folders "
                       "WHERE uuid = ? UNION ALL SELECT f.id, f.parent_id, f.name, up.depth + 1 FROM folders f "
                       "JOIN up ON f.id = up.parent_id) SELECT name FROM up ORDER BY depth DESC"),
        uuid);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    QString path;
    if (auto ok = rows->forEach([&path](const SqlStatement &row) { path += QLatin1Char('/') + row.text(0); }); !ok) {
        return std::unexpected(ok.error());
    }
    return path;
}

} // namespace

Result<GrantRow> resolve(SqlConnection &db, const QString &principal, const QString &target)
{
    GrantRow row;
    if (ServerStore::roles().contains(principal)) {
        row.principalKind = QStringLiteral("role");
        row.principal = principal;
        row.principalName = principal;
    } else {
        auto uuid = db.scalar(QStringLiteral("SELECT uuid FROM users WHERE name = ?"), principal);
        if (!uuid) {
            return std::unexpected(uuid.error());
        }
        if (!uuid->isValid()) {
            return fail(Error::Code::NotFound,
                GrantText::tr("\"%1\" is neither a role (%2) nor a user.")
                    .arg(principal, ServerStore::roles().join(QStringLiteral(", "))));
        }
        row.principalKind = QStringLiteral("user");
        row.principal = uuid->toString();
        row.principalName = principal;
    }
    if (target == QLatin1String("/") || target == QLatin1String("root")) {
        row.targetKind = QStringLiteral("root");
        row.targetName = QStringLiteral("/");
        return row;
    }
    if (Ids::isUuid(target)) {
        auto folder = EntityLookup::folder(db, target);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        auto item = EntityLookup::item(db, target);
        if (!item) {
            return std::unexpected(item.error());
        }
        if (!*folder && !*item) {
            return fail(Error::Code::NotFound, GrantText::tr("There is no folder or item %1.").arg(target));
        }
        row.targetKind = *folder ? QStringLiteral("folder") : QStringLiteral("item");
        row.target = target;
        if (*folder) {
            auto path = folderPath(db, target);
            if (!path) {
                return std::unexpected(path.error());
            }
            row.targetName = *path;
        } else {
            row.targetName = target;
        }
        return row;
    }
    if (!target.startsWith(QLatin1Char('/'))) {
        return fail(Error::Code::InvalidArgument,
            GrantText::tr("\"%1\" is not a target: give \"/\", a folder path starting with \"/\" or a uuid.")
                .arg(target));
    }
    auto id = folderByPath(db, target);
    if (!id) {
        return std::unexpected(id.error());
    }
    auto uuid = db.scalar(QStringLiteral("SELECT uuid FROM folders WHERE id = ?"), *id);
    if (!uuid) {
        return std::unexpected(uuid.error());
    }
    row.targetKind = QStringLiteral("folder");
    row.target = uuid->toString();
    row.targetName = target;
    return row;
}

Result<int> set(SqlConnection &db, ChangeLog &log, const GrantRow &given)
{
    GrantRow row = given;
    if (row.target.isNull()) {
        row.target = QStringLiteral(""); // the root's target is empty text, never NULL
    }
    AccessDiff access(db, log);
    if (auto ok = access.setUsersByPrincipal(row.principalKind, row.principal); !ok) {
        return std::unexpected(ok.error());
    }
    QList<qint64> items;
    if (row.targetKind == QLatin1String("item")) {
        auto item = EntityLookup::item(db, row.target);
        if (!item) {
            return std::unexpected(item.error());
        }
        if (*item) {
            items.append((*item)->id);
        }
    } else {
        qint64 folderId = 0;
        if (row.targetKind == QLatin1String("folder")) {
            auto folder = EntityLookup::folder(db, row.target);
            if (!folder) {
                return std::unexpected(folder.error());
            }
            folderId = *folder ? (*folder)->id : -1;
        }
        auto below = access.itemsUnder(folderId);
        if (!below) {
            return std::unexpected(below.error());
        }
        items = *below;
    }
    if (auto ok = access.before(items); !ok) {
        return std::unexpected(ok.error());
    }
    Result<int> written = row.perms == 0
        ? db.execute(QStringLiteral("DELETE FROM grants WHERE principal_kind = ? AND principal = ? AND target_kind = ? "
                                    "AND target = ?"),
            row.principalKind, row.principal, row.targetKind, row.target)
        : db.execute(
            QStringLiteral("INSERT INTO grants (principal_kind, principal, target_kind, target, perms, created) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (principal_kind, principal, target_kind, "
                           "target) DO UPDATE SET perms = excluded.perms"),
            row.principalKind, row.principal, row.targetKind, row.target, row.perms, Ids::now());
    if (!written) {
        return std::unexpected(written.error());
    }
    return access.after();
}

Result<QList<GrantRow>> list(SqlConnection &db)
{
    auto rows = db.query(QStringLiteral(
        "SELECT g.principal_kind, g.principal, COALESCE(u.name, g.principal), g.target_kind, g.target, g.perms "
        "FROM grants g LEFT JOIN users u ON g.principal_kind = 'user' AND u.uuid = g.principal "
        "ORDER BY g.target_kind, g.target, g.principal_kind, g.principal"));
    if (!rows) {
        return std::unexpected(rows.error());
    }
    QList<GrantRow> grants;
    auto read = rows->forEach([&grants](const SqlStatement &row) {
        grants.append(GrantRow { row.text(0), row.text(1), row.text(2), row.text(3), row.text(4),
            row.text(3) == QLatin1String("root") ? QStringLiteral("/") : row.text(4), int(row.int64(5)) });
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    for (GrantRow &grant : grants) {
        if (grant.targetKind == QLatin1String("folder")) {
            auto path = folderPath(db, grant.target);
            if (!path) {
                return std::unexpected(path.error());
            }
            grant.targetName = *path;
        }
    }
    return grants;
}

} // namespace Folio::Server::Grants
