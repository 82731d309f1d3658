// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasebackup.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace Folio::DatabaseBackup {

Result<void> copy(Database &source, const QString &destination)
{
    if (QFileInfo::exists(destination)) {
        return fail(Error::Code::AlreadyExists,
                    QCoreApplication::translate("Folio::DatabaseBackup", "%1 already exists.").arg(destination));
    }
    auto target = Database::open(destination, Database::Mode::Create);
    if (!target) {
        return std::unexpected(target.error());
    }
    // The target must not be in WAL mode while the backup writes its pages; it is a plain file copy.
    if (auto ok = (*target)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !ok) {
        return ok;
    }
    sqlite3_backup *backup = sqlite3_backup_init((*target)->handle(), "main", source.handle(), "main");
    if (!backup) {
        return std::unexpected((*target)->lastError(QCoreApplication::translate("Folio::DatabaseBackup", "starting a backup")));
    }
    // One step copies every page under one read transaction: the copy is a single consistent moment.
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return std::unexpected((*target)->lastError(QCoreApplication::translate("Folio::DatabaseBackup", "copying the database")));
    }
    return (*target)->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Result<QStringList> blobHashes(Database &db)
{
    auto stmt = db.query(QStringLiteral("SELECT sha256 FROM blob ORDER BY sha256"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QStringList hashes;
    if (auto ok = stmt->forEach([&](Statement &row) { hashes.append(row.text(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return hashes;
}

} // namespace Folio::DatabaseBackup
