// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverblobstore.h"

#include "blobs/blobfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <openssl/evp.h>

namespace Folio::Server {

namespace {

bool isHex(const QString &text, qsizetype length)
{
    if (text.size() != length) {
        return false;
    }
    for (const QChar ch : text) {
        if (!((ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
                || (ch >= QLatin1Char('a') && ch <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

QString uuidFolder(const QString &userUuid)
{
    return QUuid::fromString(userUuid).toString(QUuid::WithoutBraces);
}

} // namespace

ServerBlobStore::ServerBlobStore(const QString &directory)
    : m_directory(directory)
{ }

ServerBlobStore::~ServerBlobStore()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopCondition.notify_all();
    if (m_janitor.joinable()) {
        m_janitor.join();
    }
}

Result<std::unique_ptr<ServerBlobStore>> ServerBlobStore::open(const QString &directory)
{
    std::unique_ptr<ServerBlobStore> store(new ServerBlobStore(QDir(directory).absolutePath()));
    QStringList created;
    for (const char *folder : { "blobs/tmp", "uploads", "blob-owners" }) {
        if (auto made = BlobFile::makeFolders(store->m_directory + QLatin1Char('/') + QLatin1String(folder), &created);
            !made) {
            return std::unexpected(made.error());
        }
    }
    QStringList parents;
    for (const QString &folder : std::as_const(created)) {
        parents << QFileInfo(folder).absolutePath();
    }
    if (auto synced = BlobFile::syncFolders(parents); !synced) {
        return std::unexpected(synced.error());
    }
    // Batch uploads that a kill interrupted before their rename.
    if (auto removed = BlobFile::removeFilesIn(store->m_directory + QStringLiteral("/blobs/tmp")); !removed) {
        return std::unexpected(removed.error());
    }
    store->removeExpiredSessions();
    store->m_janitor = std::thread([raw = store.get()] { raw->janitor(); });
    return store;
}

void ServerBlobStore::janitor()
{
    std::unique_lock lock(m_stopMutex);
    while (!m_stopCondition.wait_for(lock, std::chrono::hours(1), [this] { return m_stopping; })) {
        lock.unlock();
        removeExpiredSessions();
        lock.lock();
    }
}

bool ServerBlobStore::isUserUuid(const QString &text)
{
    // User uuids become folder names: only a real uuid may.
    return !QUuid::fromString(text).isNull();
}

bool ServerBlobStore::isSha256(const QString &text)
{
    return isHex(text, 64);
}

QString ServerBlobStore::blobPath(const QString &sha256) const
{
    return m_directory + QStringLiteral("/blobs/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

QString ServerBlobStore::ownerPath(const QString &userUuid, const QString &sha256) const
{
    return m_directory + QStringLiteral("/blob-owners/") + uuidFolder(userUuid) + QLatin1Char('/') + sha256;
}

QString ServerBlobStore::sessionPath(const QString &id) const
{
    return m_directory + QStringLiteral("/uploads/") + id;
}

bool ServerBlobStore::readable(const QString &userUuid, const QString &sha256) const
{
    return isSha256(sha256) && isUserUuid(userUuid) && QFileInfo::exists(ownerPath(userUuid, sha256))
        && BlobFile::isRegularFile(blobPath(sha256));
}

Result<qint64> ServerBlobStore::size(const QString &userUuid, const QString &sha256) const
{
    if (!readable(userUuid, sha256)) {
        return fail(Error::Code::NotFound, tr("There is no blob %1.").arg(sha256.left(64)));
    }
    return QFileInfo(blobPath(sha256)).size();
}

Result<QString> ServerBlobStore::file(const QString &userUuid, const QString &sha256) const
{
    if (!readable(userUuid, sha256)) {
        return fail(Error::Code::NotFound, tr("There is no blob %1.").arg(sha256.left(64)));
    }
    return blobPath(sha256);
}

namespace {

// Writes BYTES to PATH through a temp file that is fsynced and renamed over it, then syncs the folder.
Result<void> writeDurably(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + QStringLiteral(".tmp");
    {
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
            || !file.flush()) {
            return fail(Error::Code::Io,
                QCoreApplication::translate("Folio::Server::ServerBlobStore", "Cannot write %1: %2.")
                    .arg(temp, file.errorString()));
        }
    }
    if (auto synced = BlobFile::syncFile(temp); !synced) {
        return synced;
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        return fail(BlobFile::codeForErrno(errno),
            QCoreApplication::translate("Folio::Server::ServerBlobStore", "Cannot rename %1 to %2: %3.")
                .arg(temp, path, QString::fromLocal8Bit(strerror(errno))));
    }
    return BlobFile::syncFolders({ QFileInfo(path).absolutePath() });
}

// The SHA-256 of the file PATH through OpenSSL's EVP, which uses the CPU's SHA extensions where there are
// some: several times faster than QCryptographicHash on the whole of a large upload, which finish() reads
// again (1 GiB: about half a second instead of three).
Result<QString> sha256OfFile(const QString &path)
{
    const auto failed = [&path](const QString &reason) {
        return fail(Error::Code::Io,
            QCoreApplication::translate("Folio::Server::ServerBlobStore", "Cannot hash %1: %2.").arg(path, reason));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return failed(file.errorString());
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        return failed(QStringLiteral("OpenSSL has no SHA-256"));
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            return failed(file.errorString());
        }
        if (got == 0) {
            break;
        }
        if (EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(got)) != 1) {
            return failed(QStringLiteral("SHA-256 update failed"));
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        return failed(QStringLiteral("SHA-256 final failed"));
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

Result<void> ServerBlobStore::writeOffset(const QString &id, qint64 offset)
{
    const QString path = sessionPath(id) + QStringLiteral("/offset");
    // Fixed width, so a later offset overwrites the first one in place: 20 bytes within one sector are written
    // whole or not at all, and fdatasync() of an overwrite that does not grow the file needs no journal commit
    // (a new file renamed into place needs two). The session's creation writes it through writeDurably().
    const QByteArray text = QByteArray::number(offset).rightJustified(20, ' ');
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return writeDurably(path, text);
    }
    const bool written = ::pwrite(fd, text.constData(), size_t(text.size()), 0) == text.size() && ::fdatasync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written) {
        return fail(BlobFile::codeForErrno(error),
            tr("Cannot write %1: %2.").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    return {};
}

Result<UploadSession> ServerBlobStore::loadSession(const QString &userUuid, const QString &id) const
{
    const auto notFound = [&] { return fail(Error::Code::NotFound, tr("There is no upload %1.").arg(id.left(32))); };
    if (!isHex(id, 32) || !isUserUuid(userUuid)) {
        return notFound();
    }
    const QString folder = sessionPath(id);
    QFile meta(folder + QStringLiteral("/meta.json"));
    QFile offsetFile(folder + QStringLiteral("/offset"));
    if (!meta.open(QIODevice::ReadOnly) || !offsetFile.open(QIODevice::ReadOnly)) {
        return notFound();
    }
    const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
    if (object.value(QStringLiteral("user")).toString() != uuidFolder(userUuid)) {
        return notFound();
    }
    const QDateTime touched = QFileInfo(offsetFile.fileName()).lastModified();
    if (touched.secsTo(QDateTime::currentDateTime()) > sessionLifetimeSeconds) {
        return notFound();
    }
    bool ok = false;
    UploadSession session { id, object.value(QStringLiteral("sha256")).toString(),
        qint64(object.value(QStringLiteral("size")).toDouble()), offsetFile.readAll().trimmed().toLongLong(&ok) };
    if (!ok || !isSha256(session.sha256) || session.offset < 0 || session.offset > session.size) {
        return fail(Error::Code::Corrupt, tr("The upload %1 is damaged.").arg(folder));
    }
    return session;
}

Result<UploadSession> ServerBlobStore::session(const QString &userUuid, const QString &id) const
{
    std::lock_guard lock(m_mutex);
    return loadSession(userUuid, id);
}

Result<std::optional<UploadSession>> ServerBlobStore::createSession(
    const QString &userUuid, const QString &sha256, qint64 size)
{
    if (!isSha256(sha256) || !isUserUuid(userUuid) || size < 0) {
        return fail(Error::Code::InvalidArgument, tr("An upload needs a SHA-256 and a size of at least 0."));
    }
    std::lock_guard lock(m_mutex);
    if (readable(userUuid, sha256)) {
        return std::optional<UploadSession> {};
    }
    const QString id
        = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0')
            + QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0'));
    const QString folder = sessionPath(id);
    if (!QDir().mkpath(folder)) {
        return fail(Error::Code::Io, tr("Cannot create the upload folder %1.").arg(folder));
    }
    QFile data(folder + QStringLiteral("/data"));
    if (!data.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::Io, tr("Cannot create %1: %2.").arg(data.fileName(), data.errorString()));
    }
    const QJsonObject meta { { QStringLiteral("user"), uuidFolder(userUuid) }, { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("size"), double(size) } };
    if (auto written = writeDurably(folder + QStringLiteral("/meta.json"), QJsonDocument(meta).toJson()); !written) {
        return std::unexpected(written.error());
    }
    if (auto written = writeOffset(id, 0); !written) {
        return std::unexpected(written.error());
    }
    if (auto synced = BlobFile::syncFolders({ m_directory + QStringLiteral("/uploads") }); !synced) {
        return std::unexpected(synced.error());
    }
    return std::optional<UploadSession> { UploadSession { id, sha256, size, 0 } };
}

Result<qint64> ServerBlobStore::append(
    const QString &userUuid, const QString &id, qint64 start, const QByteArray &bytes)
{
    std::lock_guard lock(m_mutex);
    auto session = loadSession(userUuid, id);
    if (!session) {
        return std::unexpected(session.error());
    }
    if (start != session->offset) {
        return fail(Error::Code::Conflict,
            tr("The upload %1 has %2 bytes; a chunk must start there, not at %3.")
                .arg(id)
                .arg(session->offset)
                .arg(start));
    }
    if (start + bytes.size() > session->size) {
        return fail(Error::Code::LimitExceeded,
            tr("The chunk ends at %1, past the upload's size %2.").arg(start + bytes.size()).arg(session->size));
    }
    QFile data(sessionPath(id) + QStringLiteral("/data"));
    // Cuts off whatever an unacknowledged chunk left past the offset before a crash.
    const auto written = [&] {
        if (!data.open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !data.resize(start) || !data.seek(start)) {
            return false;
        }
        // In 1 MiB writes: measured on Linux (ext4), one 16 MiB write() takes several times as long as sixteen
        // of 1 MiB (60-130 ms against 10-30 ms, with the fsync), and it is most of a chunk's time.
        constexpr qsizetype piece = 1024 * 1024;
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            const qsizetype length = std::min(piece, bytes.size() - at);
            if (data.write(bytes.constData() + at, length) != length) {
                return false;
            }
            // Start writing this piece to disk now: the fsync below then waits for the last piece only.
            (void)::sync_file_range(data.handle(), start + at, length, SYNC_FILE_RANGE_WRITE);
        }
        return true;
    };
    if (!written()) {
        return fail(Error::Code::Io, tr("Cannot write %1: %2.").arg(data.fileName(), data.errorString()));
    }
    data.close();
    if (auto synced = BlobFile::syncFile(data.fileName()); !synced) {
        return std::unexpected(synced.error());
    }
    const qint64 offset = start + bytes.size();
    if (auto written = writeOffset(id, offset); !written) {
        return std::unexpected(written.error());
    }
    return offset;
}

Result<void> ServerBlobStore::markOwner(const QString &userUuid, const QString &sha256)
{
    const QString path = ownerPath(userUuid, sha256);
    if (QFileInfo::exists(path)) {
        return {};
    }
    QStringList created;
    if (auto made = BlobFile::makeFolders(QFileInfo(path).absolutePath(), &created); !made) {
        return made;
    }
    QFile marker(path);
    if (!marker.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::Io, tr("Cannot create %1: %2.").arg(path, marker.errorString()));
    }
    marker.close();
    QStringList folders { QFileInfo(path).absolutePath() };
    for (const QString &folder : std::as_const(created)) {
        folders << QFileInfo(folder).absolutePath();
    }
    return BlobFile::syncFolders(folders);
}

// FILE holds SIZE bytes that hash to SHA256 and are on disk: moves it into place (or drops it when the blob
// is there already) and records USERUUID as an owner.
Result<void> ServerBlobStore::adopt(const QString &userUuid, const QString &sha256, const QString &file, qint64 size)
{
    const QString target = blobPath(sha256);
    if (BlobFile::isRegularFile(target) && QFileInfo(target).size() == size) {
        if (auto removed = BlobFile::remove(file); !removed) {
            return std::unexpected(removed.error());
        }
    } else {
        QStringList created;
        if (auto made = BlobFile::makeFolders(QFileInfo(target).absolutePath(), &created); !made) {
            return made;
        }
        if (auto synced = BlobFile::syncFolders({ m_directory + QStringLiteral("/blobs") }); !synced) {
            return synced;
        }
        if (auto moved = BlobFile::moveWithoutReplacing(file, target); !moved) {
            return moved;
        }
    }
    return markOwner(userUuid, sha256);
}

Result<void> ServerBlobStore::finish(const QString &userUuid, const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto session = loadSession(userUuid, id);
    if (!session) {
        return std::unexpected(session.error());
    }
    if (session->offset != session->size) {
        return fail(Error::Code::InvalidArgument,
            tr("The upload %1 has %2 of its %3 bytes.").arg(id).arg(session->offset).arg(session->size));
    }
    const QString folder = sessionPath(id);
    const QString data = folder + QStringLiteral("/data");
    // Bytes past the offset that a crash left behind are not part of the upload.
    if (!QFile::resize(data, session->size)) {
        return fail(Error::Code::Io, tr("Cannot truncate %1.").arg(data));
    }
    auto digest = sha256OfFile(data);
    if (!digest) {
        return std::unexpected(digest.error());
    }
    if (*digest != session->sha256) {
        QDir(folder).removeRecursively();
        return fail(Error::Code::Corrupt,
            tr("The uploaded bytes hash to %1, not %2; the upload was discarded.").arg(*digest, session->sha256));
    }
    if (auto adopted = adopt(userUuid, session->sha256, data, session->size); !adopted) {
        return adopted;
    }
    QDir(folder).removeRecursively();
    return {};
}

Result<void> ServerBlobStore::cancel(const QString &userUuid, const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto session = loadSession(userUuid, id);
    if (!session) {
        return std::unexpected(session.error());
    }
    if (!QDir(sessionPath(id)).removeRecursively()) {
        return fail(Error::Code::Io, tr("Cannot remove the upload folder %1.").arg(sessionPath(id)));
    }
    return {};
}

int ServerBlobStore::removeExpiredSessions()
{
    std::lock_guard lock(m_mutex);
    int removed = 0;
    const QDateTime now = QDateTime::currentDateTime();
    const QDir uploads(m_directory + QStringLiteral("/uploads"));
    for (const QFileInfo &entry : uploads.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QFileInfo offset(entry.absoluteFilePath() + QStringLiteral("/offset"));
        // A session without its offset file was interrupted while being created.
        const QDateTime touched = offset.exists() ? offset.lastModified() : entry.lastModified();
        if (touched.secsTo(now) > sessionLifetimeSeconds
            || (!offset.exists() && entry.lastModified().secsTo(now) > 60)) {
            if (QDir(entry.absoluteFilePath()).removeRecursively()) {
                ++removed;
            }
        }
    }
    return removed;
}

int ServerBlobStore::activeSessions() const
{
    return int(QDir(m_directory + QStringLiteral("/uploads")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace Folio::Server
