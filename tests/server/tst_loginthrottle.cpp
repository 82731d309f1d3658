// SPDX-License-Identifier: GPL-3.0-or-later
// LoginThrottle in process, on a clock the test sets: the threshold, the doubling delay and its cap, the
// per-account and per-address counts kept apart, reset on success, forgetting idle entries and the bound
// on its size.

#include "auth/loginthrottle.h"
#include "testregistry.h"

#include <QTest>

using namespace Folio::Server;
using namespace std::chrono_literals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private:
    static QDateTime t0() { return QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC); }

private Q_SLOTS:
    void delaysDoubleUpToTheCap()
    {
        LoginThrottle throttle;
        QDateTime now = t0();
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 4; ++i) {
            const auto outcome = throttle.recordFailure(QStringLiteral("alice"), address, now);
            QVERIFY(!outcome.accountLocked);
            QVERIFY(!throttle.lockedFor(QStringLiteral("alice"), address, now));
        }
        // The fifth failure locks for 1 s, then 2, 4, … up to 60.
        std::chrono::seconds expected = 1s;
        for (int i = 0; i < 10; ++i) {
            const auto outcome = throttle.recordFailure(QStringLiteral("alice"), address, now);
            QVERIFY(outcome.accountLocked);
            QVERIFY(!outcome.addressLocked);
            QCOMPARE(outcome.delay.count(), expected.count());
            QCOMPARE(throttle.lockedFor(QStringLiteral("Alice"), address, now)->count(), expected.count());
            now = now.addSecs(expected.count());
            QVERIFY(!throttle.lockedFor(QStringLiteral("alice"), address, now));
            expected = std::min<std::chrono::seconds>(expected * 2, 60s);
        }
        QCOMPARE(expected.count(), 60);
        // Another account from another address is not affected; success clears the account.
        QVERIFY(!throttle.lockedFor(QStringLiteral("bob"), QStringLiteral("192.0.2.2"), now));
        throttle.recordFailure(QStringLiteral("alice"), address, now);
        QVERIFY(throttle.lockedFor(QStringLiteral("alice"), QStringLiteral("192.0.2.9"), now));
        throttle.recordSuccess(QStringLiteral("ALICE"));
        QVERIFY(!throttle.lockedFor(QStringLiteral("alice"), QStringLiteral("192.0.2.9"), now));
    }

    void addressCountsAcrossNames()
    {
        LoginThrottle::Limits limits;
        limits.addressFailures = 3;
        LoginThrottle throttle(limits);
        const QDateTime now = t0();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!throttle.recordFailure(QStringLiteral("u%1").arg(i), QStringLiteral("198.51.100.7"), now)
                         .addressLocked);
        }
        const auto third = throttle.recordFailure(QStringLiteral("u2"), QStringLiteral("198.51.100.7"), now);
        QVERIFY(third.addressLocked);
        QVERIFY(!third.accountLocked);
        QVERIFY(throttle.lockedFor(QStringLiteral("someone"), QStringLiteral("198.51.100.7"), now));
        QVERIFY(!throttle.lockedFor(QStringLiteral("someone"), QStringLiteral("198.51.100.8"), now));
        // A success of one account does not clear the address.
        throttle.recordSuccess(QStringLiteral("u2"));
        QVERIFY(throttle.lockedFor(QStringLiteral("someone"), QStringLiteral("198.51.100.7"), now));
    }

    void idleCountsAreForgotten()
    {
        LoginThrottle throttle;
        QDateTime now = t0();
        for (int i = 0; i < 4; ++i) {
            throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("a"), now);
        }
        now = now.addSecs(16 * 60);
        QVERIFY(!throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("a"), now).accountLocked);
    }

    void sizeIsBounded()
    {
        LoginThrottle::Limits limits;
        limits.maxEntries = 100;
        limits.accountFailures = 2;
        LoginThrottle throttle(limits);
        const QDateTime now = t0();
        // A locked account survives a flood of other names only while the table has room: the flood
        // cannot grow memory past maxEntries, and the newest entries are the ones kept.
        for (int i = 0; i < 1000; ++i) {
            throttle.recordFailure(QStringLiteral("n%1").arg(i), QStringLiteral("a%1").arg(i), now.addMSecs(i));
        }
        throttle.recordFailure(QStringLiteral("n999"), QStringLiteral("b"), now.addSecs(2));
        QVERIFY(throttle.lockedFor(QStringLiteral("n999"), QStringLiteral("c"), now.addSecs(2)));
        throttle.recordFailure(QStringLiteral("n0"), QStringLiteral("b"), now.addSecs(2));
        // n0 was dropped as the stalest, so this was its first failure again.
        QVERIFY(!throttle.lockedFor(QStringLiteral("n0"), QStringLiteral("c"), now.addSecs(2)));
    }
};

FOLIO_TEST(TestLoginThrottle, "loginthrottle")
#include "tst_loginthrottle.moc"
