// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// foliod's blob routes, all authenticated: POST /api/v1/blobs/exists, GET /api/v1/blobs/{sha256} (with
// single Range requests; streamed from disk, so any size in constant memory), resumable uploads
// (POST /api/v1/uploads, PUT|GET|DELETE /api/v1/uploads/{id}, POST /api/v1/uploads/{id}/finish) and
// POST /api/v1/blobs/batch for many small blobs. A blob or session the caller may not see answers exactly
// like a missing one (404). The storage is ServerBlobStore's; the handlers only parse and answer.
// Thread safety: the handlers run on any server thread; ServerBlobStore serialises what must be.
#include "routetable.h"

#include <cstddef>

namespace Folio::Server::Http {

struct BlobRouteLimits
{
    static constexpr std::size_t chunkBytes = 16 * 1024 * 1024;
    static constexpr std::size_t batchBytes = 32 * 1024 * 1024;
    static constexpr int maxHashes = 1000;
};

void addBlobRoutes(Router &router, const RouteContext &context);

} // namespace Folio::Server::Http
