// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobroutes.h"

#include "blobs/serverblobstore.h"

#include <QCoreApplication>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <expected>

namespace Folio::Server::Http {

namespace {

struct BlobRoutesText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::BlobRoutes)
};

void addHeader(HttpResponse &answer, std::pair<QByteArray, QByteArray> field)
{
    answer.headers.append(QPair<QByteArray, QByteArray>(std::move(field.first), std::move(field.second)));
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("bad-request"), message);
}

HttpResponse unavailable()
{
    return HttpResponse::error(
        503, QStringLiteral("unavailable"), BlobRoutesText::tr("Blob storage is not available on this server."));
}

HttpResponse notFound()
{
    return HttpResponse::error(
        404, QStringLiteral("not-found"), BlobRoutesText::tr("There is no such blob or upload."));
}

// Maps a store error to its answer; NotFound never says more than "not found" so nothing leaks.
HttpResponse fromError(const Error &error)
{
    switch (error.code()) {
    case Error::Code::NotFound: return notFound();
    case Error::Code::InvalidArgument: return badRequest(error.message());
    case Error::Code::Corrupt: return HttpResponse::error(422, QStringLiteral("hash-mismatch"), error.message());
    default:
        qWarning().noquote() << "blob store:" << error.toString();
        return HttpResponse::error(
            500, QStringLiteral("internal"), BlobRoutesText::tr("The server could not store or read the blob."));
    }
}

std::expected<QJsonObject, HttpResponse> readObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(badRequest(BlobRoutesText::tr("The body is not valid JSON: %1 at offset %2.")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)));
    }
    if (!document.isObject()) {
        return std::unexpected(badRequest(BlobRoutesText::tr("The body must be a JSON object.")));
    }
    return document.object();
}

// A SHA-256 field of a request, or a 400 naming it.
std::expected<QString, HttpResponse> shaField(const QJsonValue &value, const QString &name)
{
    const QString text = value.toString();
    if (!value.isString() || !ServerBlobStore::isSha256(text)) {
        return std::unexpected(badRequest(
            BlobRoutesText::tr("%1 must be 64 lower-case hex digits, not \"%2\".").arg(name, text.left(80))));
    }
    return text;
}

// A non-negative integer that a JSON double holds exactly.
std::expected<qint64, HttpResponse> sizeField(const QJsonValue &value, const QString &name)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || number != double(qint64(number))) {
        return std::unexpected(badRequest(BlobRoutesText::tr("%1 must be a whole number of bytes.").arg(name)));
    }
    return qint64(number);
}

HttpResponse exists(ServerBlobStore &store, HttpRequest &request)
{
    auto object = readObject(request.body);
    if (!object) {
        return object.error();
    }
    if (object->size() != 1 || !object->value(QStringLiteral("sha256")).isArray()) {
        return badRequest(BlobRoutesText::tr("The body must be {\"sha256\": [...]} and nothing else."));
    }
    const QJsonArray hashes = object->value(QStringLiteral("sha256")).toArray();
    if (hashes.size() > BlobRouteLimits::maxHashes) {
        return badRequest(BlobRoutesText::tr("At most %1 hashes per request, not %2.")
                              .arg(BlobRouteLimits::maxHashes)
                              .arg(hashes.size()));
    }
    QJsonArray present;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        auto sha = shaField(hashes.at(i), QStringLiteral("sha256[%1]").arg(i));
        if (!sha) {
            return sha.error();
        }
        if (store.readable(request.userUuid, *sha)) {
            present.append(*sha);
        }
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("present"), present } });
}

struct ByteRange
{
    qint64 start = 0;
    qint64 end = 0; // inclusive
};

// The one range of a "bytes=A-B", "bytes=A-" or "bytes=-N" header within a blob of SIZE bytes: nullopt
// when it cannot be satisfied. Several ranges are not supported and count as unsatisfiable.
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size)
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
    ByteRange range;
    if (first.isEmpty()) {
        const qint64 suffix = last.toLongLong(&ok);
        if (!ok || suffix <= 0 || size == 0) {
            return std::nullopt;
        }
        range = { std::max<qint64>(0, size - suffix), size - 1 };
    } else {
        range.start = first.toLongLong(&ok);
        if (!ok || range.start < 0 || range.start >= size) {
            return std::nullopt;
        }
        range.end = last.isEmpty() ? size - 1 : last.toLongLong(&ok);
        if (!ok || range.end < range.start) {
            return std::nullopt;
        }
        range.end = std::min(range.end, size - 1);
    }
    return range;
}

HttpResponse getBlob(ServerBlobStore &store, HttpRequest &request)
{
    const QString sha = request.params.value(QStringLiteral("sha256"));
    auto size = store.size(request.userUuid, sha);
    if (!size) {
        return fromError(size.error());
    }
    const QByteArray rangeHeader = request.header("range");
    ByteRange range { 0, *size - 1 };
    int status = 200;
    if (!rangeHeader.isEmpty()) {
        const auto parsed = parseRange(rangeHeader, *size);
        if (!parsed) {
            HttpResponse answer = HttpResponse::error(416, QStringLiteral("range-not-satisfiable"),
                BlobRoutesText::tr("The range \"%1\" is not within the blob's %2 bytes.")
                    .arg(QString::fromLatin1(rangeHeader.left(80)))
                    .arg(*size));
            addHeader(answer, { "Content-Range", "bytes */" + QByteArray::number(*size) });
            return answer;
        }
        range = *parsed;
        // One answer is held in memory: a longer range gets its first part, which Content-Range states.
        range.end = std::min(range.end, range.start + BlobRouteLimits::maxResponseBytes - 1);
        status = 206;
    } else if (*size > BlobRouteLimits::maxResponseBytes) {
        return HttpResponse::error(413, QStringLiteral("range-required"),
            BlobRoutesText::tr("The blob has %1 bytes; ask for at most %2 at a time with Range.")
                .arg(*size)
                .arg(BlobRouteLimits::maxResponseBytes));
    }
    auto bytes = *size == 0 ? Result<QByteArray> { QByteArray() }
                            : store.read(request.userUuid, sha, range.start, range.end - range.start + 1);
    if (!bytes) {
        return fromError(bytes.error());
    }
    HttpResponse answer = HttpResponse::bytes(status, std::move(*bytes), "application/octet-stream");
    addHeader(answer, { "Content-Disposition", "attachment; filename=\"" + sha.toLatin1() + "\"" });
    addHeader(answer, { "X-Content-Type-Options", "nosniff" });
    addHeader(answer, { "Accept-Ranges", "bytes" });
    addHeader(answer, { "Cache-Control", "private, max-age=31536000, immutable" });
    if (status == 206) {
        addHeader(answer,
            { "Content-Range",
                "bytes " + QByteArray::number(range.start) + '-' + QByteArray::number(range.end) + '/'
                    + QByteArray::number(*size) });
    }
    return answer;
}

QJsonObject sessionJson(const UploadSession &session)
{
    return { { QStringLiteral("id"), session.id }, { QStringLiteral("sha256"), session.sha256 },
        { QStringLiteral("size"), double(session.size) }, { QStringLiteral("offset"), double(session.offset) } };
}

HttpResponse createUpload(ServerBlobStore &store, HttpRequest &request)
{
    auto object = readObject(request.body);
    if (!object) {
        return object.error();
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != QLatin1String("sha256") && it.key() != QLatin1String("size")) {
            return badRequest(BlobRoutesText::tr("Unknown field \"%1\".").arg(it.key().left(64)));
        }
    }
    auto sha = shaField(object->value(QStringLiteral("sha256")), QStringLiteral("sha256"));
    if (!sha) {
        return sha.error();
    }
    auto size = sizeField(object->value(QStringLiteral("size")), QStringLiteral("size"));
    if (!size) {
        return size.error();
    }
    auto session = store.createSession(request.userUuid, *sha, *size);
    if (!session) {
        return fromError(session.error());
    }
    if (!*session) {
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("exists"), true } });
    }
    return HttpResponse::json(201, sessionJson(**session));
}

HttpResponse offsetConflict(ServerBlobStore &store, HttpRequest &request, const QString &id, const Error &error)
{
    auto session = store.session(request.userUuid, id);
    if (!session) {
        return fromError(session.error());
    }
    QJsonObject body = sessionJson(*session);
    body.insert(QStringLiteral("code"), QStringLiteral("offset-mismatch"));
    body.insert(QStringLiteral("message"), error.message());
    return HttpResponse::json(409, body);
}

HttpResponse putChunk(ServerBlobStore &store, HttpRequest &request)
{
    const QString id = request.params.value(QStringLiteral("id"));
    // "bytes START-END/TOTAL", END inclusive.
    const QByteArray header = request.header("content-range").trimmed();
    const qsizetype dash = header.indexOf('-');
    const qsizetype slash = header.indexOf('/');
    bool startOk = false;
    bool endOk = false;
    bool totalOk = false;
    const qint64 start = header.startsWith("bytes ") && dash > 6 ? header.mid(6, dash - 6).toLongLong(&startOk) : 0;
    const qint64 end = slash > dash ? header.mid(dash + 1, slash - dash - 1).toLongLong(&endOk) : 0;
    const qint64 total = slash > 0 ? header.mid(slash + 1).toLongLong(&totalOk) : 0;
    if (!startOk || !endOk || !totalOk || start < 0 || end < start || end - start + 1 != request.body.size()) {
        return badRequest(BlobRoutesText::tr("Content-Range must be \"bytes START-END/TOTAL\" and match the body's "
                                             "%1 bytes.")
                              .arg(request.body.size()));
    }
    auto session = store.session(request.userUuid, id);
    if (!session) {
        return fromError(session.error());
    }
    if (total != session->size) {
        return badRequest(BlobRoutesText::tr("The upload has %1 bytes in all, not %2.").arg(session->size).arg(total));
    }
    auto offset = store.append(request.userUuid, id, start, request.body);
    if (!offset) {
        if (offset.error().code() == Error::Code::Conflict) {
            return offsetConflict(store, request, id, offset.error());
        }
        if (offset.error().code() == Error::Code::LimitExceeded) {
            return badRequest(offset.error().message());
        }
        return fromError(offset.error());
    }
    session->offset = *offset;
    return HttpResponse::json(200, sessionJson(*session));
}

HttpResponse finishUpload(ServerBlobStore &store, HttpRequest &request)
{
    const QString id = request.params.value(QStringLiteral("id"));
    auto session = store.session(request.userUuid, id);
    if (!session) {
        return fromError(session.error());
    }
    if (auto finished = store.finish(request.userUuid, id); !finished) {
        if (finished.error().code() == Error::Code::InvalidArgument) {
            return offsetConflict(store, request, id, finished.error());
        }
        return fromError(finished.error());
    }
    return HttpResponse::json(201,
        QJsonObject {
            { QStringLiteral("sha256"), session->sha256 }, { QStringLiteral("size"), double(session->size) } });
}

// Body: one line of JSON {"blobs":[{"sha256","size"},...]}, a newline, then the blobs' bytes one after the
// other in that order.
HttpResponse batch(ServerBlobStore &store, HttpRequest &request)
{
    const qsizetype newline = request.body.indexOf('\n');
    if (newline < 0) {
        return badRequest(BlobRoutesText::tr("The body must start with a JSON line listing the blobs."));
    }
    auto object = readObject(request.body.left(newline));
    if (!object) {
        return object.error();
    }
    if (object->size() != 1 || !object->value(QStringLiteral("blobs")).isArray()) {
        return badRequest(BlobRoutesText::tr("The first line must be {\"blobs\": [...]} and nothing else."));
    }
    const QJsonArray blobs = object->value(QStringLiteral("blobs")).toArray();
    if (blobs.size() > BlobRouteLimits::maxHashes) {
        return badRequest(BlobRoutesText::tr("At most %1 blobs per batch.").arg(BlobRouteLimits::maxHashes));
    }
    struct Entry
    {
        QString sha256;
        qint64 size;
    };
    QList<Entry> entries;
    qint64 total = 0;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const QJsonObject blob = blobs.at(i).toObject();
        auto sha = shaField(blob.value(QStringLiteral("sha256")), QStringLiteral("blobs[%1].sha256").arg(i));
        if (!sha) {
            return sha.error();
        }
        auto size = sizeField(blob.value(QStringLiteral("size")), QStringLiteral("blobs[%1].size").arg(i));
        if (!size) {
            return size.error();
        }
        entries.append({ *sha, *size });
        total += *size;
    }
    const qint64 available = request.body.size() - newline - 1;
    if (total != available) {
        return badRequest(
            BlobRoutesText::tr("The sizes add up to %1 bytes but %2 follow the JSON line.").arg(total).arg(available));
    }
    QJsonArray results;
    qint64 at = newline + 1;
    int stored = 0;
    for (const Entry &entry : std::as_const(entries)) {
        QString status = QStringLiteral("stored");
        if (auto put = store.put(request.userUuid, entry.sha256, request.body.mid(at, entry.size)); !put) {
            if (put.error().code() != Error::Code::Corrupt) {
                return fromError(put.error());
            }
            status = QStringLiteral("mismatch");
        } else {
            ++stored;
        }
        at += entry.size;
        results.append(
            QJsonObject { { QStringLiteral("sha256"), entry.sha256 }, { QStringLiteral("status"), status } });
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("stored"), stored } });
}

} // namespace

void addBlobRoutes(Router &router, const RouteContext &context)
{
    ServerBlobStore *blobs = context.blobs;
    const auto with = [blobs](HttpResponse (*handler)(ServerBlobStore &, HttpRequest &)) {
        return [blobs, handler](HttpRequest &request) { return blobs ? handler(*blobs, request) : unavailable(); };
    };
    router.add(Route { "POST", QStringLiteral("/api/v1/blobs/exists"), with(exists), true, 256 * 1024 });
    router.add(Route { "POST", QStringLiteral("/api/v1/blobs/batch"), with(batch), true, BlobRouteLimits::batchBytes });
    router.add(Route { "GET", QStringLiteral("/api/v1/blobs/{sha256}"), with(getBlob), true, 0 });
    router.add(Route { "POST", QStringLiteral("/api/v1/uploads"), with(createUpload), true, 16 * 1024 });
    router.add(
        Route { "PUT", QStringLiteral("/api/v1/uploads/{id}"), with(putChunk), true, BlobRouteLimits::chunkBytes });
    router.add(
        Route { "GET", QStringLiteral("/api/v1/uploads/{id}"), with([](ServerBlobStore &store, HttpRequest &request) {
                   auto session = store.session(request.userUuid, request.params.value(QStringLiteral("id")));
                   return session ? HttpResponse::json(200, sessionJson(*session)) : fromError(session.error());
               }),
            true, 0 });
    router.add(Route { "DELETE", QStringLiteral("/api/v1/uploads/{id}"),
        with([](ServerBlobStore &store, HttpRequest &request) {
            auto cancelled = store.cancel(request.userUuid, request.params.value(QStringLiteral("id")));
            return cancelled ? HttpResponse { 204, {}, {}, {} } : fromError(cancelled.error());
        }),
        true, 0 });
    router.add(Route { "POST", QStringLiteral("/api/v1/uploads/{id}/finish"), with(finishUpload), true, 0 });
}

} // namespace Folio::Server::Http
