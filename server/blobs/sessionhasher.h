// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The running SHA-256 of one upload session's data file, computed behind the writes on a thread of its own:
// chunk writers tell it how far the file is written (advance()) and it hashes up to there, reading back
// from the page cache. Hashing (some 2 GB/s with SHA extensions) then overlaps the arrival of the rest of a
// chunk, its fdatasync and the next chunk, instead of adding to the receiving thread's time; a chunk is
// acknowledged with the state as far as it has got (snapshot()), and finishing waits for the rest (wait()).
// The thread runs only while there is something to hash, so an idle session holds no thread and no file.
// Thread safety: every member may be called from any thread. Ownership: owns its thread, joined by the
// destructor; ServerBlobStore keeps one per session with chunks under way, dropped when a chunk fails (its
// bytes were hashed but not kept), and at finish, cancel and expiry.
#include "error.h"
#include "sha256state.h"

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace Folio::Server {

class SessionHasher
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::SessionHasher)

public:
    // Goes on from STATE, which covers the start of the file DATAPATH.
    SessionHasher(QString dataPath, Sha256State state);
    ~SessionHasher();
    SessionHasher(const SessionHasher &) = delete;
    SessionHasher &operator=(const SessionHasher &) = delete;

    // The file holds the bytes up to TO: hash them.
    void advance(qint64 to);
    // How far advance() has gone.
    qint64 target() const;
    // The state as far as the hashing has got (a prefix of target()).
    Sha256State snapshot() const;
    // Waits until everything up to target() is hashed; the state, or why the file could not be read.
    Result<Sha256State> wait();

private:
    void run();

    QString m_dataPath;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    // Under m_mutex.
    Sha256State m_state;
    qint64 m_target = 0;
    bool m_running = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace Folio::Server
