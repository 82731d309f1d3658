// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlocation.h"

#include "sql/sqlconnection.h"
#include "store/serverstore.h"

#include <QDir>

namespace Folio::Server {

Result<ServerLocation> ServerLocation::open(const QString &directory, const QString &databaseUrl)
{
    ServerLocation location;
    if (databaseUrl.isEmpty()) {
        auto lock = DataDirectoryLock::acquire(directory);
        if (!lock) {
            return std::unexpected(lock.error());
        }
        location.m_directory = lock->directory();
        location.m_database = QDir(location.m_directory).filePath(ServerStore::databaseFileName());
        location.m_lock.emplace(std::move(*lock));
        return location;
    }
    if (!SqlConnection::isPostgresUrl(databaseUrl)) {
        return fail(
            Error::Code::InvalidArgument, tr("--db takes a postgresql:// URL, not \"%1\".").arg(databaseUrl.left(200)));
    }
    if (!QDir().mkpath(directory)) {
        return fail(Error::Code::Io, tr("Could not create the shared folder %1.").arg(directory));
    }
    location.m_directory = QDir(directory).absolutePath();
    location.m_database = databaseUrl;
    return location;
}

Result<std::unique_ptr<ServerStore>> ServerLocation::openStore() const
{
    return m_lock ? ServerStore::open(*m_lock) : ServerStore::open(m_database, m_directory);
}

} // namespace Folio::Server
