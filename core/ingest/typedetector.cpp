// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/typedetector.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>
#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio {

namespace {

// Every magic rule QMimeDatabase knows lies in the first 16 KiB (it reads no more itself); 64 KiB also
// holds long ftyp boxes and XML prologues, and is the whole of most small files.
constexpr qint64 HeadBytes = qint64(64) * 1024;
// A zip's end-of-central-directory record is 22 bytes followed by a comment of at most 65,535.
constexpr qint64 ZipTailBytes = 22 + 65535;
// Limits on what a zip may make us do: real packages name their type in the first entry or two.
constexpr int MaxZipEntries = 2000;
constexpr qint64 MaxZipDirectoryBytes = qint64(8) * 1024 * 1024;
constexpr qint64 MaxZipMemberBytesTotal = qint64(1024) * 1024;
constexpr qint64 MaxMimetypeMemberBytes = 256;
constexpr qint64 MaxContentTypesBytes = qint64(64) * 1024;

const QString ZipType = QStringLiteral("application/zip");
const QString OctetStream = QStringLiteral("application/octet-stream");
const QString ZeroSize = QStringLiteral("application/x-zerosize");

// The main part of an OOXML package names the document type (ECMA-376 part 2); mapped to the names the
// shared MIME database uses.
struct OfficeMainPart
{
    const char *partType;
    const char *mimeType;
};
constexpr OfficeMainPart OfficeMainParts[] = {
    { "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    { "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template" },
    { "application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.document.macroEnabled.12" },
    { "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/vnd.ms-word.template.macroEnabled.12" },
    { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    { "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template" },
    { "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.12" },
    { "application/vnd.ms-excel.template.macroEnabled.main+xml", "application/vnd.ms-excel.template.macroEnabled.12" },
    { "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
        "application/vnd.ms-excel.sheet.binary.macroEnabled.12" },
    { "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
    { "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow" },
    { "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.template" },
    { "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.12" },
    { "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.12" },
    { "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
        "application/vnd.ms-powerpoint.template.macroEnabled.12" },
    // The shared MIME database names Visio's package type after its main part.
    { "application/vnd.ms-visio.drawing.main+xml", "application/vnd.ms-visio.drawing.main+xml" },
};

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

struct ArchiveFree
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

quint32 littleEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        value = (value << 8) | quint8(data.at(at + i));
    }
    return value;
}

quint64 littleEndian64(const QByteArray &data, qsizetype at)
{
    return quint64(littleEndian(data, at, 4)) | (quint64(littleEndian(data, at + 4, 4)) << 32);
}

quint32 bigEndian32(const QByteArray &data, qsizetype at)
{
    return (quint32(quint8(data.at(at))) << 24) | (quint32(quint8(data.at(at + 1))) << 16)
        | (quint32(quint8(data.at(at + 2))) << 8) | quint32(quint8(data.at(at + 3)));
}

Result<QByteArray> readAt(int fd, qint64 offset, qint64 length, const QString &path)
{
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t got = ::pread(fd, data.data() + done, size_t(length - done), off_t(offset + done));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int error = errno; // before tr() can disturb it
            return fail(Error::Code::Io, TypeDetector::tr("%1 cannot be read: %2").arg(path, qt_error_string(error)));
        }
        if (got == 0) {
            break; // the file shrank since fstat: detect what is there
        }
        done += got;
    }
    data.truncate(qsizetype(done));
    return data;
}

std::unexpected<Error> openFailure(int error, const QString &path)
{
    if (error == ENOENT || error == ENOTDIR) {
        return fail(Error::Code::NotFound, TypeDetector::tr("%1: no such file").arg(path));
    }
    if (error == EACCES || error == EPERM) {
        return fail(Error::Code::PermissionDenied, TypeDetector::tr("%1 cannot be read: permission denied").arg(path));
    }
    return fail(Error::Code::Io, TypeDetector::tr("%1 cannot be read: %2").arg(path, qt_error_string(error)));
}

bool sameType(const QMimeDatabase &db, const QString &a, const QString &b)
{
    if (a == b) {
        return true;
    }
    const QMimeType first = db.mimeTypeForName(a);
    return first.isValid() && first == db.mimeTypeForName(b);
}

// Qt counts application/octet-stream as everyone's ancestor; here it means "unknown", never a relation.
bool properlyInherits(const QMimeDatabase &db, const QString &child, const QString &parent)
{
    const QMimeType type = db.mimeTypeForName(child);
    return parent != OctetStream && type.isValid() && type.inherits(parent) && !sameType(db, child, parent);
}

// Types whose evidence lives inside the zip: only inspection may name them, never the extension.
bool isInspectedPackageType(const QMimeDatabase &db, const QString &mimeType)
{
    const QString name = db.mimeTypeForName(mimeType).isValid() ? db.mimeTypeForName(mimeType).name() : mimeType;
    if (name.startsWith(QLatin1String("application/vnd.oasis.opendocument."))
        || name == QLatin1String("application/epub+zip")) {
        return true;
    }
    return std::any_of(std::begin(OfficeMainParts), std::end(OfficeMainParts),
        [&name](const OfficeMainPart &part) { return name == QLatin1String(part.mimeType); });
}

// The ODF/EPUB convention: an uncompressed first member named "mimetype" holds the package's type. Only a
// zip-based type is believed, so a member cannot pass a zip off as a PNG.
QString declaredPackageType(const QMimeDatabase &db, const QByteArray &declared)
{
    if (declared.isEmpty() || declared.size() > 127) {
        return {};
    }
    const QMimeType type = db.mimeTypeForName(QString::fromLatin1(declared));
    const bool zipBased
        = type.isValid() && (type.inherits(ZipType) || type.name() == QLatin1String("application/x-krita"));
    return zipBased ? type.name() : QString();
}

QString officeTypeFromContentTypes(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (reader.name() != QLatin1String("Override") && reader.name() != QLatin1String("Default")) {
            continue;
        }
        const QStringView contentType = reader.attributes().value(QLatin1String("ContentType"));
        for (const OfficeMainPart &part : OfficeMainParts) {
            if (contentType.compare(QLatin1String(part.partType), Qt::CaseInsensitive) == 0) {
                return QLatin1String(part.mimeType);
            }
        }
    }
    return {}; // a truncated or foreign part ends the reading; what was found so far stands
}

QByteArray readMember(archive *handle, qint64 limit, qint64 &budget)
{
    const qint64 wanted = std::min(limit, budget);
    QByteArray data(qsizetype(wanted), Qt::Uninitialized);
    qint64 done = 0;
    while (done < wanted) {
        const la_ssize_t got = archive_read_data(handle, data.data() + done, size_t(wanted - done));
        if (got <= 0) {
            break; // end, or an encrypted or corrupt member: use what came
        }
        done += got;
    }
    data.truncate(qsizetype(done));
    budget -= done;
    return data;
}

struct ZipFindings
{
    QString type; // what the package declares; empty when it declares nothing Folio knows
    bool damaged = false; // no directory record or unreadable: probably cut short
    bool tooLarge = false; // directory beyond the limits: not inspected
};

// Reads the end-of-central-directory record to learn whether the zip is whole and how big its directory
// is, before libarchive (which loads the whole directory) is let loose on it.
Result<ZipFindings> checkZipDirectory(int fd, qint64 size, const QByteArray &head, const QString &path)
{
    ZipFindings findings;
    QByteArray tail = head;
    if (size > head.size()) {
        const qint64 offset = std::max<qint64>(0, size - ZipTailBytes);
        auto read = readAt(fd, offset, size - offset, path);
        if (!read) {
            return std::unexpected(read.error());
        }
        tail = std::move(*read);
    }
    const qsizetype record = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (record < 0 || record + 22 > tail.size()) {
        findings.damaged = true;
        return findings;
    }
    quint64 directoryBytes = littleEndian(tail, record + 12, 4);
    if (directoryBytes == 0xffffffffu) {
        // Zip64: the real size is in the zip64 record, which directly precedes its 20-byte locator.
        const qsizetype record64 = record - 20 - 56;
        directoryBytes = record64 >= 0 && tail.mid(record64, 4) == QByteArrayView("PK\x06\x06", 4)
            ? littleEndian64(tail, record64 + 40)
            : std::numeric_limits<quint64>::max();
    }
    findings.tooLarge = directoryBytes > quint64(MaxZipDirectoryBytes);
    return findings;
}

ZipFindings inspectZip(const QMimeDatabase &db, ZipFindings findings, int fd)
{
    if (findings.tooLarge) {
        return findings;
    }
    ArchivePtr handle(archive_read_new());
    // Zip only, no filters: nothing else may be tried on these bytes.
    archive_read_support_format_zip(handle.get());
    if (::lseek(fd, 0, SEEK_SET) != 0 || archive_read_open_fd(handle.get(), fd, size_t(HeadBytes)) != ARCHIVE_OK) {
        findings.damaged = true;
        return findings;
    }
    // Without a directory libarchive streams, and skipping a member then means inflating it (a bomb would
    // explode): look at the first member only, where ODF, EPUB and nearly all OOXML name their type.
    const int maxEntries = findings.damaged ? 1 : MaxZipEntries;
    qint64 budget = MaxZipMemberBytesTotal;
    for (int index = 0; index < maxEntries && budget > 0; ++index) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(handle.get(), &entry);
        if (status == ARCHIVE_EOF) {
            break;
        }
        if (status < ARCHIVE_WARN) {
            findings.damaged = findings.damaged || index == 0;
            break;
        }
        const char *name = archive_entry_pathname(entry);
        if (name == nullptr) {
            continue;
        }
        if (index == 0 && qstrcmp(name, "mimetype") == 0) {
            findings.type = declaredPackageType(db, readMember(handle.get(), MaxMimetypeMemberBytes, budget).trimmed());
            if (!findings.type.isEmpty()) {
                break;
            }
        } else if (qstrcmp(name, "[Content_Types].xml") == 0) {
            // A package has one content-types part: found or not, it settles the question.
            findings.type = officeTypeFromContentTypes(readMember(handle.get(), MaxContentTypesBytes, budget));
            break;
        }
    }
    return findings;
}

std::string exivPathFor(int fd, const QString &path)
{
#ifdef Q_OS_LINUX
    // Our descriptor is known to be a regular file; reopening it through /proc cannot land on a FIFO that
    // replaced the path meanwhile. An absolute path also keeps Exiv2 from reading "http://…" as a URL.
    std::string proc = "/proc/self/fd/" + std::to_string(fd);
    if (::access(proc.c_str(), R_OK) == 0) {
        return proc;
    }
#else
    Q_UNUSED(fd)
#endif
    return QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString();
}

// TIFF is the container of most camera RAW formats. DNG says so in IFD0; Exiv2 knows CR2/ORF/RW2 by their
// headers and NEF/PEF/SRW by their compression; the rest (ARW, SR2, KDC…) look like TIFF written by a
// camera, so a camera-written TIFF whose name says a TIFF-based RAW type is taken at its name.
QString inspectTiff(const QMimeDatabase &db, int fd, const QString &path, const QMimeType &nameType)
{
    // Exiv2 parses the XMP packets inside TIFFs. Its XMP toolkit is initialised once per process, by whoever
    // comes first (this or ExivReader), and without a lock function its namespace registry races between
    // threads: initialise it with one, so the toolkit is serialised whichever caller came first.
    static std::once_flag xmpInitialised;
    static std::mutex xmpToolkitMutex;
    std::call_once(xmpInitialised, [] {
        Exiv2::XmpParser::initialize(
            [](void *data, bool lock) {
                auto *mutex = static_cast<std::mutex *>(data);
                if (lock) {
                    mutex->lock();
                } else {
                    mutex->unlock();
                }
            },
            &xmpToolkitMutex);
    });
    try {
        auto image = Exiv2::ImageFactory::open(exivPathFor(fd, path));
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.findKey(Exiv2::ExifKey("Exif.Image.DNGVersion")) != exif.end()) {
            return QStringLiteral("image/x-adobe-dng");
        }
        const QMimeType exivType = db.mimeTypeForName(QString::fromStdString(image->mimeType()));
        if (exivType.isValid() && exivType.name() != QLatin1String("image/tiff")) {
            return exivType.name();
        }
        const bool camera = exif.findKey(Exiv2::ExifKey("Exif.Image.Make")) != exif.end();
        if (camera && nameType.isValid() && nameType.inherits(QStringLiteral("image/x-dcraw"))
            && nameType.inherits(QStringLiteral("image/tiff"))
            && nameType.name() != QLatin1String("image/x-adobe-dng")) {
            return nameType.name();
        }
    } catch (const Exiv2::AnyError &) {
        // Exiv2 cannot parse the directories: the magic still says TIFF, so it stays one.
    } catch (const std::exception &) { }
    return QStringLiteral("image/tiff");
}

// HEIF and AVIF share the ISO-BMFF container with MP4; the ftyp brands tell them apart.
QString bmffImageType(const QByteArray &head)
{
    if (head.size() < 16 || head.mid(4, 4) != "ftyp") {
        return {};
    }
    auto boxEnd = qsizetype(bigEndian32(head, 0));
    if (boxEnd < 16 || boxEnd > head.size()) {
        boxEnd = std::min<qsizetype>(head.size(), 4096); // 0 (to end of file), 1 (64-bit size) or damaged
    }
    const QByteArray major = head.mid(8, 4);
    QList<QByteArray> compatible;
    for (qsizetype at = 16; at + 4 <= boxEnd; at += 4) {
        compatible.append(head.mid(at, 4));
    }
    static const QList<QByteArray> hevc = { "heic", "heix", "heim", "heis", "hevc", "hevx" };
    static const QList<QByteArray> av1 = { "avif", "avis" };
    const auto any = [&compatible](const QList<QByteArray> &brands) {
        return std::any_of(brands.begin(), brands.end(),
            [&compatible](const QByteArray &brand) { return compatible.contains(brand); });
    };
    if (hevc.contains(major)) {
        return QStringLiteral("image/heic");
    }
    if (av1.contains(major)) {
        return QStringLiteral("image/avif");
    }
    if (major == "crx ") {
        return QStringLiteral("image/x-canon-cr3");
    }
    if (major == "mif1" || major == "msf1") {
        return any(av1) ? QStringLiteral("image/avif")
                        : (any(hevc) ? QStringLiteral("image/heic") : QStringLiteral("image/heif"));
    }
    return {};
}

// Old (v7) tar headers carry no magic; a 512-byte header whose checksum adds up is one (libmagic and
// libarchive test the same).
bool looksLikeTar(const QByteArray &head)
{
    if (head.size() < 512 || head.at(0) == '\0') {
        return false;
    }
    qsizetype at = 148;
    while (at < 156 && head.at(at) == ' ') {
        ++at;
    }
    quint32 stored = 0;
    int digits = 0;
    for (; at < 156 && head.at(at) >= '0' && head.at(at) <= '7'; ++at, ++digits) {
        stored = stored * 8 + quint32(head.at(at) - '0');
    }
    if (digits == 0) {
        return false;
    }
    quint32 sum = 0;
    for (qsizetype i = 0; i < 512; ++i) {
        sum += (i >= 148 && i < 156) ? quint32(' ') : quint32(quint8(head.at(i)));
    }
    return sum == stored;
}

// The extension may only make the content's type more specific: text named .md is Markdown, an OLE
// compound file named .doc is a Word document, a zip named .jar a Java archive. It never overrides
// evidence: unknown bytes stay unknown, zip packages are named by what they hold, TIFF by Exiv2, and
// formats whose content always starts with their magic (RTF, PostScript) are not believed on a name.
bool nameRefinesContent(const QMimeDatabase &db, const QString &content, const QMimeType &nameType)
{
    // Which application wrote an OLE2 compound file is told only by its directory, which is not read here.
    // Word's type inherits the compound file's in the shared MIME database, Excel's and PowerPoint's do not:
    // the extension names all three alike.
    static const QStringList legacyOffice = { QStringLiteral("application/msword"),
        QStringLiteral("application/vnd.ms-excel"), QStringLiteral("application/vnd.ms-powerpoint") };
    if (content == QLatin1String("application/x-ole-storage") && nameType.isValid()
        && legacyOffice.contains(nameType.name())) {
        return true;
    }
    if (!nameType.isValid() || content == OctetStream || content == ZeroSize || content == QLatin1String("image/tiff")
        || !properlyInherits(db, nameType.name(), content)) {
        return false;
    }
    static const QStringList needMagic
        = { QStringLiteral("application/rtf"), QStringLiteral("application/postscript") };
    return !isInspectedPackageType(db, nameType.name()) && !needMagic.contains(nameType.name());
}

// Name and content agree when they are the same type or the content is a special case of the name (DNG
// named .tif, Vorbis named .ogg, a .docx named .zip) — unless the special case hides macros.
bool nameAgrees(const QMimeDatabase &db, const QString &content, const QMimeType &nameType)
{
    if (sameType(db, content, nameType.name())) {
        return true;
    }
    if (!properlyInherits(db, content, nameType.name())) {
        return false;
    }
    return !content.contains(QLatin1String("macroEnabled"), Qt::CaseInsensitive)
        || nameType.name().contains(QLatin1String("macroEnabled"), Qt::CaseInsensitive);
}

QString describe(const QMimeDatabase &db, const QString &mimeType)
{
    const QMimeType type = db.mimeTypeForName(mimeType);
    return type.isValid() && !type.comment().isEmpty() ? QStringLiteral("%1 (%2)").arg(type.comment(), mimeType)
                                                       : mimeType;
}

} // namespace

Result<DetectedType> TypeDetector::detect(const QString &path)
{
    return detect(path, {});
}

Result<DetectedType> TypeDetector::detect(const QString &path, const QString &nameForType)
{
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat info = {};
    if (path.isEmpty() || ::stat(nativePath.constData(), &info) != 0) {
        return openFailure(path.isEmpty() ? ENOENT : errno, path);
    }
    if (S_ISDIR(info.st_mode)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is a folder, not a file").arg(path));
    }
    if (!S_ISREG(info.st_mode)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a regular file (a device, socket or pipe)").arg(path));
    }
    // O_NONBLOCK: should the path have become a FIFO since stat, open must not wait for a writer.
    const FileDescriptor fd(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        return openFailure(errno, path);
    }
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a regular file (a device, socket or pipe)").arg(path));
    }
    const auto size = qint64(info.st_size);
    auto head = readAt(fd.get(), 0, std::min(size, HeadBytes), path);
    if (!head) {
        return std::unexpected(head.error());
    }

    const QMimeDatabase db;
    const QString fileName = QFileInfo(nameForType.isEmpty() ? path : nameForType).fileName();
    QStringList warnings;

    QString content;
    if (head->isEmpty()) {
        content = ZeroSize;
        warnings.append(tr("%1 is an empty file.").arg(fileName));
    } else if (head->startsWith("FUJIFILMCCD-RAW")) {
        content = QStringLiteral("image/x-fuji-raf"); // RAF is not TIFF, whatever its embedded JPEG says
    } else if (const QString brand = bmffImageType(*head); !brand.isEmpty()) {
        content = brand;
    } else {
        content = db.mimeTypeForData(*head).name();
    }

    // An ambiguous extension (.ts: Qt Linguist or MPEG transport stream) is read the way the content allows.
    const QList<QMimeType> byName = db.mimeTypesForFileName(fileName);
    QMimeType nameType = byName.isEmpty() ? QMimeType() : byName.first();
    for (const QMimeType &candidate : byName) {
        if (nameAgrees(db, content, candidate) || nameRefinesContent(db, content, candidate)) {
            nameType = candidate;
            break;
        }
    }

    if (content == ZipType || db.mimeTypeForName(content).inherits(ZipType)) {
        auto directory = checkZipDirectory(fd.get(), size, *head, path);
        if (!directory) {
            return std::unexpected(directory.error());
        }
        const ZipFindings findings = inspectZip(db, *directory, fd.get());
        if (!findings.type.isEmpty()) {
            content = findings.type;
        }
        if (findings.damaged) {
            warnings.append(tr("%1 looks damaged: its zip directory is missing or unreadable, so it may have "
                               "been cut short.")
                                .arg(fileName));
        } else if (findings.tooLarge) {
            warnings.append(
                tr("%1 has a zip directory too large to inspect; it is treated as a plain zip archive.").arg(fileName));
        }
    } else if (content == QLatin1String("image/tiff")) {
        content = inspectTiff(db, fd.get(), path, nameType);
    } else if (content == OctetStream && looksLikeTar(*head)) {
        content = QStringLiteral("application/x-tar");
    }
    if (nameRefinesContent(db, content, nameType)) {
        content = nameType.name();
    }

    DetectedType result;
    result.mimeType = content;
    result.kind = kindFor(content);
    result.extensionMimeType = nameType.isValid() ? nameType.name() : QString();
    if (content == OctetStream) {
        result.extensionMismatch = nameType.isValid();
        warnings.append(nameType.isValid()
                ? tr("The content of %1 is not a format Folio recognises, although its name says %2.")
                      .arg(fileName, describe(db, nameType.name()))
                : tr("The content of %1 is not a format Folio recognises.").arg(fileName));
    } else if (content != ZeroSize && nameType.isValid() && !nameAgrees(db, content, nameType)) {
        result.extensionMismatch = true;
        warnings.append(tr("The name of %1 says %2, but its content is %3.")
                            .arg(fileName, describe(db, nameType.name()), describe(db, content)));
    }
    result.warning = warnings.join(QLatin1Char(' '));
    return result;
}

QString TypeDetector::kindFor(const QString &mimeType)
{
    static const QStringList assetPrefixes
        = { QStringLiteral("image/"), QStringLiteral("video/"), QStringLiteral("audio/"), QStringLiteral("font/"),
              QStringLiteral("model/"), QStringLiteral("application/x-font-") };
    // Design files and bare media containers that the shared MIME database files under application/.
    static const QStringList assetTypes = {
        QStringLiteral("application/postscript"),
        QStringLiteral("application/illustrator"),
        QStringLiteral("application/x-krita"),
        QStringLiteral("application/ogg"),
        QStringLiteral("application/x-matroska"),
        QStringLiteral("application/mxf"),
    };
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(mimeType);
    QStringList names = { mimeType.trimmed().toLower() };
    if (type.isValid()) {
        names.append(type.name());
        names.append(type.allAncestors());
    }
    const bool asset = std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
        return assetTypes.contains(name)
            || std::any_of(assetPrefixes.cbegin(), assetPrefixes.cend(),
                [&name](const QString &prefix) { return name.startsWith(prefix); });
    });
    return asset ? QStringLiteral("asset") : QStringLiteral("document");
}

} // namespace Folio
