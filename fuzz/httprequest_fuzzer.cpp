// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for what foliod parses of a client's bytes (server/http): the HTTP/1.1 request stream through
// Beast's parser within foliod's limits (HttpLimits: header size, per-route body limit) as httpconnection.h
// drives it, several pipelined requests per input; the router's matching of the target; and the request
// parsing the routes run (server/http/requestparsing.h) over each request's body and headers — the login and
// refresh bodies, exists, upload creation, the batch body, Range and Content-Range — and the bearer token of
// the Authorization header through the access token check (server/auth/tokens.h). Any bytes must give a
// parsed value that keeps its promises or a 4xx — never a crash, a hang, an overflow or a value outside
// the bounds the storage relies on.

#include "auth/tokens.h"
#include "http/httplimits.h"
#include "http/requestparsing.h"
#include "http/router.h"
#ifndef FOLIO_FUZZ_STANDALONE
#include "http/routetable.h"
#endif

#include <QDateTime>
#include <QUrl>

#include <boost/beast/core/error.hpp>
#include <boost/beast/http.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace HttpRequestFuzzer {

namespace bhttp = boost::beast::http;
using namespace Folio::Server::Http;

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

// foliod's route table: method, pattern, body limit (0: HttpLimits::bodyBytes). The libFuzzer build
// compiles only the parsing code, not the handlers behind addRoutes(); the replay build checks that this
// list is the real table, so it cannot drift.
struct RouteRow
{
    const char *method;
    const char *pattern;
    bool authenticated;
    std::size_t bodyLimit;
};
const RouteRow routeRows[] = {
    { "GET", "/healthz", false, 0 },
    { "GET", "/metrics", false, 0 },
    { "POST", "/api/v1/auth/login", false, 16 * 1024 },
    { "POST", "/api/v1/auth/refresh", false, 16 * 1024 },
    { "POST", "/api/v1/auth/logout", true, 16 * 1024 },
    { "GET", "/api/v1/auth/me", true, 0 },
    { "POST", "/api/v1/blobs/exists", true, 256 * 1024 },
    { "POST", "/api/v1/blobs/batch", true, 32 * 1024 * 1024 },
    { "GET", "/api/v1/blobs/{sha256}", true, 0 },
    { "POST", "/api/v1/uploads", true, 16 * 1024 },
    { "PUT", "/api/v1/uploads/{id}", true, 16 * 1024 * 1024 },
    { "GET", "/api/v1/uploads/{id}", true, 0 },
    { "DELETE", "/api/v1/uploads/{id}", true, 0 },
    { "POST", "/api/v1/uploads/{id}/finish", true, 0 },
    { "POST", "/api/v1/ops", true, 16 * 1024 * 1024 },
    { "GET", "/api/v1/changes", true, 0 },
    { "GET", "/api/v1/state/{kind}", true, 0 },
    { "GET", "/api/v1/items/{uuid}", true, 0 },
};

const Router &router()
{
    static const Router table = [] {
        Router router;
        for (const RouteRow &row : routeRows) {
            router.add(Route { row.method, QString::fromLatin1(row.pattern),
                [](HttpRequest &) { return HttpResponse {}; }, row.authenticated, row.bodyLimit });
        }
#ifndef FOLIO_FUZZ_STANDALONE
        Router real;
        addRoutes(real, RouteContext {});
        bool same = real.routes().size() == router.routes().size();
        for (const Route &route : real.routes()) {
            bool found = false;
            for (const Route &mine : router.routes()) {
                found = found
                    || (mine.method == route.method && mine.pattern == route.pattern
                        && mine.authenticated == route.authenticated && mine.bodyLimit == route.bodyLimit);
            }
            if (!found) {
                std::fprintf(stderr, "route not in the fuzzer's table: %s %s\n", route.method.constData(),
                    qPrintable(route.pattern));
            }
            same = same && found;
        }
        if (!same) {
            violated("fuzz/httprequest_fuzzer.cpp's routeRows differ from server/http's route table");
        }
#endif
        return router;
    }();
    return table;
}

void checkBodies(const HttpRequest &request)
{
    (void)RequestParsing::loginBody(request.body);
    (void)RequestParsing::refreshBody(request.body);
    if (const auto hashes = RequestParsing::existsBody(request.body, 1000)) {
        if (hashes->size() > 1000) {
            violated("exists: more hashes than allowed");
        }
        for (const QString &sha : *hashes) {
            if (sha.size() != 64) {
                violated("exists: a hash that is not 64 characters");
            }
        }
    } else if (hashes.error().status != 400) {
        violated("exists: a refusal that is not 400");
    }
    if (const auto upload = RequestParsing::uploadBody(request.body)) {
        if (upload->size < 0 || upload->sha256.size() != 64) {
            violated("upload: a negative size or a bad hash");
        }
    }
    if (const auto head = RequestParsing::batchHead(request.body, 1000)) {
        qint64 total = 0;
        for (const RequestParsing::BatchEntry &entry : head->entries) {
            if (entry.size < 0) {
                violated("batch: a negative size");
            }
            total += entry.size;
        }
        if (head->dataOffset < 1 || head->dataOffset > request.body.size()
            || head->dataOffset + total != request.body.size()) {
            violated("batch: the sizes do not fill the body");
        }
    }
}

// The Authorization header as authenticate() (authroutes.cpp) reads it, then the token check with a key no
// input knows: a token that passes is a forgery.
void checkToken(const HttpRequest &request)
{
    static const Folio::Server::Tokens tokens(QByteArray(32, '\x5a'));
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QByteArray header = request.header("authorization");
    if (header.size() < 8 || header.left(7).toLower() != "bearer ") {
        return;
    }
    if (tokens.verifyAccessToken(QString::fromLatin1(header.mid(7).trimmed()), now)) {
        violated("an access token verified without the key");
    }
}

void checkHeaders(const HttpRequest &request)
{
    const QByteArray range = request.header("range");
    for (const qint64 size : { qint64(0), qint64(1), qint64(4096), qint64(1) << 40 }) {
        if (const auto parsed = RequestParsing::range(range, size)) {
            if (parsed->start < 0 || parsed->start > parsed->end || parsed->end >= size) {
                violated("range: outside the blob");
            }
        }
    }
    const QByteArray contentRange = request.header("content-range");
    if (const auto parsed = RequestParsing::contentRange(contentRange, request.body.size())) {
        if (parsed->start < 0 || parsed->end < parsed->start
            || parsed->end - parsed->start != request.body.size() - 1) {
            violated("content-range: does not cover the body");
        }
    }
    // The header alone, for chunks of other sizes.
    for (const qint64 size : { qint64(0), qint64(1), qint64(1) << 24 }) {
        (void)RequestParsing::contentRange(contentRange, size);
    }
}

// Feeds DATA to one parser as httpconnection.h does: the header within the header limit, then the body
// within the limit of the route it names. Returns how many bytes the request used, or 0 when the stream
// ends there (an incomplete or refused request closes the connection).
std::size_t oneRequest(const char *data, std::size_t size)
{
    const HttpLimits limits;
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(std::uint32_t(limits.headerBytes));
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    boost::beast::error_code ec;
    std::size_t used = 0;
    // Beast consumes a header only whole: need_more with nothing consumed means the input ends inside it
    // (the server would wait for the header timeout).
    while (!parser.is_header_done()) {
        const std::size_t consumed = parser.put(boost::asio::buffer(data + used, size - used), ec);
        used += consumed;
        if (ec == bhttp::error::need_more && consumed > 0 && used < size) {
            ec = {};
            continue;
        }
        if (ec || consumed == 0) {
            return 0;
        }
    }
    const auto &header = parser.get();
    const QByteArray method(header.method_string().data(), qsizetype(header.method_string().size()));
    const QByteArray target(header.target().data(), qsizetype(header.target().size()));
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const Router::Match match = router().match(method, rawPath);
    const std::size_t limit = match.route && match.route->bodyLimit ? match.route->bodyLimit : limits.bodyBytes;
    if (const auto length = parser.content_length(); length && *length > limit) {
        return 0; // 413
    }
    parser.body_limit(limit);
    while (!parser.is_done()) {
        if (used == size) {
            parser.put_eof(ec);
            if (ec || !parser.is_done()) {
                return 0;
            }
            break;
        }
        const std::size_t consumed = parser.put(boost::asio::buffer(data + used, size - used), ec);
        used += consumed;
        if (ec == bhttp::error::need_more) {
            ec = {};
            if (consumed == 0) {
                used = size; // the rest is an incomplete piece: the input ends here
            }
            continue;
        }
        if (ec) {
            return 0; // 400 or 413
        }
    }

    const auto &message = parser.get();
    HttpRequest request;
    request.method = method;
    request.target = target;
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0) {
        request.query = target.mid(question + 1);
    }
    for (const auto &field : message) {
        request.headers.append(
            { QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
                QByteArray(field.value().data(), qsizetype(field.value().size())) });
    }
    request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
    if (std::size_t(request.body.size()) > limit) {
        violated("a body past its route's limit");
    }
    if (match.route) {
        request.params = match.params;
        for (auto it = request.params.cbegin(); it != request.params.cend(); ++it) {
            // Matching splits the raw path at '/' before decoding: only an encoded %2F may put one in a value.
            if (it.value().contains(QLatin1Char('/')) && !rawPath.toLower().contains("%2f")) {
                violated("a path parameter spanning segments");
            }
        }
    }
    checkBodies(request);
    checkHeaders(request);
    checkToken(request);
    return used;
}

} // namespace HttpRequestFuzzer

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    // Keep-alive: the bytes after one request are the next; at most a few per input.
    for (int i = 0; i < 8 && size > 0; ++i) {
        const std::size_t used = HttpRequestFuzzer::oneRequest(bytes, size);
        if (used == 0 || used > size) {
            break;
        }
        bytes += used;
        size -= used;
    }
    return 0;
}
