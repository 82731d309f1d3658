// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Database is a SQLite connection with the settings every Folio database uses (WAL, foreign keys,
// full fsync, a busy timeout) and a cache of prepared statements. Statement is a prepared statement
// borrowed from that cache; Transaction is a scope that rolls back unless committed.
//
// Thread safety: a Database belongs to one thread at a time; open one per thread that needs one.
// Ownership: Database owns its sqlite3 handle and its cached statements; a Statement must not outlive
// the Database it came from.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Folio {

class Database;

class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Binds by 1-based index. Strings are bound as UTF-8 text, byte arrays as blobs.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, std::nullptr_t);
    // A null QVariant binds NULL; numbers, strings and byte arrays bind their type.
    Statement &bind(int index, const QVariant &value);

    // Binds several values from index 1 on.
    template<typename... Args>
    Statement &bindAll(const Args &...args)
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
    template<typename F>
    Result<void> forEach(F &&row)
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

    int changes() const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);
    void release();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_bindFailed = false;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Database)

public:
    enum class Mode { ReadWrite, Create, ReadOnly };

    // Opens PATH. Create makes the file when missing; ReadWrite and ReadOnly require it.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Runs one or more statements without results (schema, pragmas).
    Result<void> exec(const QString &sql);
    // A cached prepared statement for SQL, reset and with bindings cleared.
    Result<Statement> prepare(const QString &sql);

    // prepare() with ARGS bound from index 1 on.
    template<typename... Args>
    Result<Statement> query(const QString &sql, const Args &...args)
    {
        auto stmt = prepare(sql);
        if (stmt) {
            stmt->bindAll(args...);
        }
        return stmt;
    }

    // Runs SQL with ARGS to completion; returns the number of rows changed.
    template<typename... Args>
    Result<int> execute(const QString &sql, const Args &...args)
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
    template<typename... Args>
    Result<QVariant> scalar(const QString &sql, const Args &...args)
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

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    // The error of the last failing call, naming this database's file.
    Error lastError(const QString &doing) const;

    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    Database(sqlite3 *db, QString path, bool readOnly);
    void giveBack(sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QHash<QString, sqlite3_stmt *> m_cache;
    QHash<sqlite3_stmt *, QString> m_borrowed;
};

// A write transaction (BEGIN IMMEDIATE, so it waits for the write lock up front instead of failing
// on upgrade). Rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

} // namespace Folio
