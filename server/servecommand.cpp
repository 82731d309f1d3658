// SPDX-License-Identifier: GPL-3.0-or-later
// `foliod serve`: takes the data directory's lock, checks the transport rule, listens and serves until
// SIGINT or SIGTERM. The HTTP server runs on its own Asio threads; Qt's event loop is never started, since
// nothing in serve needs it and one dispatcher is simpler to stop cleanly.

#include "auth/authservice.h"
#include "auth/tokens.h"
#include "blobs/serverblobstore.h"
#include "commands.h"
#include "http/accesslog.h"
#include "http/httpserver.h"
#include "http/metrics.h"
#include "http/requestlog.h"
#include "http/routetable.h"
#include "library/libraryservice.h"
#include "listenaddress.h"
#include "store/serverlocation.h"
#include "store/serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <thread>

namespace Folio::Server {

namespace {

struct ServeText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServeCommand)
};

// ListenAddress refuses port 0, which here asks the system for a free port (tests, and the port is printed).
Result<std::pair<ListenAddress, quint16>> parseListen(const QString &text)
{
    const bool anyPort = text.endsWith(QLatin1String(":0"));
    auto address = ListenAddress::parse(anyPort ? text.chopped(1) + QLatin1Char('1') : text);
    if (!address) {
        return std::unexpected(address.error());
    }
    return std::pair { *address, anyPort ? quint16(0) : address->port() };
}

Result<std::chrono::milliseconds> seconds(
    const QCommandLineParser &parser, const QString &option, std::chrono::milliseconds fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value <= 0 || value > 3600) {
        return fail(Error::Code::InvalidArgument,
            ServeText::tr("--%1 takes a number of seconds from 0 to 3600, not \"%2\".")
                .arg(option, parser.value(option)));
    }
    return std::chrono::milliseconds(qint64(value * 1000));
}

} // namespace

int serveCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(ServeText::tr("Serves Folio's HTTP API."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("data"), ServeText::tr("The server's data directory (default $FOLIOD_DATA)."),
            QStringLiteral("DIR") },
        { QStringLiteral("db"),
            ServeText::tr("A PostgreSQL database (postgresql://…) instead of DIR/foliod.db; several nodes may "
                          "share it and one blob folder."),
            QStringLiteral("URL") },
        { QStringLiteral("blobs"),
            ServeText::tr("With --db: the shared folder of blobs, uploads and keys (as --data)."),
            QStringLiteral("DIR") },
        { QStringLiteral("listen"), ServeText::tr("Address and port; port 0 takes a free one."),
            QStringLiteral("HOST:PORT") },
        { QStringLiteral("tls-cert"), ServeText::tr("PEM certificate chain for TLS."), QStringLiteral("FILE") },
        { QStringLiteral("tls-key"), ServeText::tr("PEM private key for TLS."), QStringLiteral("FILE") },
        { QStringLiteral("insecure-http"),
            ServeText::tr("Allow plain HTTP on a non-loopback address (TLS ends at a proxy in front).") },
        { QStringLiteral("threads"), ServeText::tr("Server threads (default: the number of cores, at least 2)."),
            QStringLiteral("N") },
        { QStringLiteral("header-timeout"),
            ServeText::tr("Seconds a client may take to send a request header (default 10)."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("read-timeout"),
            ServeText::tr("Seconds a client may take to send a body or read an answer (default 30)."),
            QStringLiteral("SECONDS") },
    });
    if (!parser.parse(QStringList { QStringLiteral("foliod serve") } + arguments)) {
        err << "foliod serve: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << ServeText::tr("foliod serve: unexpected argument \"%1\".").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    const QString database = parser.value(QStringLiteral("db"));
    const QString data = parser.isSet(QStringLiteral("blobs")) ? parser.value(QStringLiteral("blobs"))
        : parser.isSet(QStringLiteral("data"))                 ? parser.value(QStringLiteral("data"))
                                                               : qEnvironmentVariable("FOLIOD_DATA");
    if (data.isEmpty() || !parser.isSet(QStringLiteral("listen"))) {
        err << ServeText::tr("foliod serve: --data DIR (or $FOLIOD_DATA) and --listen HOST:PORT are required.") << '\n';
        return 2;
    }
    const QString certificate = parser.value(QStringLiteral("tls-cert"));
    const QString key = parser.value(QStringLiteral("tls-key"));
    if (certificate.isEmpty() != key.isEmpty()) {
        err << ServeText::tr("foliod serve: --tls-cert and --tls-key go together.") << '\n';
        return 2;
    }
    const auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        err << "foliod serve: " << listen.error().toString() << '\n';
        return 2;
    }
    const bool tls = !certificate.isEmpty();
    if (auto allowed = listen->first.checkTransport(tls, parser.isSet(QStringLiteral("insecure-http"))); !allowed) {
        err << "foliod serve: " << allowed.error().toString() << '\n';
        return 1;
    }

    Http::HttpLimits limits;
    const auto headerTimeout = seconds(parser, QStringLiteral("header-timeout"), limits.headerTimeout);
    const auto readTimeout = seconds(parser, QStringLiteral("read-timeout"), limits.readTimeout);
    for (const auto *timeout : { &headerTimeout, &readTimeout }) {
        if (!*timeout) {
            err << "foliod serve: " << timeout->error().toString() << '\n';
            return 2;
        }
    }
    limits.headerTimeout = *headerTimeout;
    limits.readTimeout = *readTimeout;
    int threads = std::max(2, int(std::thread::hardware_concurrency()));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1 || threads > 256) {
            err << ServeText::tr("foliod serve: --threads takes a number from 1 to 256.") << '\n';
            return 2;
        }
    }

    auto location = ServerLocation::open(data, database);
    if (!location) {
        err << "foliod serve: " << location.error().toString() << '\n';
        return 1;
    }
    const QString directory = location->directory();
    auto store = location->openStore();
    if (!store) {
        err << "foliod serve: " << store.error().toString() << '\n';
        return 1;
    }
    auto tokens = Tokens::open(directory);
    if (!tokens) {
        err << "foliod serve: " << tokens.error().toString() << '\n';
        return 1;
    }
    auto auth = AuthService::create(std::move(*store), std::move(*tokens));
    if (!auth) {
        err << "foliod serve: " << auth.error().toString() << '\n';
        return 1;
    }

    auto blobs = ServerBlobStore::open(directory);
    if (!blobs) {
        err << "foliod serve: " << blobs.error().toString() << '\n';
        return 1;
    }

    ServerBlobStore *blobStore = blobs->get();
    const BlobCheck uploaded
        = [blobStore](const QString &userUuid, const QString &sha256) { return blobStore->readable(userUuid, sha256); };
    auto library = LibraryService::open(location->database(), directory, uploaded);
    if (!library) {
        err << "foliod serve: " << library.error().toString() << '\n';
        return 1;
    }

    Http::Metrics metrics;
    auto accessLog = Http::AccessLog::open(directory);
    if (!accessLog) {
        err << "foliod serve: " << accessLog.error().toString() << '\n';
        return 1;
    }
    Http::RequestLog log;
    log.setAccessLog(accessLog->get());
    Http::Router router;
    Http::addRoutes(router, Http::RouteContext { &metrics, auth->get(), blobs->get(), library->get() });
    Http::HttpServer server(router, metrics, log, limits);
    if (tls) {
        if (auto loaded = server.useTls(certificate, key); !loaded) {
            err << "foliod serve: " << loaded.error().toString() << '\n';
            return 1;
        }
    }
    server.stopOnSignals();
    const auto port = server.listen(listen->first.host(), listen->second);
    if (!port) {
        err << "foliod serve: " << port.error().toString() << '\n';
        return 1;
    }
    const QString host = listen->first.host().protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + listen->first.host().toString() + QLatin1Char(']')
        : listen->first.host().toString();
    // Tests and supervisors wait for this line; with port 0 it is the only way to learn the port.
    out << "listening on " << host << ':' << *port << Qt::endl;
    server.run(threads);
    err << ServeText::tr("foliod: stopped.") << '\n';
    return 0;
}

} // namespace Folio::Server
