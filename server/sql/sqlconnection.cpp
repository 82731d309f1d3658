// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqlconnection.h"

#include "sql/postgresconnection.h"
#include "sql/sqliteconnection.h"

namespace Folio::Server {

SqlConnection::~SqlConnection() = default;

bool SqlConnection::isPostgresUrl(const QString &target)
{
    return target.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || target.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const QString &target)
{
    if (target.isEmpty()) {
        return fail(
            Error::Code::InvalidArgument, tr("No database was given: name a SQLite file or a postgresql:// URL."));
    }
    if (isPostgresUrl(target)) {
        auto connection = PostgresConnection::open(target);
        if (!connection) {
            return std::unexpected(connection.error());
        }
        return std::unique_ptr<SqlConnection>(std::move(*connection));
    }
    auto connection = SqliteConnection::open(target);
    if (!connection) {
        return std::unexpected(connection.error());
    }
    return std::unique_ptr<SqlConnection>(std::move(*connection));
}

} // namespace Folio::Server
