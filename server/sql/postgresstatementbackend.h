// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostgresStatementBackend is the PostgreSQL back end of a SqlStatement: it collects the bound values as
// typed binary parameters, runs the statement through its PostgresConnection on the first next() or run(),
// and then steps through the rows of the result, reading the text-format values as SQLite would give them
// (see PostgresConnection).
//
// Thread safety: that of its connection. Ownership: owns its PGresult; borrows the connection, which must
// outlive it.

#include "sql/postgresconnection.h"
#include "sql/postgreshandles.h"
#include "sql/sqlstatementbackend.h"

#include <QCoreApplication>

namespace Folio::Server {

class PostgresStatementBackend : public SqlStatementBackend
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::PostgresStatementBackend)

public:
    PostgresStatementBackend(PostgresConnection *connection, QString sql, int parameters);

    void bindInt64(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, const QString &value) override;
    void bindBlob(int index, const QByteArray &value) override;
    void bindNull(int index) override;

    Result<bool> next() override;
    Result<void> run() override;

    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    QVariant value(int column) const override;

    int changes() const override { return m_connection->changes(); }

private:
    enum class State { Bound, Rows, Done };

    void set(int index, unsigned type, QByteArray value, bool null);
    // The raw text of COLUMN in the current row, or null when it is NULL or out of range.
    const char *raw(int column) const;
    unsigned type(int column) const;
    QByteArray bytea(int column) const;

    PostgresConnection *m_connection;
    QString m_sql;
    QList<PostgresConnection::Parameter> m_parameters;
    int m_badIndex = 0;
    State m_state = State::Bound;
    PgResultHandle m_result;
    int m_row = -1;
    int m_rows = 0;
};

} // namespace Folio::Server
