// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobroutes.h"

#include "blobs/serverblobstore.h"
#include "fileslicebody.h"
#include "library/libraryservice.h"
#include "requestparsing.h"
#include "uploadchunksink.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFileInfo>
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

// Who may read which blob: its uploader (the store's owner markers), and anyone the library lets read an
// item with a version of it. Anything else reads as missing.
struct BlobAccess
{
    ServerBlobStore *store = nullptr;
    LibraryService *library = nullptr;

    bool libraryGrants(const HttpRequest &request, const QString &sha) const
    {
        if (!library) {
            return false;
        }
        auto caller = library->caller(request.userUuid);
        if (!caller) {
            return false;
        }
        auto may = library->mayReadBlob(*caller, sha);
        return may && *may;
    }
    bool readable(const HttpRequest &request, const QString &sha) const
    {
        return store->readable(request.userUuid, sha) || (libraryGrants(request, sha) && store->storedFile(sha));
    }
    Result<QString> file(const HttpRequest &request, const QString &sha) const
    {
        if (store->readable(request.userUuid, sha)) {
            return store->file(request.userUuid, sha);
        }
        if (libraryGrants(request, sha)) {
            return store->storedFile(sha);
        }
        return store->file(request.userUuid, sha); // the same NotFound as for a missing blob
    }
};

HttpResponse exists(const BlobAccess &access, HttpRequest &request)
{
    auto hashes = RequestParsing::existsBody(request.body, BlobRouteLimits::maxHashes);
    if (!hashes) {
        return hashes.error();
    }
    QJsonArray present;
    for (const QString &sha : std::as_const(*hashes)) {
        if (access.readable(request, sha)) {
            present.append(sha);
        }
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("present"), present } });
}

using RequestParsing::ByteRange;

std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size)
{
    return RequestParsing::range(header, size);
}

HttpResponse getBlob(const BlobAccess &access, HttpRequest &request)
{
    const QString sha = request.params.value(QStringLiteral("sha256"));
    auto path = access.file(request, sha);
    if (!path) {
        return fromError(path.error());
    }
    // Blob files are immutable, so the size read here is the size streamed (FileSliceBody checks it).
    const qint64 size = QFileInfo(*path).size();
    const QByteArray rangeHeader = request.header("range");
    ByteRange range { 0, size - 1 };
    int status = 200;
    if (!rangeHeader.isEmpty()) {
        const auto parsed = parseRange(rangeHeader, size);
        if (!parsed) {
            HttpResponse answer = HttpResponse::error(416, QStringLiteral("range-not-satisfiable"),
                BlobRoutesText::tr("The range \"%1\" is not within the blob's %2 bytes.")
                    .arg(QString::fromLatin1(rangeHeader.left(80)))
                    .arg(size));
            addHeader(answer, { "Content-Range", "bytes */" + QByteArray::number(size) });
            return answer;
        }
        range = *parsed;
        status = 206;
    }
    // Streamed from disk whatever its size: memory per download stays at one send buffer.
    auto body = FileSliceBody::open(*path, range.start, range.end - range.start + 1);
    if (!body) {
        return fromError(body.error());
    }
    HttpResponse answer
        = HttpResponse::streamed(status, std::shared_ptr<StreamedBody>(std::move(*body)), "application/octet-stream");
    addHeader(answer, { "Content-Disposition", "attachment; filename=\"" + sha.toLatin1() + "\"" });
    addHeader(answer, { "X-Content-Type-Options", "nosniff" });
    addHeader(answer, { "Accept-Ranges", "bytes" });
    addHeader(answer, { "Cache-Control", "private, max-age=31536000, immutable" });
    if (status == 206) {
        addHeader(answer,
            { "Content-Range",
                "bytes " + QByteArray::number(range.start) + '-' + QByteArray::number(range.end) + '/'
                    + QByteArray::number(size) });
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
    auto upload = RequestParsing::uploadBody(request.body);
    if (!upload) {
        return upload.error();
    }
    auto session = store.createSession(request.userUuid, upload->sha256, upload->size);
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

// A chunk refused by the store: 409 with the session's offset when it does not start there, 400 when it
// goes past the upload's size.
HttpResponse chunkRefused(ServerBlobStore &store, HttpRequest &request, const QString &id, const Error &error)
{
    if (error.code() == Error::Code::Conflict) {
        return offsetConflict(store, request, id, error);
    }
    if (error.code() == Error::Code::LimitExceeded) {
        return badRequest(error.message());
    }
    return fromError(error);
}

// Before a chunk's body is read (Route::openBody): the session must be the caller's and the chunk must
// start at its offset and fit in it; the body then goes straight into the session as it arrives
// (UploadChunkSink), and putChunk() commits it. A chunk without a Content-Length (chunked transfer coding)
// is read whole and appended by putChunk().
std::optional<HttpResponse> openChunk(ServerBlobStore &store, HttpRequest &request)
{
    bool known = false;
    const qint64 length = request.header("content-length").trimmed().toLongLong(&known);
    if (!known || length < 0) {
        return std::nullopt;
    }
    const QString id = request.params.value(QStringLiteral("id"));
    auto range = RequestParsing::contentRange(request.header("content-range"), length);
    if (!range) {
        return range.error();
    }
    auto writer = store.beginChunk(request.userUuid, id, range->start, length);
    if (!writer) {
        return chunkRefused(store, request, id, writer.error());
    }
    if (range->total != (*writer)->session().size) {
        return badRequest(BlobRoutesText::tr("The upload has %1 bytes in all, not %2.")
                              .arg((*writer)->session().size)
                              .arg(range->total));
    }
    request.bodySink = std::make_shared<UploadChunkSink>(std::move(*writer));
    return std::nullopt;
}

HttpResponse putChunk(ServerBlobStore &store, HttpRequest &request)
{
    const QString id = request.params.value(QStringLiteral("id"));
    if (auto *sink = dynamic_cast<UploadChunkSink *>(request.bodySink.get())) {
        // Checked and written while it arrived (openChunk()); what is left is to make it durable.
        auto offset = sink->commit();
        if (!offset) {
            return chunkRefused(store, request, id, offset.error());
        }
        UploadSession session = sink->session();
        session.offset = *offset;
        return HttpResponse::json(200, sessionJson(session));
    }
    auto range = RequestParsing::contentRange(request.header("content-range"), request.body.size());
    if (!range) {
        return range.error();
    }
    const qint64 start = range->start;
    const qint64 total = range->total;
    auto session = store.session(request.userUuid, id);
    if (!session) {
        return fromError(session.error());
    }
    if (total != session->size) {
        return badRequest(BlobRoutesText::tr("The upload has %1 bytes in all, not %2.").arg(session->size).arg(total));
    }
    auto offset = store.append(request.userUuid, id, start, request.body);
    if (!offset) {
        return chunkRefused(store, request, id, offset.error());
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
        // Bytes still missing, or a chunk still arriving: 409 with the offset.
        if (finished.error().code() == Error::Code::InvalidArgument
            || finished.error().code() == Error::Code::Conflict) {
            return offsetConflict(store, request, id, finished.error());
        }
        return fromError(finished.error());
    }
    return HttpResponse::json(201,
        QJsonObject {
            { QStringLiteral("sha256"), session->sha256 }, { QStringLiteral("size"), double(session->size) } });
}

// Body: one line of JSON {"blobs":[{"sha256","size"},...]}, a newline, then the blobs' bytes one after the
// other in that order (RequestParsing::batchHead).
HttpResponse batch(ServerBlobStore &store, HttpRequest &request)
{
    auto head = RequestParsing::batchHead(request.body, BlobRouteLimits::maxHashes);
    if (!head) {
        return head.error();
    }
    // Views into the body, which outlives the call: no copies. Stored together, so the batch shares its
    // flushes (ServerBlobStore::putMany).
    QList<QPair<QString, QByteArray>> blobs;
    qint64 at = head->dataOffset;
    for (const RequestParsing::BatchEntry &entry : std::as_const(head->entries)) {
        blobs.append({ entry.sha256, QByteArray::fromRawData(request.body.constData() + at, qsizetype(entry.size)) });
        at += entry.size;
    }
    auto put = store.putMany(request.userUuid, blobs);
    if (!put) {
        return fromError(put.error());
    }
    QJsonArray results;
    int stored = 0;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        stored += put->at(i) ? 1 : 0;
        results.append(QJsonObject { { QStringLiteral("sha256"), blobs.at(i).first },
            { QStringLiteral("status"), put->at(i) ? QStringLiteral("stored") : QStringLiteral("mismatch") } });
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("stored"), stored } });
}

} // namespace

void addBlobRoutes(Router &router, const RouteContext &context)
{
    ServerBlobStore *blobs = context.blobs;
    Metrics *metrics = context.metrics;
    const auto with = [blobs](HttpResponse (*handler)(ServerBlobStore &, HttpRequest &)) {
        return [blobs, handler](HttpRequest &request) { return blobs ? handler(*blobs, request) : unavailable(); };
    };
    // Routes that move blob content count it for /metrics: what was accepted, and what is answered.
    const auto counting = [blobs, metrics](HttpResponse (*handler)(ServerBlobStore &, HttpRequest &)) {
        return [blobs, metrics, handler](HttpRequest &request) {
            if (!blobs) {
                return unavailable();
            }
            HttpResponse answer = handler(*blobs, request);
            if (metrics && answer.status >= 200 && answer.status < 300) {
                if (answer.stream) {
                    metrics->blobBytesSent(std::int64_t(answer.stream->size()));
                } else {
                    metrics->blobBytesReceived(request.bodySize());
                }
            }
            return answer;
        };
    };
    const BlobAccess access { blobs, context.library };
    router.add(Route { "POST", QStringLiteral("/api/v1/blobs/exists"),
        [access](HttpRequest &request) { return access.store ? exists(access, request) : unavailable(); }, true,
        256 * 1024, {}, RouteAccess::BlobRead });
    router.add(Route { "POST", QStringLiteral("/api/v1/blobs/batch"), counting(batch), true,
        BlobRouteLimits::batchBytes, {}, RouteAccess::Authenticated });
    router.add(Route { "GET", QStringLiteral("/api/v1/blobs/{sha256}"),
        [access, metrics](HttpRequest &request) {
            if (!access.store) {
                return unavailable();
            }
            HttpResponse answer = getBlob(access, request);
            if (metrics && answer.status >= 200 && answer.status < 300 && answer.stream) {
                metrics->blobBytesSent(std::int64_t(answer.stream->size()));
            }
            return answer;
        },
        true, 0, {}, RouteAccess::BlobRead });
    router.add(Route { "POST", QStringLiteral("/api/v1/uploads"), with(createUpload), true, 16 * 1024, {},
        RouteAccess::Authenticated });
    router.add(
        Route { "PUT", QStringLiteral("/api/v1/uploads/{id}"), counting(putChunk), true, BlobRouteLimits::chunkBytes,
            [blobs](HttpRequest &request) {
                return blobs ? openChunk(*blobs, request) : std::optional<HttpResponse>(unavailable());
            },
            RouteAccess::Authenticated });
    router.add(
        Route { "GET", QStringLiteral("/api/v1/uploads/{id}"), with([](ServerBlobStore &store, HttpRequest &request) {
                   auto session = store.session(request.userUuid, request.params.value(QStringLiteral("id")));
                   return session ? HttpResponse::json(200, sessionJson(*session)) : fromError(session.error());
               }),
            true, 0, {}, RouteAccess::Authenticated });
    router.add(Route { "DELETE", QStringLiteral("/api/v1/uploads/{id}"),
        with([](ServerBlobStore &store, HttpRequest &request) {
            auto cancelled = store.cancel(request.userUuid, request.params.value(QStringLiteral("id")));
            return cancelled ? HttpResponse { 204, {}, {}, {} } : fromError(cancelled.error());
        }),
        true, 0, {}, RouteAccess::Authenticated });
    router.add(Route { "POST", QStringLiteral("/api/v1/uploads/{id}/finish"), with(finishUpload), true, 0, {},
        RouteAccess::Authenticated });
}

} // namespace Folio::Server::Http
