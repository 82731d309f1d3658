// SPDX-License-Identifier: GPL-3.0-or-later
#include "authroutes.h"

#include "auth/authservice.h"
#include "requestparsing.h"

#include <QCoreApplication>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <expected>
#include <initializer_list>

namespace Folio::Server::Http {

namespace {

struct AuthRoutesText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::AuthRoutes)
};

HttpResponse unavailable()
{
    return HttpResponse::error(
        503, QStringLiteral("unavailable"), AuthRoutesText::tr("Sign-in is not available on this server."));
}

HttpResponse internal()
{
    return HttpResponse::error(500, QStringLiteral("internal"),
        AuthRoutesText::tr("The server failed to answer this request; the log tells why."));
}

HttpResponse unauthorized(const QString &message, bool tokenGiven)
{
    HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthorized"), message);
    // RFC 6750: say that a token was rejected rather than missing, so clients know to refresh.
    response.headers.append({ QByteArrayLiteral("WWW-Authenticate"),
        tokenGiven ? QByteArrayLiteral("Bearer error=\"invalid_token\"") : QByteArrayLiteral("Bearer") });
    return response;
}

HttpResponse tokensResponse(const IssuedTokens &tokens)
{
    HttpResponse response = HttpResponse::json(200,
        QJsonObject { { QStringLiteral("access_token"), tokens.accessToken },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), tokens.expiresIn },
            { QStringLiteral("refresh_token"), tokens.refreshToken },
            { QStringLiteral("session"), tokens.sessionId } });
    // Tokens must not sit in a proxy's or browser's cache (RFC 6749 5.1).
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    return response;
}

HttpResponse login(AuthService &auth, HttpRequest &request)
{
    const auto body = RequestParsing::loginBody(request.body);
    if (!body) {
        return body.error();
    }
    LoginRequest login;
    login.user = body->value(QStringLiteral("user")).toString();
    login.password = body->value(QStringLiteral("password")).toString();
    if (body->contains(QStringLiteral("totp"))) {
        login.totp = body->value(QStringLiteral("totp")).toString();
    }
    login.device = body->value(QStringLiteral("device")).toString();
    login.address = request.remoteAddress;
    auto issued = auth.login(login, QDateTime::currentDateTimeUtc());
    if (issued) {
        request.user = login.user;
        return tokensResponse(*issued);
    }
    const LoginFailure &failure = issued.error();
    if (failure.error) {
        qWarning().noquote() << AuthRoutesText::tr("foliod: sign-in failed: %1").arg(failure.error->toString());
        return internal();
    }
    switch (failure.refusal) {
    case LoginRefusal::BadCredentials: break;
    case LoginRefusal::TotpRequired:
        return HttpResponse::error(401, QStringLiteral("totp-required"),
            AuthRoutesText::tr("This account needs the code from its authenticator app (\"totp\")."));
    case LoginRefusal::BadTotp:
        return HttpResponse::error(401, QStringLiteral("bad-totp"),
            AuthRoutesText::tr("The authenticator code is wrong or was used already."));
    case LoginRefusal::LockedOut: {
        const qint64 seconds = std::max<qint64>(1, failure.retryAfter.count());
        HttpResponse response = HttpResponse::error(429, QStringLiteral("too-many-attempts"),
            AuthRoutesText::tr("Too many failed sign-ins: try again in %n second(s).", nullptr, int(seconds)));
        response.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(seconds) });
        return response;
    }
    }
    // One answer for an unknown name, a wrong password and a disabled account: no enumeration.
    return HttpResponse::error(
        401, QStringLiteral("bad-credentials"), AuthRoutesText::tr("The user name or the password is wrong."));
}

HttpResponse refresh(AuthService &auth, HttpRequest &request)
{
    const auto body = RequestParsing::refreshBody(request.body);
    if (!body) {
        return body.error();
    }
    auto issued = auth.refresh(body->value(QStringLiteral("refresh_token")).toString(), request.remoteAddress,
        QDateTime::currentDateTimeUtc());
    if (!issued) {
        if (issued.error().code() == Error::Code::PermissionDenied) {
            return unauthorized(issued.error().message(), true);
        }
        qWarning().noquote() << AuthRoutesText::tr("foliod: refresh failed: %1").arg(issued.error().toString());
        return internal();
    }
    return tokensResponse(*issued);
}

std::optional<HttpResponse> authenticate(AuthService &auth, HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    // The scheme name is case-insensitive (RFC 9110 11.1).
    if (header.size() < 8 || header.left(7).toLower() != "bearer ") {
        return unauthorized(
            AuthRoutesText::tr("Sign in first: send \"Authorization: Bearer\" with an access token."), false);
    }
    auto identity = auth.authenticate(
        QString::fromLatin1(header.mid(7).trimmed()), request.remoteAddress, QDateTime::currentDateTimeUtc());
    if (!identity) {
        if (identity.error().code() != Error::Code::PermissionDenied) {
            qWarning().noquote()
                << AuthRoutesText::tr("foliod: authentication failed: %1").arg(identity.error().toString());
            return internal();
        }
        return unauthorized(identity.error().message(), true);
    }
    request.user = identity->userName;
    request.userUuid = identity->userUuid;
    request.role = identity->role;
    request.session = identity->sessionId;
    return std::nullopt;
}

} // namespace

void addAuthRoutes(Router &router, const RouteContext &context)
{
    AuthService *auth = context.auth;
    if (auth) {
        router.setAuthenticator([auth](HttpRequest &request) { return authenticate(*auth, request); });
    }
    router.add(Route {
        "POST",
        QStringLiteral("/api/v1/auth/login"),
        // Deferred: Argon2id takes a good fraction of a second, which must not hold an HTTP thread.
        [auth](HttpRequest &) {
            return auth ? HttpResponse::later([auth](HttpRequest &request) { return login(*auth, request); })
                        : unavailable();
        },
        false,
        16 * 1024,
        {},
        RouteAccess::Public,
    });
    router.add(Route {
        "POST",
        QStringLiteral("/api/v1/auth/refresh"),
        [auth](HttpRequest &request) { return auth ? refresh(*auth, request) : unavailable(); },
        false,
        16 * 1024,
        {},
        RouteAccess::Public,
    });
    router.add(Route {
        "POST",
        QStringLiteral("/api/v1/auth/logout"),
        [auth](HttpRequest &request) {
            if (!auth) {
                return unavailable();
            }
            if (auto ok = auth->logout(AuthIdentity { request.userUuid, request.user, request.role, request.session },
                    request.remoteAddress);
                !ok) {
                qWarning().noquote() << AuthRoutesText::tr("foliod: sign-out failed: %1").arg(ok.error().toString());
                return internal();
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("session"), request.session }, { QStringLiteral("revoked"), true } });
        },
        true,
        16 * 1024,
        {},
        RouteAccess::Authenticated,
    });
    router.add(Route {
        "GET",
        QStringLiteral("/api/v1/auth/me"),
        [](HttpRequest &request) {
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("user"), request.user }, { QStringLiteral("role"), request.role },
                    { QStringLiteral("session"), request.session } });
        },
        true,
        0,
        {},
        RouteAccess::Authenticated,
    });
}

} // namespace Folio::Server::Http
