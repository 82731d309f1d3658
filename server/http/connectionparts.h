// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces of HttpConnection (httpconnection.h) that do not depend on its state or its stream type: its
// translation context, the interface the server stops connections through, the HttpRequest a parsed header
// describes, the header fields of an answer, and the reading of a streamed body of known length from the
// socket into its BodySink without Beast's parser, which reads 64 KiB at a time: here a read takes up to
// 1 MiB, never past the body's end, so that a next request stays on the wire (or in the connection's
// buffer) for the next header read.
// Private header of server/http (Boost.Beast): only httpconnection.h includes it.
// Thread safety: used on one connection's strand. Ownership: the caller keeps the stream, the buffers and
// the sink alive until readIntoSink()'s completion handler runs (HttpConnection's holds its shared_ptr).

#include "bodysink.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QString>

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/system/error_code.hpp>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <memory>

namespace Folio::Server::Http {

struct HttpConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::HttpConnection)
};

// What the server needs of every connection, whatever its stream, when it stops.
class HttpConnectionBase
{
public:
    virtual ~HttpConnectionBase() = default;
    // Closes the connection if it waits for a request, else after the answer under way. Thread-safe.
    virtual void shutDown() = 0;
};

// CALL's answer, or a 500 when it throws (the exception's text in DETAIL for the log, counted in METRICS):
// a handler's bug must not take the connection or the server down.
template<class Call> HttpResponse guardedCall(Metrics &metrics, Call &&call, QString &detail)
{
    try {
        return call();
    } catch (const std::exception &exception) {
        detail = QString::fromUtf8(exception.what());
    } catch (...) {
        detail = QStringLiteral("unknown exception");
    }
    metrics.recordError(QStringLiteral("handler"));
    return HttpResponse::error(500, QStringLiteral("internal"),
        HttpConnectionText::tr("The server failed to answer this request; the log tells why."));
}

// True when EC is one of Beast's HTTP parse errors.
inline bool isParseError(const boost::system::error_code &ec)
{
    return ec.category() == boost::beast::http::make_error_code(boost::beast::http::error::bad_target).category();
}

// Sets the header fields of RESPONSE (and Server, Content-Type, keep-alive) on the Beast MESSAGE.
template<class Message> void setHeader(Message &message, const HttpResponse &response, bool keepAlive)
{
    namespace beast = boost::beast;
    message.set(beast::http::field::server, "foliod");
    if (!response.contentType.isEmpty()) {
        message.set(beast::http::field::content_type,
            beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
    }
    for (const auto &field : std::as_const(response.headers)) {
        message.set(beast::string_view(field.first.constData(), std::size_t(field.first.size())),
            beast::string_view(field.second.constData(), std::size_t(field.second.size())));
    }
    message.keep_alive(keepAlive);
}

// The request as far as the header MESSAGE tells (METHOD and PATH as the connection decoded them), without
// the body.
template<class Message>
HttpRequest requestFromHeader(
    const Message &message, const QByteArray &method, const QString &path, const QString &remoteAddress)
{
    HttpRequest request;
    request.method = method;
    request.target = QByteArray(message.target().data(), qsizetype(message.target().size()));
    request.path = path;
    const qsizetype question = request.target.indexOf('?');
    if (question >= 0) {
        request.query = request.target.mid(question + 1);
    }
    for (const auto &field : message) {
        request.headers.append(
            { QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
                QByteArray(field.value().data(), qsizetype(field.value().size())) });
    }
    request.remoteAddress = remoteAddress;
    return request;
}

// How reading a streamed body ended.
enum class SinkRead { Complete, Refused, Failed };

// Writes REMAINING bytes of a body into SINK: first what BUFFER holds already, then reads from STREAM into
// PIECE (made here, 1 MiB, if empty). DONE(SinkRead, error_code) is called once: Complete when all bytes are
// in, Refused when the sink refused them, Failed with the read's error.
template<class Stream, class Done>
void readIntoSink(Stream &stream, boost::beast::flat_buffer &buffer, std::unique_ptr<char[]> &piece,
    std::uint64_t remaining, BodySink &sink, Done done)
{
    constexpr std::size_t pieceBytes = 1024 * 1024;
    if (remaining > 0 && buffer.size() > 0) {
        const std::size_t take = std::size_t(std::min<std::uint64_t>(remaining, buffer.size()));
        if (!sink.write(static_cast<const char *>(buffer.data().data()), take)) {
            done(SinkRead::Refused, boost::system::error_code {});
            return;
        }
        buffer.consume(take);
        remaining -= take;
    }
    if (remaining == 0) {
        done(SinkRead::Complete, boost::system::error_code {});
        return;
    }
    if (!piece) {
        piece = std::make_unique<char[]>(pieceBytes);
    }
    const std::size_t want = std::size_t(std::min<std::uint64_t>(remaining, pieceBytes));
    stream.async_read_some(boost::asio::buffer(piece.get(), want),
        [&stream, &buffer, &piece, remaining, &sink, done = std::move(done)](
            boost::system::error_code ec, std::size_t got) mutable {
            if (ec) {
                done(SinkRead::Failed, ec);
                return;
            }
            if (!sink.write(piece.get(), got)) {
                done(SinkRead::Refused, ec);
                return;
            }
            readIntoSink(stream, buffer, piece, remaining - got, sink, std::move(done));
        });
}

} // namespace Folio::Server::Http
