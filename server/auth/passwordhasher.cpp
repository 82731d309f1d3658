// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QSemaphore>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace Folio::Server {

namespace {

QSemaphore &hashSlots()
{
    static QSemaphore slots(PasswordHasher::maxConcurrent());
    return slots;
}

std::atomic<int> runningNow { 0 };
std::atomic<int> runningPeak { 0 };

// Takes one of the slots for the lifetime of the object and counts it.
class HashSlot
{
public:
    HashSlot()
    {
        hashSlots().acquire();
        const int now = ++runningNow;
        int peak = runningPeak.load();
        while (now > peak && !runningPeak.compare_exchange_weak(peak, now)) { }
    }
    ~HashSlot()
    {
        --runningNow;
        hashSlots().release();
    }
    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;
};

// The password's UTF-8 bytes, wiped when done: they should not linger in freed memory.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher()
    : m_opsLimit(crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(crypto_pwhash_MEMLIMIT_INTERACTIVE)
{ }

PasswordHasher::PasswordHasher(quint64 opsLimit, size_t memLimit)
    : m_opsLimit(opsLimit)
    , m_memLimit(memLimit)
{ }

Result<void> PasswordHasher::initSodium()
{
    static std::once_flag once;
    static int status = -1;
    std::call_once(once, [] { status = sodium_init(); });
    if (status < 0) {
        return fail(Error::Code::Unknown, tr("Could not initialise libsodium: no source of randomness is available."));
    }
    return {};
}

int PasswordHasher::maxConcurrent()
{
    return std::max(1, QThread::idealThreadCount());
}

int PasswordHasher::running()
{
    return runningNow.load();
}

int PasswordHasher::peakRunning()
{
    return runningPeak.load();
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (auto ok = initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    if (password.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("Could not hash the password: it is empty."));
    }
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    int status = 0;
    {
        HashSlot slot;
        status = crypto_pwhash_str(out, secret.data(), secret.size(), m_opsLimit, m_memLimit);
    }
    if (status != 0) {
        return fail(Error::Code::LimitExceeded,
            tr("Could not hash the password: Argon2id could not get %1 MiB of memory.").arg(m_memLimit >> 20));
    }
    return QString::fromLatin1(out);
}

Result<bool> PasswordHasher::verify(const QString &password, const QString &hash) const
{
    if (auto ok = initSodium(); !ok) {
        return std::unexpected(ok.error());
    }
    const QByteArray stored = hash.toLatin1();
    if (!stored.startsWith("$argon2id$") || stored.size() >= crypto_pwhash_STRBYTES) {
        return fail(Error::Code::Corrupt, tr("Could not check the password: the stored hash is not an Argon2id hash."));
    }
    const SecretBytes secret(password);
    HashSlot slot;
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    if (!initSodium()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace Folio::Server
