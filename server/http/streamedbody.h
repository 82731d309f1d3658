// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A response body too large to hold in memory (a blob download), read piece by piece while it is sent, so
// that what an answer costs in memory does not grow with its size. The server asks size() once for
// Content-Length, then calls read() until that many bytes have come; a read error, once the header is out,
// can only cut the connection, which the client sees as a short body.
// Thread safety: one connection uses it, one call at a time (from whichever server thread runs the
// connection's strand). Ownership: held by the HttpResponse (a shared_ptr, as responses are values) and
// then by the answer being sent; it ends when the answer is sent or the connection fails.

#include "error.h"

#include <cstddef>
#include <cstdint>

namespace Folio::Server::Http {

class StreamedBody
{
public:
    virtual ~StreamedBody() = default;
    // The number of bytes read() delivers in all.
    virtual std::uint64_t size() const = 0;
    // Up to MOST of the next bytes into INTO; their number, 0 only once size() bytes have been read.
    virtual Result<std::size_t> read(char *into, std::size_t most) = 0;
};

} // namespace Folio::Server::Http
