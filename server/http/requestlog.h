// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes one JSON line per answered request to stderr: time, peer, method, path (never the query, which
// may carry tokens), route pattern, status, duration, bytes and the user when known. Header fields and
// bodies are never logged, so passwords and tokens cannot leak into logs.
// It also hands each entry to the access log, when one is set (accesslog.h), which keeps the reads in a file.
// Thread safety: write() may be called from every server thread at once; lines never interleave.
// setAccessLog() before the server starts; the access log is borrowed and must outlive the server.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <mutex>

namespace Folio::Server::Http {

class AccessLog;

struct RequestLogEntry
{
    QString remoteAddress;
    QByteArray method;
    QString path;
    QString route;
    int status = 0;
    double durationMs = 0;
    // Body bytes of the request and of the answer.
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    QString user;
    // Set for failures, for the operator: technical detail that is not sent to the client.
    QString error;
};

class RequestLog
{
public:
    void write(const RequestLogEntry &entry);
    void setAccessLog(AccessLog *log) { m_accessLog = log; }

private:
    std::mutex m_mutex;
    AccessLog *m_accessLog = nullptr;
};

} // namespace Folio::Server::Http
