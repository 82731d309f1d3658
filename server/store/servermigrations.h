// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ServerMigrations brings foliod's own database — a SQLite file or a PostgreSQL database — to the current schema
// (ServerSchema), one numbered migration at a time, each in its own transaction together with the new version number.
// Where the version lives differs: SQLite keeps it in `PRAGMA user_version` (as foliod.db always has, so existing files
// keep working); PostgreSQL in the one-row table schema_version, made by the first migration's transaction. A database
// newer than this foliod is refused, naming both versions.
//
// Several foliod nodes may start at once on one empty PostgreSQL database: each migration's transaction first takes a
// transaction-scoped advisory lock and re-reads the version under it, so whoever waited finds the work done and skips
// it instead of running it twice. On SQLite BEGIN IMMEDIATE does the same.
//
// Thread safety: stateless; runs on the caller's connection (one thread at a time). Ownership: none.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Folio::Server {

class SqlConnection;

// One step of the schema: SQL takes the database from version - 1 to VERSION. Both texts are written once for both back
// ends with SqlDialect's {word}s and go through SqlConnection::dialect().schema().
struct ServerMigration
{
    int version = 0;
    const char *sql = nullptr;
    // Statements run after SQL on PostgreSQL only (e.g. a sequence SQLite has no use for); null for none.
    const char *postgresOnly = nullptr;
};

class ServerMigrations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServerMigrations)

public:
    // The schema version DB records (0 for a new, empty database).
    static Result<int> version(SqlConnection &db);
    // Runs the migrations DB lacks, oldest first. Returns the version DB had before this call changed it (the version
    // it found, under the lock, when another node had migrated meanwhile). Unsupported when DB is newer than the last
    // of MIGRATIONS.
    static Result<int> migrate(SqlConnection &db, const QList<ServerMigration> &migrations);
};

} // namespace Folio::Server
