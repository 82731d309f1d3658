// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestparsing.h"

#include "blobs/blobfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Folio::Server::Http::RequestParsing {

namespace {

// The routes' own translation contexts, so the messages keep their translations.
QString blobText(const char *text)
{
    return QCoreApplication::translate("Folio::Server::Http::BlobRoutes", text);
}

QString authText(const char *text)
{
    return QCoreApplication::translate("Folio::Server::Http::AuthRoutes", text);
}

Parsed<QJsonDocument> document(const QByteArray &body, QString (*text)(const char *))
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(badRequest(
            text("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset)));
    }
    if (!document.isObject()) {
        return std::unexpected(badRequest(text("The body must be a JSON object.")));
    }
    return document;
}

} // namespace

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("bad-request"), message);
}

Parsed<QJsonObject> jsonObject(const QByteArray &body)
{
    auto parsed = document(body, blobText);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    return parsed->object();
}

Parsed<QJsonObject> stringFields(const QByteArray &body, std::initializer_list<StringField> fields)
{
    auto parsed = document(body, authText);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    const QJsonObject object = parsed->object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const StringField *known = nullptr;
        for (const StringField &field : fields) {
            if (it.key() == QLatin1String(field.name)) {
                known = &field;
            }
        }
        if (!known) {
            return std::unexpected(badRequest(authText("Unknown field \"%1\".").arg(it.key().left(64))));
        }
        if (!it.value().isString()) {
            return std::unexpected(badRequest(authText("The field \"%1\" must be a string.").arg(it.key())));
        }
        const QString value = it.value().toString();
        if (value.size() > known->maxLength) {
            return std::unexpected(badRequest(
                authText("The field \"%1\" is longer than %2 characters.").arg(it.key()).arg(known->maxLength)));
        }
        if (value.isEmpty() && !known->mayBeEmpty) {
            return std::unexpected(badRequest(authText("The field \"%1\" must not be empty.").arg(it.key())));
        }
        // Passwords may hold anything printable people type; control characters have no place in any field
        // and would end up in logs and the audit trail through the names.
        for (const QChar ch : value) {
            if (ch.category() == QChar::Other_Control) {
                return std::unexpected(
                    badRequest(authText("The field \"%1\" contains a control character.").arg(it.key())));
            }
        }
    }
    for (const StringField &field : fields) {
        if (field.required && !object.contains(QLatin1String(field.name))) {
            return std::unexpected(badRequest(authText("The field \"%1\" is missing.").arg(QLatin1String(field.name))));
        }
    }
    return object;
}

Parsed<QJsonObject> loginBody(const QByteArray &body)
{
    return stringFields(body,
        { { "user", true, 256, false }, { "password", true, 1024, false }, { "totp", false, 16, true },
            { "device", true, 128, false } });
}

Parsed<QJsonObject> refreshBody(const QByteArray &body)
{
    return stringFields(body, { { "refresh_token", true, 256, false } });
}

Parsed<QString> sha256Field(const QJsonValue &value, const QString &name)
{
    const QString text = value.toString();
    if (!value.isString() || !BlobFile::isSha256(text)) {
        return std::unexpected(
            badRequest(blobText("%1 must be 64 lower-case hex digits, not \"%2\".").arg(name, text.left(80))));
    }
    return text;
}

Parsed<qint64> sizeField(const QJsonValue &value, const QString &name)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || number != double(qint64(number))) {
        return std::unexpected(badRequest(blobText("%1 must be a whole number of bytes.").arg(name)));
    }
    return qint64(number);
}

Parsed<QStringList> existsBody(const QByteArray &body, int maxHashes)
{
    auto object = jsonObject(body);
    if (!object) {
        return std::unexpected(object.error());
    }
    if (object->size() != 1 || !object->value(QStringLiteral("sha256")).isArray()) {
        return std::unexpected(badRequest(blobText("The body must be {\"sha256\": [...]} and nothing else.")));
    }
    const QJsonArray hashes = object->value(QStringLiteral("sha256")).toArray();
    if (hashes.size() > maxHashes) {
        return std::unexpected(
            badRequest(blobText("At most %1 hashes per request, not %2.").arg(maxHashes).arg(hashes.size())));
    }
    QStringList out;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        auto sha = sha256Field(hashes.at(i), QStringLiteral("sha256[%1]").arg(i));
        if (!sha) {
            return std::unexpected(sha.error());
        }
        out.append(*sha);
    }
    return out;
}

Parsed<UploadRequest> uploadBody(const QByteArray &body)
{
    auto object = jsonObject(body);
    if (!object) {
        return std::unexpected(object.error());
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != QLatin1String("sha256") && it.key() != QLatin1String("size")) {
            return std::unexpected(badRequest(blobText("Unknown field \"%1\".").arg(it.key().left(64))));
        }
    }
    auto sha = sha256Field(object->value(QStringLiteral("sha256")), QStringLiteral("sha256"));
    if (!sha) {
        return std::unexpected(sha.error());
    }
    auto size = sizeField(object->value(QStringLiteral("size")), QStringLiteral("size"));
    if (!size) {
        return std::unexpected(size.error());
    }
    return UploadRequest { *sha, *size };
}

std::optional<ByteRange> range(const QByteArray &header, qint64 size)
{
    if (!header.startsWith("bytes=") || header.contains(',')) {
        return std::nullopt;
    }
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0) {
        return std::nullopt;
    }
    const QByteArray first = spec.left(dash);
    const QByteArray last = spec.mid(dash + 1);
    bool ok = true;
    ByteRange out;
    if (first.isEmpty()) {
        const qint64 suffix = last.toLongLong(&ok);
        if (!ok || suffix <= 0 || size == 0) {
            return std::nullopt;
        }
        out = { std::max<qint64>(0, size - suffix), size - 1 };
    } else {
        out.start = first.toLongLong(&ok);
        if (!ok || out.start < 0 || out.start >= size) {
            return std::nullopt;
        }
        out.end = last.isEmpty() ? size - 1 : last.toLongLong(&ok);
        if (!ok || out.end < out.start) {
            return std::nullopt;
        }
        out.end = std::min(out.end, size - 1);
    }
    return out;
}

Parsed<ContentRange> contentRange(const QByteArray &value, qint64 bodySize)
{
    // "bytes START-END/TOTAL", END inclusive.
    const QByteArray header = value.trimmed();
    const qsizetype dash = header.indexOf('-');
    const qsizetype slash = header.indexOf('/');
    bool startOk = false;
    bool endOk = false;
    bool totalOk = false;
    ContentRange out;
    out.start = header.startsWith("bytes ") && dash > 6 ? header.mid(6, dash - 6).toLongLong(&startOk) : 0;
    out.end = slash > dash ? header.mid(dash + 1, slash - dash - 1).toLongLong(&endOk) : 0;
    out.total = slash > 0 ? header.mid(slash + 1).toLongLong(&totalOk) : 0;
    // END - START cannot overflow once 0 <= START <= END; END - START + 1 could (END = 2^63 - 1, START = 0).
    if (!startOk || !endOk || !totalOk || out.start < 0 || out.end < out.start || out.end - out.start != bodySize - 1) {
        return std::unexpected(badRequest(
            blobText("Content-Range must be \"bytes START-END/TOTAL\" and match the body's %1 bytes.").arg(bodySize)));
    }
    return out;
}

Parsed<BatchHead> batchHead(const QByteArray &body, int maxBlobs)
{
    const qsizetype newline = body.indexOf('\n');
    if (newline < 0) {
        return std::unexpected(badRequest(blobText("The body must start with a JSON line listing the blobs.")));
    }
    auto object = jsonObject(body.left(newline));
    if (!object) {
        return std::unexpected(object.error());
    }
    if (object->size() != 1 || !object->value(QStringLiteral("blobs")).isArray()) {
        return std::unexpected(badRequest(blobText("The first line must be {\"blobs\": [...]} and nothing else.")));
    }
    const QJsonArray blobs = object->value(QStringLiteral("blobs")).toArray();
    if (blobs.size() > maxBlobs) {
        return std::unexpected(badRequest(blobText("At most %1 blobs per batch.").arg(maxBlobs)));
    }
    BatchHead head;
    qint64 total = 0;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const QJsonObject blob = blobs.at(i).toObject();
        auto sha = sha256Field(blob.value(QStringLiteral("sha256")), QStringLiteral("blobs[%1].sha256").arg(i));
        if (!sha) {
            return std::unexpected(sha.error());
        }
        auto size = sizeField(blob.value(QStringLiteral("size")), QStringLiteral("blobs[%1].size").arg(i));
        if (!size) {
            return std::unexpected(size.error());
        }
        head.entries.append({ *sha, *size });
        total += *size;
    }
    head.dataOffset = newline + 1;
    const qint64 available = body.size() - head.dataOffset;
    if (total != available) {
        return std::unexpected(badRequest(
            blobText("The sizes add up to %1 bytes but %2 follow the JSON line.").arg(total).arg(available)));
    }
    return head;
}

} // namespace Folio::Server::Http::RequestParsing
