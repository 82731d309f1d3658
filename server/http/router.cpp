// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <QCoreApplication>
#include <QUrl>

namespace Folio::Server::Http {

namespace {
bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
} // namespace

void Router::add(Route route)
{
    // The leading '/' gives an empty first segment on both sides, so patterns and paths split alike.
    m_entries.push_back(Entry { route.pattern.split(QLatin1Char('/')) });
    m_routes.push_back(std::move(route));
}

bool Router::matchSegments(const Entry &entry, const QList<QByteArray> &path, QHash<QString, QString> *params) const
{
    if (entry.segments.size() != path.size()) {
        return false;
    }
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &want = entry.segments.at(i);
        if (isParameter(want)) {
            if (path.at(i).isEmpty()) {
                return false;
            }
            found.insert(want.mid(1, want.size() - 2), QUrl::fromPercentEncoding(path.at(i)));
        } else if (want.toUtf8() != path.at(i)) {
            return false;
        }
    }
    *params = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QByteArray &path) const
{
    Match result;
    if (!path.startsWith('/')) {
        return result;
    }
    const QList<QByteArray> segments = path.split('/');
    const Route *getFallback = nullptr;
    QHash<QString, QString> getParams;
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matchSegments(m_entries[i], segments, &params)) {
            continue;
        }
        const Route &route = m_routes[i];
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            result.allowed.clear();
            return result;
        }
        if (method == "HEAD" && route.method == "GET" && !getFallback) {
            getFallback = &route;
            getParams = std::move(params);
        }
        if (!result.allowed.contains(route.method)) {
            result.allowed.append(route.method);
        }
    }
    if (getFallback) {
        result.route = getFallback;
        result.params = std::move(getParams);
        result.allowed.clear();
    }
    return result;
}

std::optional<HttpResponse> Router::authenticate(HttpRequest &request) const
{
    if (m_authenticator) {
        return m_authenticator(request);
    }
    HttpResponse refused = HttpResponse::error(401, QStringLiteral("unauthorized"),
        QCoreApplication::translate("Folio::Server::Http::Router", "This server accepts no sign-in for this route."));
    refused.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
    return refused;
}

} // namespace Folio::Server::Http
