// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The BodySink of PUT /api/v1/uploads/{id}: the chunk goes into its upload session through a ChunkWriter
// while it arrives, and the route's handler commits it (or answers why the writer refused it).
// Thread safety: one connection at a time, as BodySink. Ownership: owns the ChunkWriter; destroying the sink
// before commit() leaves the chunk unacknowledged and gives the session back.

#include "blobs/chunkwriter.h"
#include "bodysink.h"
#include "error.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Folio::Server::Http {

class UploadChunkSink : public BodySink
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::UploadChunkSink)

public:
    explicit UploadChunkSink(std::unique_ptr<ChunkWriter> writer);

    bool write(const char *data, std::size_t size) override;
    std::uint64_t received() const override { return std::uint64_t(m_received); }

    // The session as it was when the chunk began.
    const UploadSession &session() const { return m_session; }
    // Why write() refused the body, if it did.
    const std::optional<Error> &failure() const { return m_failure; }
    // Makes the chunk durable and acknowledged (ChunkWriter::commit()), then lets go of the session.
    Result<qint64> commit();

private:
    std::unique_ptr<ChunkWriter> m_writer;
    UploadSession m_session;
    qint64 m_received = 0;
    std::optional<Error> m_failure;
};

} // namespace Folio::Server::Http
