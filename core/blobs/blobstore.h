// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BlobStore keeps the content of a library's files: each distinct content once, named by its SHA-256, at
// <library>/blobs/<2 hex>/<sha256>, with a row in the blob table counting the versions and renditions
// that use it. Storing is crash-safe in batches (DESIGN.md rule 1):
//   1. stage() copies and hashes each source into blobs/tmp/;
//   2. commitFiles() records the batch in blob_pending, commits, then makes the files durable under their
//      final names;
//   3. the caller's own transaction calls addReference() for each blob it records, which writes the blob
//      row and clears the pending row.
// After a kill -9 at any point a file is either owned by a blob row or named by a pending row that
// recover() turns back into nothing: no orphan file, and no blob row without its file. Removal runs the
// same way backwards: collectGarbage() turns unreferenced rows into pending rows, then removes the files.
//
// Thread safety: one thread at a time, like the Database it uses. Several processes may stage, commit and
// collect garbage in one library at once; recover() needs the library to itself (an exclusive lock).
// Ownership: borrows the Database, which must outlive it; owns nothing but temp files it is staging.

#include "blobs/blobfile.h"
#include "error.h"
#include "store/blobrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Folio {

class Database;

// A source copied into blobs/tmp/ and hashed, not yet stored.
struct StagedBlob
{
    QString sha256;
    qint64 size = 0;
    QString tempPath; // empty once the file is in place or was not needed
    bool alreadyStored = false; // a blob row and its file were there already: nothing to commit
};

struct RecoveryReport
{
    int removedFiles = 0; // blob files no row owned
    int clearedPending = 0; // blob_pending rows cleared
    int removedTemp = 0; // files left in blobs/tmp/
};

struct GcReport
{
    int removedBlobs = 0; // unreferenced blobs removed
    qint64 freedBytes = 0; // the size of the files removed
    int skippedInUse = 0; // blobs whose count said 0 but that a version or rendition still uses
};

struct BlobProblem
{
    QString sha256;
    QString path;
    QString reason; // "missing", "size differs (...)", "content does not match its hash (...)", a read error
};

struct ScrubReport
{
    int checked = 0;
    int sound = 0;
    QList<BlobProblem> problems;
};

class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(Folio::BlobStore)

public:
    BlobStore(Database &db, const QString &libraryPath);

    // <library>/blobs
    const QString &blobsPath() const { return m_blobsPath; }
    // Where the blob SHA256 lives (whether or not it is stored); empty when SHA256 is not a valid hash.
    QString pathFor(const QString &sha256) const;
    // True when a blob row for SHA256 exists and its file is present.
    Result<bool> contains(const QString &sha256);
    // The SHA-256 and size of any file, read once.
    static Result<FileDigest> hashFile(const QString &path);
    // A blob_pending owner naming this process ("pid-1234").
    static QString processOwner();

    // Step 1: reads SOURCEPATH once, copying it into blobs/tmp/ while hashing it. When the blob is stored
    // already the copy is dropped and alreadyStored is set. Fails naming the source (or the temp file, for
    // write errors) and the reason; no temp file is left behind on failure.
    Result<StagedBlob> stage(const QString &sourcePath);
    // stage() for many sources, copying and hashing them on every core; one result per source, in order.
    QList<Result<StagedBlob>> stageAll(const QStringList &sourcePaths);
    // Step 2, outside any transaction: records STAGED in blob_pending under OWNER and commits, then flushes
    // the files, moves them to their final names and syncs their folders. Clears each tempPath it handled.
    // When it fails, the pending rows it wrote are left for recover().
    Result<void> commitFiles(QList<StagedBlob> &staged, const QString &owner);
    // Removes the temp files of a batch the caller gives up before commitFiles().
    void discard(QList<StagedBlob> &staged);

    // Step 3, inside the caller's transaction: adds one reference to SHA256, creating its blob row (refs 1)
    // when missing, and clears OWNER's pending row. Returns blob.id. Fails with NotFound when the row is new
    // and the file is gone (garbage collection removed it after stage() found it): stage the source again.
    Result<qint64> addReference(const QString &sha256, qint64 size, const QString &owner);
    // Inside the caller's transaction: removes one reference (never below 0). Files go in collectGarbage().
    Result<void> release(qint64 blobId);

    // When the library opens with nobody else using it: removes files named by pending rows that no blob
    // row owns, clears the pending rows and empties blobs/tmp/.
    Result<RecoveryReport> recover();
    // Removes blobs nothing references: rows first (one transaction), then files.
    Result<GcReport> collectGarbage();
    // Re-hashes every blob file, reports the missing and damaged ones and marks the sound ones verified.
    // PROGRESS gets bytes checked and bytes in all; returning false cancels (Error::Code::Cancelled).
    Result<ScrubReport> scrub(const std::function<bool(qint64 done, qint64 total)> &progress = {});
    // Copies blob SHA256 to DESTINATION byte for byte, verifying its hash on the way: through a temp file
    // beside it, fsync and rename. Never overwrites (AlreadyExists); a damaged blob fails with Corrupt and
    // creates nothing.
    Result<void> exportTo(const QString &sha256, const QString &destination);

private:
    Result<void> prepareTempFolder();
    // Thread-safe: touches files only.
    Result<StagedBlob> copyToTemp(const QString &sourcePath) const;
    Result<void> dropIfStored(StagedBlob &staged);
    QString folderFor(const QString &sha256) const;
    QString tempFolder() const;
    Result<void> placeFile(StagedBlob &blob, QStringList *foldersToSync);

    Database &m_db;
    BlobRepository m_blobs;
    QString m_blobsPath;
};

} // namespace Folio
