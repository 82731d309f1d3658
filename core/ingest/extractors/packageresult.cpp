// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader's last step: the pages in reading order, the properties mapped to Folio's fields, and the
// ContentExtraction (or the error for a package that holds none of its format's parts).
#include "ingest/extractors/packagereader.h"

#include "ingest/extractors/packagehelpers.h"

#include <QJsonArray>

#include <algorithm>

namespace Folio::Internal {

QStringList PackageReader::assemblePages()
{
    switch (m_format) {
    case PackageFormat::Word: {
        QStringList parts { m_partTexts.take(QStringLiteral("word/document.xml")) };
        parts.append(m_partTexts.values()); // headers, footers, notes, comments
        for (QString &part : parts) {
            part = part.trimmed();
        }
        parts.removeAll(QString());
        return { parts.join(QStringLiteral("\n\n")) };
    }
    case PackageFormat::Excel: {
        QStringList parts;
        for (const WorkbookSheet &sheet : m_sheets) {
            parts.append(QString(
                sheet.name + QLatin1Char('\n') + m_partTexts.take(m_workbookTargets.value(sheet.relationshipId)))
                             .trimmed());
        }
        parts.append(m_partTexts.values()); // worksheets the workbook does not list
        parts.removeAll(QString());
        return { parts.join(QStringLiteral("\n\n")) };
    }
    case PackageFormat::PowerPoint: {
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
    case PackageFormat::OdfText:
    case PackageFormat::OdfSheet:
    case PackageFormat::OdfPaged:
        return m_format == PackageFormat::OdfPaged ? m_odfPages : QStringList { m_odfPages.join(QLatin1Char('\n')) };
    case PackageFormat::Epub: {
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
    if (m_format == PackageFormat::Epub) {
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
    if (m_format == PackageFormat::Word) {
        pages = property(QStringLiteral("ooxml.app:Pages")).toInt();
    } else if (m_format == PackageFormat::OdfText) {
        pages = property(QStringLiteral("odf.meta:page-count")).toInt();
    } else if (m_format == PackageFormat::PowerPoint || m_format == PackageFormat::OdfPaged) {
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
    if (m_format == PackageFormat::Excel) {
        QStringList names;
        QStringList hidden;
        for (const WorkbookSheet &sheet : std::as_const(m_sheets)) {
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

} // namespace Folio::Internal
