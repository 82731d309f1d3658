// SPDX-License-Identifier: GPL-3.0-or-later
#include "servermigrations.h"

#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"

#include <optional>

namespace Folio::Server {

namespace ServerMigrationsHelpers {

// Any fixed number, the same in every foliod: the advisory lock that lets one node at a time migrate.
constexpr qint64 migrationLockKey = 0x466f6c696f4d; // "FolioM"

bool isPostgres(const SqlConnection &db)
{
    return db.dialect().backend() == SqlDialect::Backend::Postgres;
}

Result<void> run(SqlConnection &db, const char *sql)
{
    auto text = db.dialect().schema(QString::fromUtf8(sql));
    if (!text) {
        return std::unexpected(text.error());
    }
    return db.exec(*text);
}

Result<void> record(SqlConnection &db, int version)
{
    if (!isPostgres(db)) {
        // PRAGMA takes no bound values; VERSION is our own number.
        return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    auto changed = db.execute(QStringLiteral("UPDATE schema_version SET version = ? WHERE id = 1"), version);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    return {};
}

// Inside a migration transaction on PostgreSQL: waits for any other node's migration, then makes sure the version table
// exists (the first migration's transaction creates it, so it appears with the tables).
Result<void> lockPostgres(SqlConnection &db)
{
    auto locked = db.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), migrationLockKey);
    if (!locked) {
        return std::unexpected(locked.error());
    }
    if (auto ok = locked->run(); !ok) {
        return ok;
    }
    return run(db,
        "CREATE TABLE IF NOT EXISTS schema_version (id {int} PRIMARY KEY CHECK (id = 1), version {int} NOT "
        "NULL);INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;");
}

} // namespace ServerMigrationsHelpers

Result<int> ServerMigrations::version(SqlConnection &db)
{
    if (!ServerMigrationsHelpers::isPostgres(db)) {
        auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
        if (!version) {
            return std::unexpected(version.error());
        }
        return version->toInt();
    }
    // Asked without touching a table that may not exist yet: a failed statement would abort the caller's transaction on
    // PostgreSQL.
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                           "current_schema() AND table_name = 'schema_version'"));
    if (!exists) {
        return std::unexpected(exists.error());
    }
    if (exists->toLongLong() == 0) {
        return 0;
    }
    auto version = db.scalar(QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (!version) {
        return std::unexpected(version.error());
    }
    return version->isValid() ? version->toInt() : 0;
}

Result<int> ServerMigrations::migrate(SqlConnection &db, const QList<ServerMigration> &migrations)
{
    using namespace ServerMigrationsHelpers;
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    auto tooNew = [&](int found) {
        return fail(Error::Code::Unsupported,
            tr("The server database %1 has schema version %2, but this foliod knows only up to version %3: use a newer "
               "foliod.")
                .arg(db.name())
                .arg(found)
                .arg(newest));
    };
    auto current = version(db);
    if (!current) {
        return current;
    }
    if (*current > newest) {
        return tooNew(*current);
    }
    std::optional<int> before;
    for (const ServerMigration &migration : migrations) {
        if (migration.version <= *current) {
            continue;
        }
        auto tx = SqlTransaction::begin(db);
        if (!tx) {
            return std::unexpected(tx.error());
        }
        if (isPostgres(db)) {
            if (auto ok = lockPostgres(db); !ok) {
                return std::unexpected(ok.error());
            }
        }
        // Re-read under the lock: another node (or process) may have migrated since the read above.
        current = version(db);
        if (!current) {
            return current;
        }
        if (!before) {
            before = *current;
        }
        if (*current > newest) {
            return tooNew(*current);
        }
        if (migration.version <= *current) {
            continue; // done by someone else; the transaction rolls back having changed nothing
        }
        const QString doing
            = tr("Could not migrate the server database %1 to schema version %2").arg(db.name()).arg(migration.version);
        auto step = run(db, migration.sql);
        if (step && migration.postgresOnly && isPostgres(db)) {
            step = run(db, migration.postgresOnly);
        }
        if (step) {
            step = record(db, migration.version);
        }
        if (step) {
            step = tx->commit();
        }
        if (!step) {
            return fail(
                step.error().code(), doing + QStringLiteral(": ") + step.error().message(), step.error().detail());
        }
        *current = migration.version;
    }
    return before.value_or(*current);
}

} // namespace Folio::Server
