// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/defaultschema.h"
#include "policy/metadatavalidator.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Folio;

namespace {
FieldDefinition field(FieldType type, bool required = false)
{
    FieldDefinition f;
    f.key = QStringLiteral("f");
    f.type = type;
    f.required = required;
    f.vocabulary = QStringLiteral("v");
    return f;
}

Result<TypedValue> parse(const FieldDefinition &f, const QString &raw, bool closed = false)
{
    return MetadataValidator::parse(
        f, raw, closed, [](const QString &term) -> Result<bool> { return term == QLatin1String("web") || term == QLatin1String("print"); },
        [](const QString &uuid) -> Result<bool> { return uuid == QLatin1String("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"); });
}
} // namespace

class TestMetadataValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("json"); // the stored value as canonical-ish JSON text
        QTest::newRow("text trimmed") << int(FieldType::Text) << "  Spring launch " << "\"Spring launch\"";
        QTest::newRow("number") << int(FieldType::Number) << "12.5" << "12.5";
        QTest::newRow("negative number") << int(FieldType::Number) << "-3" << "-3";
        QTest::newRow("date") << int(FieldType::Date) << "2025-03-31" << "\"2025-03-31\"";
        QTest::newRow("date-time to UTC") << int(FieldType::Date) << "2025-03-31T10:00:00+02:00" << "\"2025-03-31T08:00:00.000Z\"";
        QTest::newRow("bool yes") << int(FieldType::Bool) << "Yes" << "true";
        QTest::newRow("bool 0") << int(FieldType::Bool) << "0" << "false";
        QTest::newRow("enum open") << int(FieldType::Enum) << "radio" << "\"radio\"";
        QTest::newRow("multi-enum deduplicated") << int(FieldType::MultiEnum) << "a, b,a,,c" << "[\"a\",\"b\",\"c\"]";
        QTest::newRow("item reference") << int(FieldType::ItemRef) << "0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"
                                        << "\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"";
        QTest::newRow("empty clears") << int(FieldType::Text) << "" << "null";
    }

    void accepts()
    {
        QFETCH(int, type);
        QFETCH(QString, raw);
        QFETCH(QString, json);
        auto value = parse(field(FieldType(type)), raw);
        FOLIO_VERIFY_OK(value);
        const QByteArray text = QJsonDocument(QJsonArray{value->json}).toJson(QJsonDocument::Compact);
        QCOMPARE(QString::fromUtf8(text.mid(1, text.size() - 2)), json);
    }

    void refuses_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a number") << int(FieldType::Number) << "twelve" << false << false << "takes a number";
        QTest::newRow("infinite") << int(FieldType::Number) << "inf" << false << false << "takes a number";
        QTest::newRow("not a date") << int(FieldType::Date) << "31/03/2025" << false << false << "takes a date";
        QTest::newRow("impossible date") << int(FieldType::Date) << "2025-02-30" << false << false << "takes a date";
        QTest::newRow("not a bool") << int(FieldType::Bool) << "maybe" << false << false << "yes or no";
        QTest::newRow("closed enum") << int(FieldType::Enum) << "radio" << false << true << "not a value";
        QTest::newRow("closed multi-enum") << int(FieldType::MultiEnum) << "web,radio" << false << true << "\"radio\"";
        QTest::newRow("unknown item") << int(FieldType::ItemRef) << "0190a1b2-0000-7000-8000-000000000000" << false << false
                                      << "no item";
        QTest::newRow("required empty") << int(FieldType::Text) << "  " << true << false << "required";
    }

    void refuses()
    {
        QFETCH(int, type);
        QFETCH(QString, raw);
        QFETCH(bool, required);
        QFETCH(bool, closed);
        QFETCH(QString, reason);
        auto value = parse(field(FieldType(type), required), raw, closed);
        QVERIFY(!value);
        QCOMPARE(value.error().code(), Error::Code::Validation);
        QVERIFY2(value.error().message().contains(reason), qPrintable(value.error().message()));
    }

    void defaultSchemaHasTheSharedFields()
    {
        const SchemaDocument schema = SchemaJson::defaultSchema();
        QStringList keys;
        for (const FieldDefinition &f : schema.fields) {
            keys.append(f.key);
        }
        for (const char *key : {"title", "description", "keywords", "creator", "rights", "product", "campaign", "region",
                                "language", "effective-date", "expiry-date", "classification", "status"}) {
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        }
        // The JSON form round-trips.
        auto again = SchemaJson::parse(SchemaJson::toJson(schema));
        FOLIO_VERIFY_OK(again);
        QCOMPARE(again->fields.size(), schema.fields.size());
        QCOMPARE(again->vocabularies.size(), schema.vocabularies.size());
    }

    void schemaJsonRefusesDuplicateNames()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"fields": [{"key": "a", "aliases": ["b"]}, {"key": "b"}]})").object();
        auto schema = SchemaJson::parse(json);
        QVERIFY(!schema);
        QVERIFY(schema.error().message().contains(QStringLiteral("\"b\"")));
    }
};

FOLIO_TEST(TestMetadataValidator, "metadatavalidator")
#include "tst_metadatavalidator.moc"
