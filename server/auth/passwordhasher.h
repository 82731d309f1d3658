// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PasswordHasher hashes and checks account passwords with Argon2id (libsodium's crypto_pwhash_str), the
// result being a self-describing "$argon2id$v=19$m=…,t=…,p=…$salt$hash" string that is all the store
// keeps. Argon2id is memory-hard on purpose (64 MiB per hash at the interactive limits), so a counting
// semaphore lets at most maxConcurrent() hashes run at once: a flood of logins queues instead of taking
// all memory.
//
// Thread safety: every member may be called from any thread at the same time (that is the point of the
// cap). Ownership: a value holding only its limits; the cap is shared by every PasswordHasher in the
// process.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Folio::Server {

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::PasswordHasher)

public:
    // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE (2 passes over 64 MiB).
    PasswordHasher();
    // Other limits, for tests (the minimum is crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN).
    PasswordHasher(quint64 opsLimit, size_t memLimit);

    // The Argon2id string of PASSWORD with a fresh random salt.
    Result<QString> hash(const QString &password) const;
    // Whether PASSWORD matches the Argon2id string HASH. A malformed HASH is an error, a wrong password
    // is false.
    Result<bool> verify(const QString &password, const QString &hash) const;
    // Whether HASH was made with weaker limits than this hasher's (rehash at the next login).
    bool needsRehash(const QString &hash) const;

    // How many hashes may run at once in this process (the number of cores).
    static int maxConcurrent();
    // How many hashes run right now, and the most that ever ran at once (for tests and /metrics).
    static int running();
    static int peakRunning();

    quint64 opsLimit() const { return m_opsLimit; }
    size_t memLimit() const { return m_memLimit; }

    // Initialises libsodium once for the process; an error when it cannot (no entropy source).
    static Result<void> initSodium();

private:
    quint64 m_opsLimit;
    size_t m_memLimit;
};

} // namespace Folio::Server
