// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DataDirectoryLock is the exclusive hold one foliod process has on its data directory (--data DIR): an
// flock(LOCK_EX | LOCK_NB) on DIR/foliod.lock. `foliod serve` and every account command take it, so two
// servers never share one store and an administrator's `foliod user add` does not race a running
// server's writes (run it while the server is stopped, or through the API). The kernel drops the lock
// when the process dies, so a crash leaves no stale lock behind.
//
// Thread safety: a value owned by one thread; the lock is the process's while the object lives.
// Ownership: owns the lock file's descriptor (move-only); destroying it releases the lock.

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Folio::Server {

class DataDirectoryLock
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::DataDirectoryLock)

public:
    // Creates DIR (mode 0700) when missing and locks DIR/foliod.lock. Busy, with "another foliod is
    // using DIR" and the holder's process id, when another process holds it.
    static Result<DataDirectoryLock> acquire(const QString &dir);

    DataDirectoryLock(DataDirectoryLock &&other) noexcept;
    DataDirectoryLock &operator=(DataDirectoryLock &&other) noexcept;
    DataDirectoryLock(const DataDirectoryLock &) = delete;
    DataDirectoryLock &operator=(const DataDirectoryLock &) = delete;
    ~DataDirectoryLock();

    const QString &directory() const { return m_dir; }

private:
    DataDirectoryLock(QString dir, int fd)
        : m_dir(std::move(dir))
        , m_fd(fd)
    { }

    QString m_dir;
    int m_fd = -1;
};

} // namespace Folio::Server
