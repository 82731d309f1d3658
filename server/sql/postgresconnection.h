// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostgresConnection is the PostgreSQL back end of SqlConnection, over libpq. It gives the same results as
// SQLite for the same portable SQL and schema (SqlDialect):
// - `?` placeholders are rewritten to $1..$n outside quotes, identifiers and comments (SqlText), once per SQL
//   text;
// - values are sent typed and in binary (int8, float8, text, bytea; NULL leaves the type to the server), so
//   comparisons need no casts, blobs keep zero bytes and no number is rounded through text;
// - each (SQL, parameter types) is PQprepare'd once per connection and executed by name afterwards;
// - results come back in text format and are read as SQLite would: integers and booleans as qint64, float and
//   numeric as double (a numeric without a fraction, e.g. SUM() of integers, as qint64), bytea unescaped;
// - changes() is the row count of the last INSERT/UPDATE/DELETE (PQcmdTuples);
// - errors carry the server's message and SQLSTATE; integrity-constraint violations (SQLSTATE class 23) are
//   Error::Code::Conflict as SQLite's constraint errors are, serialization failures, deadlocks and lock
//   timeouts Busy, lost connections Io;
// - a writer waits for another's row lock as long as SQLite's busy timeout (10 s, FOLIO_BUSY_TIMEOUT_MS), then
//   fails Busy.
//
// Thread safety: one thread at a time (libpq's PGconn is not shared). Ownership: owns its PGconn (closed on
// destruction, which also drops its prepared statements); its SqlStatements must not outlive it.

#include "sql/postgreshandles.h"
#include "sql/sqlconnection.h"
#include "sql/sqltext.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Folio::Server {

class PostgresConnection : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::PostgresConnection)

public:
    // Connects to URL, a libpq connection URI (postgresql://…) or key=value conninfo string.
    static Result<std::unique_ptr<PostgresConnection>> open(const QString &url);
    ~PostgresConnection() override;

    const SqlDialect &dialect() const override { return m_dialect; }
    QString name() const override { return m_name; }
    Result<void> exec(const QString &sql) override;
    Result<SqlStatement> prepare(const QString &sql) override;
    int changes() const override { return m_changes; }
    bool inTransaction() const override;
    Error lastError(const QString &doing) const override;
    Result<void> beginTransaction() override;
    Result<void> commitTransaction() override;
    Result<void> rollbackTransaction() override;

    // The server's version number (150004 for 15.4).
    int serverVersion() const;

    // One bound parameter: its type OID (0 lets the server infer it, for NULL) and its binary value.
    struct Parameter
    {
        unsigned type = 0;
        QByteArray value;
        bool null = true;
    };
    // For PostgresStatementBackend: runs SQL (already numbered) with PARAMETERS, preparing it first when this
    // (SQL, types) is new; the result holds every row.
    Result<PgResultHandle> runPrepared(const QString &sql, const QList<Parameter> &parameters);

private:
    PostgresConnection(PgConnectionHandle connection, QString name);
    // The failure of RESULT (or of the connection, when RESULT is null) while DOING, remembered for
    // lastError().
    Error failure(const pg_result *result, const QString &doing, const QString &sql = {});
    void noteChanges(const pg_result *result);

    PgConnectionHandle m_connection;
    QString m_name;
    SqlDialect m_dialect { SqlDialect::Backend::Postgres };
    QHash<QString, SqlText::Numbered> m_numbered;
    QHash<QByteArray, QByteArray> m_prepared; // SQL + parameter types → prepared statement name
    int m_changes = 0;
    QString m_lastReason;
    QString m_lastState;
};

} // namespace Folio::Server
