// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One office package being read by OfficeExtractor (not API): which format a content type names, the
// parts of a package Folio reads, and PackageReader, which reads them from the zip member by member within
// PackageLimits and assembles the ContentExtraction. Its member functions live in packagereader.cpp (the
// zip and the parts' dispatch), packageproperties.cpp, ooxmlparts.cpp, odfparts.cpp, epubparts.cpp and
// packageresult.cpp.
//
// Thread safety: one reader per package and thread. Ownership: holds what it read as values; the file
// descriptor scan() reads stays the caller's.

#include "error.h"
#include "ingest/extractors/contentextraction.h"
#include "ingest/extractors/officeextractor.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

struct archive;
struct archive_entry;
class QXmlStreamReader;

namespace Folio::Internal {

enum class PackageFormat { Word, Excel, PowerPoint, OdfText, OdfSheet, OdfPaged, Epub };

// The format of packages of MIMETYPE (as TypeDetector names it); none when OfficeExtractor does not read it.
std::optional<PackageFormat> formatOf(const QString &mimeType);

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

struct WorkbookSheet
{
    QString name;
    QString state; // hidden, veryHidden, or empty when visible
    QString relationshipId;
};

enum class PackagePart {
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
    PackageReader(QString fileName, PackageFormat format, const PackageLimits &limits, bool streaming)
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
        return m_format == PackageFormat::Word || m_format == PackageFormat::Excel
            || m_format == PackageFormat::PowerPoint;
    }
    bool isOdf() const
    {
        return m_format == PackageFormat::OdfText || m_format == PackageFormat::OdfSheet
            || m_format == PackageFormat::OdfPaged;
    }
    PackagePart classify(const QString &name, bool content) const;
    Member readMember(archive *handle, archive_entry *entry, qint64 limit);
    void read(PackagePart part, const QString &name, const QByteArray &bytes, bool cut);
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
    const PackageFormat m_format;
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
    QList<WorkbookSheet> m_sheets;
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

} // namespace Folio::Internal
