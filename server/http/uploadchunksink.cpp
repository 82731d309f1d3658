// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadchunksink.h"

namespace Folio::Server::Http {

UploadChunkSink::UploadChunkSink(std::unique_ptr<ChunkWriter> writer)
    : m_writer(std::move(writer))
    , m_session(m_writer->session())
{ }

bool UploadChunkSink::write(const char *data, std::size_t size)
{
    if (m_failure || !m_writer) {
        return false;
    }
    if (auto written = m_writer->write(data, qint64(size)); !written) {
        m_failure = written.error();
        m_writer.reset();
        return false;
    }
    m_received += qint64(size);
    return true;
}

Result<qint64> UploadChunkSink::commit()
{
    if (m_failure) {
        return std::unexpected(*m_failure);
    }
    if (!m_writer) {
        return fail(
            Error::Code::InvalidArgument, tr("The chunk of upload %1 was committed already.").arg(m_session.id));
    }
    auto offset = m_writer->commit();
    m_writer.reset();
    return offset;
}

} // namespace Folio::Server::Http
