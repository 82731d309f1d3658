// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.Beast's Body concept (reader side) over a QByteArray, so a request body is parsed straight into the
// QByteArray HttpRequest hands to the handler: a body is held once (sized from Content-Length up front)
// instead of in a std::string and then again in a copy. When the route streams its body (Route::openBody),
// the connection sets a BodySink before the body is read, and the bytes go to the sink as they arrive
// instead; a sink that refuses them ends the read with an error (refusedBySink()).
// Private header of server/http (Boost.Beast): only httpconnection.h includes it.
// Thread safety: a reader serves one parser, as Beast requires. Ownership: the message owns the bytes and
// shares the sink.

#include "bodysink.h"

#include <QByteArray>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
#include <limits>
#include <memory>

namespace Folio::Server::Http {

struct ByteArrayBeastBody
{
    struct value_type
    {
        QByteArray bytes;
        // When set (before the body is read), where the body goes instead of `bytes`.
        std::shared_ptr<BodySink> sink;
    };

    static std::uint64_t size(const value_type &body)
    {
        return body.sink ? body.sink->received() : std::uint64_t(body.bytes.size());
    }

    // The error a read ends with when the sink refused the body.
    static boost::system::error_code refusedBySink()
    {
        return boost::system::errc::make_error_code(boost::system::errc::operation_canceled);
    }

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(boost::beast::http::header<isRequest, Fields> &, value_type &body)
            : m_body(body)
        { }

        // Called once the header is in and its Content-Length checked against the route's limit, so the
        // reservation is bounded by that limit.
        void init(const boost::optional<std::uint64_t> &length, boost::system::error_code &ec)
        {
            if (length && !m_body.sink) {
                if (*length > std::uint64_t(std::numeric_limits<qsizetype>::max() / 2)) {
                    ec = boost::beast::http::error::buffer_overflow;
                    return;
                }
                m_body.bytes.reserve(qsizetype(*length));
            }
            ec = {};
        }

        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence &buffers, boost::system::error_code &ec)
        {
            std::size_t total = 0;
            for (auto it = boost::asio::buffer_sequence_begin(buffers); it != boost::asio::buffer_sequence_end(buffers);
                 ++it) {
                const boost::asio::const_buffer buffer = *it;
                if (m_body.sink) {
                    if (!m_body.sink->write(static_cast<const char *>(buffer.data()), buffer.size())) {
                        ec = refusedBySink();
                        return total;
                    }
                } else {
                    m_body.bytes.append(static_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
                }
                total += buffer.size();
            }
            ec = {};
            return total;
        }

        void finish(boost::system::error_code &ec) { ec = {}; }

    private:
        value_type &m_body;
    };
};

} // namespace Folio::Server::Http
