// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's sign-in routes — POST /api/v1/auth/login, /auth/refresh, /auth/logout and GET /api/v1/auth/me —
// and the router's authenticator, which admits a request to an authenticated route only with
// `Authorization: Bearer <access token>` whose session is live (AuthService::authenticate), else answers
// 401 {"code":"unauthorized"} with `WWW-Authenticate: Bearer`. Bodies are strict JSON objects: an unknown
// field or a wrong type is a 400 naming the field.
// Thread safety: the handlers run on any server thread; AuthService serialises what must be.

#include "routetable.h"

namespace Folio::Server::Http {

void addAuthRoutes(Router &router, const RouteContext &context);

} // namespace Folio::Server::Http
