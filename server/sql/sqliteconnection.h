// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqliteConnection is a SqlConnection over core's Folio::Database: every call goes straight to it, so the
// SQLite back end behaves exactly as the store did before the seam (WAL, foreign keys, busy timeout, the
// statement cache).
//
// Thread safety: one thread at a time, like the Database it owns.
// Ownership: owns its Database; database() lends it to code not yet ported onto the seam (migrations, the
// audit log).

#include "sql/sqlconnection.h"

#include "store/database.h"

namespace Folio::Server {

class SqliteConnection : public SqlConnection
{
public:
    // Opens the SQLite database at PATH (Create makes it when missing, as SqlConnection::open does).
    static Result<std::unique_ptr<SqliteConnection>> open(
        const QString &path, Database::Mode mode = Database::Mode::Create);
    explicit SqliteConnection(std::unique_ptr<Database> database);
    ~SqliteConnection() override;

    Database &database() { return *m_db; }

    const SqlDialect &dialect() const override { return m_dialect; }
    QString name() const override { return m_db->path(); }
    Result<void> exec(const QString &sql) override;
    Result<SqlStatement> prepare(const QString &sql) override;
    int changes() const override;
    bool inTransaction() const override;
    Error lastError(const QString &doing) const override;
    Result<void> beginTransaction() override;
    Result<void> commitTransaction() override;
    Result<void> rollbackTransaction() override;

private:
    std::unique_ptr<Database> m_db;
    SqlDialect m_dialect { SqlDialect::Backend::Sqlite };
};

} // namespace Folio::Server
