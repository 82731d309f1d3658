// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/officeextractor.h"

#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/textextractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace Folio {

namespace {

constexpr std::size_t ChunkBytes = std::size_t(64) << 10; // libarchive's reads, and ours from it

enum class Format { Word, Excel, PowerPoint, OdfText, OdfSheet, OdfPaged, Epub };

std::optional<Format> formatOf(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    if (type == u"application/epub+zip") {
        return Format::Epub;
    }
    if (type.startsWith(u"application/vnd.oasis.opendocument.")) {
        if (type.contains(u"presentation") || type.contains(u"graphics")) {
            return Format::OdfPaged;
        }
        if (type.contains(u"spreadsheet")) {
            return Format::OdfSheet;
        }
        return type.contains(u"text") ? std::optional(Format::OdfText) : std::nullopt;
    }
    const bool ooxml = type.startsWith(u"application/vnd.openxmlformats-officedocument.");
    const bool macros = type.endsWith(u".macroenabled.12"); // .docm, .xlsm, .pptm and their templates
    if ((ooxml && type.contains(u".wordprocessingml.")) || (macros && type.startsWith(u"application/vnd.ms-word."))) {
        return Format::Word;
    }
    if ((ooxml && type.contains(u".spreadsheetml.")) || (macros && type.startsWith(u"application/vnd.ms-excel."))) {
        return Format::Excel;
    }
    if ((ooxml && type.contains(u".presentationml."))
        || (macros && type.startsWith(u"application/vnd.ms-powerpoint."))) {
        return Format::PowerPoint;
    }
    return std::nullopt;
}

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

QString archiveError(archive *handle)
{
    const char *text = archive_error_string(handle);
    return text ? QString::fromUtf8(text) : QStringLiteral("libarchive gave no reason");
}

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

// ISO-8601 from the W3CDTF, ODF and EPUB dates packages hold: fractions of seconds dropped, zones kept.
QString isoDate(const QString &raw)
{
    // Year, month, day, hours, minutes, seconds, zone; each part optional from the month on.
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))"
                                                           R"((?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)"
                                                           R"(\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$)"));
    const QRegularExpressionMatch match = pattern.match(raw.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    QString iso = match.captured(1);
    for (int part : { 2, 3 }) {
        if (match.hasCaptured(part)) {
            iso += QLatin1Char('-') + match.captured(part);
        }
    }
    if (match.hasCaptured(4)) {
        iso += QStringLiteral("T%1:%2:%3")
                   .arg(match.captured(4), match.captured(5),
                       match.hasCaptured(6) ? match.captured(6) : QStringLiteral("00"));
        QString zone = match.captured(7);
        if (zone.size() == 5) {
            zone.insert(3, QLatin1Char(':'));
        }
        iso += zone;
    }
    return iso;
}

// "64 MiB", "16 KiB": limits as the user reads them.
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

QStringList splitKeywords(const QStringList &values)
{
    QStringList words;
    for (const QString &value : values) {
        for (const QString &word : value.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
            if (const QString trimmed = word.trimmed(); !trimmed.isEmpty() && !words.contains(trimmed)) {
                words.append(trimmed);
            }
        }
    }
    return words;
}

// The prefix a property's namespace is known by, whatever prefix the file chose.
QString qualifiedName(const QXmlStreamReader &xml)
{
    static const QHash<QString, QString> prefixes = {
        { QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc") },
        { QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms") },
        { QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"), QStringLiteral("meta") },
        { QStringLiteral("http://www.idpf.org/2007/opf"), QStringLiteral("opf") },
    };
    const QString prefix = prefixes.value(xml.namespaceUri().toString(), xml.prefix().toString());
    return prefix.isEmpty() ? xml.name().toString() : prefix + QLatin1Char(':') + xml.name();
}

// An OOXML relationship id (r:id), in the transitional or the strict namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships")) {
            return attribute.value().toString();
        }
    }
    return {};
}

// A path inside the package from a reference relative to the folder BASE ("xl", "OPS"); "/x" is absolute.
QString resolvePath(const QString &base, const QString &reference)
{
    QString target = QUrl::fromPercentEncoding(reference.section(QLatin1Char('#'), 0, 0).toUtf8());
    if (target.startsWith(QLatin1Char('/'))) {
        return QDir::cleanPath(target.mid(1));
    }
    return QDir::cleanPath(base.isEmpty() ? target : base + QLatin1Char('/') + target);
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

// "slide12.xml" sorts after "slide2.xml".
int trailingNumber(const QString &path)
{
    static const QRegularExpression digits(QStringLiteral(R"((\d+)\.xml$)"));
    return digits.match(path).captured(1).toInt();
}

struct EpubItem
{
    QString path;
    QString mediaType;
    QString properties;
};

struct EpubPackage
{
    QList<std::pair<QString, QString>> properties; // tag key → value
    QHash<QString, EpubItem> items; // manifest, by id
    QStringList spine; // item ids in reading order
    QString coverId; // EPUB 2 <meta name="cover">
};

struct Sheet
{
    QString name;
    QString state; // hidden, veryHidden, or empty when visible
    QString relationshipId;
};

enum class Part {
    None,
    // First pass: properties and the parts that say how to read the rest.
    CoreProperties,
    AppProperties,
    CustomProperties,
    Workbook,
    WorkbookRelationships,
    SharedStrings,
    Presentation,
    PresentationRelationships,
    OdfMeta,
    OdfManifest,
    Container,
    Opf,
    // Second pass: text and pictures.
    WordText,
    WorksheetText,
    SlideText,
    OdfContent,
    EpubDocument,
    Thumbnail,
};

// One package being read. Two passes over the zip: the first reads properties and the parts that order
// or resolve the text (workbook, shared strings, presentation, OPF, manifest), the second the text and the
// thumbnail, so each text part is read once, in whatever order the zip holds the parts.
class PackageReader
{
public:
    // STREAMING: the zip has no directory, so libarchive reads it front to back.
    PackageReader(QString fileName, Format format, const PackageLimits &limits, bool streaming)
        : m_fileName(std::move(fileName))
        , m_format(format)
        , m_limits(limits)
        , m_streaming(streaming)
        , m_textLeft(limits.maxTextChars)
    { }

    void warn(const QString &warning)
    {
        if (!m_warnings.contains(warning)) {
            m_warnings.append(warning);
        }
    }
    // Reads the zip at FD once: the first pass (CONTENT false) or the second.
    Result<void> scan(int fd, bool content);
    void prepareContent();
    Result<ContentExtraction> finish();

private:
    struct Member
    {
        QByteArray bytes;
        bool truncated = false;
        QString error;
    };

    bool isOoxml() const
    {
        return m_format == Format::Word || m_format == Format::Excel || m_format == Format::PowerPoint;
    }
    bool isOdf() const
    {
        return m_format == Format::OdfText || m_format == Format::OdfSheet || m_format == Format::OdfPaged;
    }
    Part classify(const QString &name, bool content) const;
    Member readMember(archive *handle, archive_entry *entry, qint64 limit);
    void read(Part part, const QString &name, const QByteArray &bytes, bool cut);
    // Appends TEXT to INTO within the text limit.
    void keep(QString &into, QStringView text);
    void finishXml(const QXmlStreamReader &xml, const QString &part, bool cut);
    void addProperty(const QString &key, const QString &value, const QString &type = QStringLiteral("text"));
    QString property(const QString &key) const;
    QStringList properties(const QString &key) const;

    void readFlatProperties(const QByteArray &bytes, const QString &part, bool cut, const QString &prefix);
    void readCustomProperties(const QByteArray &bytes, const QString &part, bool cut);
    void readOdfMeta(const QByteArray &bytes, const QString &part, bool cut);
    void readRelationships(const QByteArray &bytes, const QString &part, bool cut, QHash<QString, QString> &into);
    void readWorkbook(const QByteArray &bytes, const QString &part, bool cut);
    void readSharedStrings(const QByteArray &bytes, const QString &part, bool cut);
    void readPresentation(const QByteArray &bytes, const QString &part, bool cut);
    void readOdfManifest(const QByteArray &bytes, const QString &part, bool cut);
    void readContainer(const QByteArray &bytes, const QString &part, bool cut);
    void readOpf(const QByteArray &bytes, const QString &part, bool cut);
    QString readOoxmlText(const QByteArray &bytes, const QString &part, bool cut);
    QString readWorksheet(const QByteArray &bytes, const QString &part, bool cut);
    void readOdfContent(const QByteArray &bytes, const QString &part, bool cut);
    void renderThumbnail(const QByteArray &bytes, const QString &part, bool cut);
    QStringList assemblePages();
    void mapFields(ContentExtraction &result) const;

    const QString m_fileName;
    const Format m_format;
    const PackageLimits m_limits;
    const bool m_streaming;
    qint64 m_inflated = 0;
    qint64 m_textLeft;
    bool m_stopped = false; // the package inflated beyond maxTotalBytes
    bool m_mainFound = false; // the part that holds the document (document.xml, content.xml, the OPF…)
    bool m_protected = false;
    bool m_damageReported = false;
    QStringList m_warnings;
    QJsonArray m_tags;
    QList<std::pair<QString, QString>> m_properties;
    QList<NamedRendition> m_renditions;
    QMap<QString, QString> m_partTexts; // text by part name: Word parts, worksheets, slides, EPUB documents
    QStringList m_odfPages;
    QList<Sheet> m_sheets;
    QHash<QString, QString> m_workbookTargets; // relationship id → part
    QStringList m_sharedStrings;
    QStringList m_slideOrder; // relationship ids, in presentation order
    QHash<QString, QString> m_presentationTargets;
    QSet<QString> m_encrypted; // ODF members the manifest lists as encrypted
    QString m_rootFile; // EPUB: the OPF container.xml names
    QMap<QString, EpubPackage> m_opfs;
    QStringList m_spinePaths;
    QString m_coverPath;
};

void PackageReader::keep(QString &into, QStringView text)
{
    if (m_textLeft <= 0) {
        return;
    }
    if (text.size() > m_textLeft) {
        into.append(text.first(qsizetype(m_textLeft)));
        m_textLeft = 0;
        warn(OfficeExtractor::tr("The text of %1 is longer than %2 characters; the rest was left out.")
                 .arg(m_fileName)
                 .arg(m_limits.maxTextChars));
        return;
    }
    into.append(text);
    m_textLeft -= text.size();
}

void PackageReader::finishXml(const QXmlStreamReader &xml, const QString &part, bool cut)
{
    // A member cut at a limit ends in broken XML; its warning has been given.
    if (xml.hasError() && !cut && m_textLeft > 0) {
        warn(OfficeExtractor::tr("%1: the part %2 is damaged (%3, line %4); what follows the damage was left out.")
                 .arg(m_fileName, part, xml.errorString())
                 .arg(xml.lineNumber()));
    }
}

void PackageReader::addProperty(const QString &key, const QString &value, const QString &type)
{
    const QString kept = value.left(4096);
    m_properties.append({ key, kept });
    m_tags.append(QJsonObject {
        { QStringLiteral("key"), key }, { QStringLiteral("type"), type }, { QStringLiteral("value"), kept } });
}

QString PackageReader::property(const QString &key) const
{
    for (const auto &[name, value] : m_properties) {
        if (name == key && !value.isEmpty()) {
            return value;
        }
    }
    return {};
}

QStringList PackageReader::properties(const QString &key) const
{
    QStringList values;
    for (const auto &[name, value] : m_properties) {
        if (name == key && !value.isEmpty()) {
            values.append(value);
        }
    }
    return values;
}

Part PackageReader::classify(const QString &name, bool content) const
{
    static const QRegularExpression wordPart(
        QStringLiteral(R"(^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$)"));
    static const QRegularExpression ooxmlThumbnail(
        QStringLiteral(R"(^docProps/thumbnail\.(jpe?g|png)$)"), QRegularExpression::CaseInsensitiveOption);
    if (!content) {
        if (isOoxml()) {
            if (name == u"docProps/core.xml") {
                return Part::CoreProperties;
            }
            if (name == u"docProps/app.xml") {
                return Part::AppProperties;
            }
            if (name == u"docProps/custom.xml") {
                return Part::CustomProperties;
            }
        }
        if (m_format == Format::Excel) {
            return name == u"xl/workbook.xml"           ? Part::Workbook
                : name == u"xl/_rels/workbook.xml.rels" ? Part::WorkbookRelationships
                : name == u"xl/sharedStrings.xml"       ? Part::SharedStrings
                                                        : Part::None;
        }
        if (m_format == Format::PowerPoint) {
            return name == u"ppt/presentation.xml"           ? Part::Presentation
                : name == u"ppt/_rels/presentation.xml.rels" ? Part::PresentationRelationships
                                                             : Part::None;
        }
        if (isOdf()) {
            return name == u"meta.xml"             ? Part::OdfMeta
                : name == u"META-INF/manifest.xml" ? Part::OdfManifest
                                                   : Part::None;
        }
        if (m_format == Format::Epub) {
            return name == u"META-INF/container.xml"          ? Part::Container
                : name.endsWith(u".opf", Qt::CaseInsensitive) ? Part::Opf
                                                              : Part::None;
        }
        return Part::None;
    }
    if (m_renditions.isEmpty() && !m_encrypted.contains(name)
        && ((isOoxml() && ooxmlThumbnail.match(name).hasMatch()) || (isOdf() && name == u"Thumbnails/thumbnail.png")
            || (m_format == Format::Epub && !m_coverPath.isEmpty() && name == m_coverPath))) {
        return Part::Thumbnail;
    }
    if (m_textLeft <= 0) {
        return Part::None; // the text is full: only a thumbnail is still worth inflating
    }
    switch (m_format) {
    case Format::Word: return wordPart.match(name).hasMatch() ? Part::WordText : Part::None;
    case Format::Excel:
        return name.startsWith(u"xl/worksheets/") && name.endsWith(u".xml") && name.count(u'/') == 2
            ? Part::WorksheetText
            : Part::None;
    case Format::PowerPoint:
        return name.startsWith(u"ppt/slides/slide") && name.endsWith(u".xml") && name.count(u'/') == 2 ? Part::SlideText
                                                                                                       : Part::None;
    case Format::OdfText:
    case Format::OdfSheet:
    case Format::OdfPaged: return name == u"content.xml" && !m_encrypted.contains(name) ? Part::OdfContent : Part::None;
    case Format::Epub: return m_spinePaths.contains(name) ? Part::EpubDocument : Part::None;
    }
    return Part::None;
}

PackageReader::Member PackageReader::readMember(archive *handle, archive_entry *entry, qint64 limit)
{
    Member member;
    const qint64 budget = std::min(limit, m_limits.maxTotalBytes - m_inflated);
    if (archive_entry_size_is_set(entry)) {
        member.bytes.reserve(qsizetype(std::clamp<qint64>(archive_entry_size(entry), 0, budget)));
    }
    std::array<char, ChunkBytes> buffer;
    for (;;) {
        const la_ssize_t got = archive_read_data(handle, buffer.data(), buffer.size());
        if (got == 0) {
            break;
        }
        if (got < 0) {
            member.error = archiveError(handle);
            break;
        }
        const qint64 room = budget - member.bytes.size();
        member.bytes.append(buffer.data(), qsizetype(std::min<qint64>(got, room)));
        if (got > room) {
            member.truncated = true;
            break;
        }
    }
    m_inflated += member.bytes.size();
    if (member.truncated && budget < limit) {
        m_stopped = true;
        warn(OfficeExtractor::tr("%1 inflates to more than %2; reading stopped there.")
                 .arg(m_fileName, sizeText(m_limits.maxTotalBytes)));
    }
    return member;
}

Result<void> PackageReader::scan(int fd, bool content)
{
    if (::lseek(fd, 0, SEEK_SET) != 0) {
        return fail(Error::Code::Io,
            OfficeExtractor::tr("%1 could not be read: %2")
                .arg(m_fileName, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ArchivePtr handle(archive_read_new());
    // Zip only, no filters: nothing else may be tried on these bytes. A regular file's descriptor lets
    // libarchive seek, so it reads the directory and skips members without inflating them.
    archive_read_support_format_zip(handle.get());
    if (archive_read_open_fd(handle.get(), fd, ChunkBytes) != ARCHIVE_OK) {
        return fail(Error::Code::Corrupt, OfficeExtractor::tr("%1 is not a readable zip package.").arg(m_fileName),
            archiveError(handle.get()));
    }
    for (int index = 0; !m_stopped; ++index) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(handle.get(), &entry);
        if (status == ARCHIVE_EOF) {
            break;
        }
        if (status < ARCHIVE_WARN) {
            // Both passes meet the same damage; the first account of it is enough.
            if (!std::exchange(m_damageReported, true)) {
                warn(OfficeExtractor::tr("%1 is damaged; what follows the damage was left out (%2).")
                         .arg(m_fileName, archiveError(handle.get())));
            }
            break;
        }
        if (index >= m_limits.maxEntries) {
            // Only a package without a directory gets here: a directory declaring more is refused.
            warn(OfficeExtractor::tr("%1 has more than %2 members; the rest were left out.")
                     .arg(m_fileName)
                     .arg(m_limits.maxEntries));
            break;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            continue;
        }
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = archive_entry_pathname(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(raw ? raw : "");
        const Part part = classify(name, content);
        if (part == Part::None) {
            // Without a directory libarchive streams, and skipping a member of unknown size means inflating
            // it: do it here, within the limits, so a bomb in a damaged package stops too.
            if (m_streaming && !archive_entry_size_is_set(entry)
                && readMember(handle.get(), entry, m_limits.maxPartBytes).truncated) {
                warn(OfficeExtractor::tr(
                    "%1 is damaged and a member larger than %2 stands in the way; the rest was left out.")
                         .arg(m_fileName, sizeText(m_limits.maxPartBytes)));
                break;
            }
            continue;
        }
        if (archive_entry_is_encrypted(entry)) {
            m_protected = true;
            continue;
        }
        const qint64 limit = part == Part::Thumbnail ? m_limits.maxImageBytes : m_limits.maxPartBytes;
        if (part == Part::Thumbnail && archive_entry_size_is_set(entry) && archive_entry_size(entry) > limit) {
            warn(OfficeExtractor::tr("The thumbnail in %1 is larger than %2 and was not read.")
                     .arg(m_fileName, sizeText(limit)));
            continue;
        }
        const Member member = readMember(handle.get(), entry, limit);
        if (member.truncated && !m_stopped) {
            warn(OfficeExtractor::tr("%1: the part %2 is larger than %3; only its beginning was read.")
                     .arg(m_fileName, name, sizeText(limit)));
        }
        if (!member.error.isEmpty()) {
            warn(OfficeExtractor::tr("%1: the part %2 is damaged (%3); only its beginning was read.")
                     .arg(m_fileName, name, member.error));
        }
        read(part, name, member.bytes, member.truncated || !member.error.isEmpty());
    }
    return {};
}

void PackageReader::read(Part part, const QString &name, const QByteArray &bytes, bool cut)
{
    switch (part) {
    case Part::None: break;
    case Part::CoreProperties: readFlatProperties(bytes, name, cut, {}); break;
    case Part::AppProperties: readFlatProperties(bytes, name, cut, QStringLiteral("app:")); break;
    case Part::CustomProperties: readCustomProperties(bytes, name, cut); break;
    case Part::OdfMeta: readOdfMeta(bytes, name, cut); break;
    case Part::Workbook: readWorkbook(bytes, name, cut); break;
    case Part::WorkbookRelationships: readRelationships(bytes, name, cut, m_workbookTargets); break;
    case Part::SharedStrings: readSharedStrings(bytes, name, cut); break;
    case Part::Presentation: readPresentation(bytes, name, cut); break;
    case Part::PresentationRelationships: readRelationships(bytes, name, cut, m_presentationTargets); break;
    case Part::OdfManifest: readOdfManifest(bytes, name, cut); break;
    case Part::Container: readContainer(bytes, name, cut); break;
    case Part::Opf: readOpf(bytes, name, cut); break;
    case Part::WordText:
        m_mainFound = m_mainFound || name == u"word/document.xml";
        m_partTexts.insert(name, readOoxmlText(bytes, name, cut));
        break;
    case Part::WorksheetText: m_partTexts.insert(name, readWorksheet(bytes, name, cut)); break;
    case Part::SlideText:
        m_mainFound = true;
        m_partTexts.insert(name, readOoxmlText(bytes, name, cut).trimmed());
        break;
    case Part::OdfContent: readOdfContent(bytes, name, cut); break;
    case Part::EpubDocument: {
        QString text;
        keep(text, TextExtractor::htmlToText(TextExtractor::decode(bytes, TextExtractor::declaredCharset(bytes)).text));
        m_partTexts.insert(name, text);
        break;
    }
    case Part::Thumbnail: renderThumbnail(bytes, name, cut); break;
    }
}

// core.xml and app.xml: one property per child of the root, its text (vectors and other structures, which
// have no text of their own, are left out).
void PackageReader::readFlatProperties(const QByteArray &bytes, const QString &part, bool cut, const QString &prefix)
{
    QXmlStreamReader xml(bytes);
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++depth == 2) {
            const QString key
                = QStringLiteral("ooxml.") + (prefix.isEmpty() ? qualifiedName(xml) : prefix + xml.name());
            const QString type
                = xml.attributes()
                      .value(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("type"))
                      .toString();
            const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth; // readElementText() consumed the end element
            if (!value.isEmpty()) {
                addProperty(key, value, type.isEmpty() ? QStringLiteral("text") : type);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readCustomProperties(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    QString name;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"property") {
            name = xml.attributes().value(QStringLiteral("name")).toString().trimmed();
        } else if (!name.isEmpty()) {
            const QString type = xml.name().toString(); // vt:lpwstr, vt:filetime, vt:i4, vt:bool…
            addProperty(QStringLiteral("ooxml.custom.") + name,
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(), type);
            name.clear();
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readOdfMeta(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
        if (token != QXmlStreamReader::StartElement || ++depth != 3) {
            continue; // office:document-meta > office:meta > the properties
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"document-statistic") {
            for (const QXmlStreamAttribute &attribute : attributes) {
                addProperty(QStringLiteral("odf.meta:") + attribute.name(), attribute.value().toString(),
                    QStringLiteral("number"));
            }
            continue;
        }
        const QString name = xml.name() == u"user-defined" ? QString(QStringLiteral("odf.custom.")
                                 + attributes.value(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
                                     QStringLiteral("name")))
                                                           : QString(QStringLiteral("odf.") + qualifiedName(xml));
        const QString type
            = attributes
                  .value(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"), QStringLiteral("value-type"))
                  .toString();
        const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        --depth;
        if (!value.isEmpty()) {
            addProperty(name, value, type.isEmpty() ? QStringLiteral("text") : type);
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readRelationships(
    const QByteArray &bytes, const QString &part, bool cut, QHash<QString, QString> &into)
{
    // xl/_rels/workbook.xml.rels resolves against xl/.
    const QString base = folderOf(folderOf(part));
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            into.insert(attributes.value(QStringLiteral("Id")).toString(),
                resolvePath(base, attributes.value(QStringLiteral("Target")).toString()));
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readWorkbook(const QByteArray &bytes, const QString &part, bool cut)
{
    m_mainFound = true;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            m_sheets.append({ attributes.value(QStringLiteral("name")).toString(),
                attributes.value(QStringLiteral("state")).toString(), relationshipId(attributes) });
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readSharedStrings(const QByteArray &bytes, const QString &part, bool cut)
{
    // Shared strings are repeated into the text as cells use them; the table itself is kept within the
    // text limit as well.
    qint64 left = m_limits.maxTextChars;
    QXmlStreamReader xml(bytes);
    bool inText = false;
    while (!xml.atEnd() && left > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si") {
                m_sharedStrings.append(QString());
            } else if (xml.name() == u"rPh") {
                xml.skipCurrentElement(); // phonetic reading of East Asian text, not text itself
            } else if (xml.name() == u"t") {
                inText = !m_sharedStrings.isEmpty();
            }
            break;
        case QXmlStreamReader::EndElement: inText = inText && xml.name() != u"t"; break;
        case QXmlStreamReader::Characters:
            if (inText) {
                m_sharedStrings.last().append(xml.text());
                left -= xml.text().size();
            }
            break;
        default: break;
        }
    }
    finishXml(xml, part, cut);
    if (left <= 0) {
        warn(OfficeExtractor::tr("The shared strings of %1 hold more than %2 characters; the rest were left out.")
                 .arg(m_fileName)
                 .arg(m_limits.maxTextChars));
    }
}

void PackageReader::readPresentation(const QByteArray &bytes, const QString &part, bool cut)
{
    m_mainFound = true;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sldId") {
            m_slideOrder.append(relationshipId(xml.attributes()));
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readOdfManifest(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    QString entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"file-entry") {
            entry = xml.attributes()
                        .value(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
                            QStringLiteral("full-path"))
                        .toString();
        } else if (xml.name() == u"encryption-data" && !entry.isEmpty()) {
            m_encrypted.insert(entry);
            m_protected = m_protected || entry == u"content.xml";
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readContainer(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && m_rootFile.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"rootfile") {
            m_rootFile = resolvePath({}, xml.attributes().value(QStringLiteral("full-path")).toString());
        }
    }
    finishXml(xml, part, cut);
}

void PackageReader::readOpf(const QByteArray &bytes, const QString &part, bool cut)
{
    EpubPackage opf;
    const QString base = folderOf(part);
    QXmlStreamReader xml(bytes);
    QString sectionName;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        ++depth;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (depth == 2) {
            sectionName = xml.name().toString();
        } else if (sectionName == u"metadata" && xml.namespaceUri() == u"http://purl.org/dc/elements/1.1/") {
            const QString key = QStringLiteral("epub.") + qualifiedName(xml);
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            --depth;
            opf.properties.append({ key, value });
        } else if (sectionName == u"metadata" && xml.name() == u"meta") {
            const QString name = attributes.value(QStringLiteral("name")).toString();
            const QString property = attributes.value(QStringLiteral("property")).toString();
            if (name == u"cover") {
                opf.coverId = attributes.value(QStringLiteral("content")).toString();
            } else if (!name.isEmpty()) {
                opf.properties.append({ QStringLiteral("epub.") + name,
                    attributes.value(QStringLiteral("content")).toString().simplified() });
            } else if (!property.isEmpty()) {
                const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
                opf.properties.append({ QStringLiteral("epub.") + property, value });
            }
        } else if (sectionName == u"manifest" && xml.name() == u"item") {
            opf.items.insert(attributes.value(QStringLiteral("id")).toString(),
                { resolvePath(base, attributes.value(QStringLiteral("href")).toString()),
                    attributes.value(QStringLiteral("media-type")).toString(),
                    attributes.value(QStringLiteral("properties")).toString() });
        } else if (sectionName == u"spine" && xml.name() == u"itemref") {
            opf.spine.append(attributes.value(QStringLiteral("idref")).toString());
        }
    }
    finishXml(xml, part, cut);
    m_opfs.insert(part, opf);
}

// Word parts and slides: w:t / a:t runs, paragraphs on lines of their own.
QString PackageReader::readOoxmlText(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    QString text;
    bool inText = false;
    while (!xml.atEnd() && m_textLeft > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == u"t") {
                inText = true;
            } else if (name == u"tab") {
                keep(text, u"\t");
            } else if (name == u"br" || name == u"cr") {
                keep(text, u"\n");
            } else if (name == u"noBreakHyphen") {
                keep(text, u"-");
            } else if (name == u"Fallback" || name.endsWith(u"Pr")) {
                // mc:Fallback repeats its mc:Choice for older readers; property elements (w:pPr, w:tabs in
                // it, a:bodyPr…) hold no text.
                xml.skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"p") {
                keep(text, u"\n");
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                keep(text, xml.text());
            }
            break;
        default: break;
        }
    }
    finishXml(xml, part, cut);
    return text;
}

// Cells in reading order, tabs between them, a line per row; shared strings resolved.
QString PackageReader::readWorksheet(const QByteArray &bytes, const QString &part, bool cut)
{
    QXmlStreamReader xml(bytes);
    QString text;
    QString type;
    QString value;
    bool inValue = false;
    bool rowHasCells = false;
    while (!xml.atEnd() && m_textLeft > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == u"c") {
                type = xml.attributes().value(QStringLiteral("t")).toString();
                value.clear();
            } else if (name == u"v" || name == u"t") {
                inValue = true;
            } else if (name == u"f" || name == u"rPh" || name.endsWith(u"Pr")) {
                xml.skipCurrentElement(); // formulas, phonetic runs, properties
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == u"v" || name == u"t") {
                inValue = false;
            } else if (name == u"c") {
                const QString cell = type == u"s" ? m_sharedStrings.value(value.toInt(), QString())
                    : type == u"b"                ? (value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                                                  : value;
                if (!cell.isEmpty()) {
                    keep(text, rowHasCells ? u"\t" : u"");
                    keep(text, cell);
                    rowHasCells = true;
                }
            } else if (name == u"row" && rowHasCells) {
                keep(text, u"\n");
                rowHasCells = false;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inValue) {
                value.append(xml.text());
            }
            break;
        default: break;
        }
    }
    finishXml(xml, part, cut);
    return text;
}

// ODF text: paragraphs and headings on lines of their own, table cells separated by tabs, a line per row;
// spreadsheets name each table; presentations and drawings make one page per draw:page.
void PackageReader::readOdfContent(const QByteArray &bytes, const QString &part, bool cut)
{
    static const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    static const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    static const QString DrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    m_mainFound = true;
    const bool paged = m_format == Format::OdfPaged;
    QXmlStreamReader xml(bytes);
    QString page;
    bool pageStarted = !paged;
    int paragraphs = 0; // open text:p / text:h
    int cells = 0; // open table cells
    while (!xml.atEnd() && m_textLeft > 0) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (ns == TextNs && (name == u"p" || name == u"h")) {
                ++paragraphs;
            } else if (ns == TextNs && name == u"s") {
                const int count = std::clamp(xml.attributes().value(TextNs, QStringLiteral("c")).toInt(), 1, 100);
                keep(page, QString(count, u' '));
            } else if (ns == TextNs && name == u"tab") {
                keep(page, u"\t");
            } else if (ns == TextNs && name == u"line-break") {
                keep(page, u"\n");
            } else if (ns == TextNs && name == u"tracked-changes") {
                xml.skipCurrentElement(); // deleted text, kept for change tracking
            } else if (ns == TableNs && (name == u"table-cell" || name == u"covered-table-cell")) {
                ++cells;
            } else if (ns == TableNs && name == u"table" && m_format == Format::OdfSheet) {
                keep(page, QString(xml.attributes().value(TableNs, QStringLiteral("name")) + QLatin1Char('\n')));
            } else if (ns == DrawNs && name == u"page" && paged) {
                if (pageStarted) {
                    m_odfPages.append(page.trimmed());
                }
                page.clear();
                pageStarted = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (ns == TextNs && (name == u"p" || name == u"h") && --paragraphs == 0) {
                keep(page, cells > 0 ? u" " : u"\n");
            } else if (ns == TableNs && (name == u"table-cell" || name == u"covered-table-cell")) {
                --cells;
                while (page.endsWith(u' ')) {
                    page.chop(1);
                }
                keep(page, u"\t");
            } else if (ns == TableNs && name == u"table-row") {
                while (page.endsWith(u'\t') || page.endsWith(u' ')) {
                    page.chop(1);
                }
                keep(page, u"\n");
            }
        } else if (token == QXmlStreamReader::Characters && paragraphs > 0) {
            QString text = xml.text().toString();
            text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
            keep(page, text);
        }
    }
    finishXml(xml, part, cut);
    if (pageStarted) {
        m_odfPages.append(page.trimmed());
    }
}

void PackageReader::renderThumbnail(const QByteArray &bytes, const QString &part, bool cut)
{
    if (cut) {
        return; // a damaged or oversized picture: its warning has been given
    }
    auto rendered = ImageRenderer::renderBuffer(bytes, m_fileName + QStringLiteral(": ") + part);
    if (!rendered) {
        warn(OfficeExtractor::tr("The thumbnail in %1 could not be read: %2")
                 .arg(m_fileName, rendered.error().message()));
        return;
    }
    m_renditions.append({ QStringLiteral("thumb"), rendered->thumb });
    m_renditions.append({ QStringLiteral("preview"), rendered->preview });
}

// After the first pass: which OPF holds the book, and which of its members the second pass reads.
void PackageReader::prepareContent()
{
    if (m_format != Format::Epub || m_opfs.isEmpty()) {
        return;
    }
    const QString root = m_opfs.contains(m_rootFile) ? m_rootFile : m_opfs.firstKey();
    const EpubPackage &opf = m_opfs[root];
    m_mainFound = true;
    for (const auto &[key, value] : opf.properties) {
        if (!value.isEmpty()) {
            addProperty(key, value);
        }
    }
    for (const QString &id : opf.spine) {
        const EpubItem item = opf.items.value(id);
        if (!item.path.isEmpty() && (item.mediaType.contains(u"html") || item.mediaType.contains(u"xml"))) {
            m_spinePaths.append(item.path);
        }
    }
    for (const EpubItem &item : opf.items) {
        if (item.properties.split(QLatin1Char(' ')).contains(QStringLiteral("cover-image"))) {
            m_coverPath = item.path;
        }
    }
    if (const EpubItem cover = opf.items.value(opf.coverId);
        m_coverPath.isEmpty() && cover.mediaType.startsWith(u"image/")) {
        m_coverPath = cover.path;
    }
}

QStringList PackageReader::assemblePages()
{
    switch (m_format) {
    case Format::Word: {
        QStringList parts { m_partTexts.take(QStringLiteral("word/document.xml")) };
        parts.append(m_partTexts.values()); // headers, footers, notes, comments
        for (QString &part : parts) {
            part = part.trimmed();
        }
        parts.removeAll(QString());
        return { parts.join(QStringLiteral("\n\n")) };
    }
    case Format::Excel: {
        QStringList parts;
        for (const Sheet &sheet : m_sheets) {
            parts.append(QString(
                sheet.name + QLatin1Char('\n') + m_partTexts.take(m_workbookTargets.value(sheet.relationshipId)))
                             .trimmed());
        }
        parts.append(m_partTexts.values()); // worksheets the workbook does not list
        parts.removeAll(QString());
        return { parts.join(QStringLiteral("\n\n")) };
    }
    case Format::PowerPoint: {
        QStringList pages;
        for (const QString &id : m_slideOrder) {
            if (const QString slide = m_presentationTargets.value(id); m_partTexts.contains(slide)) {
                pages.append(m_partTexts.take(slide));
            }
        }
        QStringList rest = m_partTexts.keys(); // slides presentation.xml does not list, by number
        std::sort(rest.begin(), rest.end(),
            [](const QString &a, const QString &b) { return trailingNumber(a) < trailingNumber(b); });
        for (const QString &slide : rest) {
            pages.append(m_partTexts.value(slide));
        }
        return pages;
    }
    case Format::OdfText:
    case Format::OdfSheet:
    case Format::OdfPaged:
        return m_format == Format::OdfPaged ? m_odfPages : QStringList { m_odfPages.join(QLatin1Char('\n')) };
    case Format::Epub: {
        QStringList parts;
        for (const QString &path : std::as_const(m_spinePaths)) {
            parts.append(m_partTexts.value(path));
        }
        parts.removeAll(QString());
        return { parts.join(QStringLiteral("\n\n")) };
    }
    }
    return {};
}

void PackageReader::mapFields(ContentExtraction &result) const
{
    const QString ns = isOoxml() ? QStringLiteral("ooxml.")
        : isOdf()                ? QStringLiteral("odf.")
                                 : QStringLiteral("epub.");
    auto text = [&](const char *field, const QStringList &keys) {
        for (const QString &key : keys) {
            if (const QString value = property(ns + key).simplified(); !value.isEmpty()) {
                result.fields.insert(QLatin1StringView(field), value);
                return;
            }
        }
    };
    auto date = [&](const char *field, const QString &key) {
        if (const QString value = isoDate(property(ns + key)); !value.isEmpty()) {
            result.fields.insert(QLatin1StringView(field), value);
        }
    };
    text("title", { QStringLiteral("dc:title") });
    text("creator", { QStringLiteral("meta:initial-creator"), QStringLiteral("dc:creator") });
    text("language", { QStringLiteral("dc:language") });
    QStringList keywords;
    if (m_format == Format::Epub) {
        // An EPUB's subjects are its categories; its description is the blurb.
        keywords = splitKeywords(properties(ns + QStringLiteral("dc:subject")));
        text("description", { QStringLiteral("dc:description") });
        if (!result.fields.contains(QStringLiteral("description")) && !keywords.isEmpty()) {
            result.fields.insert(QStringLiteral("description"), keywords.join(QStringLiteral("; ")));
        }
        date("created", QStringLiteral("dc:date"));
        date("modified", QStringLiteral("dcterms:modified"));
    } else {
        keywords = splitKeywords(
            properties(ns + (isOdf() ? QStringLiteral("meta:keyword") : QStringLiteral("cp:keywords"))));
        text("description", { QStringLiteral("dc:subject"), QStringLiteral("dc:description") });
        date("created", isOdf() ? QStringLiteral("meta:creation-date") : QStringLiteral("dcterms:created"));
        date("modified", isOdf() ? QStringLiteral("dc:date") : QStringLiteral("dcterms:modified"));
    }
    if (!keywords.isEmpty()) {
        result.fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(keywords));
    }
    int pages = 0;
    if (m_format == Format::Word) {
        pages = property(QStringLiteral("ooxml.app:Pages")).toInt();
    } else if (m_format == Format::OdfText) {
        pages = property(QStringLiteral("odf.meta:page-count")).toInt();
    } else if (m_format == Format::PowerPoint || m_format == Format::OdfPaged) {
        pages = int(result.pageTexts.size());
    }
    if (pages > 0) {
        result.fields.insert(QStringLiteral("pages"), pages);
    }
}

Result<ContentExtraction> PackageReader::finish()
{
    ContentExtraction result;
    result.pageTexts = assemblePages();
    if (m_format == Format::Excel) {
        QStringList names;
        QStringList hidden;
        for (const Sheet &sheet : std::as_const(m_sheets)) {
            names.append(sheet.name);
            if (sheet.state == u"hidden" || sheet.state == u"veryHidden") {
                hidden.append(sheet.name);
            }
        }
        if (!names.isEmpty()) {
            addProperty(QStringLiteral("ooxml.sheets"), names.join(QStringLiteral(", ")));
        }
        if (!hidden.isEmpty()) {
            addProperty(QStringLiteral("ooxml.hidden-sheets"), hidden.join(QStringLiteral(", ")));
            result.fields.insert(QStringLiteral("hidden-sheets"), int(hidden.size()));
        }
    }
    mapFields(result);
    const bool hasText = std::any_of(
        result.pageTexts.cbegin(), result.pageTexts.cend(), [](const QString &page) { return !page.isEmpty(); });
    if (!m_mainFound && !m_protected) {
        if (m_properties.isEmpty() && !hasText) {
            return fail(Error::Code::Corrupt,
                OfficeExtractor::tr("%1 holds none of its format's parts; it is damaged or no such document.")
                    .arg(m_fileName),
                m_warnings.join(QLatin1Char(' ')));
        }
        warn(OfficeExtractor::tr("%1 lacks the part that holds its document; only what else it holds was read.")
                 .arg(m_fileName));
    }
    if (result.pageTexts.isEmpty()) {
        result.pageTexts.append(QString());
    }
    result.tags = m_tags;
    result.renditions = m_renditions;
    result.warnings = m_warnings;
    result.isProtected = m_protected;
    return result;
}

} // namespace

bool OfficeExtractor::handles(const QString &mimeType)
{
    return formatOf(mimeType).has_value();
}

Result<ContentExtraction> OfficeExtractor::extract(const QString &path, const QString &mimeType)
{
    return extract(path, mimeType, PackageLimits {});
}

Result<ContentExtraction> OfficeExtractor::extract(
    const QString &path, const QString &mimeType, const PackageLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    const std::optional<Format> format = formatOf(mimeType);
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
    PackageReader reader(name, *format, limits, !entries);
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
