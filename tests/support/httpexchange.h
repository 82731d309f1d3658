// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One HTTP/1.1 exchange with a real foliod on loopback, as the server tests make them: a request on a
// connection of its own ("Connection: close"), read until the server closes it. Raw sockets rather than
// QNetworkAccessManager, so the tests see exactly what went over the wire (status, every header, the body).
//
// Thread safety: blocking; call from the test's thread. No ownership.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Folio::Test {

struct HttpReply
{
    int status = 0; // 0 when no answer came
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const;
    // The JSON error body's fields.
    QString code() const;
    QString message() const;
};

// METHOD PATH to 127.0.0.1:PORT with BODY (Content-Length is sent for every method but GET), a bearer token
// when BEARER is not empty, and EXTRAHEADERS ("Name: value" each).
HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &bearer = {}, const QList<QByteArray> &extraHeaders = {}, int timeoutMs = 60000);

} // namespace Folio::Test
