// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileslicebody.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Server::Http {

FileSliceBody::FileSliceBody(int descriptor, QString path, qint64 offset, qint64 length)
    : m_descriptor(descriptor)
    , m_path(std::move(path))
    , m_start(offset)
    , m_next(offset)
    , m_end(offset + length)
{ }

FileSliceBody::~FileSliceBody()
{
    ::close(m_descriptor);
}

Result<std::unique_ptr<FileSliceBody>> FileSliceBody::open(const QString &path, qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0) {
        return fail(
            Error::Code::InvalidArgument, tr("Cannot read %1 bytes at %2 of %3.").arg(length).arg(offset).arg(path));
    }
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        return fail(error == ENOENT ? Error::Code::NotFound : Error::Code::Io,
            tr("Cannot open %1: %2.").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    // Owned from here on, so every return below closes it.
    std::unique_ptr<FileSliceBody> body(new FileSliceBody(descriptor, path, offset, length));
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0) {
        return fail(Error::Code::Io, tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    if (!S_ISREG(status.st_mode) || qint64(status.st_size) < offset + length) {
        return fail(Error::Code::Io,
            tr("Cannot read %1 bytes at %2 of %3: the file has %4 bytes.")
                .arg(length)
                .arg(offset)
                .arg(path)
                .arg(qint64(status.st_size)));
    }
    // Read ahead generously: the whole range is going to be read in order.
    ::posix_fadvise(descriptor, offset, length, POSIX_FADV_SEQUENTIAL);
    return body;
}

Result<std::size_t> FileSliceBody::read(char *into, std::size_t most)
{
    const std::size_t wanted = std::size_t(std::min<qint64>(qint64(most), m_end - m_next));
    if (wanted == 0) {
        return std::size_t(0);
    }
    ssize_t got = 0;
    do {
        got = ::pread(m_descriptor, into, wanted, off_t(m_next));
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        return fail(Error::Code::Io, tr("Cannot read %1: %2.").arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    }
    if (got == 0) {
        return fail(Error::Code::Io,
            tr("Cannot read %1: it ends at %2, before the %3 bytes it had.").arg(m_path).arg(m_next).arg(m_end));
    }
    m_next += got;
    return std::size_t(got);
}

} // namespace Folio::Server::Http
