// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LoginThrottle slows password guessing: it counts failed logins per account name and per remote address, and once one
// of them reaches its threshold each further failure locks it out for a delay that doubles from 1 s up to 60 s. A
// locked-out login is answered at once (429 with Retry-After) rather than by sleeping a server thread, and costs no
// Argon2 hash. A success clears the account's count; an address's count is forgotten after idleForget without failures
// (clearing it on success would let one valid account reset an attacker's address). Unknown account names are counted
// like known ones, so lockouts do not reveal which names exist. Each table holds at most maxEntries keys, dropping the
// stalest.
//
// Where the counts live: given a LoginThrottleStore, in the server database (issue 10: any foliod node on one database
// continues another's lockouts, and a restart keeps them); without one, in memory. The rules are the same either way.
// With a store every call can fail (the database); in memory none does.
//
// Thread safety: every member may be called from any thread (one mutex, which also guards the store's connection).
// Ownership: owns its store.

#include "error.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace Folio::Server {

class LoginThrottleStore;

class LoginThrottle
{
public:
    struct Limits
    {
        int accountFailures = 5;
        // An address may be a NAT for many people: more slack.
        int addressFailures = 20;
        std::chrono::seconds firstDelay { 1 };
        std::chrono::seconds maxDelay { 60 };
        std::chrono::seconds idleForget { 15 * 60 };
        qsizetype maxEntries = 10000;
    };
    // What a failure did: whether it started (or lengthened) a lockout, of which key, for how long.
    struct Outcome
    {
        bool accountLocked = false;
        bool addressLocked = false;
        std::chrono::seconds delay { 0 };
    };

    LoginThrottle();
    // STORE null: counts in memory.
    explicit LoginThrottle(const Limits &limits, std::unique_ptr<LoginThrottleStore> store = {});
    ~LoginThrottle();
    LoginThrottle(const LoginThrottle &) = delete;
    LoginThrottle &operator=(const LoginThrottle &) = delete;

    // Seconds until ACCOUNT or ADDRESS may try again (the longer of both), or nullopt when neither is locked.
    Result<std::optional<std::chrono::seconds>> lockedFor(
        const QString &account, const QString &address, const QDateTime &now);
    Result<Outcome> recordFailure(const QString &account, const QString &address, const QDateTime &now);
    Result<void> recordSuccess(const QString &account);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };
    using Table = QHash<QString, Entry>;

    // How long the FAILURES-th failure locks a key whose threshold is THRESHOLD (0 below it).
    std::chrono::seconds delayFor(int failures, int threshold) const;
    std::optional<std::chrono::seconds> remaining(const Table &table, const QString &key, const QDateTime &now) const;
    bool fail(Table &table, const QString &key, int threshold, const QDateTime &now, std::chrono::seconds *delay);
    void prune(Table &table, const QDateTime &now);

    Limits m_limits;
    std::mutex m_mutex;
    std::unique_ptr<LoginThrottleStore> m_store;
    Table m_accounts;
    Table m_addresses;
};

} // namespace Folio::Server
