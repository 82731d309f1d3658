// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/blobfile.h"

#include "util/durablefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace Folio::BlobFile {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Folio::BlobFile)
};

constexpr qsizetype BufferSize = qsizetype(1) << 20; // 1 MiB

// Owns a file descriptor.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    Descriptor(Descriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    Descriptor &operator=(Descriptor &&) = delete;
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    int get() const { return m_fd; }
    // Closes now, returning errno (0 on success): on some file systems (NFS) a failed write shows only here.
    int close()
    {
        if (::close(std::exchange(m_fd, -1)) != 0) {
            return errno;
        }
        return 0;
    }

private:
    int m_fd = -1;
};

Error errnoError(int error, const QString &message)
{
    return { codeForErrno(error), message, QStringLiteral("errno %1").arg(error) };
}

struct Source
{
    Descriptor fd;
    struct stat before;
};

Result<Source> openSource(const QString &path)
{
    // O_NONBLOCK so that opening a FIFO does not hang; it changes nothing for the regular files read below.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        return std::unexpected(
            errnoError(error, Text::tr("Could not open %1: %2").arg(path, DurableFile::errnoText(error))));
    }
    Source source { Descriptor(fd), {} };
    if (::fstat(fd, &source.before) != 0) {
        const int error = errno;
        return std::unexpected(
            errnoError(error, Text::tr("Could not read %1: %2").arg(path, DurableFile::errnoText(error))));
    }
    if (S_ISDIR(source.before.st_mode)) {
        return fail(Error::Code::InvalidArgument, Text::tr("%1 is a folder, not a file.").arg(path));
    }
    if (!S_ISREG(source.before.st_mode)) {
        return fail(
            Error::Code::Unsupported, Text::tr("%1 is not a regular file (it is a device, pipe or socket).").arg(path));
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return source;
}

// A file that changes while it is read would be stored under a hash of bytes that never existed together.
Result<void> checkUnchanged(const QString &path, const Source &source, qint64 bytesRead)
{
    struct stat after;
    if (::fstat(source.fd.get(), &after) != 0) {
        const int error = errno;
        return std::unexpected(
            errnoError(error, Text::tr("Could not read %1: %2").arg(path, DurableFile::errnoText(error))));
    }
    const struct stat &before = source.before;
    if (bytesRead < before.st_size) {
        return fail(Error::Code::Conflict,
            Text::tr("%1 shrank from %2 to %3 bytes while it was being read.")
                .arg(path)
                .arg(qint64(before.st_size))
                .arg(bytesRead));
    }
    if (bytesRead != after.st_size || after.st_size != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec
        || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec) {
        return fail(Error::Code::Conflict,
            Text::tr("%1 changed while it was being read; try again when nothing is writing to it.").arg(path));
    }
    struct stat now;
    if (::stat(QFile::encodeName(path).constData(), &now) != 0 || now.st_ino != before.st_ino
        || now.st_dev != before.st_dev) {
        return fail(Error::Code::Conflict, Text::tr("%1 was removed or replaced while it was being read.").arg(path));
    }
    return {};
}

Result<void> writeAll(int fd, const char *data, qsizetype size, const QString &target, const QString &source)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            // A write that stores nothing without an error can only mean the disk is full.
            const int error = written < 0 ? errno : ENOSPC;
            return std::unexpected(errnoError(error,
                Text::tr("Could not write %1 while copying %2: %3")
                    .arg(target, source, DurableFile::errnoText(error))));
        }
        data += written;
        size -= written;
    }
    return {};
}

// Reads PATH to its end once, hashing it and, with OUTFD >= 0, writing it to TARGET.
Result<FileDigest> pump(Source &source, const QString &path, int outFd, const QString &target)
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    QByteArray buffer(BufferSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const ssize_t got = ::read(source.fd.get(), buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int error = errno;
            return std::unexpected(
                errnoError(error, Text::tr("Could not read %1: %2").arg(path, DurableFile::errnoText(error))));
        }
        if (got == 0) {
            break;
        }
        hasher.addData(QByteArrayView(buffer.constData(), qsizetype(got)));
        total += got;
        if (outFd >= 0) {
            if (auto written = writeAll(outFd, buffer.constData(), qsizetype(got), target, path); !written) {
                return std::unexpected(written.error());
            }
        }
    }
    if (auto unchanged = checkUnchanged(path, source, total); !unchanged) {
        return std::unexpected(unchanged.error());
    }
    return FileDigest { QString::fromLatin1(hasher.result().toHex()), total };
}

// Runs SYNC over PATHS on up to SyncThreads threads; the first failure stops the others and is returned.
// The threads mostly wait for the disk, so more of them than cores is right.
template<typename Sync> Result<void> syncInParallel(const QStringList &paths, Sync sync)
{
    constexpr qsizetype SyncThreads = 16;
    if (paths.size() <= 1) {
        return paths.isEmpty() ? Result<void> {} : sync(paths.first());
    }
    std::atomic<qsizetype> next = 0;
    std::atomic<bool> stop = false;
    std::mutex failureMutex;
    std::optional<Error> failure;
    auto work = [&] {
        for (qsizetype i = next++; i < paths.size() && !stop; i = next++) {
            if (auto synced = sync(paths.at(i)); !synced) {
                const std::scoped_lock lock(failureMutex);
                if (!failure) {
                    failure = synced.error();
                }
                stop = true;
            }
        }
    };
    {
        std::vector<std::jthread> threads;
        const qsizetype count = std::min(SyncThreads, paths.size()) - 1;
        threads.reserve(size_t(count));
        for (qsizetype t = 0; t < count; ++t) {
            threads.emplace_back(work);
        }
        work();
    }
    if (failure) {
        return std::unexpected(*failure);
    }
    return {};
}

} // namespace

bool isSha256(const QString &text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

Error::Code codeForErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR: return Error::Code::NotFound;
    case EACCES:
    case EPERM:
    case EROFS: return Error::Code::PermissionDenied;
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return Error::Code::LimitExceeded;
    case EEXIST: return Error::Code::AlreadyExists;
    default: return Error::Code::Io;
    }
}

Result<FileDigest> hash(const QString &path)
{
    auto source = openSource(path);
    if (!source) {
        return std::unexpected(source.error());
    }
    return pump(*source, path, -1, {});
}

Result<FileDigest> copy(
    const QString &source, const QString &target, int permissions, Sync sync, const QString &expectedSha256)
{
    // The source is opened first, so that a missing or unreadable source never leaves an empty target.
    auto input = openSource(source);
    if (!input) {
        return std::unexpected(input.error());
    }
    const QByteArray targetName = QFile::encodeName(target);
    const int fd = ::open(targetName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions));
    if (fd < 0) {
        const int error = errno;
        return std::unexpected(
            errnoError(error, Text::tr("Could not create %1: %2").arg(target, DurableFile::errnoText(error))));
    }
    Descriptor output(fd);
    const auto discard = [&](const Error &error) -> Result<FileDigest> {
        output.close();
        ::unlink(targetName.constData());
        return std::unexpected(error);
    };

    auto digest = pump(*input, source, fd, target);
    if (!digest) {
        return discard(digest.error());
    }
    if (!expectedSha256.isEmpty() && digest->sha256 != expectedSha256) {
        return discard(Error(Error::Code::Corrupt,
            Text::tr("%1 is damaged: its content does not match its hash (expected %2, found %3).")
                .arg(source, expectedSha256, digest->sha256)));
    }
    if (sync == Sync::Yes) {
        if (auto synced = DurableFile::syncDescriptor(fd, target); !synced) {
            return discard(synced.error());
        }
    }
    if (const int error = output.close(); error != 0) {
        return discard(errnoError(error,
            Text::tr("Could not write %1 while copying %2: %3").arg(target, source, DurableFile::errnoText(error))));
    }
    return digest;
}

Result<void> syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return std::unexpected(
            errnoError(error, Text::tr("Could not open %1: %2").arg(path, DurableFile::errnoText(error))));
    }
    Descriptor file(fd);
    return DurableFile::syncDescriptor(fd, path);
}

Result<void> syncFiles(const QStringList &paths)
{
    // Start writing every file now, so the fsyncs below find less to wait for.
    for (const QString &path : paths) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            ::close(fd);
        }
    }
    return syncInParallel(paths, [](const QString &path) { return syncFile(path); });
}

Result<bool> remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) == 0) {
        return true;
    }
    const int error = errno;
    if (error == ENOENT) {
        return false;
    }
    return std::unexpected(
        errnoError(error, Text::tr("Could not remove %1: %2").arg(path, DurableFile::errnoText(error))));
}

bool isRegularFile(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

Result<void> makeFolders(const QString &path, QStringList *created)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::mkdir(name.constData(), 0755) == 0) {
            created->append(path);
            return {};
        }
        const int error = errno;
        if (error == EEXIST) {
            if (QFileInfo(path).isDir()) {
                return {};
            }
            return fail(Error::Code::AlreadyExists,
                Text::tr("Could not create the folder %1: a file of that name is in the way.").arg(path));
        }
        const QString parent = QFileInfo(path).path();
        if (error != ENOENT || attempt > 0 || parent == path) {
            return std::unexpected(errnoError(
                error, Text::tr("Could not create the folder %1: %2").arg(path, DurableFile::errnoText(error))));
        }
        if (auto made = makeFolders(parent, created); !made) {
            return made;
        }
    }
    return {};
}

Result<void> syncFolders(QStringList folders)
{
    folders.removeDuplicates();
    return syncInParallel(folders, [](const QString &folder) { return DurableFile::syncDirectory(folder); });
}

Result<int> removeFilesIn(const QString &path)
{
    const QDir folder(path);
    int count = 0;
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        auto removed = remove(folder.filePath(name));
        if (!removed) {
            return std::unexpected(removed.error());
        }
        count += *removed ? 1 : 0;
    }
    // Work folders of a process that died (the ingest engine's extraction output) go too.
    const QStringList folders = folder.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        QDir stale(folder.filePath(name));
        if (!stale.removeRecursively()) {
            return fail(Error::Code::Io, Text::tr("Could not remove the folder %1.").arg(stale.path()));
        }
        ++count;
    }
    return count;
}

QString uniqueName(const QString &prefix)
{
    static std::atomic<quint64> counter { 0 };
    return prefix + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') + QString::number(++counter)
        + QStringLiteral(".tmp");
}

QString problemWith(const QString &path, const QString &sha256, qint64 size)
{
    if (path.isEmpty()) {
        return Text::tr("its name is not a SHA-256 hash");
    }
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            return Text::tr("missing");
        }
        return Text::tr("could not be read: %1").arg(DurableFile::errnoText(error));
    }
    // A size that differs is found without reading the file.
    if (S_ISREG(info.st_mode) && qint64(info.st_size) != size) {
        return Text::tr("size differs (expected %1 bytes, found %2)").arg(size).arg(qint64(info.st_size));
    }
    auto digest = hash(path);
    if (!digest) {
        if (digest.error().code() == Error::Code::NotFound) {
            return Text::tr("missing");
        }
        return digest.error().message();
    }
    if (digest->size != size) {
        return Text::tr("size differs (expected %1 bytes, found %2)").arg(size).arg(digest->size);
    }
    if (digest->sha256 != sha256) {
        return Text::tr("content does not match its hash (expected %1, found %2)").arg(sha256, digest->sha256);
    }
    return {};
}

Result<void> moveWithoutReplacing(const QString &from, const QString &to)
{
    const auto exists = [&] {
        return Error(Error::Code::AlreadyExists, Text::tr("%1 already exists; Folio never replaces it.").arg(to));
    };
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD, QFile::encodeName(to).constData(),
            RENAME_NOREPLACE)
        == 0) {
        return DurableFile::syncDirectory(QFileInfo(to).absolutePath());
    }
    const int error = errno;
    if (error == EEXIST) {
        return std::unexpected(exists());
    }
    if (error != EINVAL && error != ENOSYS) {
        return std::unexpected(
            errnoError(error, Text::tr("Could not move %1 to %2: %3").arg(from, to, DurableFile::errnoText(error))));
    }
    // This file system cannot refuse to replace within the rename (EINVAL): check first, then rename.
    const QFileInfo target(to);
    if (target.exists() || target.isSymLink()) {
        return std::unexpected(exists());
    }
    return DurableFile::renameDurably(from, to);
}

} // namespace Folio::BlobFile
