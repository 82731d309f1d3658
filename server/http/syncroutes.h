// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync API (issue 10): POST /api/v1/ops applies a batch of ops, GET /api/v1/changes pages through the
// change feed, GET /api/v1/state/{kind} pages through the current state for an initial sync, and
// GET /api/v1/items/{uuid} reads one item. Everything answers only what the caller may read; an item the
// caller may not read gets the very answer of an item that does not exist.

#include "routetable.h"

namespace Folio::Server::Http {

void addSyncRoutes(Router &router, const RouteContext &context);

} // namespace Folio::Server::Http
