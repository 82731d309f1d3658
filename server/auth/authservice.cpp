// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include "auth/loginthrottlestore.h"
#include "auth/totp.h"
#include "domain/ids.h"
#include "store/serverstore.h"

#include <QDebug>

namespace Folio::Server {

namespace {

constexpr int maxRecordedName = 64;

LoginFailure serverFailure(Error error)
{
    LoginFailure failure;
    failure.error = std::move(error);
    return failure;
}

} // namespace

Result<std::unique_ptr<AuthService>> AuthService::create(
    std::unique_ptr<ServerStore> store, Tokens tokens, PasswordHasher hasher, LoginThrottle::Limits limits)
{
    if (auto ok = PasswordHasher::initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    // Checked against when the name is unknown, so that a miss takes as long as a wrong password.
    auto dummy = hasher.hash(QStringLiteral("folio-dummy-password"));
    if (!dummy) {
        return std::unexpected(dummy.error());
    }
    // The throttle's counts live in the store's database, on a connection of their own so that counting a
    // failure does not wait for the store's mutex.
    auto throttleStore = LoginThrottleStore::open(store->target());
    if (!throttleStore) {
        return std::unexpected(throttleStore.error());
    }
    return std::unique_ptr<AuthService>(new AuthService(
        std::move(store), std::move(tokens), std::move(hasher), limits, std::move(*throttleStore), *dummy));
}

AuthService::AuthService(std::unique_ptr<ServerStore> store, Tokens tokens, PasswordHasher hasher,
    LoginThrottle::Limits limits, std::unique_ptr<LoginThrottleStore> throttleStore, QString dummyHash)
    : m_store(std::move(store))
    , m_tokens(std::move(tokens))
    , m_hasher(std::move(hasher))
    , m_throttle(limits, std::move(throttleStore))
    , m_dummyHash(std::move(dummyHash))
{ }

AuthService::~AuthService() = default;

void AuthService::record(
    const QString &actor, const QString &action, const QString &entityUuid, const QJsonObject &values)
{
    std::lock_guard lock(m_storeMutex);
    if (auto ok = m_store->recordEvent(actor, action, QStringLiteral("user"), entityUuid, values); !ok) {
        qWarning().noquote() << tr("foliod: could not audit %1: %2").arg(action, ok.error().toString());
    }
}

Result<void> AuthService::recordFailure(
    const LoginRequest &request, const QString &userUuid, const QString &reason, const QDateTime &now)
{
    const QString name = request.user.left(maxRecordedName);
    record(name, QStringLiteral("auth.login-failed"), userUuid,
        QJsonObject { { QStringLiteral("user"), name }, { QStringLiteral("address"), request.address },
            { QStringLiteral("reason"), reason } });
    const auto outcome = m_throttle.recordFailure(request.user, request.address, now);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    if (outcome->accountLocked || outcome->addressLocked) {
        record(name, QStringLiteral("auth.locked"), userUuid,
            QJsonObject { { QStringLiteral("user"), name }, { QStringLiteral("address"), request.address },
                { QStringLiteral("account"), outcome->accountLocked },
                { QStringLiteral("by_address"), outcome->addressLocked },
                { QStringLiteral("seconds"), qint64(outcome->delay.count()) } });
    }
    return {};
}

LoginResult<IssuedTokens> AuthService::login(const LoginRequest &request, const QDateTime &now)
{
    const auto locked = m_throttle.lockedFor(request.user, request.address, now);
    if (!locked) {
        return std::unexpected(serverFailure(locked.error()));
    }
    if (*locked) {
        LoginFailure failure;
        failure.refusal = LoginRefusal::LockedOut;
        failure.retryAfter = **locked;
        return std::unexpected(failure);
    }

    std::optional<ServerUser> user;
    {
        std::lock_guard lock(m_storeMutex);
        auto found = m_store->user(request.user);
        if (found) {
            user = std::move(*found);
        } else if (found.error().code() != Error::Code::NotFound
            && found.error().code() != Error::Code::InvalidArgument) {
            return std::unexpected(serverFailure(found.error()));
        }
    }

    // Outside the store mutex: Argon2id takes a good fraction of a second and PasswordHasher caps how many
    // run at once.
    auto matches = m_hasher.verify(request.password, user ? user->passwordHash : m_dummyHash);
    if (!matches) {
        return std::unexpected(serverFailure(matches.error()));
    }
    if (!user || !*matches || user->disabled) {
        const QString reason = !user ? QStringLiteral("unknown-user")
            : !*matches              ? QStringLiteral("wrong-password")
                                     : QStringLiteral("disabled");
        // A failure that cannot be counted is a server failure: a 401 would let guessing go on unthrottled.
        if (auto counted = recordFailure(request, user ? user->uuid : QString(), reason, now); !counted) {
            return std::unexpected(serverFailure(counted.error()));
        }
        return std::unexpected(LoginFailure { LoginRefusal::BadCredentials, {}, {} });
    }

    if (!user->totpSecret.isEmpty()) {
        if (!request.totp || request.totp->isEmpty()) {
            // Not counted: the password was right, and the client only has to ask for the code.
            record(user->name, QStringLiteral("auth.login-failed"), user->uuid,
                QJsonObject { { QStringLiteral("user"), user->name }, { QStringLiteral("address"), request.address },
                    { QStringLiteral("reason"), QStringLiteral("totp-required") } });
            return std::unexpected(LoginFailure { LoginRefusal::TotpRequired, {}, {} });
        }
        const auto step = Totp::verify(user->totpSecret, *request.totp, now, user->totpLastStep);
        bool accepted = false;
        if (step) {
            std::lock_guard lock(m_storeMutex);
            auto fresh = m_store->acceptTotpStep(user->uuid, *step);
            if (!fresh) {
                return std::unexpected(serverFailure(fresh.error()));
            }
            accepted = *fresh;
        }
        if (!accepted) {
            if (auto counted = recordFailure(
                    request, user->uuid, step ? QStringLiteral("totp-replayed") : QStringLiteral("totp-wrong"), now);
                !counted) {
                return std::unexpected(serverFailure(counted.error()));
            }
            return std::unexpected(LoginFailure { LoginRefusal::BadTotp, {}, {} });
        }
    }

    auto refreshToken = Tokens::newRefreshToken();
    if (!refreshToken) {
        return std::unexpected(serverFailure(refreshToken.error()));
    }
    Result<ServerSession> session;
    {
        std::lock_guard lock(m_storeMutex);
        session = m_store->addSession(user->uuid, request.device, *refreshToken, now);
        if (session) {
            if (auto ok
                = m_store->recordEvent(user->name, QStringLiteral("auth.login"), QStringLiteral("user"), user->uuid,
                    QJsonObject { { QStringLiteral("session"), session->id },
                        { QStringLiteral("device"), request.device }, { QStringLiteral("address"), request.address } });
                !ok) {
                return std::unexpected(serverFailure(ok.error()));
            }
        }
    }
    if (!session) {
        return std::unexpected(serverFailure(session.error()));
    }
    if (auto cleared = m_throttle.recordSuccess(request.user); !cleared) {
        // The sign-in stands; the account's count is left to run out (idleForget) or to the next success.
        qWarning().noquote() << tr("foliod: could not clear the failed logins of \"%1\": %2")
                                    .arg(request.user.left(maxRecordedName), cleared.error().toString());
    }
    return IssuedTokens { m_tokens.issueAccessToken(user->uuid, session->id, now), Tokens::accessLifetimeSeconds,
        *refreshToken, session->id };
}

Result<IssuedTokens> AuthService::refresh(const QString &refreshToken, const QString &address, const QDateTime &now)
{
    auto next = Tokens::newRefreshToken();
    if (!next) {
        return std::unexpected(next.error());
    }
    Result<ServerSession> session;
    {
        std::lock_guard lock(m_storeMutex);
        session = m_store->rotateRefreshToken(refreshToken, *next, address, now);
    }
    if (!session) {
        if (session.error().code() == Error::Code::PermissionDenied) {
            // The store's message names the session at most, never the token.
            record(QStringLiteral("anonymous"), QStringLiteral("auth.refresh-failed"), {},
                QJsonObject {
                    { QStringLiteral("address"), address }, { QStringLiteral("reason"), session.error().message() } });
        }
        return std::unexpected(session.error());
    }
    return IssuedTokens { m_tokens.issueAccessToken(session->userUuid, session->id, now), Tokens::accessLifetimeSeconds,
        *next, session->id };
}

Result<void> AuthService::logout(const AuthIdentity &identity, const QString &address)
{
    std::lock_guard lock(m_storeMutex);
    auto revoked = m_store->revokeSession(identity.sessionId, identity.userName);
    if (!revoked) {
        return std::unexpected(revoked.error());
    }
    return m_store->recordEvent(identity.userName, QStringLiteral("auth.logout"), QStringLiteral("user"),
        identity.userUuid,
        QJsonObject { { QStringLiteral("session"), identity.sessionId }, { QStringLiteral("address"), address } });
}

Result<AuthIdentity> AuthService::authenticate(const QString &accessToken, const QString &address, const QDateTime &now)
{
    auto claims = m_tokens.verifyAccessToken(accessToken, now);
    if (!claims) {
        return std::unexpected(claims.error());
    }
    std::lock_guard lock(m_storeMutex);
    auto session = m_store->session(claims->sessionId);
    if (!session || session->userUuid != claims->userUuid) {
        return fail(Error::Code::PermissionDenied, tr("The access token's session does not exist: sign in again."));
    }
    if (!session->revoked.isEmpty()) {
        if (auto ok = m_store->recordEvent(session->userName, QStringLiteral("auth.revoked-token"),
                QStringLiteral("user"), session->userUuid,
                QJsonObject { { QStringLiteral("session"), session->id }, { QStringLiteral("address"), address } });
            !ok) {
            qWarning().noquote() << tr("foliod: could not audit auth.revoked-token: %1").arg(ok.error().toString());
        }
        return fail(Error::Code::PermissionDenied, tr("The session %1 was revoked: sign in again.").arg(session->id));
    }
    if (session->expires <= Ids::format(now)) {
        return fail(Error::Code::PermissionDenied, tr("The session %1 expired: sign in again.").arg(session->id));
    }
    auto user = m_store->userByUuid(session->userUuid);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (user->disabled) {
        return fail(Error::Code::PermissionDenied, tr("The account \"%1\" is disabled.").arg(user->name));
    }
    return AuthIdentity { user->uuid, user->name, user->role, session->id };
}

} // namespace Folio::Server
