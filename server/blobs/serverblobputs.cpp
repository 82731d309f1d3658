// SPDX-License-Identifier: GPL-3.0-or-later
// ServerBlobStore's whole small blobs: put() one, putMany() a batch with the flushes shared. Upload sessions
// and reads are in serverblobstore.cpp.
#include "serverblobstore.h"

#include "blobs/blobfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Folio::Server {

Result<void> ServerBlobStore::put(const QString &userUuid, const QString &sha256, const QByteArray &bytes)
{
    if (!isSha256(sha256) || !isUserUuid(userUuid)) {
        return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a SHA-256.").arg(sha256.left(64)));
    }
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (actual != sha256) {
        return fail(Error::Code::Corrupt, tr("The bytes hash to %1, not %2.").arg(actual, sha256));
    }
    std::lock_guard lock(m_mutex);
    if (readable(userUuid, sha256)) {
        return {};
    }
    const QString temp = m_directory + QStringLiteral("/blobs/tmp/") + BlobFile::uniqueName(QStringLiteral("batch-"));
    {
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            QFile::remove(temp);
            return fail(Error::Code::Io, tr("Cannot write %1: %2.").arg(temp, file.errorString()));
        }
    }
    if (auto synced = BlobFile::syncFile(temp); !synced) {
        QFile::remove(temp);
        return synced;
    }
    auto adopted = adopt(userUuid, sha256, temp, bytes.size());
    if (!adopted) {
        QFile::remove(temp);
    }
    return adopted;
}

Result<QList<bool>> ServerBlobStore::putMany(const QString &userUuid, const QList<QPair<QString, QByteArray>> &blobs)
{
    if (!isUserUuid(userUuid)) {
        return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a user.").arg(userUuid.left(64)));
    }
    QList<bool> stored;
    for (const auto &[sha256, bytes] : blobs) {
        if (!isSha256(sha256)) {
            return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a SHA-256.").arg(sha256.left(64)));
        }
        stored.append(
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) == sha256);
    }
    std::lock_guard lock(m_mutex);
    struct Pending
    {
        QString sha256;
        QString temp; // empty when the blob file is there already (another owner's)
    };
    QList<Pending> pending;
    QStringList temps;
    // Whatever fails below leaves no temp file behind.
    auto removeTemps = [&temps] {
        for (const QString &temp : std::as_const(temps)) {
            QFile::remove(temp);
        }
    };
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const auto &[sha256, bytes] = blobs.at(i);
        if (!stored.at(i) || readable(userUuid, sha256)
            || std::any_of(pending.cbegin(), pending.cend(), [&](const Pending &p) { return p.sha256 == sha256; })) {
            continue;
        }
        const QString target = blobPath(sha256);
        if (BlobFile::isRegularFile(target) && QFileInfo(target).size() == bytes.size()) {
            pending.append({ sha256, {} });
            continue;
        }
        const QString temp
            = m_directory + QStringLiteral("/blobs/tmp/") + BlobFile::uniqueName(QStringLiteral("batch-"));
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            QFile::remove(temp);
            removeTemps();
            return fail(Error::Code::Io, tr("Cannot write %1: %2.").arg(temp, file.errorString()));
        }
        temps << temp;
        pending.append({ sha256, temp });
    }
    if (auto synced = BlobFile::syncFiles(temps); !synced) {
        removeTemps();
        return std::unexpected(synced.error());
    }
    QStringList folders;
    for (const Pending &entry : std::as_const(pending)) {
        QStringList created;
        if (!entry.temp.isEmpty()) {
            const QString target = blobPath(entry.sha256);
            if (auto made = BlobFile::makeFolders(QFileInfo(target).absolutePath(), &created); !made) {
                removeTemps();
                return std::unexpected(made.error());
            }
            // Without replacing: a blob file that appeared meanwhile has the same content.
            if (::renameat2(AT_FDCWD, QFile::encodeName(entry.temp).constData(), AT_FDCWD,
                    QFile::encodeName(target).constData(), RENAME_NOREPLACE)
                    != 0
                && errno != EEXIST) {
                const int error = errno;
                removeTemps();
                return fail(BlobFile::codeForErrno(error),
                    tr("Cannot rename %1 to %2: %3.").arg(entry.temp, target, QString::fromLocal8Bit(strerror(error))));
            }
            QFile::remove(entry.temp); // still there only when the rename found the blob in place
            temps.removeOne(entry.temp);
            folders << QFileInfo(target).absolutePath();
        }
        const QString marker = ownerPath(userUuid, entry.sha256);
        if (auto made = BlobFile::makeFolders(QFileInfo(marker).absolutePath(), &created); !made) {
            removeTemps();
            return std::unexpected(made.error());
        }
        QFile markerFile(marker);
        if (!markerFile.open(QIODevice::WriteOnly)) {
            removeTemps();
            return fail(Error::Code::Io, tr("Cannot create %1: %2.").arg(marker, markerFile.errorString()));
        }
        folders << QFileInfo(marker).absolutePath();
        for (const QString &folder : std::as_const(created)) {
            folders << QFileInfo(folder).absolutePath();
        }
    }
    folders.removeDuplicates();
    if (auto synced = BlobFile::syncFolders(folders); !synced) {
        return std::unexpected(synced.error());
    }
    return stored;
}

} // namespace Folio::Server
