// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <algorithm>

namespace Folio::Server {

namespace {

// Account names compare without case, as people type them, so "Alice" and "alice" share one count.
QString accountKey(const QString &account)
{
    return account.toCaseFolded();
}

} // namespace

LoginThrottle::LoginThrottle()
    : LoginThrottle(Limits {})
{ }

LoginThrottle::LoginThrottle(const Limits &limits)
    : m_limits(limits)
{ }

std::optional<std::chrono::seconds> LoginThrottle::remaining(
    const Table &table, const QString &key, const QDateTime &now) const
{
    const auto found = table.constFind(key);
    if (found == table.constEnd() || !found->lockedUntil.isValid() || found->lockedUntil <= now) {
        return std::nullopt;
    }
    // Rounded up: Retry-After counts whole seconds and must not invite a retry that is still refused.
    const qint64 ms = now.msecsTo(found->lockedUntil);
    return std::chrono::seconds((ms + 999) / 1000);
}

std::optional<std::chrono::seconds> LoginThrottle::lockedFor(
    const QString &account, const QString &address, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    const auto forAccount = remaining(m_accounts, accountKey(account), now);
    const auto forAddress = remaining(m_addresses, address, now);
    if (forAccount && forAddress) {
        return std::max(*forAccount, *forAddress);
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
    // 1 s at the threshold, doubling with each further failure up to the cap.
    const int doublings = std::min(found->failures - threshold, 16);
    const auto wait = std::min<std::chrono::seconds>(
        m_limits.maxDelay, std::chrono::seconds(m_limits.firstDelay.count() << doublings));
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

LoginThrottle::Outcome LoginThrottle::recordFailure(
    const QString &account, const QString &address, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    Outcome outcome;
    outcome.accountLocked = fail(m_accounts, accountKey(account), m_limits.accountFailures, now, &outcome.delay);
    outcome.addressLocked = fail(m_addresses, address, m_limits.addressFailures, now, &outcome.delay);
    return outcome;
}

void LoginThrottle::recordSuccess(const QString &account)
{
    std::lock_guard lock(m_mutex);
    m_accounts.remove(accountKey(account));
}

} // namespace Folio::Server
