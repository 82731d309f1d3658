// SPDX-License-Identifier: GPL-3.0-or-later
#include "authroutes.h"

#include "auth/authservice.h"

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

struct Field
{
    const char *name;
    bool required;
    // Longest accepted string, in UTF-16 code units.
    qsizetype maxLength;
    // Whether an empty string is accepted.
    bool mayBeEmpty;
};

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("bad-request"), message);
}

// The body as a JSON object whose members are all among FIELDS, all strings, within their lengths and
// without control characters; a 400 naming the first field that is not.
std::expected<QJsonObject, HttpResponse> readObject(const QByteArray &body, std::initializer_list<Field> fields)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(badRequest(AuthRoutesText::tr("The body is not valid JSON: %1 at offset %2.")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)));
    }
    if (!document.isObject()) {
        return std::unexpected(badRequest(AuthRoutesText::tr("The body must be a JSON object.")));
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Field *known = nullptr;
        for (const Field &field : fields) {
            if (it.key() == QLatin1String(field.name)) {
                known = &field;
            }
        }
        if (!known) {
            return std::unexpected(badRequest(AuthRoutesText::tr("Unknown field \"%1\".").arg(it.key().left(64))));
        }
        if (!it.value().isString()) {
            return std::unexpected(badRequest(AuthRoutesText::tr("The field \"%1\" must be a string.").arg(it.key())));
        }
        const QString value = it.value().toString();
        if (value.size() > known->maxLength) {
            return std::unexpected(badRequest(AuthRoutesText::tr("The field \"%1\" is longer than %2 characters.")
                                                  .arg(it.key())
                                                  .arg(known->maxLength)));
        }
        if (value.isEmpty() && !known->mayBeEmpty) {
            return std::unexpected(badRequest(AuthRoutesText::tr("The field \"%1\" must not be empty.").arg(it.key())));
        }
        // Passwords may hold anything printable people type; control characters have no place in any field
        // and would end up in logs and the audit trail through the names.
        for (const QChar ch : value) {
            if (ch.category() == QChar::Other_Control) {
                return std::unexpected(
                    badRequest(AuthRoutesText::tr("The field \"%1\" contains a control character.").arg(it.key())));
            }
        }
    }
    for (const Field &field : fields) {
        if (field.required && !object.contains(QLatin1String(field.name))) {
            return std::unexpected(
                badRequest(AuthRoutesText::tr("The field \"%1\" is missing.").arg(QLatin1String(field.name))));
        }
    }
    return object;
}

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
    const auto body = readObject(request.body,
        { { "user", true, 256, false }, { "password", true, 1024, false }, { "totp", false, 16, true },
            { "device", true, 128, false } });
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
    const auto body = readObject(request.body, { { "refresh_token", true, 256, false } });
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
        [auth](HttpRequest &request) { return auth ? login(*auth, request) : unavailable(); },
        false,
        16 * 1024,
    });
    router.add(Route {
        "POST",
        QStringLiteral("/api/v1/auth/refresh"),
        [auth](HttpRequest &request) { return auth ? refresh(*auth, request) : unavailable(); },
        false,
        16 * 1024,
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
    });
}

} // namespace Folio::Server::Http
