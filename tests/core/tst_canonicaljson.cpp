// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/canonicaljson.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Folio;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serializes_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");

        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, a surrogate pair in UTF-16
        const QString halfwidthStop = QString(QChar(0xFF61)); // above the surrogates in UTF-16

        QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QByteArray("{}");
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QByteArray("[]");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray("null");
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QByteArray("null");
        QTest::newRow("booleans") << QJsonValue(QJsonArray { true, false }) << QByteArray("[true,false]");
        QTest::newRow("key order") << QJsonValue(QJsonObject { { "b", 1 }, { "a", 2 }, { "B", 3 }, { "aa", 4 },
            { "", 5 } }) << QByteArray(R"({"":5,"B":3,"a":2,"aa":4,"b":1})");
        // UTF-16 order puts U+1F600 (D83D DE00) before U+FF61; code point order would not.
        QTest::newRow("key order by UTF-16 code units")
            << QJsonValue(QJsonObject { { halfwidthStop, 1 }, { emoji, 2 }, { QString(QChar(0xE9)), 3 } })
            << QByteArray("{\"\xC3\xA9\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xBD\xA1\":1}");
        QTest::newRow("nesting") << QJsonValue(
            QJsonObject { { "z", QJsonArray { 1, QJsonObject { { "y", QJsonValue::Null }, { "x", true } } } },
                { "a", QJsonObject { { "c", false }, { "b", "s" } } } })
                                 << QByteArray(R"({"a":{"b":"s","c":false},"z":[1,{"x":true,"y":null}]})");
        QTest::newRow("no whitespace") << QJsonValue(QJsonArray { QJsonArray {}, QJsonObject {}, " " })
                                       << QByteArray(R"([[],{}," "])");

        QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
        QTest::newRow("negative zero") << QJsonValue(-0.0) << QByteArray("0");
        QTest::newRow("minus one") << QJsonValue(-1) << QByteArray("-1");
        QTest::newRow("integral double") << QJsonValue(42.0) << QByteArray("42");
        QTest::newRow("2^53 - 1") << QJsonValue(9007199254740991.0) << QByteArray("9007199254740991");
        QTest::newRow("-(2^53 - 1)") << QJsonValue(-9007199254740991.0) << QByteArray("-9007199254740991");
        QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << QByteArray("9007199254740992");
        QTest::newRow("exact qint64 beyond 2^53")
            << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
        QTest::newRow("1e20") << QJsonValue(1e20) << QByteArray("100000000000000000000");
        QTest::newRow("1e21") << QJsonValue(1e21) << QByteArray("1e+21");
        QTest::newRow("1.5") << QJsonValue(1.5) << QByteArray("1.5");
        QTest::newRow("-1.5") << QJsonValue(-1.5) << QByteArray("-1.5");
        QTest::newRow("0.1") << QJsonValue(0.1) << QByteArray("0.1");
        QTest::newRow("0.1 + 0.2") << QJsonValue(0.1 + 0.2) << QByteArray("0.30000000000000004");
        QTest::newRow("123.456") << QJsonValue(123.456) << QByteArray("123.456");
        QTest::newRow("1e-6") << QJsonValue(1e-6) << QByteArray("0.000001");
        QTest::newRow("1e-7") << QJsonValue(1e-7) << QByteArray("1e-7");
        QTest::newRow("-2.5e-300") << QJsonValue(-2.5e-300) << QByteArray("-2.5e-300");
        QTest::newRow("smallest denormal") << QJsonValue(5e-324) << QByteArray("5e-324");
        QTest::newRow("largest double") << QJsonValue(std::numeric_limits<double>::max())
                                        << QByteArray("1.7976931348623157e+308");
        QTest::newRow("NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << QByteArray("null");
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << QByteArray("null");

        QTest::newRow("empty string") << QJsonValue(QString()) << QByteArray(R"("")");
        QTest::newRow("escapes") << QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t"))
                                 << QByteArray("\"\\\"\\\\/\\b\\f\\n\\r\\t\"");
        QTest::newRow("other control characters")
            << QJsonValue(QString(QChar(0)) + QChar(1) + QChar(0x1f) + QChar(0x7f))
            << QByteArray("\"\\u0000\\u0001\\u001f\x7f\"");
        QTest::newRow("non-ASCII unescaped")
            << QJsonValue(QString::fromUtf8("caf\xC3\xA9 \xE2\x82\xAC ") + emoji + QChar(0x2028))
            << QByteArray("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\xE2\x80\xA8\"");
        QTest::newRow("lone surrogates") << QJsonValue(QString(QChar(0xD800)) + u'x' + QChar(0xDFFF))
                                         << QByteArray("\"\\ud800x\\udfff\"");
    }

    void serializes()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(CanonicalJson::serialize(value), expected);
    }

    void serializesAnObjectDirectly()
    {
        const QJsonObject object { { "title", QJsonObject { { "old", "a" }, { "new", "b" } } } };
        QCOMPARE(CanonicalJson::serialize(object), QByteArray(R"({"title":{"new":"b","old":"a"}})"));
        QCOMPARE(CanonicalJson::serialize(object), CanonicalJson::serialize(QJsonValue(object)));
    }

    void isStable()
    {
        QJsonObject first;
        first.insert("zeta", QJsonArray { 1.25, "x", QJsonValue::Null });
        first.insert("alpha", QJsonObject { { "n", 1e-9 }, { "s", QString::fromUtf8("\xC3\xBC") } });
        // The same content built in another order.
        QJsonObject second;
        second.insert("alpha", QJsonObject { { "s", QString::fromUtf8("\xC3\xBC") }, { "n", 1e-9 } });
        second.insert("zeta", QJsonArray { 1.25, "x", QJsonValue::Null });

        const QByteArray bytes = CanonicalJson::serialize(first);
        QCOMPARE(CanonicalJson::serialize(first), bytes);
        QCOMPARE(CanonicalJson::serialize(second), bytes);
    }

    // Parsing the output and serialising it again gives the same bytes: what a receiver hashes is what
    // the sender hashed.
    void readsBackToTheSameBytes_data() { serializes_data(); }

    void readsBackToTheSameBytes()
    {
        QFETCH(QJsonValue, value);
        const QByteArray bytes = CanonicalJson::serialize(QJsonArray { value });
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(CanonicalJson::serialize(parsed.array()), bytes);
    }
};

FOLIO_TEST(TestCanonicalJson, "canonicaljson")
#include "tst_canonicaljson.moc"
