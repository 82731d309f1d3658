// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemroutes.h"

#include "blobs/serverblobstore.h"
#include "buildinfo.h"

namespace Folio::Server::Http {

void addSystemRoutes(Router &router, const RouteContext &context)
{
    router.add(Route {
        "GET",
        QStringLiteral("/healthz"),
        [](HttpRequest &) {
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("version"), QString::fromLatin1(BuildInfo::version) } });
        },
        false,
        0,
        {},
        RouteAccess::Public,
    });
    const Metrics *metrics = context.metrics;
    const ServerBlobStore *blobs = context.blobs;
    router.add(Route {
        "GET",
        QStringLiteral("/metrics"),
        [metrics, blobs](HttpRequest &) {
            const std::int64_t uploads = blobs ? blobs->activeSessions() : -1;
            return HttpResponse::bytes(200, metrics ? metrics->render(uploads) : QByteArray(),
                QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        },
        false,
        0,
        {},
        RouteAccess::Public,
    });
}

} // namespace Folio::Server::Http
