// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include "loginthrottlestore.h"

#include <algorithm>

namespace Folio::Server {

namespace LoginThrottleHelpers {

// Account names compare without case, as people type them, so "Alice" and "alice" share one count.
QString accountKey(const QString &account)
{
    return account.toCaseFolded();
}

// Rounded up: Retry-After counts whole seconds and must not invite a retry that is still refused.
std::chrono::seconds roundedUp(qint64 ms)
{
    return std::chrono::seconds((ms + 999) / 1000);
}

} // namespace LoginThrottleHelpers

using namespace LoginThrottleHelpers;

LoginThrottle::LoginThrottle()
    : LoginThrottle(Limits {})
{ }

LoginThrottle::LoginThrottle(const Limits &limits, std::unique_ptr<LoginThrottleStore> store)
    : m_limits(limits)
    , m_store(std::move(store))
{ }

LoginThrottle::~LoginThrottle() = default;

std::chrono::seconds LoginThrottle::delayFor(int failures, int threshold) const
{
    if (failures < threshold) {
        return std::chrono::seconds(0);
    }
    // 1 s at the threshold, doubling with each further failure up to the cap.
    const int doublings = std::min(failures - threshold, 16);
    return std::min<std::chrono::seconds>(
        m_limits.maxDelay, std::chrono::seconds(m_limits.firstDelay.count() << doublings));
}

std::optional<std::chrono::seconds> LoginThrottle::remaining(
    const Table &table, const QString &key, const QDateTime &now) const
{
    const auto found = table.constFind(key);
    if (found == table.constEnd() || !found->lockedUntil.isValid() || found->lockedUntil <= now) {
        return std::nullopt;
    }
    return roundedUp(now.msecsTo(found->lockedUntil));
}

Result<std::optional<std::chrono::seconds>> LoginThrottle::lockedFor(
    const QString &account, const QString &address, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    if (m_store) {
        const qint64 nowMs = now.toMSecsSinceEpoch();
        auto until = m_store->lockedUntil(accountKey(account), address, nowMs);
        if (!until) {
            return std::unexpected(until.error());
        }
        if (!*until) {
            return std::optional<std::chrono::seconds>();
        }
        return std::optional<std::chrono::seconds>(roundedUp(**until - nowMs));
    }
    const auto forAccount = remaining(m_accounts, accountKey(account), now);
    const auto forAddress = remaining(m_addresses, address, now);
    if (forAccount && forAddress) {
        return std::optional<std::chrono::seconds>(std::max(*forAccount, *forAddress));
    }
    return forAccount ? forAccount : forAddress;
}

bool LoginThrottle::fail(
    Table &table, const QString &key, int threshold, const QDateTime &now, std::chrono::seconds *delay)
{
    auto found = table.find(key);
    if (found == table.end()) {
        prune(table, now);
        found = table.insert(key, Entry {});
    } else if (found->lastFailure.isValid() && found->lastFailure.secsTo(now) > m_limits.idleForget.count()) {
        *found = Entry {};
    }
    found->failures += 1;
    found->lastFailure = now;
    if (found->failures < threshold) {
        return false;
    }
    const auto wait = delayFor(found->failures, threshold);
    found->lockedUntil = now.addSecs(wait.count());
    *delay = std::max(*delay, wait);
    return true;
}

void LoginThrottle::prune(Table &table, const QDateTime &now)
{
    if (table.size() < m_limits.maxEntries) {
        return;
    }
    const qint64 idle = m_limits.idleForget.count();
    table.removeIf([&](const Table::iterator &it) {
        return it->lastFailure.secsTo(now) > idle && !(it->lockedUntil.isValid() && it->lockedUntil > now);
    });
    // Still full under a flood: drop the stalest, so memory stays bounded whatever the attacker sends.
    while (table.size() >= m_limits.maxEntries) {
        auto stalest = std::min_element(
            table.begin(), table.end(), [](const Entry &a, const Entry &b) { return a.lastFailure < b.lastFailure; });
        table.erase(stalest);
    }
}

Result<LoginThrottle::Outcome> LoginThrottle::recordFailure(
    const QString &account, const QString &address, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    Outcome outcome;
    if (!m_store) {
        outcome.accountLocked = fail(m_accounts, accountKey(account), m_limits.accountFailures, now, &outcome.delay);
        outcome.addressLocked = fail(m_addresses, address, m_limits.addressFailures, now, &outcome.delay);
        return outcome;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto count = [&](LoginThrottleStore::Kind kind, const QString &key, int threshold) -> Result<bool> {
        auto lockedMs = m_store->recordFailure(kind, key, nowMs, m_limits.idleForget.count(), m_limits.maxEntries,
            [&](int failures) { return qint64(delayFor(failures, threshold).count()) * 1000; });
        if (!lockedMs) {
            return std::unexpected(lockedMs.error());
        }
        outcome.delay = std::max(outcome.delay, std::chrono::seconds(*lockedMs / 1000));
        return *lockedMs > 0;
    };
    auto byAccount = count(LoginThrottleStore::Kind::Account, accountKey(account), m_limits.accountFailures);
    if (!byAccount) {
        return std::unexpected(byAccount.error());
    }
    auto byAddress = count(LoginThrottleStore::Kind::Address, address, m_limits.addressFailures);
    if (!byAddress) {
        return std::unexpected(byAddress.error());
    }
    outcome.accountLocked = *byAccount;
    outcome.addressLocked = *byAddress;
    return outcome;
}

Result<void> LoginThrottle::recordSuccess(const QString &account)
{
    std::lock_guard lock(m_mutex);
    if (m_store) {
        return m_store->forget(LoginThrottleStore::Kind::Account, accountKey(account));
    }
    m_accounts.remove(accountKey(account));
    return {};
}

} // namespace Folio::Server
