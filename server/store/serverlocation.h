// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a foliod command finds its data: the embedded default — one folder holding foliod.db, blobs, keys
// and logs, locked so only one foliod uses it — or a PostgreSQL database (--db postgresql://…) beside a
// folder of blobs, keys and logs that several foliod nodes share (no lock). Every command that opens the
// store goes through here, so `serve`, the account and grant commands and `dev generate` agree.
//
// Thread safety: a value; open it once per command. Ownership: owns the folder's lock when embedded.

#include "error.h"
#include "store/datadirectorylock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Folio::Server {

class ServerStore;

class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServerLocation)

public:
    // DIRECTORY: the data folder (embedded) or the shared folder (with DATABASEURL). An empty DATABASEURL
    // means embedded: the folder's lock is taken (Busy when another foliod holds it).
    static Result<ServerLocation> open(const QString &directory, const QString &databaseUrl);

    bool isEmbedded() const { return m_lock.has_value(); }
    // DIR/foliod.db or the URL.
    const QString &database() const { return m_database; }
    // Absolute.
    const QString &directory() const { return m_directory; }
    // Opens (and migrates) the store here.
    Result<std::unique_ptr<ServerStore>> openStore() const;

private:
    std::optional<DataDirectoryLock> m_lock;
    QString m_database;
    QString m_directory;
};

} // namespace Folio::Server
