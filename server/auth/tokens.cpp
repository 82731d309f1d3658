// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokens.h"

#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Server {

namespace {

constexpr int keySize = 32;
constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// A file descriptor closed when the object goes.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    { }
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<Tokens> Tokens::open(const QString &dir)
{
    if (auto ok = PasswordHasher::initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    const QString path = QDir(dir).filePath(QStringLiteral("token.key"));
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: of two processes making the key at once, one wins and the other reads the winner's key.
    Fd created(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (created.get() >= 0) {
        QByteArray key(keySize, '\0');
        randombytes_buf(key.data(), size_t(key.size()));
        if (::write(created.get(), key.constData(), size_t(key.size())) != keySize || ::fsync(created.get()) != 0) {
            const int error = errno;
            ::unlink(native.constData());
            return fail(Error::Code::Io, tr("Could not write the token key %1: %2").arg(path, errnoText(error)));
        }
        return Tokens(key);
    }
    if (errno != EEXIST) {
        return fail(Error::Code::Io, tr("Could not create the token key %1: %2").arg(path, errnoText(errno)));
    }
    Fd existing(::open(native.constData(), O_RDONLY | O_CLOEXEC));
    struct stat info
    {
    };
    if (existing.get() < 0 || ::fstat(existing.get(), &info) != 0) {
        return fail(Error::Code::Io, tr("Could not read the token key %1: %2").arg(path, errnoText(errno)));
    }
    if ((info.st_mode & 077) != 0) {
        return fail(Error::Code::PermissionDenied,
            tr("Refusing the token key %1: other users may read it (mode %2); run chmod 600 on it.")
                .arg(path)
                .arg(info.st_mode & 0777, 3, 8, QLatin1Char('0')));
    }
    QByteArray key(keySize + 1, '\0');
    const ssize_t got = ::read(existing.get(), key.data(), size_t(key.size()));
    if (got != keySize) {
        return fail(Error::Code::Corrupt,
            tr("The token key %1 is damaged: it holds %2 bytes instead of %3.").arg(path).arg(got).arg(keySize));
    }
    key.truncate(keySize);
    return Tokens(key);
}

Result<QString> Tokens::newRefreshToken()
{
    if (auto ok = PasswordHasher::initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(base64Url));
}

QString Tokens::hashRefreshToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString Tokens::issueAccessToken(const QString &userUuid, qint64 sessionId, const QDateTime &now) const
{
    const QJsonObject claims { { QStringLiteral("sub"), userUuid }, { QStringLiteral("sid"), sessionId },
        { QStringLiteral("exp"), now.toSecsSinceEpoch() + accessLifetimeSeconds } };
    const QByteArray body = "v1." + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64Url);
    const QByteArray mac = QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(body + '.' + mac.toBase64(base64Url));
}

Result<AccessClaims> Tokens::verifyAccessToken(const QString &token, const QDateTime &now) const
{
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.lastIndexOf('.');
    if (!text.startsWith("v1.") || dot <= 3) {
        return fail(Error::Code::PermissionDenied, tr("The access token is malformed."));
    }
    const QByteArray body = text.left(dot);
    const QByteArray given = QByteArray::fromBase64(text.mid(dot + 1), base64Url);
    const QByteArray expected = QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256);
    if (given.size() != expected.size()
        || sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
        return fail(Error::Code::PermissionDenied, tr("The access token's signature does not hold."));
    }
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(body.mid(3), base64Url)).object();
    AccessClaims out;
    out.userUuid = claims.value(QStringLiteral("sub")).toString();
    out.sessionId = claims.value(QStringLiteral("sid")).toInteger();
    out.expires = QDateTime::fromSecsSinceEpoch(claims.value(QStringLiteral("exp")).toInteger(), Qt::UTC);
    if (out.userUuid.isEmpty() || !(now < out.expires)) {
        return fail(Error::Code::PermissionDenied, tr("The access token has expired; refresh it."));
    }
    return out;
}

} // namespace Folio::Server
