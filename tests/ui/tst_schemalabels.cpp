// SPDX-License-Identifier: GPL-3.0-or-later
// The default schema's field labels are library data in English; the client shows them in the user's language
// while they are the default ones, and a label the library's owner changed as it is.

#include "policy/defaultschema.h"
#include "testregistry.h"

#include <QTest>
#include <QTranslator>

using namespace Folio;

class TestSchemaLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLabelsAreTranslatedAndOwnLabelsKept()
    {
        FieldDefinition creator;
        for (const FieldDefinition &field : SchemaJson::defaultSchema().fields) {
            if (field.key == QLatin1String("creator")) {
                creator = field;
            }
        }
        QCOMPARE(creator.label, QStringLiteral("Creator"));
        QCOMPARE(SchemaJson::displayLabel(creator), QStringLiteral("Creator"));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/folio_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString translated = SchemaJson::displayLabel(creator);
        FieldDefinition renamed = creator;
        renamed.label = QStringLiteral("Photographer");
        const QString own = SchemaJson::displayLabel(renamed);
        FieldDefinition custom;
        custom.key = QStringLiteral("shoot-id");
        const QString unlabelled = SchemaJson::displayLabel(custom);
        QCoreApplication::removeTranslator(&german);

        QCOMPARE(translated, QStringLiteral("Urheber"));
        QCOMPARE(own, QStringLiteral("Photographer"));
        QCOMPARE(unlabelled, QStringLiteral("shoot-id"));
    }
};

FOLIO_TEST(TestSchemaLabels, "schemalabels")
#include "tst_schemalabels.moc"
