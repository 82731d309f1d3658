// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader's readers of OpenDocument parts: the manifest (which members are encrypted) and content.xml.
#include "ingest/extractors/packagereader.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace Folio::Internal {

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

// ODF text: paragraphs and headings on lines of their own, table cells separated by tabs, a line per row;
// spreadsheets name each table; presentations and drawings make one page per draw:page.
void PackageReader::readOdfContent(const QByteArray &bytes, const QString &part, bool cut)
{
    static const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    static const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    static const QString DrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    m_mainFound = true;
    const bool paged = m_format == PackageFormat::OdfPaged;
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
            } else if (ns == TableNs && name == u"table" && m_format == PackageFormat::OdfSheet) {
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

} // namespace Folio::Internal
