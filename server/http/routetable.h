// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where foliod's routes are registered, so the server, the OpenAPI check and (later) the
// authorization matrix test all see the same registry. Each group of routes adds itself here.

#include "metrics.h"
#include "router.h"

namespace Folio::Server {
class AuthService;
class LibraryService;
class ServerBlobStore;
} // namespace Folio::Server

namespace Folio::Server::Http {

struct RouteContext
{
    // Rendered by /metrics, counted into by the blob routes; outlives the router.
    Metrics *metrics = nullptr;
    // Sign-in and the authentication of every authenticated route; outlives the router. Null in tests that
    // only list the routes: the auth routes then answer 503 and authenticated routes 401.
    AuthService *auth = nullptr;
    // Blob storage and uploads; outlives the router. Null in tests that only list the routes: the blob routes
    // then answer 503.
    ServerBlobStore *blobs = nullptr;
    // The shared library (ops, change feed, state, permissions); outlives the router. Null in tests that only
    // list the routes: the sync routes then answer 503.
    LibraryService *library = nullptr;
};

void addRoutes(Router &router, const RouteContext &context);

} // namespace Folio::Server::Http
