// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.Beast's Body concept (reader side) over a QByteArray, so a request body is parsed straight into the
// QByteArray HttpRequest hands to the handler: an upload chunk is held once (sized from Content-Length up
// front) instead of in a std::string and then again in a copy.
// Private header of server/http (Boost.Beast): only httpconnection.h includes it.
// Thread safety: a reader serves one parser, as Beast requires. Ownership: the message owns the bytes.

#include <QByteArray>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
#include <limits>

namespace Folio::Server::Http {

struct ByteArrayBeastBody
{
    using value_type = QByteArray;

    static std::uint64_t size(const value_type &body) { return std::uint64_t(body.size()); }

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
            if (length) {
                if (*length > std::uint64_t(std::numeric_limits<qsizetype>::max() / 2)) {
                    ec = boost::beast::http::error::buffer_overflow;
                    return;
                }
                m_body.reserve(qsizetype(*length));
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
                m_body.append(static_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
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
