// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottlestore.h"

#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"

namespace Folio::Server {

namespace LoginThrottleStoreHelpers {

QString kindName(LoginThrottleStore::Kind kind)
{
    return kind == LoginThrottleStore::Kind::Account ? QStringLiteral("account") : QStringLiteral("address");
}

} // namespace LoginThrottleStoreHelpers

Result<std::unique_ptr<LoginThrottleStore>> LoginThrottleStore::open(const QString &database)
{
    auto db = SqlConnection::open(database);
    if (!db) {
        return std::unexpected(db.error());
    }
    return std::make_unique<LoginThrottleStore>(std::move(*db));
}

LoginThrottleStore::LoginThrottleStore(std::unique_ptr<SqlConnection> connection)
    : m_db(std::move(connection))
{ }

LoginThrottleStore::~LoginThrottleStore() = default;

Result<std::optional<qint64>> LoginThrottleStore::lockedUntil(
    const QString &account, const QString &address, qint64 nowMs)
{
    auto latest
        = m_db->scalar(QStringLiteral("SELECT max(locked_until_ms) FROM login_failures WHERE ((kind = 'account' AND "
                                      "subject = ?) OR (kind = 'address' AND subject = ?)) AND locked_until_ms > ?"),
            account, address, nowMs);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (!latest->isValid() || latest->isNull()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(latest->toLongLong());
}

Result<void> LoginThrottleStore::makeRoom(const QString &kind, qint64 nowMs, qint64 idleSeconds, qsizetype maxEntries)
{
    auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM login_failures WHERE kind = ?"), kind);
    if (!count) {
        return std::unexpected(count.error());
    }
    if (count->toLongLong() < maxEntries) {
        return {};
    }
    // Idle means what it does for a count: more than IDLESECONDS whole seconds since the last failure.
    auto idle = m_db->execute(QStringLiteral("DELETE FROM login_failures WHERE kind = ? AND (? - last_failure_ms) / "
                                             "1000 > ? AND (locked_until_ms IS NULL OR locked_until_ms <= ?)"),
        kind, nowMs, idleSeconds, nowMs);
    if (!idle) {
        return std::unexpected(idle.error());
    }
    // Still full under a flood: drop the stalest, so the table stays bounded whatever an attacker sends.
    const qint64 excess = count->toLongLong() - *idle - maxEntries + 1;
    if (excess <= 0) {
        return {};
    }
    auto stalest
        = m_db->execute(QStringLiteral("DELETE FROM login_failures WHERE kind = ? AND subject IN (SELECT subject FROM "
                                       "login_failures WHERE kind = ? ORDER BY last_failure_ms, subject LIMIT ?)"),
            kind, kind, excess);
    if (!stalest) {
        return std::unexpected(stalest.error());
    }
    return {};
}

Result<qint64> LoginThrottleStore::recordFailure(Kind kind, const QString &key, qint64 nowMs, qint64 idleSeconds,
    qsizetype maxEntries, const std::function<qint64(int failures)> &lockMsFor)
{
    const QString name = LoginThrottleStoreHelpers::kindName(kind);
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto known = m_db->scalar(QStringLiteral("SELECT 1 FROM login_failures WHERE kind = ? AND subject = ?"), name, key);
    if (!known) {
        return std::unexpected(known.error());
    }
    if (!known->isValid()) {
        if (auto ok = makeRoom(name, nowMs, idleSeconds, maxEntries); !ok) {
            return std::unexpected(ok.error());
        }
    }
    // One statement counts, so concurrent failures of one key (other nodes) add up instead of overwriting each other;
    // every SET expression reads the row as it was.
    auto failures = m_db->scalar(
        QStringLiteral(
            "INSERT INTO login_failures (kind, subject, failures, last_failure_ms) VALUES (?, ?, 1, ?) ON CONFLICT "
            "(kind, subject) DO UPDATE SET failures = CASE WHEN (excluded.last_failure_ms - "
            "login_failures.last_failure_ms) / 1000 > ? THEN 1 ELSE login_failures.failures + 1 END, locked_until_ms = "
            "CASE WHEN (excluded.last_failure_ms - login_failures.last_failure_ms) / 1000 > ? THEN NULL ELSE "
            "login_failures.locked_until_ms END, last_failure_ms = excluded.last_failure_ms RETURNING failures"),
        name, key, nowMs, idleSeconds, idleSeconds);
    if (!failures) {
        return std::unexpected(failures.error());
    }
    const qint64 lockMs = lockMsFor(failures->toInt());
    if (lockMs > 0) {
        auto locked = m_db->execute(
            QStringLiteral("UPDATE login_failures SET locked_until_ms = ? WHERE kind = ? AND subject = ?"),
            nowMs + lockMs, name, key);
        if (!locked) {
            return std::unexpected(locked.error());
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return lockMs;
}

Result<void> LoginThrottleStore::forget(Kind kind, const QString &key)
{
    auto removed = m_db->execute(QStringLiteral("DELETE FROM login_failures WHERE kind = ? AND subject = ?"),
        LoginThrottleStoreHelpers::kindName(kind), key);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    return {};
}

} // namespace Folio::Server
