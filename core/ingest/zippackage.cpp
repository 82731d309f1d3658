// SPDX-License-Identifier: GPL-3.0-or-later
// TypeDetector's look inside zip-based packages: whether the zip is whole, and which type its "mimetype" member
// or its OOXML main part declares. The rest of the detection is in typedetector.cpp.
#include "ingest/typedetector_p.h"

#include "ingest/typedetector.h"

#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace Folio::TypeDetection {

namespace {

// A zip's end-of-central-directory record is 22 bytes followed by a comment of at most 65,535.
constexpr qint64 ZipTailBytes = 22 + 65535;
// Limits on what a zip may make us do: real packages name their type in the first entry or two.
constexpr int MaxZipEntries = 2000;
constexpr qint64 MaxZipDirectoryBytes = qint64(8) * 1024 * 1024;
constexpr qint64 MaxZipMemberBytesTotal = qint64(1024) * 1024;
constexpr qint64 MaxMimetypeMemberBytes = 256;
constexpr qint64 MaxContentTypesBytes = qint64(64) * 1024;

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

} // namespace

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

} // namespace Folio::TypeDetection
