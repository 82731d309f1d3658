// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/packagehelpers.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

namespace Folio::Internal {

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

QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships")) {
            return attribute.value().toString();
        }
    }
    return {};
}

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

int trailingNumber(const QString &path)
{
    static const QRegularExpression digits(QStringLiteral(R"((\d+)\.xml$)"));
    return digits.match(path).captured(1).toInt();
}

} // namespace Folio::Internal
