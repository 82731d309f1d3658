// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The limits every connection of foliod's HTTP server works within: header and body sizes, and how long a
// client may take to send them. A slow or oversized client is answered with a 4xx and cut off, so it can
// hold neither memory nor a connection for long. Value type; routes that take uploads raise the body limit
// for themselves (Route::bodyLimit).

#include <chrono>
#include <cstddef>

namespace Folio::Server::Http {

struct HttpLimits
{
    // Request line and header fields together.
    std::size_t headerBytes = 16 * 1024;
    // Default body limit of a route (JSON routes); a route may set its own.
    std::size_t bodyBytes = 8 * 1024 * 1024;
    // Time to receive a whole request header, and the idle time allowed between keep-alive requests.
    std::chrono::milliseconds headerTimeout { 10000 };
    // Time to receive a body, and to send a response.
    std::chrono::milliseconds readTimeout { 30000 };
};

} // namespace Folio::Server::Http
