// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/officeextractor.h"

#include "ingest/extractors/packagereader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>

namespace Folio {

namespace {

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// How many members the zip's directory declares, from its end record: libarchive loads the whole directory
// into memory, so a huge one is refused before it sees it. None when there is no end record (cut short).
std::optional<quint64> declaredEntries(int fd, qint64 size)
{
    const qint64 tailSize = std::min<qint64>(size, 65535 + 22);
    QByteArray tail(qsizetype(tailSize), Qt::Uninitialized);
    if (tailSize < 22 || ::pread(fd, tail.data(), size_t(tailSize), off_t(size - tailSize)) != tailSize) {
        return std::nullopt;
    }
    const qsizetype record = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (record < 0 || record + 22 > tail.size()) {
        return std::nullopt;
    }
    const quint64 entries = qFromLittleEndian<quint16>(tail.constData() + record + 10);
    if (entries != 0xFFFF) {
        return entries;
    }
    // Zip64: the zip64 end record directly precedes its 20-byte locator.
    const qsizetype record64 = record - 20 - 56;
    if (record64 >= 0 && tail.mid(record64, 4) == QByteArrayView("PK\x06\x06", 4)) {
        return qFromLittleEndian<quint64>(tail.constData() + record64 + 32);
    }
    return std::numeric_limits<quint64>::max();
}

} // namespace

bool OfficeExtractor::handles(const QString &mimeType)
{
    return Internal::formatOf(mimeType).has_value();
}

Result<ContentExtraction> OfficeExtractor::extract(const QString &path, const QString &mimeType)
{
    return extract(path, mimeType, PackageLimits {});
}

Result<ContentExtraction> OfficeExtractor::extract(
    const QString &path, const QString &mimeType, const PackageLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    const std::optional<Internal::PackageFormat> format = Internal::formatOf(mimeType);
    if (!format) {
        return fail(
            Error::Code::Unsupported, tr("%1 is of a type (%2) the office reader does not read.").arg(name, mimeType));
    }
    // O_NONBLOCK: a FIFO put in the file's place must not block the open; fstat then refuses it.
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        const auto code = error == ENOENT ? Error::Code::NotFound
            : error == EACCES             ? Error::Code::PermissionDenied
                                          : Error::Code::Io;
        return fail(code, tr("%1 could not be opened: %2").arg(name, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat info
    {
    };
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a regular file.").arg(name));
    }
    const std::optional<quint64> entries = declaredEntries(fd.get(), info.st_size);
    if (entries && *entries > quint64(limits.maxEntries)) {
        return fail(Error::Code::LimitExceeded,
            tr("%1 declares %2 members, more than the %3 Folio reads from a package.")
                .arg(name)
                .arg(*entries)
                .arg(limits.maxEntries));
    }
    Internal::PackageReader reader(name, *format, limits, !entries);
    if (!entries) {
        reader.warn(
            tr("%1 has no zip directory: it was probably cut short, and was read as far as it goes.").arg(name));
    }
    if (auto scanned = reader.scan(fd.get(), false); !scanned) {
        return std::unexpected(scanned.error());
    }
    reader.prepareContent();
    if (auto scanned = reader.scan(fd.get(), true); !scanned) {
        return std::unexpected(scanned.error());
    }
    return reader.finish();
}

} // namespace Folio
