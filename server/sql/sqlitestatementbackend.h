// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqliteStatementBackend is the SQLite back end of a SqlStatement: a Folio::Statement borrowed from the
// Database's cache, every call passed straight through.
//
// Thread safety: that of its Database. Ownership: owns the borrowed Statement (given back on destruction).

#include "sql/sqlstatementbackend.h"

#include "store/database.h"

namespace Folio::Server {

class SqliteStatementBackend : public SqlStatementBackend
{
public:
    explicit SqliteStatementBackend(Statement statement)
        : m_statement(std::move(statement))
    { }

    void bindInt64(int index, qint64 value) override { m_statement.bind(index, value); }
    void bindReal(int index, double value) override { m_statement.bind(index, value); }
    void bindText(int index, const QString &value) override { m_statement.bind(index, value); }
    void bindBlob(int index, const QByteArray &value) override { m_statement.bind(index, value); }
    void bindNull(int index) override { m_statement.bind(index, nullptr); }

    Result<bool> next() override { return m_statement.next(); }
    Result<void> run() override { return m_statement.run(); }

    bool isNull(int column) const override { return m_statement.isNull(column); }
    qint64 int64(int column) const override { return m_statement.int64(column); }
    double real(int column) const override { return m_statement.real(column); }
    QString text(int column) const override { return m_statement.text(column); }
    QByteArray blob(int column) const override { return m_statement.blob(column); }
    QVariant value(int column) const override { return m_statement.value(column); }

    int changes() const override { return m_statement.changes(); }

private:
    Statement m_statement;
};

} // namespace Folio::Server
