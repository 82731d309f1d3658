// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader's readers of document properties: OOXML core, app and custom properties, ODF meta.xml.
#include "ingest/extractors/packagereader.h"

#include "ingest/extractors/packagehelpers.h"

#include <QXmlStreamReader>

namespace Folio::Internal {

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

} // namespace Folio::Internal
