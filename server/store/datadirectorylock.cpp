// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadirectorylock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace Folio::Server {

namespace {
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

Result<DataDirectoryLock> DataDirectoryLock::acquire(const QString &dir)
{
    if (dir.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("No data directory: pass --data DIR or set FOLIOD_DATA."));
    }
    const QString absolute = QDir(dir).absolutePath();
    const QByteArray nativeDir = QFile::encodeName(absolute);
    // 0700: the directory holds password hashes and the token key.
    if (::mkdir(nativeDir.constData(), 0700) != 0 && errno != EEXIST) {
        return fail(Error::Code::Io, tr("Could not create the data directory %1: %2").arg(absolute, errnoText(errno)));
    }
    const QString path = QDir(absolute).filePath(QStringLiteral("foliod.lock"));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(Error::Code::Io, tr("Could not open the lock file %1: %2").arg(path, errnoText(errno)));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        // The holder wrote its process id; read it for the message (best effort: it may be mid-write).
        char buffer[32] = {};
        const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        if (error == EWOULDBLOCK) {
            const QString holder = got > 0 ? QString::fromLatin1(buffer, int(got)).trimmed() : QString();
            return fail(Error::Code::Busy,
                holder.isEmpty() ? tr("Another foliod is using %1: stop it first.").arg(absolute)
                                 : tr("Another foliod is using %1 (process %2): stop it first.").arg(absolute, holder));
        }
        return fail(Error::Code::Io, tr("Could not lock %1: %2").arg(path, errnoText(error)));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        const int error = errno;
        ::close(fd);
        return fail(Error::Code::Io, tr("Could not write the lock file %1: %2").arg(path, errnoText(error)));
    }
    return DataDirectoryLock(absolute, fd);
}

DataDirectoryLock::DataDirectoryLock(DataDirectoryLock &&other) noexcept
    : m_dir(std::move(other.m_dir))
    , m_fd(std::exchange(other.m_fd, -1))
{ }

DataDirectoryLock &DataDirectoryLock::operator=(DataDirectoryLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_dir = std::move(other.m_dir);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

DataDirectoryLock::~DataDirectoryLock()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

} // namespace Folio::Server
