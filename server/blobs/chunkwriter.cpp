// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkwriter.h"

#include "blobs/blobfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Folio::Server {

namespace {

// Written data is handed to the disk in pieces of this size: the fsync at the end of a chunk then waits for
// the last piece only, and writeback of one piece overlaps the arrival of the next.
constexpr qint64 flushPiece = 1024 * 1024;
// The hasher is told of written data in pieces of this size.
constexpr qint64 hashPiece = 256 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

} // namespace

ChunkWriter::ChunkWriter(ServerBlobStore &store, UploadSession session, qint64 length, QString dataPath,
    std::shared_ptr<SessionHasher> hasher)
    : m_store(store)
    , m_session(std::move(session))
    , m_length(length)
    , m_dataPath(std::move(dataPath))
    , m_hasher(std::move(hasher))
{ }

ChunkWriter::~ChunkWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_store.release(m_session.id, m_committed);
}

Result<void> ChunkWriter::open()
{
    m_fd = ::open(QFile::encodeName(m_dataPath).constData(), O_RDWR | O_CLOEXEC);
    // Cuts off whatever an unacknowledged chunk left past the offset before a crash.
    if (m_fd < 0 || ::ftruncate(m_fd, m_session.offset) != 0) {
        const int error = errno;
        return fail(BlobFile::codeForErrno(error), tr("Cannot open %1: %2.").arg(m_dataPath, errnoText(error)));
    }
    return {};
}

Result<void> ChunkWriter::write(const char *data, qint64 size)
{
    if (m_received + size > m_length) {
        return fail(Error::Code::LimitExceeded,
            tr("The chunk has more than the %1 bytes its Content-Range announced.").arg(m_length));
    }
    qint64 done = 0;
    while (done < size) {
        const ssize_t wrote
            = ::pwrite(m_fd, data + done, std::size_t(size - done), off_t(m_session.offset + m_received + done));
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            const int error = wrote < 0 ? errno : EIO;
            return fail(BlobFile::codeForErrno(error), tr("Cannot write %1: %2.").arg(m_dataPath, errnoText(error)));
        }
        done += wrote;
    }
    m_received += size;
    if (m_received - m_flushed >= flushPiece) {
        // Only starts the writeback; errors surface at the fdatasync in commit().
        (void)::sync_file_range(
            m_fd, off_t(m_session.offset + m_flushed), off_t(m_received - m_flushed), SYNC_FILE_RANGE_WRITE);
        m_flushed = m_received;
    }
    if (m_received - m_published >= hashPiece) {
        m_hasher->advance(m_session.offset + m_received);
        m_published = m_received;
    }
    return {};
}

Result<qint64> ChunkWriter::commit()
{
    if (m_received != m_length) {
        return fail(Error::Code::InvalidArgument,
            tr("The chunk has %1 of the %2 bytes its Content-Range announced.").arg(m_received).arg(m_length));
    }
    const qint64 offset = m_session.offset + m_length;
    m_hasher->advance(offset);
    if (::fdatasync(m_fd) != 0) {
        const int error = errno;
        return fail(BlobFile::codeForErrno(error), tr("Cannot write %1: %2.").arg(m_dataPath, errnoText(error)));
    }
    // The hash state recorded may lag behind the offset: a restart hashes the rest from the file.
    if (auto written = m_store.writeOffset(m_session.id, offset, m_hasher->snapshot()); !written) {
        return std::unexpected(written.error());
    }
    m_committed = true;
    return offset;
}

} // namespace Folio::Server
