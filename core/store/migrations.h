// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Brings a library database to the current schema version, one numbered migration at a time, each in
// its own transaction. The version lives in SQLite's user_version. A database newer than this build
// is refused rather than touched.

#include "error.h"

#include <QList>

namespace Folio {

class Database;

struct Migration
{
    int version;      // the schema version after this migration
    const char *sql;  // statements that take the database from version - 1 to version
};

namespace Schema {
// Every migration of the library schema, oldest first (schema.cpp).
const QList<Migration> &migrations();
// The version a database has after every migration ran.
int currentVersion();
} // namespace Schema

namespace Migrations {
// The schema version recorded in DB (0 for a new database).
Result<int> version(Database &db);
// Runs the migrations DB lacks. Returns the version before migrating.
Result<int> migrate(Database &db, const QList<Migration> &migrations);
} // namespace Migrations

} // namespace Folio
