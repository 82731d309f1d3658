// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Folio::DurableFile {



QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<void> syncDescriptor(int fd, const QString &what)
{
    if (::fsync(fd) != 0) {
        const int error = errno;
        return fail(Error::Code::Io, QCoreApplication::translate("Folio::DurableFile", "Could not flush %1 to disk: %2")
                                         .arg(what, errnoText(error)));
    }
    return {};
}

Result<void> syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return fail(Error::Code::Io, QCoreApplication::translate("Folio::DurableFile", "Could not open the folder %1: %2")
                                         .arg(dir, errnoText(error)));
    }
    auto synced = syncDescriptor(fd, dir);
    ::close(fd);
    return synced;
}

Result<void> renameDurably(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const int error = errno;
        return fail(Error::Code::Io, QCoreApplication::translate("Folio::DurableFile", "Could not move %1 to %2: %3")
                                         .arg(from, to, errnoText(error)));
    }
    return syncDirectory(QFileInfo(to).absolutePath());
}

Result<void> write(const QString &path, const QByteArray &data)
{
    const QString temp = path + QStringLiteral(".tmp-") + QString::number(::getpid());
    const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error = errno;
        return fail(Error::Code::Io, QCoreApplication::translate("Folio::DurableFile", "Could not create %1: %2")
                                         .arg(temp, errnoText(error)));
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(QFile::encodeName(temp).constData());
            return fail(Error::Code::Io, QCoreApplication::translate("Folio::DurableFile", "Could not write %1: %2")
                                             .arg(path, errnoText(error)));
        }
        written += n;
    }
    auto synced = syncDescriptor(fd, path);
    ::close(fd);
    if (!synced) {
        ::unlink(QFile::encodeName(temp).constData());
        return synced;
    }
    return renameDurably(temp, path);
}

} // namespace Folio::DurableFile
