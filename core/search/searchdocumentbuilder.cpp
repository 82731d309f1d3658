// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchdocumentbuilder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMimeDatabase>

#include <cmath>
#include <limits>

namespace Folio::Search {

namespace {

QStringList jsonStrings(const QString &json)
{
    // value_json is canonical JSON of one value or an array of values.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]"));
    QStringList strings;
    const auto take = [&](const QJsonValue &value) {
        if (value.isString()) {
            strings.append(value.toString());
        } else if (value.isDouble()) {
            strings.append(QString::number(value.toDouble(), 'g', 15));
        } else if (value.isBool()) {
            strings.append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (value.isObject()) {
            // A person or an item reference: its display name, else its id.
            const QJsonObject object = value.toObject();
            const QString name = object.value(QStringLiteral("name")).toString();
            strings.append(name.isEmpty() ? object.value(QStringLiteral("id")).toString() : name);
        }
    };
    const QJsonValue outer = document.array().first();
    if (outer.isArray()) {
        for (const QJsonValue &value : outer.toArray()) {
            take(value);
        }
    } else {
        take(outer);
    }
    strings.removeAll(QString());
    return strings;
}

} // namespace

QStringList SearchDocumentBuilder::typeNames(const QString &mimeType)
{
    if (mimeType.isEmpty()) {
        return {};
    }
    QStringList names { mimeType };
    const qsizetype slash = mimeType.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        names.append(mimeType.left(slash));
        const QString subtype = mimeType.mid(slash + 1);
        if (!subtype.contains(QLatin1Char('.')) && !subtype.startsWith(QLatin1String("x-"))) {
            names.append(subtype);
        }
    }
    static const QMimeDatabase mimes;
    const QString suffix = mimes.mimeTypeForName(mimeType).preferredSuffix();
    if (!suffix.isEmpty()) {
        names.append(suffix);
    }
    names.removeDuplicates();
    return names;
}

double SearchDocumentBuilder::epochSeconds(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(iso, Qt::ISODate);
    }
    if (!time.isValid()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (iso.size() <= 10 || time.timeSpec() == Qt::LocalTime) {
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    }
    return double(time.toSecsSinceEpoch());
}

QStringList SearchDocumentBuilder::folderAndAncestors(const QString &path)
{
    QStringList paths { QStringLiteral("/") };
    QString prefix;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        prefix += QLatin1Char('/') + part;
        paths.append(prefix);
    }
    return paths;
}

SearchDocument SearchDocumentBuilder::build(const SearchItemRows &rows) const
{
    SearchDocument d;
    d.itemId = rows.itemId;
    d.title = rows.title;
    QStringList bodyParts;

    const QString type = rows.detectedType.isEmpty() ? rows.mimeType : rows.detectedType;
    d.values.insert(QStringLiteral("kind"), { rows.kind });
    d.values.insert(QStringLiteral("type"), typeNames(type));
    const QString extension = QFileInfo(rows.filename).suffix().toLower();
    if (!extension.isEmpty()) {
        d.values.insert(QStringLiteral("ext"), { extension });
    }
    d.values.insert(QStringLiteral("status"), { rows.status });
    d.values.insert(QStringLiteral("classification"), { rows.classification });
    d.values.insert(QStringLiteral("folder"), folderAndAncestors(m_folderPaths.value(rows.folderId)));
    if (!rows.collections.isEmpty()) {
        d.values.insert(QStringLiteral("collection"), rows.collections);
    }

    d.numbers.insert(QStringLiteral("created"), epochSeconds(rows.createdAt));
    d.numbers.insert(QStringLiteral("modified"), epochSeconds(rows.modifiedAt));
    d.numbers.insert(QStringLiteral("size"), double(rows.size));
    if (rows.rating >= 0) {
        d.numbers.insert(QStringLiteral("rating"), rows.rating);
    }
    if (rows.pages > 0) {
        d.numbers.insert(QStringLiteral("pages"), rows.pages);
    }
    if (rows.width > 0) {
        d.numbers.insert(QStringLiteral("width"), rows.width);
    }
    if (rows.height > 0) {
        d.numbers.insert(QStringLiteral("height"), rows.height);
    }
    if (rows.duplicate) {
        d.flags.insert(QStringLiteral("duplicate"));
    }
    if (rows.isProtected) {
        d.flags.insert(QStringLiteral("protected"));
    }

    for (const SearchItemRows::Value &value : rows.metadata) {
        const QString &key = value.fieldKey;
        const QString &fieldType = value.fieldType;
        if (key == QLatin1String("title") || key == QLatin1String("status") || key == QLatin1String("classification")) {
            continue; // the item's own columns hold these
        }
        if (fieldType == QLatin1String("number")) {
            bool ok = false;
            const double number = value.json.toDouble(&ok);
            if (ok) {
                d.numbers.insert(key, number);
            }
            if (key == QLatin1String("gps-latitude")) {
                d.flags.insert(QStringLiteral("gps"));
            }
            continue;
        }
        const QStringList strings = jsonStrings(value.json);
        if (strings.isEmpty()) {
            continue;
        }
        if (fieldType == QLatin1String("date")) {
            const double seconds = epochSeconds(strings.first());
            if (!std::isnan(seconds)) {
                d.numbers.insert(key, seconds);
            }
            continue;
        }
        if (fieldType == QLatin1String("bool")) {
            if (strings.first() == QLatin1String("true")) {
                d.flags.insert(key);
                d.values.insert(key, { strings.first() });
            }
            continue;
        }
        d.values.insert(key, strings);
        if (key == QLatin1String("keywords")) {
            d.keywords = strings;
        } else if (key == QLatin1String("description")) {
            d.description = strings.join(QLatin1Char(' '));
        } else if (key == QLatin1String("language")) {
            d.language = strings.first();
        } else if (fieldType == QLatin1String("text") || fieldType == QLatin1String("person")) {
            // Free text (rights, usage terms, camera, product…) and names are found by their words too.
            bodyParts.append(strings.join(QLatin1Char(' ')));
        }
    }

    qsizetype budget = MaxBodyCharacters;
    bool hasText = false;
    for (const QString &page : rows.text) {
        if (budget <= 0) {
            break;
        }
        hasText = hasText || !page.trimmed().isEmpty();
        bodyParts.append(page.left(budget));
        budget -= page.size();
    }
    d.body = bodyParts.join(QLatin1Char('\n'));
    if (hasText) {
        d.flags.insert(QStringLiteral("text"));
    }
    return d;
}

} // namespace Folio::Search
