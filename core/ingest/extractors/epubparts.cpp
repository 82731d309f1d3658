// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader's readers of EPUB parts: META-INF/container.xml, the OPF package document, and the choice
// of the book's OPF, spine and cover between the two passes.
#include "ingest/extractors/packagereader.h"

#include "ingest/extractors/packagehelpers.h"

#include <QXmlStreamReader>

namespace Folio::Internal {

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

// After the first pass: which OPF holds the book, and which of its members the second pass reads.
void PackageReader::prepareContent()
{
    if (m_format != PackageFormat::Epub || m_opfs.isEmpty()) {
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

} // namespace Folio::Internal
