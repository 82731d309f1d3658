// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader's readers of OOXML parts: relationships, the workbook, shared strings, the presentation,
// Word text and slides, worksheets.
#include "ingest/extractors/packagereader.h"

#include "ingest/extractors/packagehelpers.h"

#include <QXmlStreamReader>

namespace Folio::Internal {

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

} // namespace Folio::Internal
