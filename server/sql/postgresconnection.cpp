// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/postgresconnection.h"

#include "sql/postgresstatementbackend.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

namespace Folio::Server {

namespace PostgresConnectionHelpers {

Error::Code codeFor(const QString &sqlState)
{
    if (sqlState.startsWith(QLatin1String("23"))) {
        return Error::Code::Conflict; // unique, foreign key, not null, check: SQLite's SQLITE_CONSTRAINT
    }
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01")
        || sqlState == QLatin1String("55P03")) {
        return Error::Code::Busy; // serialization failure, deadlock, lock not available: retry
    }
    if (sqlState == QLatin1String("42501") || sqlState.startsWith(QLatin1String("28"))) {
        return Error::Code::PermissionDenied;
    }
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("53"))
        || sqlState.startsWith(QLatin1String("57P"))) {
        return Error::Code::Io; // connection lost, disk full, server shutting down
    }
    if (sqlState == QLatin1String("XX001") || sqlState == QLatin1String("XX002")) {
        return Error::Code::Corrupt;
    }
    if (sqlState.startsWith(QLatin1String("22"))) {
        return Error::Code::InvalidArgument; // a bound value the column cannot hold
    }
    return Error::Code::Database;
}

// libpq prints notices (e.g. "there is no transaction in progress") on stderr; foliod's stderr is its
// request log, so they are dropped: every failure that matters comes back as an error result.
void dropNotice(void *, const char *)
{ }

QString nameOf(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        return parsed.toDisplayString(QUrl::RemovePassword);
    }
    QString shown = url;
    shown.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*('[^']*'|\\S*)")), QStringLiteral("password=…"));
    return shown;
}

} // namespace PostgresConnectionHelpers

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const QString &url)
{
    using namespace PostgresConnectionHelpers;
    const QString name = nameOf(url);
    PgConnectionHandle connection(PQconnectdb(url.toUtf8().constData()));
    if (!connection) {
        return fail(Error::Code::Io, tr("Cannot connect to the PostgreSQL database %1: out of memory.").arg(name));
    }
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(connection.get())).trimmed();
        return fail(Error::Code::Io, tr("Cannot connect to the PostgreSQL database %1: %2").arg(name, reason));
    }
    PQsetNoticeProcessor(connection.get(), dropNotice, nullptr);
    std::unique_ptr<PostgresConnection> db(new PostgresConnection(std::move(connection), name));
    // UTF-8 both ways whatever the server's default; bytea in hex (what PQunescapeBytea reads fastest); UTC,
    // as every time Folio stores. A writer waits for another's row lock as long as SQLite waits for the write
    // lock (Database's busy timeout, FOLIO_BUSY_TIMEOUT_MS) and then fails Busy, instead of waiting forever.
    bool custom = false;
    const int busyMs = qEnvironmentVariableIntValue("FOLIO_BUSY_TIMEOUT_MS", &custom);
    if (auto ok = db->exec(QStringLiteral("SET client_encoding TO 'UTF8'; SET bytea_output TO 'hex'; "
                                          "SET TIME ZONE 'UTC'; SET standard_conforming_strings TO on; "
                                          "SET lock_timeout TO %1")
                               .arg(custom ? std::max(busyMs, 1) : 10000));
        !ok) {
        return std::unexpected(ok.error());
    }
    return db;
}

PostgresConnection::PostgresConnection(PgConnectionHandle connection, QString name)
    : m_connection(std::move(connection))
    , m_name(std::move(name))
{ }

PostgresConnection::~PostgresConnection() = default;

int PostgresConnection::serverVersion() const
{
    return PQserverVersion(m_connection.get());
}

void PostgresConnection::noteChanges(const pg_result *result)
{
    // SQLite's changes() counts only rows written; a SELECT leaves it as it was.
    const char *status = PQcmdStatus(const_cast<pg_result *>(result));
    for (const char *verb : { "INSERT ", "UPDATE ", "DELETE ", "MERGE " }) {
        if (qstrncmp(status, verb, qstrlen(verb)) == 0) {
            m_changes = QByteArray(PQcmdTuples(const_cast<pg_result *>(result))).toInt();
            return;
        }
    }
}

Error PostgresConnection::failure(const pg_result *result, const QString &doing, const QString &sql)
{
    QString detail;
    if (result) {
        m_lastState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        m_lastReason = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        detail = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
        if (m_lastReason.isEmpty()) {
            m_lastReason = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
    } else {
        m_lastState.clear();
        m_lastReason = QString::fromUtf8(PQerrorMessage(m_connection.get())).trimmed();
    }
    if (m_lastState.isEmpty() && PQstatus(m_connection.get()) == CONNECTION_BAD) {
        m_lastState = QStringLiteral("08006"); // connection_failure: libpq's own report has no SQLSTATE
    }
    Error error = lastError(doing);
    QString full = error.detail();
    if (!detail.isEmpty()) {
        full += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    if (!sql.isEmpty()) {
        full += QStringLiteral(": ") + sql;
    }
    return Error(error.code(), error.message(), full);
}

Error PostgresConnection::lastError(const QString &doing) const
{
    return Error(PostgresConnectionHelpers::codeFor(m_lastState),
        tr("Database %1: %2 failed: %3").arg(m_name, doing, m_lastReason),
        QStringLiteral("SQLSTATE %1").arg(m_lastState.isEmpty() ? QStringLiteral("none") : m_lastState));
}

Result<void> PostgresConnection::exec(const QString &sql)
{
    PgResultHandle result(PQexec(m_connection.get(), sql.toUtf8().constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return std::unexpected(failure(result.get(), tr("running a statement"), sql));
    }
    noteChanges(result.get());
    return {};
}

Result<SqlStatement> PostgresConnection::prepare(const QString &sql)
{
    auto found = m_numbered.constFind(sql);
    if (found == m_numbered.cend()) {
        auto numbered = SqlText::numberPlaceholders(sql);
        if (!numbered) {
            return std::unexpected(numbered.error());
        }
        found = m_numbered.insert(sql, *numbered);
    }
    return SqlStatement(std::make_unique<PostgresStatementBackend>(this, found->sql, found->parameters));
}

Result<PgResultHandle> PostgresConnection::runPrepared(const QString &sql, const QList<Parameter> &parameters)
{
    const int count = int(parameters.size());
    QList<Oid> types(count);
    QList<const char *> values(count);
    QList<int> lengths(count);
    QList<int> formats(count, 1);
    const QByteArray text = sql.toUtf8();
    QByteArray key = text;
    static const char empty = 0;
    for (int i = 0; i < count; ++i) {
        const Parameter &parameter = parameters.at(i);
        types[i] = parameter.null ? 0 : parameter.type;
        values[i] = parameter.null ? nullptr : (parameter.value.isEmpty() ? &empty : parameter.value.constData());
        lengths[i] = int(parameter.value.size());
        key += '\0' + QByteArray::number(types[i]);
    }

    QByteArray statement = m_prepared.value(key);
    if (statement.isEmpty()) {
        statement = "folio_" + QByteArray::number(m_prepared.size() + 1);
        PgResultHandle prepared(
            PQprepare(m_connection.get(), statement.constData(), text.constData(), count, types.constData()));
        if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            return std::unexpected(failure(prepared.get(), tr("preparing a query"), sql));
        }
        m_prepared.insert(key, statement);
    }
    PgResultHandle result(PQexecPrepared(m_connection.get(), statement.constData(), count, values.constData(),
        lengths.constData(), formats.constData(), 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return std::unexpected(failure(result.get(), tr("running a query"), sql));
    }
    noteChanges(result.get());
    return result;
}

bool PostgresConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_connection.get());
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

Result<void> PostgresConnection::beginTransaction()
{
    return exec(m_dialect.beginTransaction());
}

Result<void> PostgresConnection::commitTransaction()
{
    const bool aborted = PQtransactionStatus(m_connection.get()) == PQTRANS_INERROR;
    PgResultHandle result(PQexec(m_connection.get(), "COMMIT"));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        return std::unexpected(failure(result.get(), tr("committing")));
    }
    // COMMIT of a transaction an earlier error aborted "succeeds" by rolling back: report it, as nothing
    // was saved.
    if (aborted || qstrcmp(PQcmdStatus(result.get()), "ROLLBACK") == 0) {
        m_lastState = QStringLiteral("25P02");
        m_lastReason = tr("the transaction was rolled back after an earlier error in it");
        return std::unexpected(lastError(tr("committing")));
    }
    return {};
}

Result<void> PostgresConnection::rollbackTransaction()
{
    if (PQtransactionStatus(m_connection.get()) == PQTRANS_IDLE) {
        return {}; // a failed COMMIT already ended it
    }
    return exec(QStringLiteral("ROLLBACK"));
}

} // namespace Folio::Server
