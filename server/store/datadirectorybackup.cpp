// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadirectorybackup.h"

#include "audit/auditlog.h"
#include "blobs/blobfile.h"
#include "blobs/serverblobstore.h"
#include "store/database.h"
#include "store/databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace Folio::Server {

namespace {

using Tr = DataDirectoryBackup;

QFileInfoList entries(const QString &folder, QDir::Filters filters)
{
    return QDir(folder).entryInfoList(filters | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

class Backup
{
public:
    Backup(QString dir, QString dest)
        : m_dir(std::move(dir))
        , m_dest(std::move(dest))
    { }

    Result<BackupReport> run()
    {
        // 1. The head before the database: it never names an event the copy lacks (header).
        const QString head = m_dir + QStringLiteral("/audit.head");
        if (QFileInfo::exists(head)) {
            if (auto ok = copyFile(head, m_dest + QStringLiteral("/audit.head")); !ok) {
                return std::unexpected(ok.error());
            }
        }
        if (auto ok = database(); !ok) {
            return std::unexpected(ok.error());
        }
        const QString key = m_dir + QStringLiteral("/token.key");
        if (QFileInfo::exists(key)) {
            if (auto ok = copyFile(key, m_dest + QStringLiteral("/token.key")); !ok) {
                return std::unexpected(ok.error());
            }
        }
        // 4. Markers before blobs (header).
        if (auto ok = owners(); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = blobs(); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = logs(); !ok) {
            return std::unexpected(ok.error());
        }
        m_created.append(m_dest);
        if (auto ok = BlobFile::syncFolders(m_created); !ok) {
            return std::unexpected(ok.error());
        }
        return m_report;
    }

private:
    Result<void> folder(const QString &path)
    {
        QStringList created;
        if (auto ok = BlobFile::makeFolders(path, &created); !ok) {
            return ok;
        }
        for (const QString &made : std::as_const(created)) {
            // Each new folder's entry lives in its parent; the folder itself is synced for its files.
            m_created << made << QFileInfo(made).absolutePath();
        }
        if (created.isEmpty() && !m_created.contains(path)) {
            m_created << path;
        }
        return {};
    }

    Result<void> copyFile(const QString &source, const QString &target)
    {
        auto copied = BlobFile::copy(source, target, 0600, BlobFile::Sync::Yes);
        if (!copied) {
            return std::unexpected(copied.error());
        }
        return {};
    }

    Result<void> database()
    {
        auto source = Database::open(m_dir + QStringLiteral("/foliod.db"), Database::Mode::ReadOnly);
        if (!source) {
            return std::unexpected(source.error());
        }
        const QString target = m_dest + QStringLiteral("/foliod.db");
        if (auto ok = DatabaseBackup::copy(**source, target); !ok) {
            return ok;
        }
        source->reset();
        // It holds password hashes and TOTP secrets, like the original (ServerStore::open).
        if (!QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)) {
            return fail(Error::Code::PermissionDenied, Tr::tr("Could not make %1 private to its owner.").arg(target));
        }
        auto copy = Database::open(target, Database::Mode::ReadWrite);
        if (!copy) {
            return std::unexpected(copy.error());
        }
        AuditLog log(**copy, m_dest);
        if (auto ok = log.publishHead(); !ok) {
            return ok;
        }
        auto count = log.count();
        if (!count) {
            return std::unexpected(count.error());
        }
        m_report.auditEvents = *count;
        return {};
    }

    Result<void> owners()
    {
        const QString root = m_dir + QStringLiteral("/blob-owners");
        for (const QFileInfo &owner : entries(root, QDir::Dirs)) {
            const QString targetFolder = m_dest + QStringLiteral("/blob-owners/") + owner.fileName();
            if (auto ok = folder(targetFolder); !ok) {
                return ok;
            }
            for (const QFileInfo &marker : entries(owner.filePath(), QDir::Files)) {
                if (!ServerBlobStore::isSha256(marker.fileName())) {
                    continue;
                }
                QFile made(targetFolder + QLatin1Char('/') + marker.fileName());
                if (!made.open(QIODevice::WriteOnly)) {
                    return fail(
                        Error::Code::Io, Tr::tr("Could not create %1: %2").arg(made.fileName(), made.errorString()));
                }
                ++m_report.ownerMarkers;
            }
        }
        return {};
    }

    Result<void> blobs()
    {
        const QString root = m_dir + QStringLiteral("/blobs");
        if (auto ok = folder(m_dest + QStringLiteral("/blobs/tmp")); !ok) {
            return ok;
        }
        for (const QFileInfo &prefix : entries(root, QDir::Dirs)) {
            if (prefix.fileName() == QLatin1String("tmp")) {
                continue;
            }
            const QString targetFolder = m_dest + QStringLiteral("/blobs/") + prefix.fileName();
            bool made = false;
            for (const QFileInfo &file : entries(prefix.filePath(), QDir::Files)) {
                const QString sha = file.fileName();
                if (!ServerBlobStore::isSha256(sha) || !sha.startsWith(prefix.fileName())) {
                    continue; // not a blob (foliod check reports it)
                }
                if (!made) {
                    if (auto ok = folder(targetFolder); !ok) {
                        return ok;
                    }
                    made = true;
                }
                auto copied = BlobFile::copy(
                    file.filePath(), targetFolder + QLatin1Char('/') + sha, 0600, BlobFile::Sync::Yes, sha);
                if (!copied) {
                    const Error::Code code = copied.error().code();
                    if (code != Error::Code::Corrupt && code != Error::Code::NotFound) {
                        return std::unexpected(copied.error());
                    }
                    m_report.skipped << file.filePath() + QStringLiteral(": ") + copied.error().message();
                    continue;
                }
                ++m_report.blobs;
                m_report.blobBytes += copied->size;
            }
        }
        return {};
    }

    // The logs grow while they are copied: each is copied up to the size it had when the copy began.
    Result<void> logs()
    {
        const QFileInfoList files = entries(m_dir + QStringLiteral("/logs"), QDir::Files);
        if (files.isEmpty()) {
            return {};
        }
        if (auto ok = folder(m_dest + QStringLiteral("/logs")); !ok) {
            return ok;
        }
        for (const QFileInfo &file : files) {
            QFile in(file.filePath());
            QFile out(m_dest + QStringLiteral("/logs/") + file.fileName());
            if (!in.open(QIODevice::ReadOnly)) {
                continue; // rotated away meanwhile
            }
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
                return fail(Error::Code::Io, Tr::tr("Could not create %1: %2").arg(out.fileName(), out.errorString()));
            }
            qint64 left = in.size();
            while (left > 0) {
                const QByteArray chunk = in.read(std::min<qint64>(left, 1 << 20));
                if (chunk.isEmpty()) {
                    break;
                }
                if (out.write(chunk) != chunk.size()) {
                    return fail(
                        Error::Code::Io, Tr::tr("Could not write %1: %2").arg(out.fileName(), out.errorString()));
                }
                left -= chunk.size();
            }
            out.close();
            if (auto ok = BlobFile::syncFile(out.fileName()); !ok) {
                return ok;
            }
        }
        return {};
    }

    QString m_dir;
    QString m_dest;
    BackupReport m_report;
    QStringList m_created;
};

} // namespace

Result<BackupReport> DataDirectoryBackup::run(const QString &dir, const QString &dest)
{
    if (dir.isEmpty() || dest.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("A backup needs a data directory and a destination."));
    }
    const QString source = QDir(dir).absolutePath();
    const QString target = QDir(dest).absolutePath();
    if (!QFileInfo::exists(source + QStringLiteral("/foliod.db"))) {
        return fail(Error::Code::NotFound, tr("%1 is not a foliod data directory: it holds no foliod.db.").arg(source));
    }
    const QString canonicalSource = QFileInfo(source).canonicalFilePath();
    const QString canonicalTargetParent = QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath();
    if (canonicalTargetParent == canonicalSource
        || canonicalTargetParent.startsWith(canonicalSource + QLatin1Char('/'))) {
        return fail(Error::Code::InvalidArgument,
            tr("Refusing to back up %1 into %2, which is inside it.").arg(source, target));
    }
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir()
            || !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return fail(Error::Code::AlreadyExists,
                tr("The backup destination %1 exists and is not an empty folder: choose a new one.").arg(target));
        }
        if (::chmod(QFile::encodeName(target).constData(), 0700) != 0) {
            return fail(Error::Code::Io,
                tr("Could not make %1 private to its owner: %2")
                    .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
        }
    } else if (::mkdir(QFile::encodeName(target).constData(), 0700) != 0) {
        return fail(BlobFile::codeForErrno(errno),
            tr("Could not create the backup folder %1: %2").arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return Backup(source, target).run();
}

} // namespace Folio::Server
