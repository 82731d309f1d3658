// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqlConnection is the seam foliod's store sits on: one connection to its database, SQLite (a file, through
// core's Folio::Database) or PostgreSQL (libpq), with the API names and meaning of Folio::Database, so store
// code written against Database ports by renaming the types. SQL is written once, portably: `?` placeholders,
// ON CONFLICT … DO …, RETURNING (instead of lastInsertRowId, which PostgreSQL has not), no SQLite-only
// functions; DDL goes through dialect().schema(). Both back ends cache prepared statements by SQL text.
//
// Differences that remain, by design of the back ends:
// - After an error inside a transaction PostgreSQL refuses every further statement until the rollback (SQLite
//   goes on); SqlTransaction::commit() then fails instead of committing what is left. Use ON CONFLICT rather
//   than catching a constraint error inside a transaction.
// - A PostgreSQL statement is prepared and run whole on its first next()/run() (a syntax error shows there,
//   not from prepare()), and its rows are held in memory: page big reads.
// - A failing exec() of several statements: SQLite keeps those before the failure, PostgreSQL runs them as one
//   implicit transaction and keeps none.
// - PostgreSQL text cannot hold U+0000 (binding one fails with InvalidArgument); SQLite stores it.
// - A bound value's type must fit its column on PostgreSQL (text into a BIGINT column is an error; SQLite
//   converts); bool binds the integer 1/0 on both, so flags are {int} columns. Integers bind as BIGINT, so a
//   function taking a 32-bit integer needs a cast: substr(t, ?::integer).
// - SqlTransaction on SQLite holds the one write lock from BEGIN; on PostgreSQL writers run side by side and
//   lock rows as they write them: a read-then-write needs SELECT … FOR UPDATE or a single UPDATE/upsert.
//
// Thread safety: one thread at a time; open one connection per thread that needs one.
// Ownership: owns its database handle and cached statements; a SqlStatement must not outlive it.

#include "sql/sqldialect.h"
#include "sql/sqlstatement.h"

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

namespace Folio::Server {

class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::SqlConnection)

public:
    // A postgresql:// or postgres:// URL (libpq's URI syntax, e.g.
    // postgresql://user@127.0.0.1:5432/folio?host=/tmp/sock) opens PostgreSQL; anything else is a SQLite file
    // path, created when missing.
    static Result<std::unique_ptr<SqlConnection>> open(const QString &target);
    // Whether TARGET names a PostgreSQL database rather than a SQLite file.
    static bool isPostgresUrl(const QString &target);

    virtual ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    virtual const SqlDialect &dialect() const = 0;
    // The file path or the URL without its password, for messages.
    virtual QString name() const = 0;

    // Runs one or more statements without results or parameters (schema, settings).
    virtual Result<void> exec(const QString &sql) = 0;
    // A cached prepared statement for SQL, with no values bound.
    virtual Result<SqlStatement> prepare(const QString &sql) = 0;

    // prepare() with ARGS bound from index 1 on.
    template<typename... Args> Result<SqlStatement> query(const QString &sql, const Args &...args)
    {
        auto stmt = prepare(sql);
        if (stmt) {
            stmt->bindAll(args...);
        }
        return stmt;
    }

    // Runs SQL with ARGS to completion; returns the number of rows changed.
    template<typename... Args> Result<int> execute(const QString &sql, const Args &...args)
    {
        auto stmt = query(sql, args...);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        if (auto ok = stmt->run(); !ok) {
            return std::unexpected(ok.error());
        }
        return changes();
    }

    // The first column of the first row of SQL with ARGS; an invalid QVariant when there is no row.
    template<typename... Args> Result<QVariant> scalar(const QString &sql, const Args &...args)
    {
        auto stmt = query(sql, args...);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        auto row = stmt->next();
        if (!row) {
            return std::unexpected(row.error());
        }
        return *row ? stmt->value(0) : QVariant();
    }

    // The rows the last INSERT, UPDATE or DELETE changed (a SELECT leaves it as it was).
    virtual int changes() const = 0;
    virtual bool inTransaction() const = 0;

    // The error of the last failing call, naming this database.
    virtual Error lastError(const QString &doing) const = 0;

    // Used by SqlTransaction: dialect().beginTransaction(); COMMIT, which fails when the back end rolled back
    // instead; ROLLBACK.
    virtual Result<void> beginTransaction() = 0;
    virtual Result<void> commitTransaction() = 0;
    virtual Result<void> rollbackTransaction() = 0;

protected:
    SqlConnection() = default;
};

} // namespace Folio::Server
