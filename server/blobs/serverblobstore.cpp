// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverblobstore.h"

#include "blobs/blobfile.h"
#include "chunkwriter.h"
#include "sessionhasher.h"
#include "sha256state.h"

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
#include <unistd.h>

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

Result<QString> ServerBlobStore::storedFile(const QString &sha256) const
{
    if (!isSha256(sha256) || !QFileInfo::exists(blobPath(sha256))) {
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

} // namespace

Result<void> ServerBlobStore::writeOffset(const QString &id, qint64 offset, const Sha256State &hash)
{
    const QString path = sessionPath(id) + QStringLiteral("/offset");
    // Fixed width, so a later record overwrites the first one in place: its 255 bytes lie within one sector,
    // written whole or not at all, and fdatasync() of an overwrite that does not grow the file needs no
    // journal commit (a new file renamed into place needs two). A torn hash state would still be caught by
    // its checksum and cost only a read of the bytes. The session's creation writes it through writeDurably().
    const QByteArray text = QByteArray::number(offset).rightJustified(20, ' ') + '\n' + hash.save() + '\n';
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 && !QFileInfo::exists(sessionPath(id))) {
        // Cancelled while its chunk was arriving.
        return fail(Error::Code::NotFound, tr("There is no upload %1.").arg(id));
    }
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

Result<void> ServerBlobStore::hashFile(const QString &path, Sha256State &state, qint64 upTo)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(state.length())) {
        return fail(Error::Code::Io, tr("Cannot hash %1: %2.").arg(path, file.errorString()));
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (state.length() < upTo) {
        const qint64 got = file.read(buffer.data(), std::min<qint64>(buffer.size(), upTo - state.length()));
        if (got < 0) {
            return fail(Error::Code::Io, tr("Cannot hash %1: %2.").arg(path, file.errorString()));
        }
        if (got == 0) {
            return fail(Error::Code::Corrupt, tr("Cannot hash %1: it is shorter than its offset.").arg(path));
        }
        state.update(buffer.constData(), got);
    }
    return {};
}

Result<UploadSession> ServerBlobStore::loadSession(
    const QString &userUuid, const QString &id, QByteArray *hashState) const
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
    // The offset, then (in sessions written since the hash is kept) a line with the saved hash state.
    const QList<QByteArray> record = offsetFile.readAll().split('\n');
    bool ok = false;
    UploadSession session { id, object.value(QStringLiteral("sha256")).toString(),
        qint64(object.value(QStringLiteral("size")).toDouble()), record.value(0).trimmed().toLongLong(&ok) };
    if (hashState) {
        *hashState = record.value(1);
    }
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
    if (auto written = writeOffset(id, 0, Sha256State()); !written) {
        return std::unexpected(written.error());
    }
    if (auto synced = BlobFile::syncFolders({ m_directory + QStringLiteral("/uploads") }); !synced) {
        return std::unexpected(synced.error());
    }
    return std::optional<UploadSession> { UploadSession { id, sha256, size, 0 } };
}

Result<std::unique_ptr<ChunkWriter>> ServerBlobStore::beginChunk(
    const QString &userUuid, const QString &id, qint64 start, qint64 length)
{
    QByteArray hashState;
    UploadSession current;
    std::shared_ptr<SessionHasher> hasher;
    // A hasher that no longer fits the session, destroyed (joined) once the mutex is released.
    std::shared_ptr<SessionHasher> stale;
    {
        std::lock_guard lock(m_mutex);
        auto session = loadSession(userUuid, id, &hashState);
        if (!session) {
            return std::unexpected(session.error());
        }
        if (m_writing.contains(id)) {
            return fail(Error::Code::Conflict,
                tr("The upload %1 is receiving another chunk; a chunk must wait for it to end.").arg(id));
        }
        if (start != session->offset) {
            return fail(Error::Code::Conflict,
                tr("The upload %1 has %2 bytes; a chunk must start there, not at %3.")
                    .arg(id)
                    .arg(session->offset)
                    .arg(start));
        }
        if (length < 0 || start + length > session->size) {
            return fail(Error::Code::LimitExceeded,
                tr("The chunk ends at %1, past the upload's size %2.").arg(start + length).arg(session->size));
        }
        m_writing.insert(id);
        current = *session;
        hasher = m_hashers.value(id);
        if (!hasher || hasher->target() != current.offset) {
            stale = std::move(hasher);
            // A damaged or outdated state only costs a read of the bytes it does not cover.
            Sha256State state;
            if (auto restored = Sha256State::restore(hashState); restored && restored->length() <= current.offset) {
                state = *restored;
            }
            hasher = std::make_shared<SessionHasher>(sessionPath(id) + QStringLiteral("/data"), state);
            hasher->advance(current.offset);
            m_hashers.insert(id, hasher);
        }
    }
    // From here the session is ours (m_writing) and the writer's destructor gives it back.
    std::unique_ptr<ChunkWriter> writer(
        new ChunkWriter(*this, std::move(current), length, sessionPath(id) + QStringLiteral("/data"), hasher));
    if (auto opened = writer->open(); !opened) {
        return std::unexpected(opened.error());
    }
    return writer;
}

void ServerBlobStore::release(const QString &id, bool committed)
{
    std::shared_ptr<SessionHasher> dropped;
    std::lock_guard lock(m_mutex);
    m_writing.remove(id);
    if (!committed) {
        dropped = m_hashers.take(id);
    }
}

Result<qint64> ServerBlobStore::append(
    const QString &userUuid, const QString &id, qint64 start, const QByteArray &bytes)
{
    auto writer = beginChunk(userUuid, id, start, bytes.size());
    if (!writer) {
        return std::unexpected(writer.error());
    }
    // In 1 MiB writes, as they come from a socket: measured on Linux (ext4), one 16 MiB write() takes several
    // times as long as sixteen of 1 MiB.
    constexpr qsizetype piece = 1024 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        if (auto written = (*writer)->write(bytes.constData() + at, std::min(piece, bytes.size() - at)); !written) {
            return std::unexpected(written.error());
        }
    }
    return (*writer)->commit();
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
    // Declared before the lock, so that the session's hasher is joined once the mutex is released.
    std::shared_ptr<SessionHasher> hasher;
    std::lock_guard lock(m_mutex);
    QByteArray hashState;
    auto session = loadSession(userUuid, id, &hashState);
    if (!session) {
        return std::unexpected(session.error());
    }
    if (m_writing.contains(id)) {
        return fail(Error::Code::Conflict, tr("The upload %1 is still receiving a chunk.").arg(id));
    }
    if (session->offset != session->size) {
        return fail(Error::Code::InvalidArgument,
            tr("The upload %1 has %2 of its %3 bytes.").arg(id).arg(session->offset).arg(session->size));
    }
    const QString folder = sessionPath(id);
    const QString data = folder + QStringLiteral("/data");
    hasher = m_hashers.take(id);
    // Bytes past the offset that a crash left behind are not part of the upload.
    if (!QFile::resize(data, session->size)) {
        return fail(Error::Code::Io, tr("Cannot truncate %1.").arg(data));
    }
    // The bytes were hashed behind the writes: what is left is to wait for the hasher to catch up. After a
    // restart, the state saved with the offset covers most of them, and only the rest is read again (all of
    // them in a session from before the state was kept or with a damaged one).
    Sha256State hash;
    bool complete = false;
    if (hasher && hasher->target() == session->size) {
        // A read error of the hasher's falls through to hashing from the file here, which reports it.
        if (auto state = hasher->wait(); state && state->length() == session->size) {
            hash = *state;
            complete = true;
        }
    }
    if (!complete) {
        if (auto restored = Sha256State::restore(hashState); restored && restored->length() <= session->size) {
            hash = *restored;
        }
    }
    if (auto hashed = hashFile(data, hash, session->size); !hashed) {
        return hashed;
    }
    const QString digest = hash.hexDigest();
    if (digest != session->sha256) {
        QDir(folder).removeRecursively();
        return fail(Error::Code::Corrupt,
            tr("The uploaded bytes hash to %1, not %2; the upload was discarded.").arg(digest, session->sha256));
    }
    if (auto adopted = adopt(userUuid, session->sha256, data, session->size); !adopted) {
        return adopted;
    }
    QDir(folder).removeRecursively();
    return {};
}

Result<void> ServerBlobStore::cancel(const QString &userUuid, const QString &id)
{
    std::shared_ptr<SessionHasher> hasher;
    std::lock_guard lock(m_mutex);
    auto session = loadSession(userUuid, id);
    if (!session) {
        return std::unexpected(session.error());
    }
    hasher = m_hashers.take(id);
    if (!QDir(sessionPath(id)).removeRecursively()) {
        return fail(Error::Code::Io, tr("Cannot remove the upload folder %1.").arg(sessionPath(id)));
    }
    return {};
}

int ServerBlobStore::removeExpiredSessions()
{
    QList<std::shared_ptr<SessionHasher>> hashers;
    std::lock_guard lock(m_mutex);
    int removed = 0;
    const QDateTime now = QDateTime::currentDateTime();
    const QDir uploads(m_directory + QStringLiteral("/uploads"));
    for (const QFileInfo &entry : uploads.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (m_writing.contains(entry.fileName())) {
            continue; // receiving a chunk: not idle
        }
        const QFileInfo offset(entry.absoluteFilePath() + QStringLiteral("/offset"));
        // A session without its offset file was interrupted while being created.
        const QDateTime touched = offset.exists() ? offset.lastModified() : entry.lastModified();
        if (touched.secsTo(now) > sessionLifetimeSeconds
            || (!offset.exists() && entry.lastModified().secsTo(now) > 60)) {
            if (QDir(entry.absoluteFilePath()).removeRecursively()) {
                ++removed;
            }
            if (auto hasher = m_hashers.take(entry.fileName())) {
                hashers.append(std::move(hasher));
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
