// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a route handler answers: a status, a body with its content type and extra header fields. Errors are
// always JSON {"code","message"} (error()), so a client can handle every 4xx and 5xx the same way. Value
// type.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Folio::Server::Http {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return { status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact),
            {} };
    }
    static HttpResponse bytes(int status, QByteArray body, QByteArray contentType)
    {
        return { status, std::move(contentType), std::move(body), {} };
    }
    // CODE is a stable machine name ("not-found", "body-too-large"); MESSAGE is for people.
    static HttpResponse error(int status, const QString &code, const QString &message)
    {
        return json(status, QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } });
    }
};

} // namespace Folio::Server::Http
