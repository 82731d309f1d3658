// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a route handler answers: a status, a body with its content type and extra header fields. Errors are
// always JSON {"code","message"} (error()), so a client can handle every 4xx and 5xx the same way. The body
// is either bytes in memory or, for answers of any size (blob downloads), a StreamedBody the server reads a
// piece at a time while sending (streamed()). An answer that takes long to compute (a sign-in, which hashes
// a password) is deferred (later()): the server computes it on a pool of its own, so it never holds a thread
// that serves connections. Value type; copies share the StreamedBody.

#include "httprequest.h"
#include "streamedbody.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace Folio::Server::Http {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // When set, the body sent instead of `body`.
    std::shared_ptr<StreamedBody> stream = {};
    // When set, the answer is what this returns, run on the server's pool for slow work with the request
    // (it may set request.user for the log); everything else here is ignored.
    std::function<HttpResponse(HttpRequest &request)> deferred = {};

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return { status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact),
            {} };
    }
    static HttpResponse bytes(int status, QByteArray body, QByteArray contentType)
    {
        return { status, std::move(contentType), std::move(body), {} };
    }
    static HttpResponse streamed(int status, std::shared_ptr<StreamedBody> stream, QByteArray contentType)
    {
        return { status, std::move(contentType), {}, {}, std::move(stream) };
    }
    static HttpResponse later(std::function<HttpResponse(HttpRequest &request)> work)
    {
        HttpResponse response;
        response.deferred = std::move(work);
        return response;
    }
    // CODE is a stable machine name ("not-found", "body-too-large"); MESSAGE is for people.
    static HttpResponse error(int status, const QString &code, const QString &message)
    {
        return json(status, QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } });
    }
};

} // namespace Folio::Server::Http
