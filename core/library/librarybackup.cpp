// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarybackup.h"

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "library/library.h"
#include "library/libraryverifier.h"
#include "store/database.h"
#include "store/databasebackup.h"

#include <QDir>
#include <QFileInfo>

namespace Folio {

namespace {
Result<void> prepareEmptyFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && (!info.isDir() || !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        return fail(Error::Code::AlreadyExists, LibraryBackup::tr("%1 exists and is not an empty folder.").arg(path));
    }
    if (!QDir().mkpath(path)) {
        return fail(Error::Code::Io, LibraryBackup::tr("Could not create the folder %1.").arg(path));
    }
    return {};
}
} // namespace

Result<BackupReport> LibraryBackup::copyBlobs(const QStringList &hashes, const QString &fromLibrary,
                                              const QString &toLibrary)
{
    // BlobStore::exportTo verifies each file's hash while copying it, so a damaged blob is never copied
    // silently. The destination needs no database for that.
    auto source = Database::open(QDir(fromLibrary).filePath(Library::databaseFileName()), Database::Mode::ReadOnly);
    if (!source) {
        return std::unexpected(source.error());
    }
    BlobStore from(**source, fromLibrary);
    BlobStore to(**source, toLibrary);
    BackupReport report;
    for (const QString &sha : hashes) {
        const QString target = to.pathFor(sha);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return fail(Error::Code::Io, tr("Could not create the folder %1.").arg(QFileInfo(target).absolutePath()));
        }
        if (auto copied = from.exportTo(sha, target); !copied) {
            return std::unexpected(copied.error());
        }
        report.blobs += 1;
        report.bytes += QFileInfo(target).size();
    }
    return report;
}

Result<BackupReport> LibraryBackup::backup(Library &library, const QString &destination)
{
    const QString dest = QDir::cleanPath(QDir(destination).absolutePath());
    if (auto ok = prepareEmptyFolder(dest); !ok) {
        return std::unexpected(ok.error());
    }
    const QString databasePath = QDir(dest).filePath(Library::databaseFileName());
    if (auto copied = DatabaseBackup::copy(library.database(), databasePath); !copied) {
        return std::unexpected(copied.error());
    }
    auto snapshot = Database::open(databasePath, Database::Mode::ReadWrite);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    auto hashes = DatabaseBackup::blobHashes(**snapshot);
    if (!hashes) {
        return std::unexpected(hashes.error());
    }
    // The snapshot's audit head: the live library's head may already be past the snapshot.
    if (auto head = AuditLog(**snapshot, dest).publishHead(); !head) {
        return std::unexpected(head.error());
    }
    snapshot->reset();
    return copyBlobs(*hashes, library.path(), dest);
}

Result<BackupReport> LibraryBackup::restore(const QString &source, const QString &destination)
{
    const QString from = QDir::cleanPath(QDir(source).absolutePath());
    const QString dest = QDir::cleanPath(QDir(destination).absolutePath());
    if (!Library::isLibrary(from)) {
        return fail(Error::Code::NotFound, tr("%1 is not a Folio backup (no %2 in it).").arg(from, Library::databaseFileName()));
    }
    if (auto ok = prepareEmptyFolder(dest); !ok) {
        return std::unexpected(ok.error());
    }
    BackupReport report;
    {
        auto backupDb = Database::open(QDir(from).filePath(Library::databaseFileName()), Database::Mode::ReadOnly);
        if (!backupDb) {
            return std::unexpected(backupDb.error());
        }
        if (auto copied = DatabaseBackup::copy(**backupDb, QDir(dest).filePath(Library::databaseFileName())); !copied) {
            return std::unexpected(copied.error());
        }
        auto hashes = DatabaseBackup::blobHashes(**backupDb);
        if (!hashes) {
            return std::unexpected(hashes.error());
        }
        auto copied = copyBlobs(*hashes, from, dest);
        if (!copied) {
            return copied;
        }
        report = *copied;
    }
    const QString head = QDir(from).filePath(QStringLiteral("audit.head"));
    if (QFileInfo::exists(head) && !QFile::copy(head, QDir(dest).filePath(QStringLiteral("audit.head")))) {
        return fail(Error::Code::Io, tr("Could not copy %1 into %2.").arg(head, dest));
    }
    auto restored = Library::open(dest, Library::OpenMode::Existing);
    if (!restored) {
        return std::unexpected(restored.error());
    }
    auto verified = LibraryVerifier::verify(**restored);
    if (!verified) {
        return std::unexpected(verified.error());
    }
    if (!verified->ok()) {
        return fail(Error::Code::Corrupt, tr("The restored library %1 does not verify: %2").arg(dest, verified->problems.first()));
    }
    return report;
}

} // namespace Folio
