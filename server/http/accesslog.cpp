// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslog.h"

#include "requestlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Server::Http {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int openLog(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
}

} // namespace

AccessLog::AccessLog(QString path, int fd, qint64 size, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_fd(fd)
    , m_size(size)
    , m_maxBytes(maxBytes)
    , m_keep(keep)
{ }

AccessLog::~AccessLog()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Result<std::unique_ptr<AccessLog>> AccessLog::open(const QString &dataDir, qint64 maxBytes, int keep)
{
    const QString folder = QDir(dataDir).absoluteFilePath(QStringLiteral("logs"));
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
        return fail(Error::Code::Io, tr("Could not create the log folder %1: %2").arg(folder, errnoText(errno)));
    }
    const QString path = folder + QStringLiteral("/access.log");
    const int fd = openLog(path);
    if (fd < 0) {
        return fail(Error::Code::Io, tr("Could not open the access log %1: %2").arg(path, errnoText(errno)));
    }
    struct stat info
    {
    };
    const qint64 size = ::fstat(fd, &info) == 0 ? qint64(info.st_size) : 0;
    return std::unique_ptr<AccessLog>(
        new AccessLog(path, fd, size, std::max<qint64>(maxBytes, 4096), std::max(keep, 1)));
}

bool AccessLog::isRead(const QByteArray &method, const QString &route)
{
    if (method == "GET" || method == "HEAD") {
        return route != QLatin1String("/healthz") && route != QLatin1String("/metrics");
    }
    return method == "POST" && route == QLatin1String("/api/v1/blobs/exists");
}

void AccessLog::write(const RequestLogEntry &entry)
{
    if (!isRead(entry.method, entry.route)) {
        return;
    }
    QJsonObject line {
        { QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user"), entry.user.isEmpty() ? QJsonValue() : QJsonValue(entry.user) },
        { QStringLiteral("method"), QString::fromLatin1(entry.method) },
        { QStringLiteral("route"), entry.route },
        { QStringLiteral("path"), entry.path },
        { QStringLiteral("status"), entry.status },
        { QStringLiteral("bytes"), qint64(entry.bytesOut) },
        { QStringLiteral("remote"), entry.remoteAddress },
        { QStringLiteral("duration_ms"), qRound(entry.durationMs * 1000) / 1000.0 },
    };
    QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    text += '\n';

    std::lock_guard lock(m_mutex);
    if (m_size + text.size() > m_maxBytes && m_size > 0) {
        rotate();
    }
    const ssize_t written = ::write(m_fd, text.constData(), std::size_t(text.size()));
    if (written != text.size()) {
        reportFailure(written < 0 ? errnoText(errno) : tr("only %1 of %2 bytes written").arg(written).arg(text.size()));
        return;
    }
    m_size += written;
    m_failing = false;
}

bool AccessLog::rotate()
{
    for (int i = m_keep - 1; i >= 1; --i) {
        const QByteArray from = QFile::encodeName(m_path + QLatin1Char('.') + QString::number(i));
        const QByteArray to = QFile::encodeName(m_path + QLatin1Char('.') + QString::number(i + 1));
        if (::rename(from.constData(), to.constData()) != 0 && errno != ENOENT) {
            reportFailure(tr("could not rotate %1: %2").arg(QString::fromLocal8Bit(from), errnoText(errno)));
        }
    }
    const QByteArray first = QFile::encodeName(m_path + QStringLiteral(".1"));
    if (::rename(QFile::encodeName(m_path).constData(), first.constData()) != 0) {
        reportFailure(tr("could not rotate: %1").arg(errnoText(errno)));
        return false;
    }
    const int fd = openLog(m_path);
    if (fd < 0) {
        reportFailure(tr("could not open a new log: %1").arg(errnoText(errno)));
        return false; // keeps appending to the renamed file, which is better than losing lines
    }
    ::close(m_fd);
    m_fd = fd;
    m_size = 0;
    return true;
}

void AccessLog::reportFailure(const QString &what)
{
    if (m_failing) {
        return;
    }
    m_failing = true;
    const QByteArray text
        = tr("foliod: the access log %1 is not being written: %2").arg(m_path, what).toLocal8Bit() + '\n';
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace Folio::Server::Http
