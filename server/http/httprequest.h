// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One HTTP request as a route handler sees it: method, target, the path parameters the router matched,
// header fields (names in lower case), the whole body (or the sink a streamed one went to) and the peer's
// address. Value type; a handler owns its copy and may record who the caller is (user) for the request log.

#include "bodysink.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Folio::Server::Http {

struct HttpRequest
{
    QByteArray method;
    // As sent: path and query.
    QByteArray target;
    // Percent-decoded path without the query.
    QString path;
    QByteArray query;
    // Values of the route pattern's {name} segments, percent-decoded.
    QHash<QString, QString> params;
    // Field names in lower case, in the order received.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // On a route that streams its body (Route::openBody): where the body went instead of `body`, which stays
    // empty.
    std::shared_ptr<BodySink> bodySink = {};
    QString remoteAddress;
    // Who made the request once authentication knows it; logged, never a secret.
    QString user;
    // The rest of the caller's identity on authenticated routes, set by the router's authenticator.
    QString userUuid;
    QString role;
    qint64 session = 0;

    // Bytes of body received, in `body` or through bodySink.
    qint64 bodySize() const { return bodySink ? qint64(bodySink->received()) : body.size(); }

    // The first field named NAME (lower case), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &field : headers) {
            if (field.first == name) {
                return field.second;
            }
        }
        return {};
    }
};

} // namespace Folio::Server::Http
