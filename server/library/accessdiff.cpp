// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessdiff.h"

#include "changelog.h"
#include "snapshots.h"
#include "sql/sqlconnection.h"

namespace Folio::Server {

namespace {

const QString userColumns
    = QStringLiteral("SELECT id, uuid, name, role FROM users WHERE disabled = 0 AND role <> 'admin'");

} // namespace

Result<void> AccessDiff::setUsersAll()
{
    return setUsersByPrincipal(QString(), QString());
}

Result<void> AccessDiff::setUsersByPrincipal(const QString &kind, const QString &principal)
{
    m_users.clear();
    QString sql = userColumns;
    if (kind == QLatin1String("user")) {
        sql += QStringLiteral(" AND uuid = ?");
    } else if (kind == QLatin1String("role")) {
        sql += QStringLiteral(" AND role = ?");
    }
    auto rows = kind.isEmpty() ? m_db.query(sql) : m_db.query(sql, principal);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->forEach([this](const SqlStatement &row) {
        m_users.append(Caller { row.int64(0), row.text(1), row.text(2), row.text(3) });
    });
}

Result<QList<qint64>> AccessDiff::itemsUnder(qint64 folderId)
{
    QList<qint64> items;
    const auto collect = [&items](const SqlStatement &row) { items.append(row.int64(0)); };
    if (folderId == 0) {
        auto rows = m_db.query(QStringLiteral("SELECT id FROM items WHERE deleted = 0"));
        if (!rows) {
            return std::unexpected(rows.error());
        }
        if (auto ok = rows->forEach(collect); !ok) {
            return std::unexpected(ok.error());
        }
        return items;
    }
    auto rows = m_db.query(
        QStringLiteral("WITH RECURSIVE tree (id) AS (SELECT ? UNION ALL SELECT f.id FROM folders f JOIN tree t "
                       "ON f.parent_id = t.id) SELECT i.id FROM items i JOIN tree t ON i.folder_id = t.id "
                       "WHERE i.deleted = 0"),
        folderId);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (auto ok = rows->forEach(collect); !ok) {
        return std::unexpected(ok.error());
    }
    return items;
}

Result<QSet<qint64>> AccessDiff::readable(const Caller &user, const QList<qint64> &items)
{
    PermissionResolver resolver(m_db, user);
    QSet<qint64> may;
    for (const qint64 item : items) {
        auto perms = resolver.itemById(item);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        if (*perms & Permission::Read) {
            may.insert(item);
        }
    }
    return may;
}

Result<void> AccessDiff::before(const QList<qint64> &items)
{
    m_items = items;
    m_before.clear();
    for (const Caller &user : std::as_const(m_users)) {
        auto may = readable(user, m_items);
        if (!may) {
            return std::unexpected(may.error());
        }
        m_before.append(*may);
    }
    return {};
}

Result<int> AccessDiff::after()
{
    int touched = 0;
    for (int i = 0; i < m_users.size(); ++i) {
        const Caller &user = m_users[i];
        auto now = readable(user, m_items);
        if (!now) {
            return std::unexpected(now.error());
        }
        PermissionResolver resolver(m_db, user);
        bool changed = false;
        for (const qint64 item : std::as_const(m_items)) {
            const bool had = m_before[i].contains(item);
            const bool has = now->contains(item);
            if (had && !has) {
                auto facts = PermissionResolver::facts(m_db, item);
                if (!facts) {
                    return std::unexpected(facts.error());
                }
                ChangeRow row { QStringLiteral("item"), facts->uuid, item, 0, 0, QStringLiteral("access-lost"),
                    QJsonObject { { QStringLiteral("uuid"), facts->uuid } }, user.userId };
                if (auto ok = m_log.append(row); !ok) {
                    return std::unexpected(ok.error());
                }
                changed = true;
            } else if (!had && has) {
                if (auto ok = redeliver(user.userId, item, resolver); !ok) {
                    return std::unexpected(ok.error());
                }
                changed = true;
            }
        }
        touched += changed ? 1 : 0;
    }
    return touched;
}

Result<void> AccessDiff::redeliver(qint64 userId, qint64 itemId, PermissionResolver &resolver)
{
    auto item = Snapshots::item(m_db, itemId);
    if (!item) {
        return std::unexpected(item.error());
    }
    const QString itemUuid = item->value(QStringLiteral("uuid")).toString();
    QList<ChangeRow> rows { { QStringLiteral("item"), itemUuid, itemId, 0, 0, QStringLiteral("upsert"), *item,
        userId } };

    auto versions = m_db.query(QStringLiteral("SELECT id FROM versions WHERE item_id = ? ORDER BY number"), itemId);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    QList<qint64> versionIds;
    if (auto ok = versions->forEach([&](const SqlStatement &row) { versionIds.append(row.int64(0)); }); !ok) {
        return ok;
    }
    for (const qint64 id : versionIds) {
        auto state = Snapshots::version(m_db, id);
        if (!state) {
            return std::unexpected(state.error());
        }
        rows.append({ QStringLiteral("version"), state->value(QStringLiteral("uuid")).toString(), itemId, 0, 0,
            QStringLiteral("upsert"), *state, userId });
    }

    auto members = m_db.query(
        QStringLiteral("SELECT collection_id FROM collection_items WHERE item_id = ? AND deleted = 0"), itemId);
    if (!members) {
        return std::unexpected(members.error());
    }
    QList<qint64> collections;
    if (auto ok = members->forEach([&](const SqlStatement &row) { collections.append(row.int64(0)); }); !ok) {
        return ok;
    }
    for (const qint64 collection : collections) {
        auto state = Snapshots::membership(m_db, collection, itemId);
        if (!state) {
            return std::unexpected(state.error());
        }
        rows.append({ QStringLiteral("membership"), state->value(QStringLiteral("collection")).toString(), itemId, 0, 0,
            QStringLiteral("upsert"), *state, userId });
    }

    auto relations = m_db.query(QStringLiteral("SELECT id, source_id, target_id FROM relations WHERE deleted = 0 "
                                               "AND (source_id = ? OR target_id = ?)"),
        itemId, itemId);
    if (!relations) {
        return std::unexpected(relations.error());
    }
    QList<std::array<qint64, 3>> links;
    if (auto ok = relations->forEach([&](const SqlStatement &row) {
            links.append({ row.int64(0), row.int64(1), row.int64(2) });
        });
        !ok) {
        return ok;
    }
    for (const auto &[id, source, target] : links) {
        // A relation is shown only when both of its items are readable.
        auto other = resolver.itemById(source == itemId ? target : source);
        if (!other) {
            return std::unexpected(other.error());
        }
        if ((*other & Permission::Read) == 0) {
            continue;
        }
        auto state = Snapshots::relation(m_db, id);
        if (!state) {
            return std::unexpected(state.error());
        }
        rows.append({ QStringLiteral("relation"), state->value(QStringLiteral("uuid")).toString(), source, target, 0,
            QStringLiteral("upsert"), *state, userId });
    }

    auto conflicts = m_db.query(
        QStringLiteral("SELECT id FROM field_conflicts WHERE item_id = ? AND resolved = 0 ORDER BY id"), itemId);
    if (!conflicts) {
        return std::unexpected(conflicts.error());
    }
    QList<qint64> conflictIds;
    if (auto ok = conflicts->forEach([&](const SqlStatement &row) { conflictIds.append(row.int64(0)); }); !ok) {
        return ok;
    }
    for (const qint64 id : conflictIds) {
        auto state = Snapshots::conflict(m_db, id);
        if (!state) {
            return std::unexpected(state.error());
        }
        rows.append({ QStringLiteral("conflict"), state->value(QStringLiteral("uuid")).toString(), itemId, 0, 0,
            QStringLiteral("upsert"), *state, userId });
    }

    for (const ChangeRow &row : std::as_const(rows)) {
        if (auto ok = m_log.append(row); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return {};
}

} // namespace Folio::Server
