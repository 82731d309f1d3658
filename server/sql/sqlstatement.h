// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqlStatement is a prepared statement of a SqlConnection, SQLite or PostgreSQL, with the API and meaning of
// Folio::Statement: bind by 1-based index (strings as UTF-8 text, byte arrays as blobs, a null QString,
// QByteArray or QVariant as NULL, bool as the integer 1 or 0), step with next(), read columns by 0-based
// index. Reading a column of a row gives the same value on both back ends for the same schema (SqlDialect):
// integers as qint64, reals as double, text as QString, blobs as QByteArray, NULL as an invalid QVariant.
// A value bound past the statement's parameters makes next()/run() fail, as on SQLite.
//
// Thread safety: that of the connection it came from (one thread at a time).
// Ownership: move-only; owns its back-end statement and must not outlive its SqlConnection.

#include "sql/sqlstatementbackend.h"

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace Folio::Server {

class SqlStatement
{
public:
    SqlStatement() = default;
    explicit SqlStatement(std::unique_ptr<SqlStatementBackend> backend);
    SqlStatement(SqlStatement &&other) noexcept = default;
    SqlStatement &operator=(SqlStatement &&other) noexcept = default;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    ~SqlStatement();

    // Binds by 1-based index. Strings are bound as UTF-8 text, byte arrays as blobs.
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &value);
    SqlStatement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    SqlStatement &bind(int index, const QByteArray &value);
    SqlStatement &bind(int index, std::nullptr_t);
    // A null QVariant binds NULL; numbers, strings and byte arrays bind their type.
    SqlStatement &bind(int index, const QVariant &value);

    // Binds several values from index 1 on.
    template<typename... Args> SqlStatement &bindAll(const Args &...args)
    {
        int index = 1;
        (bind(index++, args), ...);
        (void)index;
        return *this;
    }

    // Advances to the next row: true when a row is there, false when done.
    Result<bool> next();
    // Runs a statement that returns no rows (or whose rows are not wanted).
    Result<void> run();

    // Calls ROW(*this) for every row.
    template<typename F> Result<void> forEach(F &&row)
    {
        for (;;) {
            auto more = next();
            if (!more) {
                return std::unexpected(more.error());
            }
            if (!*more) {
                return {};
            }
            row(*this);
        }
    }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

    // The rows the last INSERT, UPDATE or DELETE of the connection changed.
    int changes() const;

private:
    std::unique_ptr<SqlStatementBackend> m_backend;
};

} // namespace Folio::Server
