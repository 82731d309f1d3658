// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256state.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cstring>

// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, whose state cannot be saved; they
// remain supported through 3.x and run the same block function.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace Folio::Server {

namespace {

constexpr qsizetype stateBytes = 4 * 8 + 8 + 4 + 64;

QByteArray checksum(const QByteArray &hex)
{
    return QCryptographicHash::hash(hex, QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

Sha256State::Sha256State()
{
    SHA256_Init(&m_context);
}

void Sha256State::update(const char *data, qint64 size)
{
    SHA256_Update(&m_context, data, std::size_t(size));
}

qint64 Sha256State::length() const
{
    return qint64((quint64(m_context.Nh) << 32 | quint64(m_context.Nl)) / 8);
}

QString Sha256State::hexDigest() const
{
    SHA256_CTX copy = m_context;
    unsigned char digest[SHA256_DIGEST_LENGTH] = {};
    SHA256_Final(digest, &copy);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex());
}

QByteArray Sha256State::save() const
{
    QByteArray raw(stateBytes, '\0');
    char *at = raw.data();
    const auto word = [&at](quint32 value) {
        qToBigEndian(value, at);
        at += 4;
    };
    for (const SHA_LONG h : m_context.h) {
        word(h);
    }
    word(m_context.Nl);
    word(m_context.Nh);
    word(m_context.num);
    // The partial block is kept as bytes in the order they came.
    std::memcpy(at, m_context.data, 64);
    const QByteArray hex = raw.toHex();
    return hex + ' ' + checksum(hex);
}

Result<Sha256State> Sha256State::restore(const QByteArray &text)
{
    const auto damaged = [] { return fail(Error::Code::Corrupt, tr("The saved SHA-256 state is damaged.")); };
    if (text.size() != savedSize || text.at(2 * stateBytes) != ' ') {
        return damaged();
    }
    const QByteArray hex = text.left(2 * stateBytes);
    if (checksum(hex) != text.mid(2 * stateBytes + 1)) {
        return damaged();
    }
    const QByteArray raw = QByteArray::fromHex(hex);
    if (raw.size() != stateBytes) {
        return damaged();
    }
    Sha256State state;
    const char *at = raw.constData();
    const auto word = [&at] {
        const quint32 value = qFromBigEndian<quint32>(at);
        at += 4;
        return value;
    };
    for (SHA_LONG &h : state.m_context.h) {
        h = word();
    }
    state.m_context.Nl = word();
    state.m_context.Nh = word();
    state.m_context.num = word();
    if (state.m_context.num >= 64 || state.m_context.num != (state.m_context.Nl / 8) % 64) {
        return damaged();
    }
    std::memcpy(state.m_context.data, at, 64);
    return state;
}

} // namespace Folio::Server

#pragma GCC diagnostic pop
