// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the tests of foliod's administration (tst_foliodcheck, tst_foliodbackup, tst_accesslog): the
// foliod program with arguments, accounts, one HTTP request per connection to a real foliod, logins and
// batch uploads of real blobs.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace FoliodAdminTestHelpers {

inline Folio::Test::ProcessResult foliod(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOLIOD_DATA"));
    return Folio::Test::run(Folio::Test::program(QStringLiteral("foliod")), arguments, environment, 120000, stdinData);
}

inline QString describe(const Folio::Test::ProcessResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(result.exitCode).arg(result.out, result.err);
}

inline bool addUser(const QString &dir, const QString &name, const QString &password)
{
    const auto result = foliod({ QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                                   QStringLiteral("editor"), QStringLiteral("--data"), dir },
        password.toUtf8() + '\n');
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(describe(result)));
    }
    return result.exitCode == 0;
}

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request on its own connection, read until the server closes it.
inline Reply request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &bearer = {})
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
    if (method != "GET") {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    socket.write(head + "\r\n" + body);
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
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
    Reply reply;
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

// The login answer: access_token, refresh_token, session.
inline QJsonObject login(quint16 port, const QString &user, const QString &password)
{
    const Reply reply = request(port, "POST", "/api/v1/auth/login",
        QJsonDocument(QJsonObject { { QStringLiteral("user"), user }, { QStringLiteral("password"), password },
                          { QStringLiteral("device"), QStringLiteral("admin test") } })
            .toJson(QJsonDocument::Compact));
    if (reply.status != 200) {
        qWarning("login %d %s", reply.status, reply.body.constData());
    }
    return reply.json();
}

inline QByteArray accessToken(quint16 port, const QString &user, const QString &password)
{
    return login(port, user, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

inline QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator { seed };
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char(generator.bounded(256));
    }
    return bytes;
}

// Stores BLOBS through POST /api/v1/blobs/batch; true when every one was stored.
inline bool upload(quint16 port, const QByteArray &token, const QList<QByteArray> &blobs)
{
    QJsonArray list;
    QByteArray data;
    for (const QByteArray &blob : blobs) {
        list.append(QJsonObject {
            { QStringLiteral("sha256"), sha256Of(blob) }, { QStringLiteral("size"), double(blob.size()) } });
        data += blob;
    }
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("blobs"), list } }).toJson(QJsonDocument::Compact) + '\n' + data;
    const Reply reply = request(port, "POST", "/api/v1/blobs/batch", body, token);
    if (reply.status != 200 || reply.json().value(QStringLiteral("stored")).toInt() != blobs.size()) {
        qWarning("batch %d %s", reply.status, reply.body.left(300).constData());
        return false;
    }
    return true;
}

inline QString blobPath(const QString &dir, const QString &sha)
{
    return dir + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha;
}

} // namespace FoliodAdminTestHelpers
