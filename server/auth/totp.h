// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Totp computes and checks time-based one-time passwords (RFC 6238 over HMAC-SHA1, 30 s steps, 6 digits,
// as every authenticator app does) and makes the secrets and otpauth:// URIs that enrol an app. It keeps
// no state: the caller stores, per user, the last step that was accepted and passes it back, so that a
// code seen once (over a shoulder, in a proxy log) is refused the second time.
//
// Thread safety: static functions over values; safe from any thread. Ownership: none.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Folio::Server {

class Totp
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Totp)

public:
    static constexpr int stepSeconds = 30;
    static constexpr int digits = 6;
    // Codes of this many steps before or after now are accepted too (clock drift, a slow typist).
    static constexpr int window = 1;

    // 20 random bytes (libsodium's randombytes_buf), the size RFC 4226 recommends for SHA-1.
    static Result<QByteArray> newSecret();

    // RFC 4648 base32 without padding, upper case (what otpauth:// URIs carry).
    static QString toBase32(const QByteArray &bytes);
    // Accepts lower case, spaces and padding as people type them; an error names the bad character.
    static Result<QByteArray> fromBase32(const QString &text);

    // The step of time AT (seconds since the epoch divided by stepSeconds).
    static qint64 stepAt(const QDateTime &at);
    // The code for STEP with SECRET, zero-padded to DIGITS digits (RFC 4226 dynamic truncation).
    static QString code(const QByteArray &secret, qint64 step, int digits = Totp::digits);

    // The step CODE matches within ±window of AT, if any step later than LASTUSEDSTEP does (replay
    // refusal: pass the step this returned the last time for this user, or nullopt if none). Codes are
    // compared in constant time.
    static std::optional<qint64> verify(
        const QByteArray &secret, const QString &code, const QDateTime &at, std::optional<qint64> lastUsedStep);

    // otpauth://totp/Folio:ACCOUNT?secret=BASE32&issuer=Folio, with the account name percent-encoded.
    static QString provisioningUri(const QString &account, const QByteArray &secret);
};

} // namespace Folio::Server
