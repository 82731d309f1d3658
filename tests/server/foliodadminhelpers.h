// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the tests of foliod's administration (tst_foliodcheck, tst_foliodbackup, tst_accesslog): the
// foliod program with arguments, accounts, one HTTP request per connection to a real foliod, logins and
// batch uploads of real blobs.

#include "httpexchange.h"
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

using Reply = Folio::Test::HttpReply;

// One request on its own connection (tests/support/httpexchange.h).
inline Reply request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &bearer = {})
{
    return Folio::Test::httpRequest(port, method, path, body, bearer);
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
