// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A consistent copy of a live database with SQLite's online backup API: other connections keep writing
// (WAL), and the copy is the state of one moment. Stateless; thread-safe for distinct databases.

#include "error.h"

#include <QString>
#include <QStringList>

namespace Folio {

class Database;

namespace DatabaseBackup {
// Copies SOURCE into a new database file at DESTINATION (which must not exist), then syncs it.
Result<void> copy(Database &source, const QString &destination);
// The sha256 of every blob DB records, for copying the files a snapshot needs.
Result<QStringList> blobHashes(Database &db);
} // namespace DatabaseBackup

} // namespace Folio
