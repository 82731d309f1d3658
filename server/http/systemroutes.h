// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's operational routes: GET /healthz (liveness and version, for load balancers) and GET /metrics
// (Prometheus). Neither needs a login: probes and scrapers have no account, and neither reveals stored
// content.

#include "routetable.h"

namespace Folio::Server::Http {

void addSystemRoutes(Router &router, const RouteContext &context);

} // namespace Folio::Server::Http
