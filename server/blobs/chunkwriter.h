// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chunk of a resumable upload written to its session while it arrives (ServerBlobStore::beginChunk), so
// a chunk is never held whole in memory: each piece is written to the session's data file at its place and
// handed to the disk at once (sync_file_range), so that commit() waits for little more than the last piece.
// The session's SHA-256 follows behind on its SessionHasher. commit() makes the chunk durable (fdatasync)
// and only then records the new offset, with the hash state as far as the hasher has got; until then
// nothing of the chunk counts, and bytes written past the recorded offset are cut off when the next chunk
// begins.
// Thread safety: one thread at a time (the connection receiving the chunk). While a ChunkWriter lives, no
// other chunk of its session can begin and the session cannot be finished; the store's mutex is not held.
// Ownership: owns the data file's descriptor and shares the session's hasher with the store, which must
// outlive it. The destructor releases the session (and drops its hasher unless the chunk was committed: the
// hasher has taken bytes that are not kept).
#include "error.h"
#include "serverblobstore.h"
#include "sessionhasher.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Folio::Server {

class ChunkWriter
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ChunkWriter)

public:
    ~ChunkWriter();
    ChunkWriter(const ChunkWriter &) = delete;
    ChunkWriter &operator=(const ChunkWriter &) = delete;

    // The session as it was when the chunk began.
    const UploadSession &session() const { return m_session; }
    qint64 start() const { return m_session.offset; }
    qint64 length() const { return m_length; }
    qint64 received() const { return m_received; }
    // Writes the next SIZE bytes of the chunk; LimitExceeded past its length.
    Result<void> write(const char *data, qint64 size);
    // Once all of the chunk is written: makes it durable, records the new offset and returns it.
    // InvalidArgument when bytes are missing.
    Result<qint64> commit();

private:
    friend class ServerBlobStore;
    ChunkWriter(ServerBlobStore &store, UploadSession session, qint64 length, QString dataPath,
        std::shared_ptr<SessionHasher> hasher);
    // Opens the data file and cuts it at the session's offset.
    Result<void> open();

    ServerBlobStore &m_store;
    UploadSession m_session;
    qint64 m_length = 0;
    QString m_dataPath;
    std::shared_ptr<SessionHasher> m_hasher;
    int m_fd = -1;
    qint64 m_received = 0;
    // Bytes of this chunk already handed to the disk with sync_file_range, and to the hasher.
    qint64 m_flushed = 0;
    qint64 m_published = 0;
    bool m_committed = false;
};

} // namespace Folio::Server
