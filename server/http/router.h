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
// Checks the caller of a route that needs authentication before its handler runs: nullopt lets the request
// through (with request.user and the caller's identity filled in), a response refuses it.
using Authenticator = std::function<std::optional<HttpResponse>(HttpRequest &request)>;

struct Route
{
    QByteArray method;
    QString pattern;
    Handler handler;
    bool authenticated = true;
    // Largest body the route accepts; 0 means HttpLimits::bodyBytes.
    std::size_t bodyLimit = 0;
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
