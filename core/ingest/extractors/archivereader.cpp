// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/archivereader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

namespace Folio {

namespace {

constexpr size_t ReadBlockBytes = 64 * 1024;

class FileHandle
{
public:
    explicit FileHandle(int fd = -1)
        : m_fd(fd)
    { }
    ~FileHandle() { reset(); }
    FileHandle(FileHandle &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    FileHandle &operator=(FileHandle &&other) noexcept
    {
        if (this != &other) {
            reset(std::exchange(other.m_fd, -1));
        }
        return *this;
    }
    FileHandle(const FileHandle &) = delete;
    FileHandle &operator=(const FileHandle &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = fd;
    }

private:
    int m_fd;
};

struct ArchiveFree
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString archiveErrorText(archive *handle)
{
    const char *text = archive_error_string(handle);
    // libarchive's tar reader gives up on some malformed headers without saying why.
    return text ? QString::fromUtf8(text)
                : QCoreApplication::translate("Folio::ArchiveReader", "the archive is malformed or ends early");
}

// Names that are not UTF-8 (old tars, zips from DOS tools) are most often Latin-1; decoding them so keeps
// distinct names distinct, where U+FFFD replacement would merge them.
QString decodeName(const char *bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(QByteArrayView(bytes));
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry)) {
        return QString::fromUtf8(utf8);
    }
    const char *raw = archive_entry_pathname(entry);
    return raw ? decodeName(raw) : QString();
}

QString entryType(archive_entry *entry)
{
    if (archive_entry_hardlink(entry)) {
        return QStringLiteral("hardlink");
    }
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: return QStringLiteral("file");
    case AE_IFDIR: return QStringLiteral("dir");
    case AE_IFLNK: return QStringLiteral("symlink");
    case AE_IFCHR:
    case AE_IFBLK: return QStringLiteral("device");
    case AE_IFIFO: return QStringLiteral("fifo");
    default: return QStringLiteral("other");
    }
}

QString formatName(archive *handle, bool raw)
{
    QString base;
    switch (archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP: base = QStringLiteral("zip"); break;
    case ARCHIVE_FORMAT_TAR: base = QStringLiteral("tar"); break;
    case ARCHIVE_FORMAT_7ZIP: base = QStringLiteral("7z"); break;
    default: base = raw ? QString() : QString::fromUtf8(archive_format_name(handle)); break;
    }
    // Filter 0 is the one nearest the reader; the last is the "none" filter reading the file itself.
    QStringList filters;
    for (int i = archive_filter_count(handle) - 2; i >= 0; --i) {
        filters.append(QString::fromUtf8(archive_filter_name(handle, i)));
    }
    if (base.isEmpty()) {
        return filters.join(QLatin1Char('+'));
    }
    filters.prepend(base);
    return filters.join(QLatin1Char('+'));
}

// An open archive positioned on its first header. RAW means a lone compressed file read as one member.
struct OpenArchive
{
    ArchivePtr handle;
    archive_entry *first = nullptr;
    int firstStatus = ARCHIVE_FATAL;
    bool raw = false;
};

ArchivePtr newReader(bool raw, const QByteArray &password)
{
    ArchivePtr handle(archive_read_new());
    if (!handle) {
        return handle;
    }
    // Only the formats Folio means to read: each extra parser is attack surface.
    archive_read_support_filter_gzip(handle.get());
    archive_read_support_filter_bzip2(handle.get());
    archive_read_support_filter_xz(handle.get());
    archive_read_support_filter_lzma(handle.get());
    archive_read_support_filter_zstd(handle.get());
    if (raw) {
        archive_read_support_format_raw(handle.get());
    } else {
        archive_read_support_format_zip(handle.get());
        archive_read_support_format_tar(handle.get());
        archive_read_support_format_gnutar(handle.get());
        archive_read_support_format_7zip(handle.get());
    }
    if (!password.isEmpty()) {
        archive_read_add_passphrase(handle.get(), password.constData());
    }
    return handle;
}

bool openOn(OpenArchive &open, int fd, bool raw, const QByteArray &password)
{
    open.handle = newReader(raw, password);
    open.raw = raw;
    if (!open.handle || ::lseek(fd, 0, SEEK_SET) != 0
        || archive_read_open_fd(open.handle.get(), fd, ReadBlockBytes) != ARCHIVE_OK) {
        return false;
    }
    open.firstStatus = archive_read_next_header(open.handle.get(), &open.first);
    return true;
}

// The state shared by list() and extract() while they walk the entries.
class Walk
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ArchiveReader)

public:
    Walk(const QString &path, const ArchiveLimits &limits)
        : m_path(path)
        , m_limits(limits)
    { }

    Result<ArchiveListing> run(const QString *destination, const QString &password);

private:
    Result<void> openSource();
    Result<OpenArchive> openArchive(const QByteArray &password);
    Result<void> openDestination(const QString &destination);
    ArchiveMember describe(archive_entry *entry, bool raw, QStringList &parts) const;
    QString sizeRefusal(qint64 nextBytes, qint64 memberBytes) const;
    void extractMember(archive *handle, archive_entry *entry, const QStringList &parts, ArchiveMember &member);
    QString writeData(archive *handle, int fd, qint64 declared, ArchiveMember &member);
    Result<FileHandle> openParent(const QStringList &parts, qsizetype count);
    QByteArray archiveHash();
    void warn(const QString &text)
    {
        if (!m_listing.warnings.contains(text)) {
            m_listing.warnings.append(text);
        }
    }

    QString m_path;
    ArchiveLimits m_limits;
    FileHandle m_source;
    qint64 m_sourceSize = 0;
    std::optional<QByteArray> m_sourceHash;
    FileHandle m_root; // the destination, when extracting
    qint64 m_cap = 0; // bytes all members may expand to: the byte limit or the ratio, whichever is smaller
    bool m_capIsRatio = false;
    qint64 m_expanded = 0; // bytes declared (list) or decompressed (extract) so far
    bool m_stop = false;
    ArchiveListing m_listing;
};

Result<void> Walk::openSource()
{
    const QByteArray name = QFile::encodeName(m_path);
    // O_NONBLOCK: opening a FIFO passed as an archive must not wait for a writer.
    m_source.reset(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!m_source.isValid()) {
        const int error = errno;
        const auto code = error == ENOENT       ? Error::Code::NotFound
            : error == EACCES || error == EPERM ? Error::Code::PermissionDenied
                                                : Error::Code::Io;
        return fail(code, tr("Could not open the archive %1: %2").arg(m_path, errnoText(error)));
    }
    struct stat info = {};
    if (::fstat(m_source.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail(
            Error::Code::InvalidArgument, tr("%1 is not a regular file, so it is not read as an archive.").arg(m_path));
    }
    const int flags = ::fcntl(m_source.get(), F_GETFL);
    if (flags >= 0) {
        ::fcntl(m_source.get(), F_SETFL, flags & ~O_NONBLOCK);
    }
    m_sourceSize = info.st_size;
    const double byRatio = std::max(double(m_sourceSize) * m_limits.maxRatio, double(ArchiveReader::RatioFloorBytes));
    m_capIsRatio = byRatio < double(m_limits.maxTotalBytes);
    m_cap = m_capIsRatio ? qint64(byRatio) : m_limits.maxTotalBytes;
    return {};
}

Result<OpenArchive> Walk::openArchive(const QByteArray &password)
{
    OpenArchive open;
    const bool opened = openOn(open, m_source.get(), false, password);
    if (opened && open.firstStatus != ARCHIVE_FATAL) {
        return open;
    }
    if (opened && archive_format(open.handle.get()) != 0) {
        // A format recognised the file but not even its first entry could be read (recursion.tar).
        return fail(Error::Code::Corrupt, tr("%1 is damaged: %2").arg(m_path, archiveErrorText(open.handle.get())));
    }
    const QString detail = open.handle ? archiveErrorText(open.handle.get()) : QString();
    // No archive format recognised it: maybe a lone compressed file. The raw reader takes any bytes, so it
    // counts only when a decompression filter recognised the file.
    OpenArchive single;
    if (openOn(single, m_source.get(), true, password) && single.firstStatus != ARCHIVE_FATAL
        && archive_filter_count(single.handle.get()) > 1) {
        return single;
    }
    return fail(Error::Code::Unsupported, tr("%1 is not an archive Folio can read.").arg(m_path), detail);
}

Result<void> Walk::openDestination(const QString &destination)
{
    const QFileInfo info(destination);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(canonical).isDir()) {
        return fail(
            Error::Code::InvalidArgument, tr("Could not extract %1: %2 is not a folder.").arg(m_path, destination));
    }
    if (!QDir(canonical).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return fail(Error::Code::InvalidArgument,
            tr("Could not extract %1: the folder %2 is not empty.").arg(m_path, destination));
    }
    const QByteArray name = QFile::encodeName(canonical);
    m_root.reset(::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!m_root.isValid()) {
        const int error = errno;
        return fail(error == EACCES ? Error::Code::PermissionDenied : Error::Code::Io,
            tr("Could not extract %1: the folder %2 cannot be opened: %3").arg(m_path, destination, errnoText(error)));
    }
    return {};
}

ArchiveMember Walk::describe(archive_entry *entry, bool raw, QStringList &parts) const
{
    ArchiveMember member;
    member.type = entryType(entry);
    member.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    member.encrypted = archive_entry_is_encrypted(entry) != 0;
    QString name = raw ? QFileInfo(m_path).completeBaseName() : entryName(entry);
    member.path = name;
    // Zips made on Windows separate with backslashes; taken literally they would hide "..\" from the check.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const bool drive = name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter();
    if (name.startsWith(QLatin1Char('/')) || drive) {
        member.refusal = tr("has an absolute path");
        return member;
    }
    parts.clear();
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            member.refusal = tr("leads out of the folder with “..”");
            return member;
        }
        if (part != QLatin1String(".")) {
            parts.append(part);
        }
    }
    if (parts.isEmpty()) {
        member.refusal = tr("has no usable name");
        return member;
    }
    member.path = parts.join(QLatin1Char('/'));
    if (member.type == QLatin1String("symlink")) {
        member.refusal = tr("is a symbolic link");
    } else if (member.type == QLatin1String("hardlink")) {
        member.refusal = tr("is a hard link");
    } else if (member.type == QLatin1String("device")) {
        member.refusal = tr("is a device node");
    } else if (member.type == QLatin1String("fifo")) {
        member.refusal = tr("is a FIFO");
    } else if (member.type == QLatin1String("other")) {
        member.refusal = tr("is not a regular file");
    }
    return member;
}

// Why NEXTBYTES more, making a member of MEMBERBYTES, would pass a limit; empty when they fit.
QString Walk::sizeRefusal(qint64 nextBytes, qint64 memberBytes) const
{
    if (memberBytes > m_limits.maxEntryBytes) {
        return tr("expands beyond the limit of %1 bytes for one member").arg(m_limits.maxEntryBytes);
    }
    if (m_expanded + nextBytes > m_cap) {
        return m_capIsRatio
            ? tr("expands beyond %1 times the archive's size (%2 bytes)").arg(m_limits.maxRatio).arg(m_cap)
            : tr("expands beyond the limit of %1 bytes for the whole archive").arg(m_cap);
    }
    return {};
}

QByteArray Walk::archiveHash()
{
    if (m_sourceHash) {
        return *m_sourceHash;
    }
    // pread leaves the offset libarchive reads from alone.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(qsizetype(ReadBlockBytes), Qt::Uninitialized);
    off_t offset = 0;
    for (;;) {
        const ssize_t got = ::pread(m_source.get(), buffer.data(), size_t(buffer.size()), offset);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), got));
        offset += got;
    }
    m_sourceHash = hash.result();
    return *m_sourceHash;
}

Result<FileHandle> Walk::openParent(const QStringList &parts, qsizetype count)
{
    FileHandle current(::dup(m_root.get()));
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray part = QFile::encodeName(parts.at(i));
        if (::mkdirat(current.get(), part.constData(), 0755) != 0 && errno != EEXIST) {
            const int error = errno;
            return fail(Error::Code::Io, errnoText(error));
        }
        // O_NOFOLLOW: a link that appeared under the destination must not be followed out of it.
        FileHandle next(::openat(current.get(), part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.isValid()) {
            const int error = errno;
            return fail(Error::Code::Io, errnoText(error));
        }
        current = std::move(next);
    }
    return current;
}

void Walk::extractMember(archive *handle, archive_entry *entry, const QStringList &parts, ArchiveMember &member)
{
    const bool directory = member.type == QLatin1String("dir");
    auto parent = openParent(parts, directory ? parts.size() : parts.size() - 1);
    if (!parent) {
        member.refusal = tr("could not be written: %1").arg(parent.error().message());
        return;
    }
    if (directory) {
        return;
    }
    const QByteArray leaf = QFile::encodeName(parts.last());
    FileHandle out(
        ::openat(parent->get(), leaf.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!out.isValid()) {
        const int error = errno;
        member.refusal = error == EEXIST ? tr("has the name of a member written before it")
                                         : tr("could not be written: %1").arg(errnoText(error));
        return;
    }
    const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
    member.refusal = writeData(handle, out.get(), declared, member);
    out.reset();
    if (!member.refusal.isEmpty()) {
        ::unlinkat(parent->get(), leaf.constData(), 0);
    }
}

// Copies the current member's data to FD, counting every byte against the limits before it is written.
QString Walk::writeData(archive *handle, int fd, qint64 declared, ArchiveMember &member)
{
    // Only a member as large as the archive can be the archive itself (a quine).
    const bool mayBeQuine = declared < 0 || declared == m_sourceSize;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(qsizetype(ReadBlockBytes), Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        const la_ssize_t got = archive_read_data(handle, buffer.data(), size_t(buffer.size()));
        if (got == 0) {
            break;
        }
        if (got < 0) {
            if (got == ARCHIVE_FATAL) {
                m_stop = true;
                warn(tr("%1 is damaged: %2").arg(m_path, archiveErrorText(handle)));
            }
            if (member.encrypted) {
                return tr("could not be decrypted (wrong password?): %1").arg(archiveErrorText(handle));
            }
            return tr("could not be read: %1").arg(archiveErrorText(handle));
        }
        const QString refusal = sizeRefusal(got, written + got);
        if (!refusal.isEmpty()) {
            return refusal;
        }
        // Counted before writing: bytes later deleted still cost the work of decompressing them.
        m_expanded += got;
        for (la_ssize_t done = 0; done < got;) {
            const ssize_t put = ::write(fd, buffer.constData() + done, size_t(got - done));
            if (put < 0 && errno == EINTR) {
                continue;
            }
            if (put <= 0) {
                return tr("could not be written: %1").arg(errnoText(put < 0 ? errno : EIO));
            }
            done += put;
        }
        written += got;
        if (mayBeQuine && written <= m_sourceSize) {
            hash.addData(QByteArrayView(buffer.constData(), got));
        }
    }
    member.size = written;
    if (mayBeQuine && written == m_sourceSize && hash.result() == archiveHash()) {
        return tr("is a copy of the archive itself");
    }
    return {};
}

Result<ArchiveListing> Walk::run(const QString *destination, const QString &password)
{
    if (auto opened = openSource(); !opened) {
        return std::unexpected(opened.error());
    }
    if (destination) {
        if (auto opened = openDestination(*destination); !opened) {
            return std::unexpected(opened.error());
        }
    }
    auto open = openArchive(password.toUtf8());
    if (!open) {
        return std::unexpected(open.error());
    }
    archive *handle = open->handle.get();
    archive_entry *entry = open->first;
    int status = open->firstStatus;
    int entries = 0;
    int failures = 0;
    QStringList parts;
    for (; !m_stop; status = archive_read_next_header(handle, &entry)) {
        if (status == ARCHIVE_EOF) {
            break;
        }
        if (status == ARCHIVE_FATAL || status == ARCHIVE_RETRY) {
            warn(tr("%1 is damaged after %2 entries: %3").arg(m_path).arg(entries).arg(archiveErrorText(handle)));
            break;
        }
        if (status == ARCHIVE_WARN) {
            warn(archiveErrorText(handle));
        }
        if (status == ARCHIVE_FAILED) {
            warn(tr("An entry of %1 could not be read: %2").arg(m_path, archiveErrorText(handle)));
            if (++failures > m_limits.maxEntries) {
                break;
            }
            continue;
        }
        // Entries past the limit are still reported, up to twice the limit, so that the listing's memory
        // stays bounded too.
        if (++entries > 2 * qint64(m_limits.maxEntries)) {
            warn(tr("%1 has more than %2 entries; the rest were not read.")
                     .arg(m_path)
                     .arg(2 * qint64(m_limits.maxEntries)));
            break;
        }
        ArchiveMember member = describe(entry, open->raw, parts);
        m_listing.encrypted = m_listing.encrypted || member.encrypted;
        if (member.refusal.isEmpty() && entries > m_limits.maxEntries) {
            member.refusal = tr("is past the limit of %1 entries").arg(m_limits.maxEntries);
        }
        const bool file = member.type == QLatin1String("file");
        if (member.refusal.isEmpty() && file) {
            member.refusal = sizeRefusal(member.size, member.size);
        }
        if (destination && member.refusal.isEmpty() && member.encrypted && password.isEmpty()) {
            member.refusal = tr("needs a password");
        }
        if (member.refusal.isEmpty()) {
            if (destination) {
                extractMember(handle, entry, parts, member);
            } else if (file) {
                m_expanded += member.size;
            }
        }
        m_listing.members.append(member);
    }
    m_listing.format = formatName(handle, open->raw);
    return m_listing;
}

} // namespace

Result<ArchiveListing> ArchiveReader::list(const QString &path, const ArchiveLimits &limits)
{
    return Walk(path, limits).run(nullptr, {});
}

Result<ArchiveListing> ArchiveReader::extract(
    const QString &path, const QString &destination, const QString &password, const ArchiveLimits &limits)
{
    return Walk(path, limits).run(&destination, password);
}

} // namespace Folio
