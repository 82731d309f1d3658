// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/packagereader.h"

#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/packagehelpers.h"
#include "ingest/extractors/textextractor.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace Folio::Internal {

namespace {

constexpr std::size_t ChunkBytes = std::size_t(64) << 10; // libarchive's reads, and ours from it

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

} // namespace

std::optional<PackageFormat> formatOf(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    if (type == u"application/epub+zip") {
        return PackageFormat::Epub;
    }
    if (type.startsWith(u"application/vnd.oasis.opendocument.")) {
        if (type.contains(u"presentation") || type.contains(u"graphics")) {
            return PackageFormat::OdfPaged;
        }
        if (type.contains(u"spreadsheet")) {
            return PackageFormat::OdfSheet;
        }
        return type.contains(u"text") ? std::optional(PackageFormat::OdfText) : std::nullopt;
    }
    const bool ooxml = type.startsWith(u"application/vnd.openxmlformats-officedocument.");
    const bool macros = type.endsWith(u".macroenabled.12"); // .docm, .xlsm, .pptm and their templates
    if ((ooxml && type.contains(u".wordprocessingml.")) || (macros && type.startsWith(u"application/vnd.ms-word."))) {
        return PackageFormat::Word;
    }
    if ((ooxml && type.contains(u".spreadsheetml.")) || (macros && type.startsWith(u"application/vnd.ms-excel."))) {
        return PackageFormat::Excel;
    }
    if ((ooxml && type.contains(u".presentationml."))
        || (macros && type.startsWith(u"application/vnd.ms-powerpoint."))) {
        return PackageFormat::PowerPoint;
    }
    return std::nullopt;
}

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

PackagePart PackageReader::classify(const QString &name, bool content) const
{
    static const QRegularExpression wordPart(
        QStringLiteral(R"(^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$)"));
    static const QRegularExpression ooxmlThumbnail(
        QStringLiteral(R"(^docProps/thumbnail\.(jpe?g|png)$)"), QRegularExpression::CaseInsensitiveOption);
    if (!content) {
        if (isOoxml()) {
            if (name == u"docProps/core.xml") {
                return PackagePart::CoreProperties;
            }
            if (name == u"docProps/app.xml") {
                return PackagePart::AppProperties;
            }
            if (name == u"docProps/custom.xml") {
                return PackagePart::CustomProperties;
            }
        }
        if (m_format == PackageFormat::Excel) {
            return name == u"xl/workbook.xml"           ? PackagePart::Workbook
                : name == u"xl/_rels/workbook.xml.rels" ? PackagePart::WorkbookRelationships
                : name == u"xl/sharedStrings.xml"       ? PackagePart::SharedStrings
                                                        : PackagePart::None;
        }
        if (m_format == PackageFormat::PowerPoint) {
            return name == u"ppt/presentation.xml"           ? PackagePart::Presentation
                : name == u"ppt/_rels/presentation.xml.rels" ? PackagePart::PresentationRelationships
                                                             : PackagePart::None;
        }
        if (isOdf()) {
            return name == u"meta.xml"             ? PackagePart::OdfMeta
                : name == u"META-INF/manifest.xml" ? PackagePart::OdfManifest
                                                   : PackagePart::None;
        }
        if (m_format == PackageFormat::Epub) {
            return name == u"META-INF/container.xml"          ? PackagePart::Container
                : name.endsWith(u".opf", Qt::CaseInsensitive) ? PackagePart::Opf
                                                              : PackagePart::None;
        }
        return PackagePart::None;
    }
    if (m_renditions.isEmpty() && !m_encrypted.contains(name)
        && ((isOoxml() && ooxmlThumbnail.match(name).hasMatch()) || (isOdf() && name == u"Thumbnails/thumbnail.png")
            || (m_format == PackageFormat::Epub && !m_coverPath.isEmpty() && name == m_coverPath))) {
        return PackagePart::Thumbnail;
    }
    if (m_textLeft <= 0) {
        return PackagePart::None; // the text is full: only a thumbnail is still worth inflating
    }
    switch (m_format) {
    case PackageFormat::Word: return wordPart.match(name).hasMatch() ? PackagePart::WordText : PackagePart::None;
    case PackageFormat::Excel:
        return name.startsWith(u"xl/worksheets/") && name.endsWith(u".xml") && name.count(u'/') == 2
            ? PackagePart::WorksheetText
            : PackagePart::None;
    case PackageFormat::PowerPoint:
        return name.startsWith(u"ppt/slides/slide") && name.endsWith(u".xml") && name.count(u'/') == 2
            ? PackagePart::SlideText
            : PackagePart::None;
    case PackageFormat::OdfText:
    case PackageFormat::OdfSheet:
    case PackageFormat::OdfPaged:
        return name == u"content.xml" && !m_encrypted.contains(name) ? PackagePart::OdfContent : PackagePart::None;
    case PackageFormat::Epub: return m_spinePaths.contains(name) ? PackagePart::EpubDocument : PackagePart::None;
    }
    return PackagePart::None;
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
        const PackagePart part = classify(name, content);
        if (part == PackagePart::None) {
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
        const qint64 limit = part == PackagePart::Thumbnail ? m_limits.maxImageBytes : m_limits.maxPartBytes;
        if (part == PackagePart::Thumbnail && archive_entry_size_is_set(entry) && archive_entry_size(entry) > limit) {
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

void PackageReader::read(PackagePart part, const QString &name, const QByteArray &bytes, bool cut)
{
    switch (part) {
    case PackagePart::None: break;
    case PackagePart::CoreProperties: readFlatProperties(bytes, name, cut, {}); break;
    case PackagePart::AppProperties: readFlatProperties(bytes, name, cut, QStringLiteral("app:")); break;
    case PackagePart::CustomProperties: readCustomProperties(bytes, name, cut); break;
    case PackagePart::OdfMeta: readOdfMeta(bytes, name, cut); break;
    case PackagePart::Workbook: readWorkbook(bytes, name, cut); break;
    case PackagePart::WorkbookRelationships: readRelationships(bytes, name, cut, m_workbookTargets); break;
    case PackagePart::SharedStrings: readSharedStrings(bytes, name, cut); break;
    case PackagePart::Presentation: readPresentation(bytes, name, cut); break;
    case PackagePart::PresentationRelationships: readRelationships(bytes, name, cut, m_presentationTargets); break;
    case PackagePart::OdfManifest: readOdfManifest(bytes, name, cut); break;
    case PackagePart::Container: readContainer(bytes, name, cut); break;
    case PackagePart::Opf: readOpf(bytes, name, cut); break;
    case PackagePart::WordText:
        m_mainFound = m_mainFound || name == u"word/document.xml";
        m_partTexts.insert(name, readOoxmlText(bytes, name, cut));
        break;
    case PackagePart::WorksheetText: m_partTexts.insert(name, readWorksheet(bytes, name, cut)); break;
    case PackagePart::SlideText:
        m_mainFound = true;
        m_partTexts.insert(name, readOoxmlText(bytes, name, cut).trimmed());
        break;
    case PackagePart::OdfContent: readOdfContent(bytes, name, cut); break;
    case PackagePart::EpubDocument: {
        QString text;
        keep(text, TextExtractor::htmlToText(TextExtractor::decode(bytes, TextExtractor::declaredCharset(bytes)).text));
        m_partTexts.insert(name, text);
        break;
    }
    case PackagePart::Thumbnail: renderThumbnail(bytes, name, cut); break;
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

} // namespace Folio::Internal
