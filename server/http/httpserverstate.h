// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every connection of one HttpServer shares: the routes, the metrics, the request log and the limits.
// Private to server/http. Read-only once the server runs (Metrics and RequestLog are thread-safe); the
// pointees are owned by whoever made the HttpServer and outlive it.

#include "httplimits.h"
#include "metrics.h"
#include "requestlog.h"
#include "router.h"

namespace Folio::Server::Http {

struct HttpServerState
{
    const Router *router = nullptr;
    Metrics *metrics = nullptr;
    RequestLog *log = nullptr;
    HttpLimits limits;
};

} // namespace Folio::Server::Http
