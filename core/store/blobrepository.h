// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows behind the blob store: blob (one row per stored content, counting the versions and renditions
// that use it) and blob_pending (content whose file may exist without a blob row yet, or be about to go).
// The order of these writes and the files is BlobStore's business; this class only runs the statements.
//
// Thread safety: one thread at a time, like the Database it uses. Writes run inside the caller's
// transaction, when there is one.
// Ownership: borrows the Database, which must outlive it.

#include "error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Folio {

class Database;

struct BlobRow
{
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
};

struct PendingBlobRow
{
    QString sha256;
    QString owner;
};

class BlobRepository
{
public:
    explicit BlobRepository(Database &db)
        : m_db(db)
    { }

    // The id of the blob row for SHA256; none when there is no row.
    Result<std::optional<qint64>> idFor(const QString &sha256);
    // Inserts a blob row for SHA256 with one reference; returns its id.
    Result<qint64> insert(const QString &sha256, qint64 size, const QString &now);
    Result<void> addReference(qint64 id);
    // Removes one reference, never going below 0; returns how many rows changed (0: no such blob).
    Result<int> removeReference(qint64 id);
    // Every blob row, by id.
    Result<QList<BlobRow>> all();
    // The blob rows nothing references (refs = 0).
    Result<QList<BlobRow>> unreferenced();
    // Deletes the row ID if it is still unreferenced. Fails with Error::Code::Conflict when a foreign key
    // refuses: a version or rendition uses the blob although its count says 0.
    Result<void> removeUnreferenced(qint64 id);
    Result<void> markVerified(qint64 id, const QString &now);

    // Records that OWNER may have a file for SHA256 without a blob row; nothing when recorded already.
    Result<void> addPending(const QString &sha256, const QString &owner, const QString &now);
    Result<void> clearPending(const QString &sha256, const QString &owner);
    Result<QList<PendingBlobRow>> pending();
    // True when SHA256 has a blob row or is pending for an owner other than EXCEPTOWNER.
    Result<bool> isWanted(const QString &sha256, const QString &exceptOwner);

private:
    Result<QList<BlobRow>> select(const QString &sql);

    Database &m_db;
};

} // namespace Folio
