// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AuthService is what foliod's auth routes and its route authentication call: sign-in with password and
// TOTP, refresh-token rotation, sign-out, and checking a bearer access token against a live session. It
// owns the server's ServerStore behind one mutex (the store is one-thread-at-a-time and the HTTP server
// runs handlers on several threads) and keeps the slow parts — Argon2id, which PasswordHasher caps on its
// own — outside that mutex, so a burst of logins does not stall token checks. An access token is accepted
// only while its session is neither revoked nor expired and its user not disabled, so `foliod revoke`,
// logout and disabling take effect at once rather than when the 15-minute token expires.
// Every sign-in, refusal, refresh, sign-out, lockout and use of a revoked token is audited (no passwords
// or tokens in the values).
//
// Failed sign-ins are counted in the store's database (LoginThrottle with a LoginThrottleStore on a connection
// of its own), so every node on one database enforces the same lockouts.
//
// Thread safety: every member may be called from any thread. Ownership: owns the store and the throttle;
// the DataDirectoryLock the store was opened under (if any) must outlive it.

#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace Folio::Server {

class LoginThrottleStore;
class ServerStore;

// Who an access token speaks for.
struct AuthIdentity
{
    QString userUuid;
    QString userName;
    QString role;
    qint64 sessionId = 0;
};

struct LoginRequest
{
    QString user;
    QString password;
    std::optional<QString> totp;
    QString device;
    QString address;
};

struct IssuedTokens
{
    QString accessToken;
    int expiresIn = Tokens::accessLifetimeSeconds;
    QString refreshToken;
    qint64 sessionId = 0;
};

// Why a sign-in was refused; the routes map each to its status and code.
enum class LoginRefusal {
    BadCredentials, // unknown user, wrong password or disabled account: one answer for all three
    TotpRequired,
    BadTotp,
    LockedOut,
};

struct LoginFailure
{
    LoginRefusal refusal = LoginRefusal::BadCredentials;
    std::chrono::seconds retryAfter { 0 };
    // Set when the server itself failed (the database); the routes answer 500.
    std::optional<Error> error;
};

template<typename T> using LoginResult = std::expected<T, LoginFailure>;

class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::AuthService)

public:
    // Takes STORE; hashes one dummy password so that unknown names cost as much time as known ones.
    static Result<std::unique_ptr<AuthService>> create(std::unique_ptr<ServerStore> store, Tokens tokens,
        PasswordHasher hasher = {}, LoginThrottle::Limits limits = {});
    ~AuthService();
    AuthService(const AuthService &) = delete;
    AuthService &operator=(const AuthService &) = delete;

    LoginResult<IssuedTokens> login(const LoginRequest &request, const QDateTime &now);
    // A new access token and a new refresh token for REFRESHTOKEN's session; the old refresh token stops
    // working. PermissionDenied when it is unknown, used already, revoked or expired.
    Result<IssuedTokens> refresh(const QString &refreshToken, const QString &address, const QDateTime &now);
    // Revokes IDENTITY's session.
    Result<void> logout(const AuthIdentity &identity, const QString &address);
    // The identity of ACCESSTOKEN when its signature holds, it has not expired and its session is live;
    // else PermissionDenied (audited when the session was revoked).
    Result<AuthIdentity> authenticate(const QString &accessToken, const QString &address, const QDateTime &now);

private:
    AuthService(std::unique_ptr<ServerStore> store, Tokens tokens, PasswordHasher hasher, LoginThrottle::Limits limits,
        std::unique_ptr<LoginThrottleStore> throttleStore, QString dummyHash);
    // Audits under the store mutex; a failure to audit is logged, not turned into a refused request.
    void record(const QString &actor, const QString &action, const QString &entityUuid, const QJsonObject &values);
    // Audits a refused sign-in and counts it in the throttle (an error when it could not be counted).
    Result<void> recordFailure(
        const LoginRequest &request, const QString &userUuid, const QString &reason, const QDateTime &now);

    std::mutex m_storeMutex;
    std::unique_ptr<ServerStore> m_store;
    const Tokens m_tokens;
    const PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    const QString m_dummyHash;
};

} // namespace Folio::Server
