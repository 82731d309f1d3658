// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

namespace Folio::Test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::code() const
{
    return json().value(QStringLiteral("code")).toString();
}

QString HttpReply::message() const
{
    return json().value(QStringLiteral("message")).toString();
}

HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &bearer, const QList<QByteArray> &extraHeaders, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!bearer.isEmpty()) {
        head += "Authorization: Bearer " + bearer + "\r\n";
    }
    for (const QByteArray &field : extraHeaders) {
        head += field + "\r\n";
    }
    if (method != "GET") {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    socket.write(head + "\r\n");
    socket.write(body);
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            break;
        }
        if (socket.bytesToWrite() > 0) {
            socket.waitForBytesWritten(200);
        } else if (socket.bytesAvailable() == 0) {
            socket.waitForReadyRead(200);
        }
        data += socket.readAll();
    }
    HttpReply reply;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return reply;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    reply.body = data.mid(end + 4);
    reply.status = lines.first().split(' ').value(1).toInt();
    return reply;
}

} // namespace Folio::Test
