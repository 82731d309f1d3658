// SPDX-License-Identifier: GPL-3.0-or-later
#include "totp.h"

#include "passwordhasher.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

namespace Folio::Server {

namespace {
const char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

Result<QByteArray> Totp::newSecret()
{
    if (auto ok = PasswordHasher::initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    QByteArray secret(20, '\0');
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QString Totp::toBase32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(base32Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 0x1f]);
    }
    return out;
}

Result<QByteArray> Totp::fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char(' ') || ch == QLatin1Char('=') || ch == QLatin1Char('-')) {
            continue;
        }
        const char upper = ch.toUpper().toLatin1();
        const char *found = upper ? strchr(base32Alphabet, upper) : nullptr;
        if (!found) {
            return fail(Error::Code::InvalidArgument,
                tr("The TOTP secret is not base32: \"%1\" is not one of A–Z and 2–7.").arg(ch));
        }
        buffer = (buffer << 5) | quint32(found - base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

qint64 Totp::stepAt(const QDateTime &at)
{
    const qint64 seconds = at.toSecsSinceEpoch();
    // Floor division: a time before 1970 is not a real case, but it must not map onto step 0's codes.
    return seconds >= 0 ? seconds / stepSeconds : -((-seconds + stepSeconds - 1) / stepSeconds);
}

QString Totp::code(const QByteArray &secret, qint64 step, int digits)
{
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac[mac.size() - 1] & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16)
        | (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i) {
        modulo *= 10;
    }
    return QString::number(binary % modulo).rightJustified(digits, QLatin1Char('0'));
}

std::optional<qint64> Totp::verify(
    const QByteArray &secret, const QString &code, const QDateTime &at, std::optional<qint64> lastUsedStep)
{
    const QByteArray given = code.trimmed().toLatin1();
    if (given.size() != digits || secret.isEmpty()) {
        return std::nullopt;
    }
    const qint64 now = stepAt(at);
    std::optional<qint64> matched;
    // Every step of the window is computed and compared, so the time taken does not tell which matched.
    for (qint64 step = now - window; step <= now + window; ++step) {
        const QByteArray expected = Totp::code(secret, step).toLatin1();
        if (sodium_memcmp(expected.constData(), given.constData(), size_t(digits)) == 0
            && (!lastUsedStep || step > *lastUsedStep) && !matched) {
            matched = step;
        }
    }
    return matched;
}

QString Totp::provisioningUri(const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Folio:") + account, ":@"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=Folio").arg(label, toBase32(secret));
}

} // namespace Folio::Server
