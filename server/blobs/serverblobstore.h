// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// foliod's blob storage under its data directory: each distinct content once at DIR/blobs/<2 hex>/<sha256>,
// who uploaded it as empty marker files DIR/blob-owners/<user uuid>/<sha256> (part 2 replaces them with item
// permissions), and resumable uploads as sessions DIR/uploads/<id>/ holding meta.json (owner, hash, size),
// data (the bytes so far) and offset (the bytes acknowledged). A chunk is appended and fsynced before the
// offset file is replaced (temp, fsync, rename) and only then acknowledged, so after a kill -9 a session
// resumes from its last acknowledged chunk; bytes past that offset are cut off by the next chunk. A blob
// file only appears by renaming a complete, verified, fsynced file into place, so nothing half-written is
// ever visible as a blob. Sessions idle for 24 h are removed at open() and then hourly by a janitor thread.
// Thread safety: every member may be called from any thread; one mutex serialises the session and marker
// updates (chunks of one store are written one at a time), blob reads run without it.
// Ownership: owns the janitor thread, stopped and joined by the destructor.
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Folio::Server {

struct UploadSession
{
    QString id;
    QString sha256;
    qint64 size = 0;
    // Bytes received and acknowledged.
    qint64 offset = 0;
};

class ServerBlobStore
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServerBlobStore)

public:
    // Sessions untouched for longer than this are removed.
    static constexpr qint64 sessionLifetimeSeconds = 24 * 3600;

    // Creates the folders under DIRECTORY when missing and removes expired sessions.
    static Result<std::unique_ptr<ServerBlobStore>> open(const QString &directory);
    ~ServerBlobStore();
    ServerBlobStore(const ServerBlobStore &) = delete;
    ServerBlobStore &operator=(const ServerBlobStore &) = delete;

    // True when TEXT is 64 lower-case hex digits.
    static bool isSha256(const QString &text);
    // True when SHA256 is stored and USERUUID uploaded it.
    bool readable(const QString &userUuid, const QString &sha256) const;
    // The size of a blob USERUUID may read, or NotFound (whether it is missing or not theirs).
    Result<qint64> size(const QString &userUuid, const QString &sha256) const;
    // The file of a blob USERUUID may read, or NotFound. Blob files are never rewritten in place, so a reader
    // may open it and stream from it without the store's mutex.
    Result<QString> file(const QString &userUuid, const QString &sha256) const;

    // A new session for SIZE bytes hashing to SHA256, or nullopt when USERUUID has that blob already.
    Result<std::optional<UploadSession>> createSession(const QString &userUuid, const QString &sha256, qint64 size);
    // USERUUID's session ID; NotFound for another user's, an unknown or an expired one.
    Result<UploadSession> session(const QString &userUuid, const QString &id) const;
    // Appends BYTES at START, which must equal the session's offset (Conflict otherwise, and LimitExceeded
    // past its size). Returns the new offset once it is durable.
    Result<qint64> append(const QString &userUuid, const QString &id, qint64 start, const QByteArray &bytes);
    // Verifies the received bytes and turns them into the blob; Corrupt (and the session gone) when their
    // hash differs, InvalidArgument when bytes are still missing.
    Result<void> finish(const QString &userUuid, const QString &id);
    Result<void> cancel(const QString &userUuid, const QString &id);
    // Stores BYTES as SHA256 for USERUUID in one step; Corrupt when they hash to something else.
    Result<void> put(const QString &userUuid, const QString &sha256, const QByteArray &bytes);
    // Stores each of BLOBS (SHA-256, bytes) for USERUUID as put() does, with the flushes shared: every file
    // is written, then all are fsynced together, renamed into place with their owner markers, and each folder
    // touched is fsynced once, so a batch of small blobs costs a few journal commits instead of several per
    // blob. The answer holds, per blob, whether it is stored (false: its bytes hash to something else).
    Result<QList<bool>> putMany(const QString &userUuid, const QList<QPair<QString, QByteArray>> &blobs);
    // Removes sessions idle for longer than sessionLifetimeSeconds; returns how many.
    int removeExpiredSessions();
    // The upload sessions open now (for /metrics).
    int activeSessions() const;

private:
    explicit ServerBlobStore(const QString &directory);
    static bool isUserUuid(const QString &text);
    QString blobPath(const QString &sha256) const;
    QString ownerPath(const QString &userUuid, const QString &sha256) const;
    QString sessionPath(const QString &id) const;
    Result<UploadSession> loadSession(const QString &userUuid, const QString &id) const;
    Result<void> writeOffset(const QString &id, qint64 offset);
    Result<void> adopt(const QString &userUuid, const QString &sha256, const QString &file, qint64 size);
    Result<void> markOwner(const QString &userUuid, const QString &sha256);
    void janitor();

    QString m_directory;
    mutable std::mutex m_mutex;
    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_stopping = false;
    std::thread m_janitor;
};

} // namespace Folio::Server
