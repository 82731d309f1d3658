// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DataDirectoryCheck is `foliod check`: the integrity of a foliod data directory, read only, while a
// server may be serving it. The database: SQLite's integrity_check and foreign_key_check, the schema
// version, and the audit hash chain walked by core's AuditLog up to DIR/audit.head. The blobs: every file
// under DIR/blobs re-hashed against its name, every owner marker (DIR/blob-owners/<user>/<sha256>) naming a
// user that exists and a blob that is there, and stray or stale files: leftovers in blobs/tmp and uploads
// that no live session explains. The token key must be there, 32 bytes, readable by its owner only.
//
// It takes no lock. The DataDirectoryLock is an exclusive flock a serving foliod holds for its whole run,
// so even a shared lock would make check refuse to run beside it — and check needs none: it only reads.
// The database is read through a read-only connection inside one read transaction per query (WAL gives
// it a consistent snapshot beside the server's writes); blob files only ever appear by an atomic rename of
// a complete, verified file and never change after; the audit head is read before the events, and a head
// is published only after its event committed. What it cannot tell apart from damage it leaves alone:
// files in blobs/tmp and partial upload sessions younger than the server's own limits are work in progress.
//
// Thread safety: run() is reentrant; it opens its own connection. Ownership: nothing outlives run().

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Folio::Server {

struct CheckProblem
{
    // What is wrong: a file's path, "foliod.db", "audit log", a user's uuid.
    QString subject;
    // Why, as a sentence for the administrator.
    QString reason;
};

struct CheckReport
{
    QList<CheckProblem> problems;
    int users = 0;
    qint64 auditEvents = 0;
    int blobsChecked = 0;
    qint64 blobBytes = 0;
    int ownerMarkers = 0;
    int uploadSessions = 0;
    bool ok() const { return problems.isEmpty(); }
};

class DataDirectoryCheck
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::DataDirectoryCheck)

public:
    // Leftovers older than this in blobs/tmp are reported: a batch write takes seconds, not an hour.
    static constexpr qint64 strayTempSeconds = 3600;

    // Checks the data directory DIR. An error only when the check cannot run (DIR is no data directory,
    // the database cannot be opened); everything wrong inside is a problem in the report. PROGRESS, when
    // given, is told after each blob hashed and may return false to stop (Cancelled).
    static Result<CheckReport> run(const QString &dir, const std::function<bool(int blobsDone)> &progress = {});
};

} // namespace Folio::Server
