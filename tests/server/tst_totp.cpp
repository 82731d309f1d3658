// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/totp.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Folio;
using Folio::Server::Totp;

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 6238 appendix B, the SHA-1 rows (8 digits, the 20-byte ASCII key "1234567890…").
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("59") << qint64(59) << "94287082";
        QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
        QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
        QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
        QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
        QTest::newRow("20000000000") << qint64(20000000000) << "65353130";
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        const QByteArray secret("12345678901234567890");
        const qint64 step = Totp::stepAt(QDateTime::fromSecsSinceEpoch(time, Qt::UTC));
        QCOMPARE(Totp::code(secret, step, 8), expected);
        // The six-digit code is the last six digits of the same number.
        QCOMPARE(Totp::code(secret, step), expected.right(6));
    }

    void base32()
    {
        // RFC 4648 section 10, without padding.
        QCOMPARE(Totp::toBase32("f"), QStringLiteral("MY"));
        QCOMPARE(Totp::toBase32("foobar"), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(Totp::toBase32("12345678901234567890"), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        auto decoded = Totp::fromBase32(QStringLiteral("mzxw 6ytb oi======"));
        FOLIO_VERIFY_OK(decoded);
        QCOMPARE(*decoded, QByteArray("foobar"));
        auto bad = Totp::fromBase32(QStringLiteral("MZXW1"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(QLatin1String("\"1\"")));
    }

    void newSecrets()
    {
        auto first = Totp::newSecret();
        auto second = Totp::newSecret();
        FOLIO_VERIFY_OK(first);
        FOLIO_VERIFY_OK(second);
        QCOMPARE(first->size(), 20);
        QVERIFY(*first != *second);
        QCOMPARE(*Totp::fromBase32(Totp::toBase32(*first)), *first);
    }

    void acceptsOneStepEitherSide()
    {
        const QByteArray secret("12345678901234567890");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000015, Qt::UTC);
        const qint64 step = Totp::stepAt(now);
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step), now, std::nullopt), std::optional<qint64>(step));
        QCOMPARE(
            Totp::verify(secret, Totp::code(secret, step - 1), now, std::nullopt), std::optional<qint64>(step - 1));
        QCOMPARE(
            Totp::verify(secret, Totp::code(secret, step + 1), now, std::nullopt), std::optional<qint64>(step + 1));
        QVERIFY(!Totp::verify(secret, Totp::code(secret, step - 2), now, std::nullopt));
        QVERIFY(!Totp::verify(secret, Totp::code(secret, step + 2), now, std::nullopt));
        QVERIFY(!Totp::verify(QByteArray("another secret 12345"), Totp::code(secret, step), now, std::nullopt));
        QVERIFY(!Totp::verify(secret, QStringLiteral("12345"), now, std::nullopt));
        QVERIFY(!Totp::verify(secret, QStringLiteral("abcdef"), now, std::nullopt));
    }

    void refusesReplay()
    {
        const QByteArray secret("12345678901234567890");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000015, Qt::UTC);
        const qint64 step = Totp::stepAt(now);
        const QString code = Totp::code(secret, step);
        auto used = Totp::verify(secret, code, now, std::nullopt);
        QVERIFY(used);
        // The same code again, even a few seconds later within the same step, is refused.
        QVERIFY(!Totp::verify(secret, code, now.addSecs(5), used));
        // So is an older code still inside the window.
        QVERIFY(!Totp::verify(secret, Totp::code(secret, step - 1), now, used));
        // The next step's code is fine.
        QCOMPARE(
            Totp::verify(secret, Totp::code(secret, step + 1), now.addSecs(30), used), std::optional<qint64>(step + 1));
    }

    void provisioningUri()
    {
        const QByteArray secret("12345678901234567890");
        const QString uri = Totp::provisioningUri(QStringLiteral("Ana María"), secret);
        QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/Folio:Ana%20Mar%C3%ADa?secret=")), qPrintable(uri));
        const QUrl url(uri);
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Folio"));
        QCOMPARE(*Totp::fromBase32(query.queryItemValue(QStringLiteral("secret"))), secret);
    }
};

FOLIO_TEST(TestTotp, "totp")
#include "tst_totp.moc"
