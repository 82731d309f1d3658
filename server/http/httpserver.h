// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's HTTP/1.1 server (Boost.Beast on Asio), plain or TLS: accepts connections on one address and
// serves the routes of a Router on a small pool of threads, each connection on its own strand, within
// HttpLimits. Qt's event loop is not involved: Asio's io_context is the only dispatcher, so a request never
// waits for a second loop.
// Thread safety: configure (useTls, listen, stopOnSignals) from one thread, then run() blocks that thread
// until stop() (callable from any thread) or a signal. Borrows the router, metrics and log, which must
// outlive it.

#include "error.h"
#include "httplimits.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

namespace Folio::Server::Http {

class Metrics;
class RequestLog;
class Router;
class HttpServerPrivate;

class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::HttpServer)

public:
    HttpServer(const Router &router, Metrics &metrics, RequestLog &log, const HttpLimits &limits = {});
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Serves TLS (1.2 or later) with a PEM certificate chain and key. Before listen().
    Result<void> useTls(const QString &certificateFile, const QString &keyFile);
    bool isTls() const;
    // Binds and listens; PORT 0 takes a free port. Answers the port bound.
    Result<quint16> listen(const QHostAddress &host, quint16 port);
    // From now on SIGINT and SIGTERM stop the server (as stop() does) instead of killing the process.
    void stopOnSignals();
    // Serves on THREADS threads (the calling one among them) until stop(). Idle connections are closed at
    // once; answers under way get a moment to finish.
    void run(int threads);
    void stop();

private:
    std::unique_ptr<HttpServerPrivate> const d;
};

} // namespace Folio::Server::Http
