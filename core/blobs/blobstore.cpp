// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/blobstore.h"

#include "domain/ids.h"
#include "store/database.h"
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <utility>

namespace Folio {

namespace {

// Above this many files one syncfs() of the blobs' file system is cheaper than one fsync per file: each
// fsync waits for a journal commit of its own, syncfs() for one. Below it, fsync spares the caller the
// write-back of whatever else is pending on that file system.
constexpr qsizetype SyncFileSystemAbove = 16;
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

// A file name unique to this process: "<prefix><pid>-<counter>.tmp".
QString uniqueName(const QString &prefix)
{
    static std::atomic<quint64> counter{0};
    return prefix + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(++counter) + QStringLiteral(".tmp");
}

bool isRegularFile(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

// Creates PATH and any missing parents, appending each folder it created to CREATED.
Result<void> ensureFolder(const QString &path, QStringList *created)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::mkdir(name.constData(), 0755) == 0) {
            created->append(path);
            return {};
        }
        const int error = errno;
        if (error == EEXIST) {
            if (QFileInfo(path).isDir()) {
                return {};
            }
            return fail(Error::Code::AlreadyExists,
                        BlobStore::tr("Could not create the folder %1: a file of that name is in the way.").arg(path));
        }
        const QString parent = QFileInfo(path).path();
        if (error != ENOENT || attempt > 0 || parent == path) {
            return fail(BlobFile::codeForErrno(error), BlobStore::tr("Could not create the folder %1: %2")
                                                           .arg(path, DurableFile::errnoText(error)));
        }
        if (auto made = ensureFolder(parent, created); !made) {
            return made;
        }
    }
    return {};
}

// Folders that were created or had entries added or removed must reach the disk for those changes to.
Result<void> syncFolders(QStringList folders)
{
    folders.removeDuplicates();
    for (const QString &folder : std::as_const(folders)) {
        if (auto synced = DurableFile::syncDirectory(folder); !synced) {
            return synced;
        }
    }
    return {};
}

Result<void> mustBeOutsideTransaction(Database &db)
{
    if (db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
                    BlobStore::tr("The blob store was asked to commit files inside a transaction: its own records "
                                  "must be saved before the files are."));
    }
    return {};
}

Result<void> mustBeInsideTransaction(Database &db)
{
    if (!db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
                    BlobStore::tr("A blob reference can only change inside the transaction that records its use."));
    }
    return {};
}

// Why the blob file at PATH is not sound, or an empty string when it is.
QString problemWith(const QString &sha256, qint64 size, const QString &path)
{
    if (path.isEmpty()) {
        return BlobStore::tr("its name is not a SHA-256 hash");
    }
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            return BlobStore::tr("missing");
        }
        return BlobStore::tr("could not be read: %1").arg(DurableFile::errnoText(error));
    }
    // A size that differs is found without reading the file.
    if (S_ISREG(info.st_mode) && qint64(info.st_size) != size) {
        return BlobStore::tr("size differs (expected %1 bytes, found %2)").arg(size).arg(qint64(info.st_size));
    }
    auto digest = BlobFile::hash(path);
    if (!digest) {
        if (digest.error().code() == Error::Code::NotFound) {
            return BlobStore::tr("missing");
        }
        return digest.error().message();
    }
    if (digest->size != size) {
        return BlobStore::tr("size differs (expected %1 bytes, found %2)").arg(size).arg(digest->size);
    }
    if (digest->sha256 != sha256) {
        return BlobStore::tr("content does not match its hash (expected %1, found %2)").arg(sha256, digest->sha256);
    }
    return {};
}

} // namespace

BlobStore::BlobStore(Database &db, QString libraryPath)
    : m_db(db)
    , m_blobsPath(QDir(libraryPath).filePath(QStringLiteral("blobs")))
{
}

QString BlobStore::folderFor(const QString &sha256) const
{
    return m_blobsPath + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256.mid(2, 2);
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

Result<bool> BlobStore::hasBlobRow(const QString &sha256)
{
    auto find = m_db.prepare(QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ?1"));
    if (!find) {
        return std::unexpected(find.error());
    }
    find->bind(1, sha256);
    return find->next();
}

Result<bool> BlobStore::contains(const QString &sha256)
{
    if (!BlobFile::isSha256(sha256)) {
        return false;
    }
    auto row = hasBlobRow(sha256);
    if (!row || !*row) {
        return row;
    }
    return isRegularFile(pathFor(sha256));
}

Result<FileDigest> BlobStore::hashFile(const QString &path)
{
    return BlobFile::hash(path);
}

QString BlobStore::processOwner()
{
    return QStringLiteral("pid-") + QString::number(QCoreApplication::applicationPid());
}

Result<StagedBlob> BlobStore::stage(const QString &sourcePath)
{
    QStringList created;
    if (auto ready = ensureFolder(tempFolder(), &created); !ready) {
        return std::unexpected(ready.error());
    }
    for (const QString &folder : std::as_const(created)) {
        if (auto synced = DurableFile::syncDirectory(QFileInfo(folder).path()); !synced) {
            return std::unexpected(synced.error());
        }
    }

    QString temp;
    Result<FileDigest> digest;
    // A name taken already can only be the leftover of an earlier process with the same pid that recover()
    // has not cleared yet: take the next one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        temp = tempFolder() + QLatin1Char('/') + uniqueName(QStringLiteral("stage-"));
        digest = BlobFile::copy(sourcePath, temp, BlobPermissions, BlobFile::Sync::No);
        if (digest || digest.error().code() != Error::Code::AlreadyExists) {
            break;
        }
    }
    if (!digest) {
        return std::unexpected(digest.error());
    }

    StagedBlob staged{digest->sha256, digest->size, temp, false};
    auto stored = contains(staged.sha256);
    if (!stored || *stored) {
        // Only a leftover temp file is at stake, which recover() removes if this fails.
        (void)BlobFile::remove(temp);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        staged.tempPath.clear();
        staged.alreadyStored = true;
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
    if (auto outside = mustBeOutsideTransaction(m_db); !outside) {
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

    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        const QString now = Ids::now();
        for (const StagedBlob *blob : std::as_const(batch)) {
            auto insert = m_db.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO blob_pending (sha256, owner, created_at) VALUES (?1, ?2, ?3)"));
            if (!insert) {
                return std::unexpected(insert.error());
            }
            if (auto inserted = insert->bindAll(blob->sha256, owner, now).run(); !inserted) {
                return inserted;
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return committed;
        }
    }

    // The pending rows are saved, so from here on a crash leaves only files that recover() removes.
    Result<void> flushed;
    if (batch.size() > SyncFileSystemAbove) {
        flushed = BlobFile::syncFileSystem(tempFolder());
    } else {
        for (const StagedBlob *blob : std::as_const(batch)) {
            flushed = BlobFile::syncFile(blob->tempPath);
            if (!flushed) {
                break;
            }
        }
    }
    if (!flushed) {
        discard(staged);
        return flushed;
    }
    QStringList foldersToSync;
    for (StagedBlob *blob : std::as_const(batch)) {
        if (auto placed = placeFile(*blob, &foldersToSync); !placed) {
            discard(staged);
            return placed;
        }
    }
    return syncFolders(foldersToSync);
}

Result<void> BlobStore::placeFile(StagedBlob &blob, QStringList *foldersToSync)
{
    const QString folder = folderFor(blob.sha256);
    QStringList created;
    if (auto made = ensureFolder(folder, &created); !made) {
        return made;
    }
    for (const QString &createdFolder : std::as_const(created)) {
        foldersToSync->append(QFileInfo(createdFolder).path());
    }
    const QString target = pathFor(blob.sha256);
    if (isRegularFile(target)) {
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
        return fail(BlobFile::codeForErrno(error), tr("Could not move %1 to %2: %3")
                                                       .arg(blob.tempPath, target, DurableFile::errnoText(error)));
    }
    foldersToSync->append(folder);
    blob.tempPath.clear();
    return {};
}

Result<qint64> BlobStore::addReference(const QString &sha256, qint64 size, const QString &owner)
{
    if (auto inside = mustBeInsideTransaction(m_db); !inside) {
        return std::unexpected(inside.error());
    }
    if (!BlobFile::isSha256(sha256)) {
        return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a SHA-256 hash.").arg(sha256));
    }
    qint64 id = -1;
    {
        auto find = m_db.prepare(QStringLiteral("SELECT id FROM blob WHERE sha256 = ?1"));
        if (!find) {
            return std::unexpected(find.error());
        }
        auto row = find->bind(1, sha256).next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            id = find->int64(0);
        }
    }
    if (id >= 0) {
        auto update = m_db.prepare(QStringLiteral("UPDATE blob SET refs = refs + 1 WHERE id = ?1"));
        if (!update) {
            return std::unexpected(update.error());
        }
        if (auto updated = update->bind(1, id).run(); !updated) {
            return std::unexpected(updated.error());
        }
    } else {
        // stage() may have found the blob stored, and collectGarbage() removed it since: a row for a file
        // that is gone would lose the content, so the caller must stage the source again.
        if (!isRegularFile(pathFor(sha256))) {
            return fail(Error::Code::NotFound,
                        tr("The stored file %1 is missing (it may have been removed as unused after it was "
                           "staged); add the source file again.")
                            .arg(pathFor(sha256)));
        }
        auto insert =
            m_db.prepare(QStringLiteral("INSERT INTO blob (sha256, size, refs, created_at) VALUES (?1, ?2, 1, ?3)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        if (auto inserted = insert->bindAll(sha256, size, Ids::now()).run(); !inserted) {
            return std::unexpected(inserted.error());
        }
        id = m_db.lastInsertRowId();
    }
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?1 AND owner = ?2"));
    if (!clear) {
        return std::unexpected(clear.error());
    }
    if (auto cleared = clear->bindAll(sha256, owner).run(); !cleared) {
        return std::unexpected(cleared.error());
    }
    return id;
}

Result<void> BlobStore::release(qint64 blobId)
{
    if (auto inside = mustBeInsideTransaction(m_db); !inside) {
        return inside;
    }
    auto update = m_db.prepare(QStringLiteral("UPDATE blob SET refs = max(refs - 1, 0) WHERE id = ?1"));
    if (!update) {
        return std::unexpected(update.error());
    }
    if (auto updated = update->bind(1, blobId).run(); !updated) {
        return updated;
    }
    if (m_db.changes() == 0) {
        return fail(Error::Code::NotFound, tr("There is no stored file with id %1.").arg(blobId));
    }
    return {};
}

Result<RecoveryReport> BlobStore::recover()
{
    if (auto outside = mustBeOutsideTransaction(m_db); !outside) {
        return std::unexpected(outside.error());
    }
    RecoveryReport report;
    QList<std::pair<QString, QString>> pending;
    {
        auto select = m_db.prepare(QStringLiteral("SELECT sha256, owner FROM blob_pending"));
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            auto row = select->next();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            pending.append({select->text(0), select->text(1)});
        }
    }

    if (!pending.isEmpty()) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        QStringList folders;
        for (const auto &[sha256, owner] : std::as_const(pending)) {
            auto owned = hasBlobRow(sha256);
            if (!owned) {
                return std::unexpected(owned.error());
            }
            if (!*owned && BlobFile::isSha256(sha256)) {
                auto removed = BlobFile::remove(pathFor(sha256));
                if (!removed) {
                    return std::unexpected(removed.error());
                }
                if (*removed) {
                    ++report.removedFiles;
                    folders.append(folderFor(sha256));
                }
            }
            auto clear = m_db.prepare(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?1 AND owner = ?2"));
            if (!clear) {
                return std::unexpected(clear.error());
            }
            if (auto cleared = clear->bindAll(sha256, owner).run(); !cleared) {
                return std::unexpected(cleared.error());
            }
            ++report.clearedPending;
        }
        // The removals must be on disk before the rows that would redo them are gone.
        if (auto synced = syncFolders(folders); !synced) {
            return std::unexpected(synced.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
    }

    const QDir temp(tempFolder());
    const QStringList leftovers = temp.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers) {
        auto removed = BlobFile::remove(temp.filePath(name));
        if (!removed) {
            return std::unexpected(removed.error());
        }
        report.removedTemp += *removed ? 1 : 0;
    }
    return report;
}

Result<GcReport> BlobStore::collectGarbage()
{
    if (auto outside = mustBeOutsideTransaction(m_db); !outside) {
        return std::unexpected(outside.error());
    }
    GcReport report;
    struct Unused
    {
        qint64 id;
        QString sha256;
        qint64 size;
    };
    QList<Unused> doomed;
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        QList<Unused> unused;
        auto select = m_db.prepare(QStringLiteral("SELECT id, sha256, size FROM blob WHERE refs = 0"));
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            auto row = select->next();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            unused.append({select->int64(0), select->text(1), select->int64(2)});
        }
        for (const Unused &blob : std::as_const(unused)) {
            auto remove = m_db.prepare(QStringLiteral("DELETE FROM blob WHERE id = ?1 AND refs = 0"));
            if (!remove) {
                return std::unexpected(remove.error());
            }
            if (auto removed = remove->bind(1, blob.id).run(); !removed) {
                // A foreign key refused: a version or rendition uses the blob although its count says 0.
                if (removed.error().code() == Error::Code::Conflict) {
                    ++report.skippedInUse;
                    continue;
                }
                return std::unexpected(removed.error());
            }
            auto mark = m_db.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO blob_pending (sha256, owner, created_at) VALUES (?1, ?2, ?3)"));
            if (!mark) {
                return std::unexpected(mark.error());
            }
            if (auto marked = mark->bindAll(blob.sha256, gcOwner(), Ids::now()).run(); !marked) {
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
    for (const Unused &blob : std::as_const(doomed)) {
        // The content may be wanted again since: referenced anew, or committed by a batch not yet referenced.
        auto wanted = m_db.prepare(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM blob WHERE sha256 = ?1)"
                           " OR EXISTS (SELECT 1 FROM blob_pending WHERE sha256 = ?1 AND owner <> ?2)"));
        if (!wanted) {
            return std::unexpected(wanted.error());
        }
        auto row = wanted->bindAll(blob.sha256, gcOwner()).next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row && wanted->int64(0) == 0 && BlobFile::isSha256(blob.sha256)) {
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
        auto clear = m_db.prepare(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?1 AND owner = ?2"));
        if (!clear) {
            return std::unexpected(clear.error());
        }
        if (auto cleared = clear->bindAll(blob.sha256, gcOwner()).run(); !cleared) {
            return std::unexpected(cleared.error());
        }
    }
    if (auto synced = syncFolders(folders); !synced) {
        return std::unexpected(synced.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return report;
}

Result<void> BlobStore::markVerified(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QString now = Ids::now();
    for (const qint64 id : ids) {
        auto update = m_db.prepare(QStringLiteral("UPDATE blob SET verified_at = ?1 WHERE id = ?2"));
        if (!update) {
            return std::unexpected(update.error());
        }
        if (auto updated = update->bindAll(now, id).run(); !updated) {
            return updated;
        }
    }
    return transaction->commit();
}

Result<ScrubReport> BlobStore::scrub(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (auto outside = mustBeOutsideTransaction(m_db); !outside) {
        return std::unexpected(outside.error());
    }
    struct Entry
    {
        qint64 id;
        QString sha256;
        qint64 size;
    };
    QList<Entry> entries;
    qint64 total = 0;
    {
        auto select = m_db.prepare(QStringLiteral("SELECT id, sha256, size FROM blob ORDER BY id"));
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            auto row = select->next();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            entries.append({select->int64(0), select->text(1), select->int64(2)});
            total += select->int64(2);
        }
    }

    ScrubReport report;
    QList<qint64> verified;
    qint64 done = 0;
    for (const Entry &entry : std::as_const(entries)) {
        const QString path = pathFor(entry.sha256);
        const QString problem = problemWith(entry.sha256, entry.size, path);
        ++report.checked;
        if (problem.isEmpty()) {
            ++report.sound;
            verified.append(entry.id);
        } else {
            report.problems.append({entry.sha256, path, problem});
        }
        if (verified.size() >= VerifiedPerTransaction) {
            if (auto marked = markVerified(verified); !marked) {
                return std::unexpected(marked.error());
            }
            verified.clear();
        }
        done += entry.size;
        if (progress && !progress(done, total)) {
            if (auto marked = markVerified(verified); !marked) {
                return std::unexpected(marked.error());
            }
            return fail(Error::Code::Cancelled, tr("Checking the stored files was cancelled."));
        }
    }
    if (auto marked = markVerified(verified); !marked) {
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
                    tr("Could not export to %1: it already exists, and exporting never overwrites a file.")
                        .arg(destination));
    }
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return fail(Error::Code::NotFound,
                    tr("Could not export to %1: the folder %2 does not exist.").arg(destination, folder));
    }
    if (!isRegularFile(source)) {
        return fail(Error::Code::NotFound, tr("Could not export to %1: the stored file %2 is missing.")
                                               .arg(destination, source));
    }

    // Hidden, beside the destination, so that the rename stays on one file system and is atomic.
    const QString temp = folder + QStringLiteral("/.") + target.fileName() + QLatin1Char('.')
        + uniqueName(QStringLiteral("export-"));
    auto copied = BlobFile::copy(source, temp, ExportPermissions, BlobFile::Sync::Yes, sha256);
    if (!copied) {
        return std::unexpected(copied.error());
    }
    const QString finalPath = target.absoluteFilePath();
    if (::renameat2(AT_FDCWD, QFile::encodeName(temp).constData(), AT_FDCWD,
                    QFile::encodeName(finalPath).constData(), RENAME_NOREPLACE)
        == 0) {
        return DurableFile::syncDirectory(folder);
    }
    const int error = errno;
    if (error == EINVAL || error == ENOSYS) {
        // This file system cannot refuse to replace within the rename: check, then rename.
        if (!QFileInfo::exists(finalPath) && !QFileInfo(finalPath).isSymLink()) {
            if (auto moved = DurableFile::renameDurably(temp, finalPath); !moved) {
                (void)BlobFile::remove(temp);
                return moved;
            }
            return {};
        }
    }
    (void)BlobFile::remove(temp);
    if (error == EEXIST || error == EINVAL || error == ENOSYS) {
        return fail(Error::Code::AlreadyExists,
                    tr("Could not export to %1: it already exists, and exporting never overwrites a file.")
                        .arg(destination));
    }
    return fail(BlobFile::codeForErrno(error),
                tr("Could not move %1 to %2: %3").arg(temp, finalPath, DurableFile::errnoText(error)));
}

} // namespace Folio
