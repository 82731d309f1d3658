// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractionresult.h"

namespace Folio {

QJsonObject ExtractionResult::toJson() const
{
    QJsonArray renditionArray;
    for (const ExtractedRendition &r : renditions) {
        renditionArray.append(QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("file"), r.file },
            { QStringLiteral("mime_type"), r.mimeType }, { QStringLiteral("width"), r.width },
            { QStringLiteral("height"), r.height } });
    }
    QJsonObject json { { QStringLiteral("detected_type"), detectedType }, { QStringLiteral("kind"), kind },
        { QStringLiteral("extension_mismatch"), extensionMismatch }, { QStringLiteral("tags"), tags },
        { QStringLiteral("fields"), fields }, { QStringLiteral("pages"), pages }, { QStringLiteral("width"), width },
        { QStringLiteral("height"), height }, { QStringLiteral("renditions"), renditionArray },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) }, { QStringLiteral("error"), error },
        { QStringLiteral("texts"), QJsonArray::fromStringList(pageTexts) },
        { QStringLiteral("protected"), isProtected } };
    if (!members.isEmpty()) {
        QJsonArray memberArray;
        for (const ArchiveMember &m : members) {
            memberArray.append(QJsonObject { { QStringLiteral("path"), m.path },
                { QStringLiteral("size"), double(m.size) }, { QStringLiteral("type"), m.type },
                { QStringLiteral("encrypted"), m.encrypted }, { QStringLiteral("refusal"), m.refusal } });
        }
        json.insert(QStringLiteral("members"), memberArray);
    }
    if (!ocrPages.isEmpty()) {
        QJsonArray pageArray;
        for (int page : ocrPages) {
            pageArray.append(page);
        }
        json.insert(QStringLiteral("ocr_pages"), pageArray);
    }
    if (!recognised.isEmpty()) {
        QJsonArray pageArray;
        for (const RecognisedPage &page : recognised) {
            pageArray.append(QJsonObject { { QStringLiteral("page"), page.page }, { QStringLiteral("text"), page.text },
                { QStringLiteral("confidence"), page.confidence } });
        }
        json.insert(QStringLiteral("recognised"), pageArray);
    }
    if (perceptualHash) {
        // As hex text: JSON numbers cannot carry 64 bits.
        json.insert(QStringLiteral("phash"), QString::number(*perceptualHash, 16));
    }
    return json;
}

ExtractionResult ExtractionResult::fromJson(const QJsonObject &json)
{
    ExtractionResult result;
    result.detectedType = json.value(QStringLiteral("detected_type")).toString();
    result.kind = json.value(QStringLiteral("kind")).toString();
    result.extensionMismatch = json.value(QStringLiteral("extension_mismatch")).toBool();
    result.tags = json.value(QStringLiteral("tags")).toArray();
    result.fields = json.value(QStringLiteral("fields")).toObject();
    result.pages = json.value(QStringLiteral("pages")).toInt();
    result.width = json.value(QStringLiteral("width")).toInt();
    result.height = json.value(QStringLiteral("height")).toInt();
    if (json.contains(QStringLiteral("phash"))) {
        bool ok = false;
        const quint64 hash = json.value(QStringLiteral("phash")).toString().toULongLong(&ok, 16);
        if (ok) {
            result.perceptualHash = hash;
        }
    }
    for (const QJsonValue &value : json.value(QStringLiteral("renditions")).toArray()) {
        const QJsonObject r = value.toObject();
        result.renditions.append({ r.value(QStringLiteral("name")).toString(),
            r.value(QStringLiteral("file")).toString(), r.value(QStringLiteral("mime_type")).toString(),
            r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt() });
    }
    for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray()) {
        result.warnings.append(warning.toString());
    }
    result.error = json.value(QStringLiteral("error")).toString();
    for (const QJsonValue &text : json.value(QStringLiteral("texts")).toArray()) {
        result.pageTexts.append(text.toString());
    }
    result.isProtected = json.value(QStringLiteral("protected")).toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = value.toObject();
        result.members.append({ m.value(QStringLiteral("path")).toString(),
            qint64(m.value(QStringLiteral("size")).toDouble()), m.value(QStringLiteral("type")).toString(),
            m.value(QStringLiteral("encrypted")).toBool(), m.value(QStringLiteral("refusal")).toString() });
    }
    for (const QJsonValue &page : json.value(QStringLiteral("ocr_pages")).toArray()) {
        result.ocrPages.append(page.toInt());
    }
    for (const QJsonValue &value : json.value(QStringLiteral("recognised")).toArray()) {
        const QJsonObject page = value.toObject();
        result.recognised.append({ page.value(QStringLiteral("page")).toInt(),
            page.value(QStringLiteral("text")).toString(), page.value(QStringLiteral("confidence")).toInt() });
    }
    return result;
}

ExtractionResult ExtractionResult::failure(const QString &reason)
{
    ExtractionResult result;
    result.error = reason;
    return result;
}

} // namespace Folio
