// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DataDirectoryBackup is `foliod backup DEST`: a consistent copy of a data directory that a server may be
// serving, from which `foliod serve --data DEST` starts as the server was at one moment:
//   1. DIR/audit.head is copied first. A head is published only after its event committed, so the head
//      copied never names an event the database copy lacks.
//   2. foliod.db through SQLite's online backup API (core's DatabaseBackup): one read transaction, the
//      server's writes go on in the WAL. Then core's AuditLog moves the copied head forward to the newest
//      event of the copy (never backwards), so `foliod check` on the backup verifies the whole chain.
//   3. token.key, so access tokens issued before stay valid against the restored server.
//   4. The owner markers (blob-owners/), then the blobs. A blob is renamed into place before its marker is
//      made, so every marker listed before the blobs has its blob among them. Blobs are copied, not hard
//      linked: a hard link shares the inode, so damage to one (a bad disk block, an administrator's stray
//      edit) would be damage to both, and it leaves no copy when the file system is lost. Each copy is
//      re-hashed while it is written (core's BlobFile::copy) and fsynced, so a backup never carries a
//      damaged blob silently; a damaged source blob is left out and reported.
//   5. logs/ as they are, for the record of who read what.
// Not copied: upload sessions in progress (a client resumes into a fresh session after a restore), the
// lock file and blobs/tmp. No lock is taken (see DataDirectoryCheck for why none is needed to read).
//
// Thread safety: run() is reentrant. Ownership: nothing outlives run().

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Folio::Server {

struct BackupReport
{
    int blobs = 0;
    qint64 blobBytes = 0;
    int ownerMarkers = 0;
    qint64 auditEvents = 0;
    // Blobs left out because their source is damaged or vanished, each as "path: reason".
    QStringList skipped;
    bool complete() const { return skipped.isEmpty(); }
};

class DataDirectoryBackup
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::DataDirectoryBackup)

public:
    // Copies the data directory DIR into DEST, which must not exist or be an empty folder (AlreadyExists
    // otherwise); DEST is made with mode 0700. On an error DEST holds an incomplete backup: not to be used.
    static Result<BackupReport> run(const QString &dir, const QString &dest);
};

} // namespace Folio::Server
