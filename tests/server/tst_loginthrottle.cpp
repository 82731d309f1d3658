// SPDX-License-Identifier: GPL-3.0-or-later
// LoginThrottle on a clock the test sets: the threshold, the doubling delay and its cap, the per-account and
// per-address counts kept apart, reset on success, forgetting idle entries and the bound on its size. Every test
// runs three times: counts in memory, in a SQLite server database and in a throwaway PostgreSQL one
// (LoginThrottleStore; that row skips as root, where initdb cannot run). The database rows add what only a database
// gives: two nodes continuing each other's counts, and concurrent failures that all count.

#include "auth/loginthrottle.h"
#include "auth/loginthrottlestore.h"
#include "postgresserver.h"
#include "sql/sqlconnection.h"
#include "store/serverstore.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace Folio;
using namespace Folio::Server;
using namespace std::chrono_literals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database; // empty: the row counts in memory
    QString m_error; // the first error a helper met; cleanup() fails the test with it

    static QDateTime t0() { return QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC); }

    // A throttle of the row's kind; each call on a database row is another node (its own connection).
    std::unique_ptr<LoginThrottle> throttle(const LoginThrottle::Limits &limits = {})
    {
        if (m_database.isEmpty()) {
            return std::make_unique<LoginThrottle>(limits);
        }
        auto store = LoginThrottleStore::open(m_database);
        if (!store) {
            m_error = store.error().toString();
            return nullptr;
        }
        return std::make_unique<LoginThrottle>(limits, std::move(*store));
    }

    LoginThrottle::Outcome fail(LoginThrottle &t, const QString &account, const QString &address, const QDateTime &now)
    {
        auto outcome = t.recordFailure(account, address, now);
        if (!outcome) {
            m_error = outcome.error().toString();
            return {};
        }
        return *outcome;
    }

    std::optional<std::chrono::seconds> locked(
        LoginThrottle &t, const QString &account, const QString &address, const QDateTime &now)
    {
        auto locked = t.lockedFor(account, address, now);
        if (!locked) {
            m_error = locked.error().toString();
            return std::nullopt;
        }
        return *locked;
    }

    void succeed(LoginThrottle &t, const QString &account)
    {
        if (auto ok = t.recordSuccess(account); !ok) {
            m_error = ok.error().toString();
        }
    }

    bool onDatabase() const { return !m_database.isEmpty(); }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // A fresh, migrated server database for the database rows.
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_error.clear();
        m_database.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (backend == QLatin1String("memory")) {
            return;
        }
        QString database = m_dir->filePath(QStringLiteral("foliod.db"));
        if (backend == QLatin1String("postgres")) {
            auto &server = Test::PostgresServer::shared();
            if (!server.skipReason().isEmpty()) {
                QSKIP(qPrintable(server.skipReason()));
            }
            QVERIFY2(server.isRunning(), qPrintable(server.failure()));
            QVERIFY2(server.createDatabase(QStringLiteral("tst_loginthrottle")), qPrintable(server.failure()));
            database = server.url(QStringLiteral("tst_loginthrottle"));
        }
        FOLIO_VERIFY_OK(ServerStore::open(database, m_dir->path()));
        m_database = database;
    }

    void cleanup()
    {
        m_dir.reset();
        QVERIFY2(m_error.isEmpty(), qPrintable(m_error));
    }

    void delaysDoubleUpToTheCap()
    {
        auto throttle = this->throttle();
        QVERIFY(throttle);
        QDateTime now = t0();
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 4; ++i) {
            const auto outcome = fail(*throttle, QStringLiteral("alice"), address, now);
            QVERIFY(!outcome.accountLocked);
            QVERIFY(!locked(*throttle, QStringLiteral("alice"), address, now));
        }
        // The fifth failure locks for 1 s, then 2, 4, … up to 60.
        std::chrono::seconds expected = 1s;
        for (int i = 0; i < 10; ++i) {
            const auto outcome = fail(*throttle, QStringLiteral("alice"), address, now);
            QVERIFY(outcome.accountLocked);
            QVERIFY(!outcome.addressLocked);
            QCOMPARE(outcome.delay.count(), expected.count());
            QCOMPARE(locked(*throttle, QStringLiteral("Alice"), address, now).value_or(0s).count(), expected.count());
            // Part of a second left still asks for a whole one.
            QCOMPARE(locked(*throttle, QStringLiteral("alice"), address, now.addMSecs(expected.count() * 1000 - 1))
                         .value_or(0s)
                         .count(),
                1);
            now = now.addSecs(expected.count());
            QVERIFY(!locked(*throttle, QStringLiteral("alice"), address, now));
            expected = std::min<std::chrono::seconds>(expected * 2, 60s);
        }
        QCOMPARE(expected.count(), 60);
        // Another account from another address is not affected; success clears the account.
        QVERIFY(!locked(*throttle, QStringLiteral("bob"), QStringLiteral("192.0.2.2"), now));
        fail(*throttle, QStringLiteral("alice"), address, now);
        QVERIFY(locked(*throttle, QStringLiteral("alice"), QStringLiteral("192.0.2.9"), now));
        succeed(*throttle, QStringLiteral("ALICE"));
        QVERIFY(!locked(*throttle, QStringLiteral("alice"), QStringLiteral("192.0.2.9"), now));
    }

    void addressCountsAcrossNames()
    {
        LoginThrottle::Limits limits;
        limits.addressFailures = 3;
        auto throttle = this->throttle(limits);
        QVERIFY(throttle);
        const QDateTime now = t0();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!fail(*throttle, QStringLiteral("u%1").arg(i), QStringLiteral("198.51.100.7"), now).addressLocked);
        }
        const auto third = fail(*throttle, QStringLiteral("u2"), QStringLiteral("198.51.100.7"), now);
        QVERIFY(third.addressLocked);
        QVERIFY(!third.accountLocked);
        QVERIFY(locked(*throttle, QStringLiteral("someone"), QStringLiteral("198.51.100.7"), now));
        QVERIFY(!locked(*throttle, QStringLiteral("someone"), QStringLiteral("198.51.100.8"), now));
        // A success of one account does not clear the address.
        succeed(*throttle, QStringLiteral("u2"));
        QVERIFY(locked(*throttle, QStringLiteral("someone"), QStringLiteral("198.51.100.7"), now));
    }

    void idleCountsAreForgotten()
    {
        auto throttle = this->throttle();
        QVERIFY(throttle);
        QDateTime now = t0();
        for (int i = 0; i < 4; ++i) {
            fail(*throttle, QStringLiteral("alice"), QStringLiteral("a"), now);
        }
        now = now.addSecs(16 * 60);
        QVERIFY(!fail(*throttle, QStringLiteral("alice"), QStringLiteral("a"), now).accountLocked);
        // Exactly idleForget later is not idle yet: the count goes on, and the fifth failure locks.
        for (int i = 0; i < 3; ++i) {
            fail(*throttle, QStringLiteral("alice"), QStringLiteral("a"), now);
        }
        QVERIFY(fail(*throttle, QStringLiteral("alice"), QStringLiteral("a"), now.addSecs(15 * 60)).accountLocked);
    }

    void sizeIsBounded()
    {
        LoginThrottle::Limits limits;
        limits.maxEntries = 100;
        limits.accountFailures = 2;
        auto throttle = this->throttle(limits);
        QVERIFY(throttle);
        const QDateTime now = t0();
        // A locked account survives a flood of other names only while the table has room: the flood cannot grow the
        // table past maxEntries, and the newest entries are the ones kept.
        for (int i = 0; i < 1000; ++i) {
            fail(*throttle, QStringLiteral("n%1").arg(i), QStringLiteral("a%1").arg(i), now.addMSecs(i));
        }
        fail(*throttle, QStringLiteral("n999"), QStringLiteral("b"), now.addSecs(2));
        QVERIFY(locked(*throttle, QStringLiteral("n999"), QStringLiteral("c"), now.addSecs(2)));
        fail(*throttle, QStringLiteral("n0"), QStringLiteral("b"), now.addSecs(2));
        // n0 was dropped as the stalest, so this was its first failure again.
        QVERIFY(!locked(*throttle, QStringLiteral("n0"), QStringLiteral("c"), now.addSecs(2)));
        if (onDatabase()) {
            auto db = SqlConnection::open(m_database);
            FOLIO_VERIFY_OK(db);
            auto rows = (*db)->scalar(QStringLiteral("SELECT count(*) FROM login_failures WHERE kind = 'account'"));
            FOLIO_VERIFY_OK(rows);
            QCOMPARE(rows->toLongLong(), qint64(100));
        }
    }

    // Two nodes on one database (and a restarted one) continue each other's counts and lockouts.
    void nodesShareCounts()
    {
        if (!onDatabase()) {
            QSKIP("a database row only: memory counts belong to one process");
        }
        auto first = throttle();
        auto second = throttle();
        QVERIFY(first && second);
        const QDateTime now = t0();
        for (int i = 0; i < 4; ++i) {
            fail(i % 2 ? *first : *second, QStringLiteral("alice"), QStringLiteral("192.0.2.1"), now);
        }
        QVERIFY(fail(*second, QStringLiteral("alice"), QStringLiteral("192.0.2.2"), now).accountLocked);
        QCOMPARE(locked(*first, QStringLiteral("alice"), QStringLiteral("192.0.2.3"), now).value_or(0s).count(), 1);
        first.reset();
        auto restarted = throttle();
        QVERIFY(restarted);
        QVERIFY(locked(*restarted, QStringLiteral("ALICE"), QStringLiteral("192.0.2.3"), now));
        succeed(*second, QStringLiteral("alice"));
        QVERIFY(!locked(*restarted, QStringLiteral("alice"), QStringLiteral("192.0.2.3"), now));
    }

    // Failures of one account on two nodes at the same moment all count: 2 × 20 failures, then the 41st reaches a
    // threshold of 41 only when none of the 40 was lost.
    void concurrentFailuresAllCount()
    {
        if (!onDatabase()) {
            QSKIP("a database row only: memory counts are guarded by one mutex");
        }
        LoginThrottle::Limits limits;
        limits.accountFailures = 41;
        limits.addressFailures = 1000;
        auto first = throttle(limits);
        auto second = throttle(limits);
        QVERIFY(first && second);
        const QDateTime now = t0();
        std::latch ready(2);
        QString errors[2];
        auto hammer = [&](LoginThrottle &node, QString &error) {
            ready.arrive_and_wait();
            for (int i = 0; i < 20; ++i) {
                auto outcome = node.recordFailure(QStringLiteral("alice"), QStringLiteral("192.0.2.%1").arg(i), now);
                if (!outcome) {
                    error = outcome.error().toString();
                    return;
                }
                if (outcome->accountLocked) {
                    error = QStringLiteral("locked after fewer than 41 failures");
                    return;
                }
            }
        };
        std::thread a(hammer, std::ref(*first), std::ref(errors[0]));
        std::thread b(hammer, std::ref(*second), std::ref(errors[1]));
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QVERIFY(fail(*first, QStringLiteral("alice"), QStringLiteral("192.0.2.99"), now).accountLocked);
    }
};

FOLIO_TEST(TestLoginThrottle, "loginthrottle")
#include "tst_loginthrottle.moc"
