// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Folio;
using Folio::Server::PasswordHasher;

namespace TestPasswordHasherHelpers {
// Cheap limits so the functional tests take milliseconds (libsodium's minimum passes, 1 MiB).
PasswordHasher fastHasher()
{
    return PasswordHasher(1, 1 << 20);
}
} // namespace TestPasswordHasherHelpers

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAndVerifies()
    {
        const PasswordHasher hasher = TestPasswordHasherHelpers::fastHasher();
        auto hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        FOLIO_VERIFY_OK(hash);
        QVERIFY2(hash->startsWith(QLatin1String("$argon2id$v=19$m=1024,t=1,")), qPrintable(*hash));
        QVERIFY(!hash->contains(QLatin1String("correct horse")));

        auto good = hasher.verify(QStringLiteral("correct horse battery staple"), *hash);
        FOLIO_VERIFY_OK(good);
        QVERIFY(*good);
        auto wrong = hasher.verify(QStringLiteral("correct horse battery stapl"), *hash);
        FOLIO_VERIFY_OK(wrong);
        QVERIFY(!*wrong);
        auto empty = hasher.verify(QString(), *hash);
        FOLIO_VERIFY_OK(empty);
        QVERIFY(!*empty);
    }

    void saltsDiffer()
    {
        const PasswordHasher hasher = TestPasswordHasherHelpers::fastHasher();
        auto first = hasher.hash(QStringLiteral("same"));
        auto second = hasher.hash(QStringLiteral("same"));
        FOLIO_VERIFY_OK(first);
        FOLIO_VERIFY_OK(second);
        QVERIFY(*first != *second);
        QVERIFY(*hasher.verify(QStringLiteral("same"), *second));
    }

    void unicodePasswords()
    {
        const PasswordHasher hasher = TestPasswordHasherHelpers::fastHasher();
        auto hash = hasher.hash(QStringLiteral("pässwörd ✓"));
        FOLIO_VERIFY_OK(hash);
        QVERIFY(*hasher.verify(QStringLiteral("pässwörd ✓"), *hash));
        QVERIFY(!*hasher.verify(QStringLiteral("passwort ✓"), *hash));
    }

    void refusesEmptyPasswordAndBadHashes()
    {
        const PasswordHasher hasher = TestPasswordHasherHelpers::fastHasher();
        auto empty = hasher.hash(QString());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code(), Error::Code::InvalidArgument);
        auto bad = hasher.verify(QStringLiteral("x"), QStringLiteral("$2b$10$notargon"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code(), Error::Code::Corrupt);
    }

    void defaultsAreInteractive()
    {
        const PasswordHasher hasher;
        auto hash = hasher.hash(QStringLiteral("interactive"));
        FOLIO_VERIFY_OK(hash);
        // OPSLIMIT_INTERACTIVE = 2 passes, MEMLIMIT_INTERACTIVE = 64 MiB.
        QVERIFY2(hash->startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,")), qPrintable(*hash));
        QVERIFY(!hasher.needsRehash(*hash));
        auto weak = TestPasswordHasherHelpers::fastHasher().hash(QStringLiteral("interactive"));
        FOLIO_VERIFY_OK(weak);
        QVERIFY(hasher.needsRehash(*weak));
        // A weak hash still verifies with the default hasher: the limits are read from the string.
        QVERIFY(*hasher.verify(QStringLiteral("interactive"), *weak));
    }

    void capsConcurrentHashes()
    {
        // Many more threads than cores hash at once; a watcher samples how many run. Without the cap all
        // of them would be inside Argon2id together.
        const int cap = PasswordHasher::maxConcurrent();
        QVERIFY(cap >= 1);
        const PasswordHasher hasher(2, 8 << 20);
        const int threads = cap * 4;
        std::atomic<bool> done { false };
        std::atomic<int> maxSeen { 0 };
        std::atomic<int> failures { 0 };
        std::thread watcher([&] {
            while (!done.load()) {
                const int now = PasswordHasher::running();
                int seen = maxSeen.load();
                while (now > seen && !maxSeen.compare_exchange_weak(seen, now)) { }
                std::this_thread::yield();
            }
        });
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([&, i] {
                for (int round = 0; round < 2; ++round) {
                    auto hash = hasher.hash(QStringLiteral("flood %1").arg(i));
                    if (!hash || !*hasher.verify(QStringLiteral("flood %1").arg(i), *hash)) {
                        ++failures;
                    }
                }
            });
        }
        for (std::thread &worker : workers) {
            worker.join();
        }
        done = true;
        watcher.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(PasswordHasher::running(), 0);
        QVERIFY2(PasswordHasher::peakRunning() <= cap,
            qPrintable(QStringLiteral("peak %1 > cap %2").arg(PasswordHasher::peakRunning()).arg(cap)));
        QVERIFY(maxSeen.load() <= cap);
        // The flood did run hashes side by side up to the cap (the cap is not accidentally 1).
        QVERIFY2(
            cap == 1 || PasswordHasher::peakRunning() >= 2, qPrintable(QString::number(PasswordHasher::peakRunning())));
    }
};

FOLIO_TEST(TestPasswordHasher, "passwordhasher")
#include "tst_passwordhasher.moc"
