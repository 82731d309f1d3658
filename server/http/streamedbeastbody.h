// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.Beast's view of a StreamedBody (the Body concept, writer side only): the serializer takes the body
// a buffer at a time, each refilled by StreamedBody::read(), so a response streams in constant memory
// whatever its size, over TCP or TLS alike. A read error ends the write with an I/O error (and a warning
// naming the file), since the header has gone out already.
// Private header of server/http (Boost.Beast): only httpconnection.h includes it.
// Thread safety: a writer serves one serializer, as Beast requires. Ownership: the message owns the
// StreamedBody (value_type); each writer owns its buffer.

#include "streamedbody.h"

#include <QDebug>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
#include <memory>
#include <utility>

namespace Folio::Server::Http {

struct StreamedBeastBody
{
    using value_type = std::shared_ptr<StreamedBody>;

    static std::uint64_t size(const value_type &body) { return body ? body->size() : 0; }

    class writer
    {
    public:
        using const_buffers_type = boost::asio::const_buffer;

        // Large enough that a loopback or LAN write is a few system calls per MiB, small enough to be
        // nothing next to the thread's stack of connections.
        static constexpr std::size_t bufferBytes = 256 * 1024;

        template<bool isRequest, class Fields>
        writer(boost::beast::http::header<isRequest, Fields> &, value_type &body)
            : m_body(body)
            , m_remaining(size(body))
        { }

        void init(boost::system::error_code &ec)
        {
            m_buffer = std::make_unique<char[]>(bufferBytes);
            ec = {};
        }

        boost::optional<std::pair<const_buffers_type, bool>> get(boost::system::error_code &ec)
        {
            if (m_remaining == 0) {
                ec = {};
                return boost::none;
            }
            auto got = m_body->read(m_buffer.get(), std::size_t(std::min<std::uint64_t>(bufferBytes, m_remaining)));
            if (!got || *got == 0) {
                qWarning().noquote() << "foliod: a streamed answer failed:"
                                     << (got ? QStringLiteral("it ended early") : got.error().toString());
                ec = boost::system::errc::make_error_code(boost::system::errc::io_error);
                return boost::none;
            }
            m_remaining -= std::min<std::uint64_t>(*got, m_remaining);
            ec = {};
            return { { const_buffers_type(m_buffer.get(), *got), m_remaining > 0 } };
        }

    private:
        value_type &m_body;
        std::uint64_t m_remaining;
        std::unique_ptr<char[]> m_buffer;
    };
};

} // namespace Folio::Server::Http
