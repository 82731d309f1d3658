// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncroutes.h"

#include "library/libraryservice.h"
#include "library/opapplier.h"

#include <QDebug>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Folio::Server::Http {

namespace {

struct SyncRoutesText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::SyncRoutes)
};

constexpr std::size_t opsBodyBytes = 16 * 1024 * 1024;

HttpResponse internal(const Error &error)
{
    qWarning().noquote() << "library:" << error.toString();
    return HttpResponse::error(
        500, QStringLiteral("internal"), SyncRoutesText::tr("The server could not read or change the library."));
}

HttpResponse fromError(const Error &error)
{
    switch (error.code()) {
    case Error::Code::NotFound: return HttpResponse::error(404, QStringLiteral("not-found"), error.message());
    case Error::Code::InvalidArgument: return HttpResponse::error(400, QStringLiteral("bad-request"), error.message());
    default: return internal(error);
    }
}

// A query parameter that must be a whole number from LOW to HIGH, FALLBACK when absent.
Result<qint64> number(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 low, qint64 high)
{
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        return fail(Error::Code::InvalidArgument,
            SyncRoutesText::tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(low).arg(high));
    }
    return value;
}

Result<QUrlQuery> knownQuery(const HttpRequest &request, const QStringList &known)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    for (const auto &[key, value] : query.queryItems()) {
        if (!known.contains(key)) {
            return fail(Error::Code::InvalidArgument,
                SyncRoutesText::tr("Unknown query parameter \"%1\": this route takes %2.")
                    .arg(key.left(80), known.join(QStringLiteral(", "))));
        }
    }
    return query;
}

using LibraryHandler = std::function<HttpResponse(LibraryService &, const Caller &, HttpRequest &)>;

// Resolves the caller and runs HANDLER; 503 when the server has no library (route-listing tests).
Handler withCaller(LibraryService *library, LibraryHandler handler)
{
    return [library, handler = std::move(handler)](HttpRequest &request) {
        if (!library) {
            return HttpResponse::error(
                503, QStringLiteral("unavailable"), SyncRoutesText::tr("The library is not available on this server."));
        }
        auto caller = library->caller(request.userUuid);
        if (!caller) {
            return fromError(caller.error());
        }
        return handler(*library, *caller, request);
    };
}

HttpResponse postOps(LibraryService &library, const Caller &caller, HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return HttpResponse::error(400, QStringLiteral("bad-request"),
            SyncRoutesText::tr("The body is not a JSON object: %1 at byte %2.")
                .arg(error.errorString())
                .arg(error.offset));
    }
    auto ops = OpApplier::parse(doc.object());
    if (!ops) {
        return fromError(ops.error());
    }
    auto results = library.applyOps(caller, *ops);
    if (!results) {
        return internal(results.error());
    }
    QJsonArray list;
    for (const OpResult &result : std::as_const(*results)) {
        list.append(result.toJson());
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("results"), list } });
}

HttpResponse getChanges(LibraryService &library, const Caller &caller, HttpRequest &request)
{
    auto query = knownQuery(request, { QStringLiteral("since"), QStringLiteral("limit") });
    if (!query) {
        return fromError(query.error());
    }
    auto since = number(*query, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    auto limit = number(*query, QStringLiteral("limit"), 500, 1, ChangeLog::maxPage);
    for (const auto *value : { &since, &limit }) {
        if (!*value) {
            return fromError(value->error());
        }
    }
    auto page = library.changes(caller, *since, int(*limit));
    if (!page) {
        return internal(page.error());
    }
    return HttpResponse::bytes(200, page->toJson(), QByteArrayLiteral("application/json"));
}

HttpResponse getState(LibraryService &library, const Caller &caller, HttpRequest &request)
{
    auto query = knownQuery(request, { QStringLiteral("after"), QStringLiteral("limit") });
    if (!query) {
        return fromError(query.error());
    }
    auto after = number(*query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    auto limit = number(*query, QStringLiteral("limit"), 500, 1, ChangeLog::maxPage);
    for (const auto *value : { &after, &limit }) {
        if (!*value) {
            return fromError(value->error());
        }
    }
    auto page = library.state(caller, request.params.value(QStringLiteral("kind")), *after, int(*limit));
    if (!page) {
        return fromError(page.error());
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("entries"), page->entries }, { QStringLiteral("next"), double(page->next) },
            { QStringLiteral("more"), page->more }, { QStringLiteral("cursor"), double(page->cursor) } });
}

HttpResponse getItem(LibraryService &library, const Caller &caller, HttpRequest &request)
{
    auto item = library.item(caller, request.params.value(QStringLiteral("uuid")));
    if (!item) {
        return fromError(item.error());
    }
    return HttpResponse::json(200, *item);
}

} // namespace

void addSyncRoutes(Router &router, const RouteContext &context)
{
    LibraryService *library = context.library;
    router.add(Route { "POST", QStringLiteral("/api/v1/ops"), withCaller(library, postOps), true, opsBodyBytes, {},
        RouteAccess::LibraryWrite });
    router.add(Route { "GET", QStringLiteral("/api/v1/changes"), withCaller(library, getChanges), true, 0, {},
        RouteAccess::LibraryRead });
    router.add(Route { "GET", QStringLiteral("/api/v1/state/{kind}"), withCaller(library, getState), true, 0, {},
        RouteAccess::LibraryRead });
    router.add(Route { "GET", QStringLiteral("/api/v1/items/{uuid}"), withCaller(library, getItem), true, 0, {},
        RouteAccess::LibraryRead });
}

} // namespace Folio::Server::Http
