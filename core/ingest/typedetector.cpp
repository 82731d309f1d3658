// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/typedetector.h"

#include "ingest/typedetector_p.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

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

using TypeDetection::checkZipDirectory;
using TypeDetection::HeadBytes;
using TypeDetection::inspectZip;
using TypeDetection::isInspectedPackageType;
using TypeDetection::readAt;
using TypeDetection::ZipFindings;
using TypeDetection::ZipType;

namespace {

const QString OctetStream = QStringLiteral("application/octet-stream");
const QString ZeroSize = QStringLiteral("application/x-zerosize");

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

quint32 bigEndian32(const QByteArray &data, qsizetype at)
{
    return (quint32(quint8(data.at(at))) << 24) | (quint32(quint8(data.at(at + 1))) << 16)
        | (quint32(quint8(data.at(at + 2))) << 8) | quint32(quint8(data.at(at + 3)));
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

Result<QByteArray> TypeDetection::readAt(int fd, qint64 offset, qint64 length, const QString &path)
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
