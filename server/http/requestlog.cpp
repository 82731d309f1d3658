// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "accesslog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Folio::Server::Http {

void RequestLog::write(const RequestLogEntry &entry)
{
    QJsonObject line {
        { QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("remote"), entry.remoteAddress },
        { QStringLiteral("method"), QString::fromLatin1(entry.method) },
        { QStringLiteral("path"), entry.path },
        { QStringLiteral("route"), entry.route },
        { QStringLiteral("status"), entry.status },
        { QStringLiteral("duration_ms"), qRound(entry.durationMs * 1000) / 1000.0 },
        { QStringLiteral("bytes_in"), qint64(entry.bytesIn) },
        { QStringLiteral("bytes_out"), qint64(entry.bytesOut) },
    };
    if (!entry.user.isEmpty()) {
        line.insert(QStringLiteral("user"), entry.user);
    }
    if (!entry.error.isEmpty()) {
        line.insert(QStringLiteral("error"), entry.error);
    }
    QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    text += '\n';
    {
        std::lock_guard lock(m_mutex);
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
        std::fflush(stderr);
    }
    if (m_accessLog) {
        m_accessLog->write(entry);
    }
}

} // namespace Folio::Server::Http
