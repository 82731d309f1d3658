// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/actorrepository.h"

#include "domain/ids.h"
#include "store/database.h"

namespace Folio {

Result<qint64> ActorRepository::find(const QString &name)
{
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM actor WHERE name = ?"), name);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    return existing->isValid() ? existing->toLongLong() : 0;
}

Result<qint64> ActorRepository::ensure(const QString &name, const QString &displayName)
{
    auto existing = find(name);
    if (!existing) {
        return existing;
    }
    if (*existing != 0) {
        return existing;
    }
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO actor (uuid, name, display_name, created_at) VALUES (?, ?, ?, ?)"),
                                 Ids::newUuid(), name, displayName, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<QString> ActorRepository::info(const QString &key)
{
    auto value = m_db.scalar(QStringLiteral("SELECT value FROM library_info WHERE key = ?"), key);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->toString();
}

Result<void> ActorRepository::setInfo(const QString &key, const QString &value)
{
    auto set = m_db.execute(QStringLiteral("INSERT INTO library_info (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            key, value);
    if (!set) {
        return std::unexpected(set.error());
    }
    return {};
}

} // namespace Folio
