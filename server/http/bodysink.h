// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a route that streams its request body (Route::openBody) has the body written while it arrives,
// instead of into HttpRequest::body: an upload chunk goes straight into its session's file, so it is never
// held whole in memory and the disk works while the rest of it is still on the wire.
// Thread safety: used by one connection at a time (its strand). Ownership: shared by the request and the
// connection's body reader; a sink the handler did not finish (a failed or cut-off request) must release
// what it holds when destroyed.

#include <cstddef>
#include <cstdint>

namespace Folio::Server::Http {

class BodySink
{
public:
    virtual ~BodySink() = default;
    // Takes the next SIZE bytes of the body. False refuses the rest: the connection stops reading, still calls
    // the route's handler (which finds in its sink why) and closes the connection once it has answered.
    virtual bool write(const char *data, std::size_t size) = 0;
    // Bytes taken so far.
    virtual std::uint64_t received() const = 0;
};

} // namespace Folio::Server::Http
