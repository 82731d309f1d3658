// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/database.h"

namespace Folio::Migrations {

Result<int> version(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    return int(stmt->int64(0));
}

Result<int> migrate(Database &db, const QList<Migration> &migrations)
{
    auto before = version(db);
    if (!before) {
        return before;
    }
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (*before > newest) {
        return fail(Error::Code::Unsupported,
                    Database::tr("The library database %1 has schema version %2, but this Folio knows only up to "
                                 "version %3. Use a newer Folio.")
                        .arg(db.path())
                        .arg(*before)
                        .arg(newest));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= *before) {
            continue;
        }
        auto tx = Transaction::begin(db);
        if (!tx) {
            return std::unexpected(tx.error());
        }
        if (auto ok = db.exec(QString::fromUtf8(migration.sql)); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = tx->commit(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return *before;
}

} // namespace Folio::Migrations
