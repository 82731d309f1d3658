// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's route registry: every route is a method, a path pattern whose {name} segments match one path
// segment each ("/api/v1/blobs/{sha256}"), a handler and whether it needs an authenticated caller. The
// registry can be listed (routes()) so tests can check it against docs/api/openapi.yaml and, later, every
// route against the authorization rules. Matching splits the path into segments and compares them with
// each pattern's; no regular expressions.
// Thread safety: add() before the server starts; match() and routes() are const and may be called from
// every server thread at once. Owns its routes.

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArrayList>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace Folio::Server::Http {

using Handler = std::function<HttpResponse(HttpRequest &request)>;

// Who a route lets through, declared with the route so the authorization matrix test
// (tests/server/tst_authzmatrix.cpp) can try every route with every role; a route left Undeclared fails it.
enum class RouteAccess {
    Undeclared,
    Public, // anyone, without a token (health, metrics, sign-in)
    Authenticated, // any signed-in user, about their own things (sign-out, their uploads)
    LibraryRead, // answers only what the caller may read in the library
    LibraryWrite, // changes only what the caller may write (each op is checked)
    BlobRead, // a blob the caller may read: one a readable version refers to, or their own upload
};
// Checks the caller of a route that needs authentication before its handler runs: nullopt lets the request
// through (with request.user and the caller's identity filled in), a response refuses it.
using Authenticator = std::function<std::optional<HttpResponse>(HttpRequest &request)>;
// Called for a route that may stream its body once the header is in and the caller authenticated, before
// any of the body is read (the request has everything but the body): a response refuses the request
// without reading its body; nullopt with request.bodySink set streams the body into that sink; nullopt
// without a sink reads the body into request.body as for any route.
using BodyOpener = std::function<std::optional<HttpResponse>(HttpRequest &request)>;

struct Route
{
    QByteArray method;
    QString pattern;
    Handler handler;
    bool authenticated = true;
    // Largest body the route accepts; 0 means HttpLimits::bodyBytes.
    std::size_t bodyLimit = 0;
    // When set, the route may take its body as a stream (BodyOpener).
    BodyOpener openBody = {};
    // Who the route lets through (declared for the authorization matrix test).
    RouteAccess access = RouteAccess::Undeclared;
};

class Router
{
public:
    struct Match
    {
        // Null when nothing matched.
        const Route *route = nullptr;
        QHash<QString, QString> params;
        // When the path matched but not the method: the methods it does answer (for 405's Allow).
        QByteArrayList allowed;
    };

    void add(Route route);
    // Before the server starts.
    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    // What the server calls for a route with authenticated set. Without an authenticator every such route
    // is refused (401): forgetting to install one must not open them.
    std::optional<HttpResponse> authenticate(HttpRequest &request) const;
    // Matches PATH (percent-encoded, without the query). HEAD falls back to GET.
    Match match(const QByteArray &method, const QByteArray &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    struct Entry
    {
        QStringList segments;
    };
    bool matchSegments(const Entry &entry, const QList<QByteArray> &path, QHash<QString, QString> *params) const;

    std::vector<Route> m_routes;
    std::vector<Entry> m_entries;
    Authenticator m_authenticator;
};

} // namespace Folio::Server::Http
