// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tokens makes the two kinds of bearer tokens foliod hands out at login.
//
// Refresh tokens are 32 random bytes in base64url, one per signed-in device. The server keeps only their
// SHA-256 (hashRefreshToken), so a copy of the database does not let anyone sign in; they live until
// they expire or are revoked (ServerStore's sessions).
//
// Access tokens live 15 minutes and are HMAC-SHA256 signed with a server key kept in DIR/token.key (32
// random bytes, mode 0600) rather than random and stored: checking one costs no database read or write
// on every request, which keeps the store's single writer free for real changes, and nodes that share
// DIR's key can check each other's tokens. The cost is that revoking a session ends its access token
// only when it expires, unless the caller also checks the session (the token carries its id, so it can).
// "v1.<base64url claims JSON>.<base64url HMAC>" — claims {"sub": user uuid, "sid": session id, "exp":
// seconds since the epoch}.
//
// Thread safety: a Tokens value is immutable after open(); use it from any thread. Ownership: holds a copy
// of the key.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Folio::Server {

struct AccessClaims
{
    QString userUuid;
    qint64 sessionId = 0;
    QDateTime expires;
};

class Tokens
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Tokens)

public:
    static constexpr int accessLifetimeSeconds = 15 * 60;

    // Reads DIR/token.key, making it (mode 0600) when missing. Refuses a key file other users can read
    // or one of the wrong size.
    static Result<Tokens> open(const QString &dir);
    // A Tokens with KEY, for tests.
    explicit Tokens(QByteArray key)
        : m_key(std::move(key))
    { }

    // A new refresh token: 32 random bytes, base64url without padding.
    static Result<QString> newRefreshToken();
    // Hex SHA-256 of TOKEN: what the store keeps.
    static QString hashRefreshToken(const QString &token);

    QString issueAccessToken(const QString &userUuid, qint64 sessionId, const QDateTime &now) const;
    // The claims of TOKEN when its signature holds and it has not expired at NOW; else PermissionDenied.
    Result<AccessClaims> verifyAccessToken(const QString &token, const QDateTime &now) const;

private:
    QByteArray m_key;
};

} // namespace Folio::Server
