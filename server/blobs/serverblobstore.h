// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// foliod's blob storage under its data directory: each distinct content once at DIR/blobs/<2 hex>/<sha256>,
// who uploaded it as empty marker files DIR/blob-owners/<user uuid>/<sha256> (part 2 replaces them with item
// permissions), and resumable uploads as sessions DIR/uploads/<id>/ holding meta.json (owner, hash, size),
// data (the bytes so far) and offset (the bytes acknowledged, then the saved SHA-256 state of those bytes).
// A chunk is written as it arrives (beginChunk(), ChunkWriter) and fsynced before the offset record is
// rewritten in place (fdatasync) and only then acknowledged, so after a kill -9 a session resumes from its
// last acknowledged chunk; bytes past that offset are cut off by the next chunk. Each session being uploaded
// has a SessionHasher that hashes its bytes behind the writes, so finish() only waits for it to catch up
// instead of reading the bytes again; after a restart it goes on from the saved state and hashes from the
// file only what that state does not cover (all of it when damaged or missing). A blob file only appears by
// renaming a complete, verified, fsynced file into place, so nothing half-written is ever visible as a blob.
// Sessions idle for 24 h are removed at open() and then hourly by a janitor thread.
// Thread safety: every member may be called from any thread; one mutex serialises the session and marker
// updates, blob reads run without it. A chunk holds the mutex only to check and mark its session busy, not
// while its bytes are written and fsynced, so chunks of different sessions are written at the same time; one
// session takes one chunk at a time (a second one meanwhile is a Conflict).
// Ownership: owns the janitor thread, stopped and joined by the destructor, and the sessions' hashers.
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Folio::Server {

class ChunkWriter;
class SessionHasher;
class Sha256State;

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
    // The file of blob SHA256 whoever uploaded it, or NotFound: for callers the library lets read it (a
    // version of an item they may read refers to it).
    Result<QString> storedFile(const QString &sha256) const;

    // A new session for SIZE bytes hashing to SHA256, or nullopt when USERUUID has that blob already.
    Result<std::optional<UploadSession>> createSession(const QString &userUuid, const QString &sha256, qint64 size);
    // USERUUID's session ID; NotFound for another user's, an unknown or an expired one.
    Result<UploadSession> session(const QString &userUuid, const QString &id) const;
    // Starts a chunk of LENGTH bytes at START of USERUUID's session ID, to be written as it arrives; checked
    // before any of it is read: NotFound as session(), Conflict when START is not the session's offset or
    // another chunk of it is under way, LimitExceeded past its size.
    Result<std::unique_ptr<ChunkWriter>> beginChunk(
        const QString &userUuid, const QString &id, qint64 start, qint64 length);
    // Appends BYTES at START as one chunk (beginChunk(), write, commit). Returns the new offset once it is
    // durable.
    Result<qint64> append(const QString &userUuid, const QString &id, qint64 start, const QByteArray &bytes);
    // Verifies the received bytes and turns them into the blob; Corrupt (and the session gone) when their
    // hash differs, InvalidArgument when bytes are still missing, Conflict while a chunk is being written.
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
    friend class ChunkWriter;
    explicit ServerBlobStore(const QString &directory);
    static bool isUserUuid(const QString &text);
    QString blobPath(const QString &sha256) const;
    QString ownerPath(const QString &userUuid, const QString &sha256) const;
    QString sessionPath(const QString &id) const;
    // HASHSTATE, when given, receives the saved SHA-256 state (empty in a session that has none).
    Result<UploadSession> loadSession(
        const QString &userUuid, const QString &id, QByteArray *hashState = nullptr) const;
    // Records OFFSET with the state of the hash of the bytes before it, durably.
    Result<void> writeOffset(const QString &id, qint64 offset, const Sha256State &hash);
    // Adds bytes STATE.length() up to UPTO of the file PATH to STATE.
    static Result<void> hashFile(const QString &path, Sha256State &state, qint64 upTo);
    // Ends the chunk under way in session ID (ChunkWriter's destructor); unless COMMITTED, its hasher goes too.
    void release(const QString &id, bool committed);
    Result<void> adopt(const QString &userUuid, const QString &sha256, const QString &file, qint64 size);
    Result<void> markOwner(const QString &userUuid, const QString &sha256);
    void janitor();

    QString m_directory;
    mutable std::mutex m_mutex;
    // Sessions with a chunk under way, and the hashers of sessions being uploaded (under m_mutex).
    QSet<QString> m_writing;
    QHash<QString, std::shared_ptr<SessionHasher>> m_hashers;
    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_stopping = false;
    std::thread m_janitor;
};

} // namespace Folio::Server
