// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LoginThrottleStore keeps LoginThrottle's counts in the server database's login_failures table (schema version 3), so
// every foliod node on one database sees and continues the same lockouts, and a restart forgets none. It stores; the
// rules (thresholds, delays, what resets a count) are LoginThrottle's, which hands them in. Each failure is one
// transaction whose count goes up in a single upsert, so two nodes counting one key at once both count.
//
// Thread safety: one thread at a time, like its connection (LoginThrottle calls it under its mutex). Ownership: owns
// its SqlConnection.

#include "error.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Folio::Server {

class SqlConnection;

class LoginThrottleStore
{
public:
    // A table of the throttle: per account name or per remote address.
    enum class Kind { Account, Address };

    // Opens a connection of its own to DATABASE (a SQLite path or a postgresql:// URL), already migrated by
    // ServerStore::open.
    static Result<std::unique_ptr<LoginThrottleStore>> open(const QString &database);
    explicit LoginThrottleStore(std::unique_ptr<SqlConnection> connection);
    ~LoginThrottleStore();
    LoginThrottleStore(const LoginThrottleStore &) = delete;
    LoginThrottleStore &operator=(const LoginThrottleStore &) = delete;

    // The latest lock end (ms since the epoch) of ACCOUNT and ADDRESS that lies after NOWMS; nullopt when neither is
    // locked.
    Result<std::optional<qint64>> lockedUntil(const QString &account, const QString &address, qint64 nowMs);

    // Counts a failure of KEY at NOWMS in one transaction: a count idle for more than IDLESECONDS starts again at 1
    // (its lock forgotten); a key not yet in a table that holds MAXENTRIES keys first makes room, dropping idle
    // unlocked keys, then the stalest. LOCKMSFOR(count) is how long the new count locks KEY (0: not at all). Returns
    // the lock's length in ms (0 when none).
    Result<qint64> recordFailure(Kind kind, const QString &key, qint64 nowMs, qint64 idleSeconds, qsizetype maxEntries,
        const std::function<qint64(int failures)> &lockMsFor);

    // Forgets KEY's count and lock.
    Result<void> forget(Kind kind, const QString &key);

private:
    Result<void> makeRoom(const QString &kind, qint64 nowMs, qint64 idleSeconds, qsizetype maxEntries);

    std::unique_ptr<SqlConnection> m_db;
};

} // namespace Folio::Server
