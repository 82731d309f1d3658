// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/blobstore.h"

#include "domain/ids.h"
#include "store/blobrepository.h"
#include "store/database.h"
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <cerrno>
#include <cstdio>
#include <optional>

namespace Folio {

namespace {

// Sound blobs are marked verified in transactions of this many: a cancelled scrub keeps its work, without
// paying one fsync per blob.
constexpr qsizetype VerifiedPerTransaction = 256;
// Blob files are never changed in place; read-only keeps other programs from doing it by accident.
constexpr int BlobPermissions = 0444;
constexpr int ExportPermissions = 0666;

QString gcOwner()
{
    return QStringLiteral("gc");
}

// The commit protocol relies on the order of commits and file changes: references change inside the
// caller's transaction, files only outside any.
Result<void> checkTransaction(Database &db, bool inside)
{
    if (inside && !db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            BlobStore::tr("A blob reference can only change inside the transaction that records its use."));
    }
    if (!inside && db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            BlobStore::tr("The blob store was asked to work on its files inside a transaction: its own records "
                          "must be saved before the files change."));
    }
    return {};
}

Result<void> markVerified(Database &db, const QList<qint64> &ids)
{
    if (db.isReadOnly()) {
        return {}; // a library on read-only media is checked, not annotated
    }
    if (ids.isEmpty()) {
        return {};
    }
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QString now = Ids::now();
    BlobRepository blobs(db);
    for (const qint64 id : ids) {
        if (auto updated = blobs.markVerified(id, now); !updated) {
            return updated;
        }
    }
    return transaction->commit();
}

} // namespace

BlobStore::BlobStore(Database &db, const QString &libraryPath)
    : m_db(db)
    , m_blobs(db)
    , m_blobsPath(QDir(libraryPath).filePath(QStringLiteral("blobs")))
{ }

QString BlobStore::folderFor(const QString &sha256) const
{
    // One level of 256 folders, as git does: a second level would create a folder for nearly every file
    // of a batch (65,536 of them), doubling the inodes an import writes; 256 keeps each folder under a
    // few thousand entries up to a million blobs, which ext4 and xfs index.
    return m_blobsPath + QLatin1Char('/') + sha256.left(2);
}

QString BlobStore::tempFolder() const
{
    return m_blobsPath + QStringLiteral("/tmp");
}

QString BlobStore::pathFor(const QString &sha256) const
{
    if (!BlobFile::isSha256(sha256)) {
        return {};
    }
    return folderFor(sha256) + QLatin1Char('/') + sha256;
}

Result<bool> BlobStore::contains(const QString &sha256)
{
    if (!BlobFile::isSha256(sha256)) {
        return false;
    }
    auto id = m_blobs.idFor(sha256);
    if (!id) {
        return std::unexpected(id.error());
    }
    return id->has_value() && BlobFile::isRegularFile(pathFor(sha256));
}

Result<FileDigest> BlobStore::hashFile(const QString &path)
{
    return BlobFile::hash(path);
}

QString BlobStore::processOwner()
{
    return QStringLiteral("pid-") + QString::number(QCoreApplication::applicationPid());
}

Result<void> BlobStore::prepareTempFolder()
{
    QStringList created;
    if (auto ready = BlobFile::makeFolders(tempFolder(), &created); !ready) {
        return ready;
    }
    for (QString &folder : created) {
        folder = QFileInfo(folder).path();
    }
    return BlobFile::syncFolders(created);
}

Result<StagedBlob> BlobStore::copyToTemp(const QString &sourcePath) const
{
    QString temp;
    Result<FileDigest> digest;
    // A name taken already can only be the leftover of an earlier process with the same pid that recover()
    // has not cleared yet: take the next one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        temp = tempFolder() + QLatin1Char('/') + BlobFile::uniqueName(QStringLiteral("stage-"));
        digest = BlobFile::copy(sourcePath, temp, BlobPermissions, BlobFile::Sync::No);
        if (digest || digest.error().code() != Error::Code::AlreadyExists) {
            break;
        }
    }
    if (!digest) {
        return std::unexpected(digest.error());
    }
    return StagedBlob { digest->sha256, digest->size, temp, false };
}

Result<void> BlobStore::dropIfStored(StagedBlob &staged)
{
    auto stored = contains(staged.sha256);
    if (!stored || *stored) {
        // Only a leftover temp file is at stake, which recover() removes if this fails.
        (void)BlobFile::remove(staged.tempPath);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        staged.tempPath.clear();
        staged.alreadyStored = true;
    }
    return {};
}

Result<StagedBlob> BlobStore::stage(const QString &sourcePath)
{
    if (auto ready = prepareTempFolder(); !ready) {
        return std::unexpected(ready.error());
    }
    auto staged = copyToTemp(sourcePath);
    if (!staged) {
        return staged;
    }
    if (auto checked = dropIfStored(*staged); !checked) {
        return std::unexpected(checked.error());
    }
    return staged;
}

QList<Result<StagedBlob>> BlobStore::stageAll(const QStringList &sourcePaths)
{
    if (auto ready = prepareTempFolder(); !ready) {
        return QList<Result<StagedBlob>>(sourcePaths.size(), std::unexpected(ready.error()));
    }
    // Copying and hashing need no database: they run on every core. The checks against the blob table
    // run here, on this thread, which owns the Database.
    QList<Result<StagedBlob>> staged
        = QtConcurrent::blockingMapped(sourcePaths, [this](const QString &source) { return copyToTemp(source); });
    for (Result<StagedBlob> &blob : staged) {
        if (blob) {
            if (auto checked = dropIfStored(*blob); !checked) {
                blob = std::unexpected(checked.error());
            }
        }
    }
    return staged;
}

void BlobStore::discard(QList<StagedBlob> &staged)
{
    for (StagedBlob &blob : staged) {
        if (!blob.tempPath.isEmpty()) {
            // A temp file that cannot be removed now is removed by recover().
            (void)BlobFile::remove(blob.tempPath);
            blob.tempPath.clear();
        }
    }
}

Result<void> BlobStore::commitFiles(QList<StagedBlob> &staged, const QString &owner)
{
    if (auto outside = checkTransaction(m_db, false); !outside) {
        return outside;
    }
    if (owner.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("Files cannot be stored without naming who stores them."));
    }
    QList<StagedBlob *> batch;
    for (StagedBlob &blob : staged) {
        if (blob.alreadyStored || blob.tempPath.isEmpty()) {
            continue;
        }
        if (!BlobFile::isSha256(blob.sha256)) {
            return fail(Error::Code::InvalidArgument,
                tr("Could not store %1: \"%2\" is not a SHA-256 hash.").arg(blob.tempPath, blob.sha256));
        }
        batch.append(&blob);
    }
    if (batch.isEmpty()) {
        return {};
    }

    // Until the pending rows are committed no row names the staged files: on failure they are garbage, and
    // removing them now spares a long-running process (the desktop client) a folder of stale copies.
    auto recordPending = [&]() -> Result<void> {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        const QString now = Ids::now();
        for (const StagedBlob *blob : std::as_const(batch)) {
            if (auto inserted = m_blobs.addPending(blob->sha256, owner, now); !inserted) {
                return inserted;
            }
        }
        return transaction->commit();
    };
    if (auto recorded = recordPending(); !recorded) {
        discard(staged);
        return recorded;
    }

    // The pending rows are saved, so from here on a crash leaves only files that recover() removes.
    // fsync per file, not syncfs(): syncfs() also waits for every other program's dirty data on the file
    // system (a build, a copy), which made batches take seconds on a busy machine. The fsyncs run side by
    // side, so the file system commits its journal for many of them at once (group commit).
    QStringList tempPaths;
    tempPaths.reserve(batch.size());
    for (const StagedBlob *blob : std::as_const(batch)) {
        tempPaths.append(blob->tempPath);
    }
    if (auto flushed = BlobFile::syncFiles(tempPaths); !flushed) {
        discard(staged);
        return flushed;
    }
    QStringList foldersToSync;
    QSet<QString> placedNow;
    for (StagedBlob *blob : std::as_const(batch)) {
        if (placedNow.contains(blob->sha256)) {
            // The same content twice in one batch: the first copy is in place already.
            (void)BlobFile::remove(blob->tempPath);
            blob->tempPath.clear();
            continue;
        }
        if (auto placed = placeFile(*blob, &foldersToSync); !placed) {
            discard(staged);
            return placed;
        }
        placedNow.insert(blob->sha256);
    }
    // At most 256 fan-out folders, each synced once per batch.
    return BlobFile::syncFolders(foldersToSync);
}

Result<void> BlobStore::placeFile(StagedBlob &blob, QStringList *foldersToSync)
{
    const QString folder = folderFor(blob.sha256);
    QStringList created;
    if (auto made = BlobFile::makeFolders(folder, &created); !made) {
        return made;
    }
    for (const QString &createdFolder : std::as_const(created)) {
        foldersToSync->append(QFileInfo(createdFolder).path());
    }
    const QString target = pathFor(blob.sha256);
    if (BlobFile::isRegularFile(target)) {
        // Another batch, perhaps of another process, placed the same content: keep its file unless damaged.
        auto present = BlobFile::hash(target);
        if (present && present->sha256 == blob.sha256) {
            (void)BlobFile::remove(blob.tempPath);
            blob.tempPath.clear();
            return {};
        }
    }
    if (::rename(QFile::encodeName(blob.tempPath).constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        return fail(BlobFile::codeForErrno(error),
            tr("Could not move %1 to %2: %3").arg(blob.tempPath, target, DurableFile::errnoText(error)));
    }
    foldersToSync->append(folder);
    blob.tempPath.clear();
    return {};
}

Result<qint64> BlobStore::addReference(const QString &sha256, qint64 size, const QString &owner)
{
    if (auto inside = checkTransaction(m_db, true); !inside) {
        return std::unexpected(inside.error());
    }
    if (!BlobFile::isSha256(sha256)) {
        return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a SHA-256 hash.").arg(sha256));
    }
    auto existing = m_blobs.idFor(sha256);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    qint64 id = existing->value_or(-1);
    if (existing->has_value()) {
        if (auto updated = m_blobs.addReference(id); !updated) {
            return std::unexpected(updated.error());
        }
    } else {
        // stage() may have found the blob stored, and collectGarbage() removed it since: a row for a file
        // that is gone would lose the content, so the caller must stage the source again.
        if (!BlobFile::isRegularFile(pathFor(sha256))) {
            return fail(Error::Code::NotFound,
                tr("The stored file %1 is missing (it may have been removed as unused after it was "
                   "staged); add the source file again.")
                    .arg(pathFor(sha256)));
        }
        auto inserted = m_blobs.insert(sha256, size, Ids::now());
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
    }
    if (auto cleared = m_blobs.clearPending(sha256, owner); !cleared) {
        return std::unexpected(cleared.error());
    }
    return id;
}

Result<void> BlobStore::release(qint64 blobId)
{
    if (auto inside = checkTransaction(m_db, true); !inside) {
        return inside;
    }
    auto updated = m_blobs.removeReference(blobId);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    if (*updated == 0) {
        return fail(Error::Code::NotFound, tr("There is no stored file with id %1.").arg(blobId));
    }
    return {};
}

Result<RecoveryReport> BlobStore::recover()
{
    if (auto outside = checkTransaction(m_db, false); !outside) {
        return std::unexpected(outside.error());
    }
    RecoveryReport report;
    auto pending = m_blobs.pending();
    if (!pending) {
        return std::unexpected(pending.error());
    }

    if (!pending->isEmpty()) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        QStringList folders;
        for (const auto &[sha256, owner] : std::as_const(*pending)) {
            auto owned = m_blobs.idFor(sha256);
            if (!owned) {
                return std::unexpected(owned.error());
            }
            if (!owned->has_value() && BlobFile::isSha256(sha256)) {
                auto removed = BlobFile::remove(pathFor(sha256));
                if (!removed) {
                    return std::unexpected(removed.error());
                }
                if (*removed) {
                    ++report.removedFiles;
                    folders.append(folderFor(sha256));
                }
            }
            if (auto cleared = m_blobs.clearPending(sha256, owner); !cleared) {
                return std::unexpected(cleared.error());
            }
            ++report.clearedPending;
        }
        // The removals must be on disk before the rows that would redo them are gone.
        if (auto synced = BlobFile::syncFolders(folders); !synced) {
            return std::unexpected(synced.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
    }

    auto removedTemp = BlobFile::removeFilesIn(tempFolder());
    if (!removedTemp) {
        return std::unexpected(removedTemp.error());
    }
    report.removedTemp = *removedTemp;
    return report;
}

Result<GcReport> BlobStore::collectGarbage()
{
    if (auto outside = checkTransaction(m_db, false); !outside) {
        return std::unexpected(outside.error());
    }
    GcReport report;
    QList<BlobRow> doomed;
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        auto unused = m_blobs.unreferenced();
        if (!unused) {
            return std::unexpected(unused.error());
        }
        for (const BlobRow &blob : std::as_const(*unused)) {
            auto removed = m_blobs.removeUnreferenced(blob.id);
            if (!removed && removed.error().code() == Error::Code::Conflict) {
                // A foreign key refused: a version or rendition uses the blob although its count says 0.
                ++report.skippedInUse;
                continue;
            }
            if (!removed) {
                return std::unexpected(removed.error());
            }
            if (auto marked = m_blobs.addPending(blob.sha256, gcOwner(), Ids::now()); !marked) {
                return std::unexpected(marked.error());
            }
            doomed.append(blob);
        }
        if (auto committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
    }
    if (doomed.isEmpty()) {
        return report;
    }

    // Removing the files holds the write lock, so that no addReference() can recreate a row in between.
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    QStringList folders;
    for (const BlobRow &blob : std::as_const(doomed)) {
        // The content may be wanted again since: referenced anew, or committed by a batch not yet referenced.
        auto wanted = m_blobs.isWanted(blob.sha256, gcOwner());
        if (!wanted) {
            return std::unexpected(wanted.error());
        }
        if (!*wanted && BlobFile::isSha256(blob.sha256)) {
            auto removed = BlobFile::remove(pathFor(blob.sha256));
            if (!removed) {
                return std::unexpected(removed.error());
            }
            ++report.removedBlobs;
            if (*removed) {
                report.freedBytes += blob.size;
                folders.append(folderFor(blob.sha256));
            }
        }
        if (auto cleared = m_blobs.clearPending(blob.sha256, gcOwner()); !cleared) {
            return std::unexpected(cleared.error());
        }
    }
    if (auto synced = BlobFile::syncFolders(folders); !synced) {
        return std::unexpected(synced.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return report;
}

Result<ScrubReport> BlobStore::scrub(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (auto outside = checkTransaction(m_db, false); !outside) {
        return std::unexpected(outside.error());
    }
    auto entries = m_blobs.all();
    if (!entries) {
        return std::unexpected(entries.error());
    }
    qint64 total = 0;
    for (const BlobRow &entry : std::as_const(*entries)) {
        total += entry.size;
    }

    ScrubReport report;
    QList<qint64> verified;
    qint64 done = 0;
    for (const BlobRow &entry : std::as_const(*entries)) {
        const QString path = pathFor(entry.sha256);
        const QString problem = BlobFile::problemWith(path, entry.sha256, entry.size);
        ++report.checked;
        if (problem.isEmpty()) {
            ++report.sound;
            verified.append(entry.id);
        } else {
            report.problems.append({ entry.sha256, path, problem });
        }
        done += entry.size;
        const bool cancelled = progress && !progress(done, total);
        if (cancelled || verified.size() >= VerifiedPerTransaction) {
            if (auto marked = markVerified(m_db, verified); !marked) {
                return std::unexpected(marked.error());
            }
            verified.clear();
        }
        if (cancelled) {
            return fail(Error::Code::Cancelled, tr("Checking the stored files was cancelled."));
        }
    }
    if (auto marked = markVerified(m_db, verified); !marked) {
        return std::unexpected(marked.error());
    }
    return report;
}

Result<void> BlobStore::exportTo(const QString &sha256, const QString &destination)
{
    const QString source = pathFor(sha256);
    if (source.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a SHA-256 hash.").arg(sha256));
    }
    const QFileInfo target(destination);
    if (target.exists() || target.isSymLink()) {
        return fail(Error::Code::AlreadyExists,
            tr("Could not export to %1: it already exists, and exporting never overwrites a file.").arg(destination));
    }
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return fail(Error::Code::NotFound,
            tr("Could not export to %1: the folder %2 does not exist.").arg(destination, folder));
    }
    if (!BlobFile::isRegularFile(source)) {
        return fail(Error::Code::NotFound,
            tr("Could not export to %1: the stored file %2 is missing.").arg(destination, source));
    }

    // Hidden, beside the destination, so that the rename stays on one file system and is atomic.
    const QString temp = folder + QStringLiteral("/.") + target.fileName() + QLatin1Char('.')
        + BlobFile::uniqueName(QStringLiteral("export-"));
    auto copied = BlobFile::copy(source, temp, ExportPermissions, BlobFile::Sync::Yes, sha256);
    if (!copied) {
        return std::unexpected(copied.error());
    }
    auto moved = BlobFile::moveWithoutReplacing(temp, target.absoluteFilePath());
    if (!moved) {
        (void)BlobFile::remove(temp);
        if (moved.error().code() == Error::Code::AlreadyExists) {
            return fail(Error::Code::AlreadyExists,
                tr("Could not export to %1: it already exists, and exporting never overwrites a file.")
                    .arg(destination));
        }
    }
    return moved;
}

} // namespace Folio
