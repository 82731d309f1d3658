// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenaddress.h"
#include "testregistry.h"

#include <QTest>

using namespace Folio;
using Folio::Server::ListenAddress;

class TestListenAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("ipv4 loopback") << "127.0.0.1:8443" << true << "127.0.0.1:8443" << true;
        QTest::newRow("localhost") << "localhost:80" << true << "127.0.0.1:80" << true;
        QTest::newRow("ipv6 loopback") << "[::1]:8443" << true << "[::1]:8443" << true;
        QTest::newRow("any address") << "0.0.0.0:443" << true << "0.0.0.0:443" << false;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << false;
        QTest::newRow("port zero") << "127.0.0.1:0" << false << "" << false;
        QTest::newRow("port too large") << "127.0.0.1:70000" << false << "" << false;
        QTest::newRow("host name") << "example.org:443" << false << "" << false;
        QTest::newRow("ipv6 without brackets end") << "[::1:8443" << false << "" << false;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto address = ListenAddress::parse(text);
        QCOMPARE(bool(address), valid);
        if (!valid) {
            QCOMPARE(address.error().code(), Error::Code::InvalidArgument);
            QVERIFY(address.error().message().contains(text));
            return;
        }
        QFETCH(QString, normalised);
        QFETCH(bool, loopback);
        QCOMPARE(address->toString(), normalised);
        QCOMPARE(address->isLoopback(), loopback);
    }

    void refusesPlainHttpOffLoopback()
    {
        auto open = ListenAddress::parse(QStringLiteral("0.0.0.0:8080"));
        QVERIFY(open);
        auto refused = open->checkTransport(false, false);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("--insecure-http")));
        QVERIFY(open->checkTransport(true, false));
        QVERIFY(open->checkTransport(false, true));
        QVERIFY(ListenAddress::parse(QStringLiteral("127.0.0.1:8080"))->checkTransport(false, false));
    }
};

FOLIO_TEST(TestListenAddress, "listenaddress")
#include "tst_listenaddress.moc"
