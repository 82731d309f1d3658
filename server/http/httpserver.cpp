// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "httpconnection.h"
#include "tlscontext.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <malloc.h>
#include <mutex>
#include <thread>
#include <vector>

namespace Folio::Server::Http {

namespace net = boost::asio;
using tcp = net::ip::tcp;

class HttpServerPrivate
{
public:
    HttpServerPrivate(const Router &router, Metrics &metrics, RequestLog &log, const HttpLimits &limits)
        : state(std::make_shared<HttpServerState>(HttpServerState { &router, &metrics, &log, limits }))
    { }

    void accept()
    {
        acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || !acceptor.is_open()) {
                return;
            }
            if (!ec) {
                startConnection(std::move(socket));
                accept();
                return;
            }
            // Errors such as running out of descriptors pass as connections close: retry after a pause
            // rather than spinning.
            acceptRetry.expires_after(std::chrono::milliseconds(100));
            acceptRetry.async_wait([this](beast::error_code waitError) {
                if (!waitError && acceptor.is_open()) {
                    accept();
                }
            });
        });
    }

    void startConnection(tcp::socket socket)
    {
        beast::error_code ec;
        const auto endpoint = socket.remote_endpoint(ec);
        const QString remote = ec ? QString() : QString::fromStdString(endpoint.address().to_string());
        std::shared_ptr<HttpConnectionBase> connection;
        if (tls) {
            auto secure = std::make_shared<HttpConnection<beast::ssl_stream<beast::tcp_stream>>>(
                state, slowWork, remote, std::move(socket), *tls);
            secure->start();
            connection = std::move(secure);
        } else {
            auto plain
                = std::make_shared<HttpConnection<beast::tcp_stream>>(state, slowWork, remote, std::move(socket));
            plain->start();
            connection = std::move(plain);
        }
        std::lock_guard lock(connectionsMutex);
        if (connections.size() >= 2 * pruneAt) {
            std::erase_if(connections, [](const auto &weak) { return weak.expired(); });
            pruneAt = std::max<std::size_t>(64, connections.size());
        }
        connections.push_back(connection);
    }

    void shutDown()
    {
        beast::error_code ignored;
        acceptor.close(ignored);
        acceptRetry.cancel();
        signals.cancel(ignored);
        {
            std::lock_guard lock(connectionsMutex);
            for (const auto &weak : connections) {
                if (const auto connection = weak.lock()) {
                    connection->shutDown();
                }
            }
            connections.clear();
        }
        graceDeadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(1500);
        waitForConnections();
    }

    // Idle connections close at once; answers under way get until graceDeadline.
    void waitForConnections()
    {
        if (state->metrics->activeConnections() == 0 || std::chrono::steady_clock::now() >= graceDeadline) {
            io.stop();
            return;
        }
        graceTimer.expires_after(std::chrono::milliseconds(20));
        graceTimer.async_wait([this](beast::error_code ec) {
            if (!ec) {
                waitForConnections();
            }
        });
    }

    std::shared_ptr<const HttpServerState> state;
    net::io_context io;
    // Deferred answers (password hashing) run here, never on the threads that serve connections. Declared
    // after io so that it is joined first: its last tasks post their answers to io's strands.
    net::thread_pool slowWork { std::max(2u, std::thread::hardware_concurrency()) };
    tcp::acceptor acceptor { io };
    net::signal_set signals { io };
    net::steady_timer graceTimer { io };
    net::steady_timer acceptRetry { io };
    std::shared_ptr<net::ssl::context> tls;
    std::chrono::steady_clock::time_point graceDeadline;
    std::mutex connectionsMutex;
    std::vector<std::weak_ptr<HttpConnectionBase>> connections;
    std::size_t pruneAt = 64;
};

HttpServer::HttpServer(const Router &router, Metrics &metrics, RequestLog &log, const HttpLimits &limits)
    : d(std::make_unique<HttpServerPrivate>(router, metrics, log, limits))
{ }

HttpServer::~HttpServer() = default;

Result<void> HttpServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    auto context = TlsContext::load(certificateFile, keyFile);
    if (!context) {
        return std::unexpected(context.error());
    }
    d->tls = std::move(*context);
    return {};
}

bool HttpServer::isTls() const
{
    return bool(d->tls);
}

Result<quint16> HttpServer::listen(const QHostAddress &host, quint16 port)
{
    beast::error_code ec;
    const auto address = net::ip::make_address(host.toString().toStdString(), ec);
    if (ec) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not an address to listen on.").arg(host.toString()),
            QString::fromStdString(ec.message()));
    }
    const tcp::endpoint endpoint(address, port);
    const auto failed = [&](const char *step) {
        return fail(ec == net::error::address_in_use ? Error::Code::Busy : Error::Code::Io,
            tr("Cannot listen on %1 port %2: %3.")
                .arg(host.toString())
                .arg(port)
                .arg(QString::fromStdString(ec.message())),
            QString::fromLatin1(step));
    };
    d->acceptor.open(endpoint.protocol(), ec);
    if (ec) {
        return failed("open");
    }
    d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (ec) {
        return failed("reuse_address");
    }
    d->acceptor.bind(endpoint, ec);
    if (ec) {
        return failed("bind");
    }
    d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        return failed("listen");
    }
    const auto local = d->acceptor.local_endpoint(ec);
    if (ec) {
        return failed("local_endpoint");
    }
    return local.port();
}

void HttpServer::stopOnSignals()
{
    d->signals.add(SIGINT);
    d->signals.add(SIGTERM);
    d->signals.async_wait([this](beast::error_code ec, int) {
        if (!ec) {
            d->shutDown();
        }
    });
}

void HttpServer::run(int threads)
{
    // Request bodies (upload chunks up to 16 MiB, batches up to 32 MiB) are allocated and freed once per
    // request. By default glibc raises its mmap threshold after the first such free and from then on serves
    // them from each thread's heap, where freed chunks stay resident: with a fixed threshold every large body
    // is mapped and unmapped, so foliod's resident memory falls back after each request.
    ::mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    d->accept();
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) {
        pool.emplace_back([this] { d->io.run(); });
    }
    d->io.run();
    for (auto &thread : pool) {
        thread.join();
    }
}

void HttpServer::stop()
{
    net::post(d->io, [this] { d->shutDown(); });
}

} // namespace Folio::Server::Http
