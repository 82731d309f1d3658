// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetable.h"

#include "authroutes.h"
#include "blobroutes.h"
#include "syncroutes.h"
#include "systemroutes.h"

namespace Folio::Server::Http {

void addRoutes(Router &router, const RouteContext &context)
{
    addSystemRoutes(router, context);
    addAuthRoutes(router, context);
    addBlobRoutes(router, context);
    addSyncRoutes(router, context);
}

} // namespace Folio::Server::Http
