// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One client connection of foliod's HTTP server, over plain TCP or TLS (STREAM is beast::tcp_stream or
// beast::ssl_stream<beast::tcp_stream>): reads each request's header within the header timeout and limit,
// picks the route, reads the body within the route's limit and the read timeout, calls the handler and
// writes the answer, then waits for the next keep-alive request. A request body is parsed straight into the
// QByteArray the handler gets (ByteArrayBeastBody), or, on a route that streams its body (Route::openBody),
// written to the route's BodySink as it arrives, read from the socket up to 1 MiB at a time: such a route
// authenticates the caller and may refuse the request from its header alone, before any of the body is
// read (the connection is then closed, since the unread body cannot be told apart from a next request). A
// streamed answer (HttpResponse::stream) is sent a buffer at a time (StreamedBeastBody), each write timed on
// its own, so a large download is bounded in memory and a client reading steadily is never cut off by the
// read timeout. A deferred answer (HttpResponse::later) is computed on the server's pool for slow work and
// sent from the connection's strand when it is ready. Every failure is answered with a JSON error when the
// client can still read it, then the connection is closed.
// Private header of server/http (Boost.Beast): only httpserver.cpp includes it.
// Thread safety: all work of one connection runs on its own strand (the socket's executor). Owned by the
// shared_ptrs its pending operations hold; it ends when the last one completes.

#include "bytearraybeastbody.h"
#include "connectionparts.h"
#include "httpserverstate.h"
#include "streamedbeastbody.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <limits>
#include <memory>
#include <optional>
#include <type_traits>

namespace Folio::Server::Http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

template<class Stream>
class HttpConnection : public HttpConnectionBase, public std::enable_shared_from_this<HttpConnection<Stream>>
{
public:
    static constexpr bool tls = !std::is_same_v<Stream, beast::tcp_stream>;

    template<class... Args>
    HttpConnection(std::shared_ptr<const HttpServerState> state, boost::asio::thread_pool &slowWork,
        QString remoteAddress, Args &&...args)
        : m_stream(std::forward<Args>(args)...)
        , m_state(std::move(state))
        , m_slowWork(slowWork)
        , m_remoteAddress(std::move(remoteAddress))
    {
        // Beast reads at most the buffer's free capacity at a time (and at least 512 bytes): left to grow on its
        // own, the buffer stays the size of a header and a 16 MiB chunk arrives in some 30,000 reads of 512
        // bytes. With 64 KiB reserved, a body is read 64 KiB at a time.
        m_buffer.reserve(64 * 1024);
        m_state->metrics->connectionOpened();
    }
    ~HttpConnection() { m_state->metrics->connectionClosed(); }
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    void start()
    {
        boost::asio::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] { self->begin(); });
    }

    void shutDown() override
    {
        boost::asio::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] {
            self->m_stopping = true;
            if (self->m_waitingForRequest && self->m_buffer.size() == 0) {
                self->m_deadline.cancel();
                self->closeNow();
            }
        });
    }

private:
    using Parser = bhttp::request_parser<ByteArrayBeastBody>;
    using StreamedMessage = bhttp::response<StreamedBeastBody>;

    // A streamed answer with the serializer that sends it, kept alive together by the pending write.
    struct StreamedAnswer
    {
        StreamedMessage message;
        std::optional<bhttp::response_serializer<StreamedBeastBody>> serializer;
    };

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    // Reads are timed by our own timer rather than tcp_stream's expiry, which closes the socket: a client cut
    // off for being slow should still read the 408 that says why. The timer cancels the pending read.
    void armDeadline(std::chrono::milliseconds timeout)
    {
        lowest().expires_never();
        m_timedOut = false;
        const std::uint64_t generation = ++m_generation;
        m_deadline.expires_after(timeout);
        m_deadline.async_wait([self = this->shared_from_this(), generation](beast::error_code ec) {
            if (ec || generation != self->m_generation) {
                return;
            }
            self->m_timedOut = true;
            beast::error_code ignored;
            self->lowest().socket().cancel(ignored);
        });
    }

    void disarmDeadline()
    {
        ++m_generation;
        m_deadline.cancel();
    }

    bool timedOut(const beast::error_code &ec) const
    {
        return ec == beast::error::timeout || (ec == boost::asio::error::operation_aborted && m_timedOut);
    }

    void begin()
    {
        if constexpr (tls) {
            lowest().expires_after(m_state->limits.headerTimeout);
            m_stream.async_handshake(
                boost::asio::ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
                    if (ec) {
                        self->m_state->metrics->recordError(QStringLiteral("tls-handshake"));
                        self->closeNow();
                        return;
                    }
                    self->readHeader();
                });
        } else {
            readHeader();
        }
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_state->limits.headerBytes));
        // The body limit depends on the route, known only once the header is in (onHeader()).
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_method = "-";
        m_route = QStringLiteral("unmatched");
        m_path.clear();
        m_match = {};
        // A request whose body was streamed and cut off: its sink lets go of what it holds.
        m_openedRequest.reset();
        if (m_stopping) {
            closeNow();
            return;
        }
        m_waitingForRequest = true;
        armDeadline(m_state->limits.headerTimeout);
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        disarmDeadline();
        m_waitingForRequest = false;
        m_clock.start();
        if (timedOut(ec)) {
            // A client that sent part of a request is told why it is cut off; an idle keep-alive one is not.
            if (m_buffer.size() > 0 || m_parser->got_some()) {
                failRequest(408, "timeout", QStringLiteral("request-timeout"),
                    HttpConnectionText::tr("The request header did not arrive in time."));
            } else {
                closeNow();
            }
            return;
        }
        if (ec == bhttp::error::header_limit) {
            failRequest(431, "header-too-large", QStringLiteral("header-too-large"),
                HttpConnectionText::tr("The request header is larger than %1 bytes.").arg(m_state->limits.headerBytes));
            return;
        }
        if (ec && ec != bhttp::error::end_of_stream && isParseError(ec)) {
            failRequest(400, "bad-request", QStringLiteral("bad-request"),
                HttpConnectionText::tr("The request is not valid HTTP/1.1."), QString::fromStdString(ec.message()));
            return;
        }
        if (ec) {
            closeNow();
            return;
        }

        const auto &header = m_parser->get();
        m_method = QByteArray(header.method_string().data(), qsizetype(header.method_string().size()));
        const QByteArray target(header.target().data(), qsizetype(header.target().size()));
        const qsizetype question = target.indexOf('?');
        const QByteArray rawPath = question < 0 ? target : target.left(question);
        m_path = QUrl::fromPercentEncoding(rawPath);
        m_match = m_state->router->match(m_method, rawPath);
        if (m_match.route) {
            m_route = m_match.route->pattern;
        }
        const std::size_t limit
            = m_match.route && m_match.route->bodyLimit != 0 ? m_match.route->bodyLimit : m_state->limits.bodyBytes;
        if (const auto length = m_parser->content_length(); length && *length > limit) {
            failRequest(413, "body-too-large", QStringLiteral("body-too-large"),
                HttpConnectionText::tr("The request body is larger than %1 bytes.").arg(limit));
            return;
        }
        m_parser->body_limit(limit);
        if (m_match.route && m_match.route->openBody && !openBody()) {
            return;
        }
        if (m_parser->is_done()) {
            dispatch();
            return;
        }
        if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
            // Clients that ask (curl does for large bodies) wait for this before sending the body.
            auto proceed = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
            lowest().expires_after(m_state->limits.readTimeout);
            bhttp::async_write(m_stream, *proceed,
                [self = this->shared_from_this(), proceed](beast::error_code writeError, std::size_t) {
                    if (writeError) {
                        self->closeNow();
                        return;
                    }
                    self->readBody();
                });
            return;
        }
        readBody();
    }

    HttpRequest requestFromHeader() const
    {
        HttpRequest request = Http::requestFromHeader(m_parser->get(), m_method, m_path, m_remoteAddress);
        if (m_match.route) {
            request.params = m_match.params;
        }
        return request;
    }

    // For a route that streams its body: authenticates the caller and lets the route refuse the request or
    // set the sink its body goes to, before any of the body is read. False when the request is answered.
    bool openBody()
    {
        HttpRequest request = requestFromHeader();
        std::optional<HttpResponse> refusal;
        bool threw = true;
        QString detail;
        HttpResponse failure = guarded(
            [&] {
                refusal = m_match.route->authenticated ? m_state->router->authenticate(request) : std::nullopt;
                if (!refusal) {
                    refusal = m_match.route->openBody(request);
                }
                threw = false;
                return HttpResponse {};
            },
            detail);
        if (threw) {
            refusal = std::move(failure);
        }
        m_user = request.user;
        if (refusal) {
            m_bytesIn = 0;
            // Unless there is no body, it is left unread, and the connection cannot serve another request.
            respond(std::move(*refusal), m_parser->is_done() && m_parser->get().keep_alive(), detail);
            return false;
        }
        m_parser->get().body().sink = request.bodySink;
        m_openedRequest = std::move(request);
        return true;
    }

    void readBody()
    {
        armDeadline(m_state->limits.readTimeout);
        if (m_openedRequest && m_openedRequest->bodySink && !m_parser->chunked() && m_parser->content_length()) {
            readIntoSink(*m_parser->content_length());
            return;
        }
        bhttp::async_read(m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
    }

    // A streamed body of known length (connectionparts.h), within the read timeout armed by readBody().
    void readIntoSink(std::uint64_t remaining)
    {
        Http::readIntoSink(m_stream, m_buffer, m_bodyBuffer, remaining, *m_openedRequest->bodySink,
            [self = this->shared_from_this()](SinkRead end, beast::error_code ec) {
                self->disarmDeadline();
                if (end == SinkRead::Complete) {
                    self->dispatch();
                } else if (end == SinkRead::Refused) {
                    self->dispatch(false);
                } else if (self->timedOut(ec)) {
                    self->failRequest(408, "timeout", QStringLiteral("request-timeout"),
                        HttpConnectionText::tr("The request body did not arrive in time."));
                } else {
                    // The client went away (or the connection broke) in the middle of the body.
                    self->closeNow();
                }
            });
    }

    void onBody(beast::error_code ec)
    {
        disarmDeadline();
        if (timedOut(ec)) {
            failRequest(408, "timeout", QStringLiteral("request-timeout"),
                HttpConnectionText::tr("The request body did not arrive in time."));
        } else if (ec == ByteArrayBeastBody::refusedBySink() && m_openedRequest) {
            // The handler answers why its sink refused the body; what is left of it goes unread.
            dispatch(false);
        } else if (ec == bhttp::error::body_limit) {
            failRequest(413, "body-too-large", QStringLiteral("body-too-large"),
                HttpConnectionText::tr("The request body is larger than %1 bytes.")
                    .arg(m_match.route && m_match.route->bodyLimit ? m_match.route->bodyLimit
                                                                   : m_state->limits.bodyBytes));
        } else if (ec && isParseError(ec) && ec != bhttp::error::end_of_stream) {
            failRequest(400, "bad-request", QStringLiteral("bad-request"),
                HttpConnectionText::tr("The request body is not valid HTTP/1.1."),
                QString::fromStdString(ec.message()));
        } else if (ec) {
            closeNow();
        } else {
            dispatch();
        }
    }

    // KEEPALIVE false closes the connection after the answer whatever the client asked.
    void dispatch(bool keepAlive = true)
    {
        auto &message = m_parser->get();
        keepAlive = keepAlive && message.keep_alive();
        HttpResponse response;
        QString detail;
        if (m_openedRequest) {
            // A streamed body: the caller is authenticated already (openBody()).
            HttpRequest request = std::move(*m_openedRequest);
            m_openedRequest.reset();
            message.body().sink.reset();
            if (!request.bodySink) {
                // The route chose to take this body whole.
                request.body = std::move(message.body().bytes);
            }
            m_bytesIn = std::uint64_t(request.bodySize());
            response = guarded([&] { return m_match.route->handler(request); }, detail);
            m_user = request.user;
            if (response.deferred) {
                defer(std::move(request), std::move(response.deferred), keepAlive);
                return;
            }
            respond(std::move(response), keepAlive, detail);
            return;
        }
        HttpRequest request = requestFromHeader();
        // Moved, not copied: a body is held once.
        request.body = std::move(message.body().bytes);
        m_bytesIn = std::uint64_t(request.body.size());

        if (!m_match.route && !m_match.allowed.isEmpty()) {
            response = HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                HttpConnectionText::tr("%1 does not answer %2.").arg(m_path, QString::fromLatin1(m_method)));
            response.headers.append({ "Allow", m_match.allowed.join(", ") });
        } else if (!m_match.route) {
            response = HttpResponse::error(
                404, QStringLiteral("not-found"), HttpConnectionText::tr("There is no route %1.").arg(m_path));
        } else {
            response = guarded(
                [&] {
                    // Authentication comes first, so no handler ever runs for an unknown caller.
                    auto refused = m_match.route->authenticated ? m_state->router->authenticate(request) : std::nullopt;
                    return refused ? std::move(*refused) : m_match.route->handler(request);
                },
                detail);
        }
        m_user = request.user;
        if (response.deferred) {
            defer(std::move(request), std::move(response.deferred), keepAlive);
            return;
        }
        respond(std::move(response), keepAlive, detail);
    }

    // Runs a handler; an exception becomes a 500 whose reason goes to the log (DETAIL).
    template<class Call> HttpResponse guarded(Call &&call, QString &detail)
    {
        return guardedCall(*m_state->metrics, std::forward<Call>(call), detail);
    }

    // Computes a deferred answer on the pool for slow work, then sends it from the connection's strand.
    void defer(HttpRequest request, std::function<HttpResponse(HttpRequest &)> work, bool keepAlive)
    {
        boost::asio::post(m_slowWork,
            [self = this->shared_from_this(), request = std::move(request), work = std::move(work),
                keepAlive]() mutable {
                QString detail;
                HttpResponse response = self->guarded([&] { return work(request); }, detail);
                // A deferred answer cannot defer again.
                response.deferred = {};
                boost::asio::dispatch(self->m_stream.get_executor(),
                    [self, user = request.user, response = std::move(response), keepAlive, detail]() mutable {
                        self->m_user = user;
                        self->respond(std::move(response), keepAlive, detail);
                    });
            });
    }

    // Answers a request that could not be read whole, and closes the connection: what remains of it on the
    // wire cannot be told apart from a next request.
    void failRequest(
        int status, const char *errorKind, const QString &code, const QString &message, const QString &detail = {})
    {
        m_state->metrics->recordError(QString::fromLatin1(errorKind));
        m_bytesIn = 0;
        releaseBody();
        respond(HttpResponse::error(status, code, message), false, detail.isEmpty() ? message : detail);
    }

    void respond(HttpResponse response, bool keepAlive, const QString &detail)
    {
        if (response.status >= 500) {
            m_state->metrics->recordError(QStringLiteral("server-error"));
        }
        keepAlive = keepAlive && !m_stopping;
        if (response.stream && m_method != "HEAD") {
            respondStreamed(std::move(response), keepAlive, detail);
            return;
        }
        auto message
            = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(response.status), 11);
        setHeader(*message, response, keepAlive);
        if (m_method == "HEAD") {
            message->content_length(response.stream ? response.stream->size() : std::uint64_t(response.body.size()));
        } else {
            message->body().assign(response.body.constData(), std::size_t(response.body.size()));
            message->prepare_payload();
        }
        // Counted before it is sent, so that a client that has read an answer finds it in /metrics.
        finished(response.status, message->body().size(), detail);
        lowest().expires_after(m_state->limits.readTimeout);
        bhttp::async_write(m_stream, *message,
            [self = this->shared_from_this(), message, keepAlive](beast::error_code ec, std::size_t) {
                if (ec || !keepAlive) {
                    self->closeGracefully();
                    return;
                }
                self->readHeader();
            });
    }

    void respondStreamed(HttpResponse response, bool keepAlive, const QString &detail)
    {
        auto answer = std::make_shared<StreamedAnswer>();
        answer->message.result(static_cast<bhttp::status>(response.status));
        answer->message.version(11);
        setHeader(answer->message, response, keepAlive);
        answer->message.body() = std::move(response.stream);
        answer->message.prepare_payload();
        answer->serializer.emplace(answer->message);
        finished(response.status, std::size_t(StreamedBeastBody::size(answer->message.body())), detail);
        writeStreamed(std::move(answer), keepAlive);
    }

    // One piece at a time, each within the read timeout: the timeout bounds a stalled client, not the size
    // of the answer.
    void writeStreamed(std::shared_ptr<StreamedAnswer> answer, bool keepAlive)
    {
        lowest().expires_after(m_state->limits.readTimeout);
        auto &serializer = *answer->serializer;
        bhttp::async_write_some(m_stream, serializer,
            [self = this->shared_from_this(), answer = std::move(answer), keepAlive](
                beast::error_code ec, std::size_t) mutable {
                if (ec) {
                    // The header is out: all that can tell the client is a connection closed short.
                    self->m_state->metrics->recordError(QStringLiteral("stream"));
                    self->closeNow();
                    return;
                }
                if (!answer->serializer->is_done()) {
                    self->writeStreamed(std::move(answer), keepAlive);
                    return;
                }
                if (!keepAlive) {
                    self->closeGracefully();
                    return;
                }
                self->readHeader();
            });
    }

    void finished(int status, std::size_t bodyBytes, const QString &detail)
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        m_state->metrics->recordRequest(m_route, m_method, status, seconds);
        RequestLogEntry entry;
        entry.remoteAddress = m_remoteAddress;
        entry.method = m_method;
        entry.path = m_path;
        entry.route = m_route;
        entry.status = status;
        entry.durationMs = seconds * 1000;
        entry.bytesIn = m_bytesIn;
        entry.bytesOut = bodyBytes;
        entry.user = m_user;
        entry.error = detail;
        m_state->log->write(entry);
        m_user.clear();
    }

    void closeGracefully()
    {
        if constexpr (tls) {
            lowest().expires_after(std::chrono::seconds(2));
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->closeNow(); });
        } else {
            // Closing with unread input would make the kernel send a reset that can destroy the answer
            // before the client reads it (a client still sending an oversized body); so stop sending and
            // drain for a moment first.
            beast::error_code ignored;
            lowest().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
            lowest().expires_after(std::chrono::seconds(2));
            drain();
        }
    }

    void drain()
    {
        m_drain.resize(16 * 1024);
        lowest().async_read_some(
            boost::asio::buffer(m_drain), [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec) {
                    self->closeNow();
                    return;
                }
                self->drain();
            });
    }

    // Drops the sink of a streamed body that will not be completed, so that what it holds (an upload
    // session) is free at once rather than when the connection ends.
    void releaseBody()
    {
        m_openedRequest.reset();
        if (m_parser) {
            m_parser->get().body().sink.reset();
        }
    }

    void closeNow()
    {
        releaseBody();
        beast::error_code ignored;
        lowest().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
        lowest().socket().close(ignored);
    }

    Stream m_stream;
    std::shared_ptr<const HttpServerState> m_state;
    boost::asio::thread_pool &m_slowWork;
    QString m_remoteAddress;
    beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    Router::Match m_match;
    // The request of a streamed body, set up from its header (openBody()) until its handler runs.
    std::optional<HttpRequest> m_openedRequest;
    // readIntoSink()'s buffer, made for the connection's first streamed body.
    std::unique_ptr<char[]> m_bodyBuffer;
    QByteArray m_method;
    QString m_path;
    QString m_route;
    QString m_user;
    std::uint64_t m_bytesIn = 0;
    QElapsedTimer m_clock;
    boost::asio::steady_timer m_deadline { m_stream.get_executor() };
    std::uint64_t m_generation = 0;
    bool m_timedOut = false;
    bool m_waitingForRequest = false;
    bool m_stopping = false;
    std::string m_drain;
};

} // namespace Folio::Server::Http
