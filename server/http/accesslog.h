// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AccessLog is foliod's record of reads — who saw what, when (DESIGN.md: mutations and security events are
// chained in the audit trail; views and downloads go to an append-only access log, not chained). One JSON
// line per read request in DIR/logs/access.log: time, user, method, route pattern, path, status, bytes
// answered, remote address, duration. Never a header, a query string or a body, so no token or password.
// Which requests are reads: GET and HEAD (but /healthz and /metrics, which monitoring polls all day) and
// the read-only POST /api/v1/blobs/exists (isRead()).
//
// Each line is one write(2) on an O_APPEND descriptor, so lines never interleave, even across processes;
// they are not fsynced: losing the last lines of an access log at a power cut is acceptable, an fsync per
// download is not. The file is capped: past maxBytes it is renamed access.log.1 (older ones shift up to
// access.log.<keep>, the oldest is dropped) and a new one begun, so the log takes at most
// (keep + 1) × maxBytes; an operator who wants more ships it elsewhere (logrotate's copytruncate works too).
// A line that cannot be written is reported on stderr once, until writing works again; the request it
// records is answered regardless.
//
// Thread safety: write() may be called from every server thread at once (one mutex).
// Ownership: owns the file descriptor.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

namespace Folio::Server::Http {

struct RequestLogEntry;

class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::AccessLog)

public:
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;
    static constexpr int defaultKeep = 4;

    // Opens (creating with mode 0600, and DIR/logs with 0700) DATADIR/logs/access.log for appending.
    static Result<std::unique_ptr<AccessLog>> open(
        const QString &dataDir, qint64 maxBytes = defaultMaxBytes, int keep = defaultKeep);
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    static bool isRead(const QByteArray &method, const QString &route);
    // Appends ENTRY's line when it records a read.
    void write(const RequestLogEntry &entry);

    const QString &path() const { return m_path; }

private:
    AccessLog(QString path, int fd, qint64 size, qint64 maxBytes, int keep);
    // Renames the full log away and opens a new one; false (and the old one kept) when that fails.
    bool rotate();
    void reportFailure(const QString &what);

    QString m_path;
    std::mutex m_mutex;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_maxBytes = 0;
    int m_keep = 0;
    bool m_failing = false;
};

} // namespace Folio::Server::Http
