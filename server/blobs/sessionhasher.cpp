// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionhasher.h"

#include "blobs/blobfile.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Folio::Server {

namespace {

// A file descriptor closed when it goes out of scope.
struct OwnedFd
{
    int fd = -1;
    ~OwnedFd()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

} // namespace

SessionHasher::SessionHasher(QString dataPath, Sha256State state)
    : m_dataPath(std::move(dataPath))
    , m_state(state)
    , m_target(state.length())
{ }

SessionHasher::~SessionHasher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void SessionHasher::advance(qint64 to)
{
    std::lock_guard lock(m_mutex);
    m_target = std::max(m_target, to);
    if (m_running || m_error || m_stop || m_state.length() >= m_target) {
        m_changed.notify_all();
        return;
    }
    // The last run has left its loop (m_running is false) and touches nothing shared any more.
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

qint64 SessionHasher::target() const
{
    std::lock_guard lock(m_mutex);
    return m_target;
}

Sha256State SessionHasher::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

Result<Sha256State> SessionHasher::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_stop || m_state.length() >= m_target; });
    if (m_error) {
        return std::unexpected(*m_error);
    }
    return m_state;
}

void SessionHasher::run()
{
    Sha256State state;
    qint64 target = 0;
    {
        std::lock_guard lock(m_mutex);
        state = m_state;
        target = m_target;
    }
    const auto stopWith = [this](std::optional<Error> error) {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_running = false;
        m_changed.notify_all();
    };
    const OwnedFd file { ::open(QFile::encodeName(m_dataPath).constData(), O_RDONLY | O_CLOEXEC) };
    const int fd = file.fd;
    if (fd < 0) {
        const int error = errno;
        stopWith(fail(BlobFile::codeForErrno(error),
            tr("Cannot read back %1 to hash it: %2.").arg(m_dataPath, QString::fromLocal8Bit(strerror(error))))
                     .error());
        return;
    }
    // Small enough to come from the heap (foliod maps allocations from 1 MiB up afresh each time).
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        while (state.length() < target) {
            const qint64 want = std::min<qint64>(buffer.size(), target - state.length());
            const ssize_t got = ::pread(fd, buffer.data(), std::size_t(want), off_t(state.length()));
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                const int error = errno;
                const QString reason = got < 0
                    ? QString::fromLocal8Bit(strerror(error))
                    : tr("it ends at %1 bytes, before the %2 written").arg(state.length()).arg(target);
                stopWith(fail(got < 0 ? BlobFile::codeForErrno(error) : Error::Code::Corrupt,
                    tr("Cannot read back %1 to hash it: %2.").arg(m_dataPath, reason))
                             .error());
                return;
            }
            state.update(buffer.constData(), got);
            std::lock_guard lock(m_mutex);
            m_state = state;
            if (m_stop) {
                break;
            }
            if (state.length() >= m_target) {
                m_changed.notify_all();
            }
        }
        std::lock_guard lock(m_mutex);
        if (m_stop || state.length() >= m_target) {
            // Caught up (or told to stop): the next advance() starts a new run.
            m_running = false;
            m_changed.notify_all();
            break;
        }
        target = m_target;
    }
}

} // namespace Folio::Server
