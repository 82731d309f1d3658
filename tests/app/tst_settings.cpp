// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl settings: the library's OCR languages are shown with their default, checked before they are
// stored (an uninstalled language is refused by name), audited, and used by later runs.

#include "testregistry.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace SettingsTests {

Folio::Test::ProcessResult folioctl(const QString &library, const QStringList &arguments)
{
    return Folio::Test::run(Folio::Test::program(QStringLiteral("folioctl")),
        QStringList { QStringLiteral("--library"), library } + arguments);
}

} // namespace SettingsTests

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ocrLanguagesAreCheckedStoredAndAudited()
    {
        using namespace SettingsTests;
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library"));
        QCOMPARE(folioctl(library, { QStringLiteral("init"), library }).exitCode, 0);

        const auto shown = folioctl(library, { QStringLiteral("settings") });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("ocr.languages = eng  (default)")), qPrintable(shown.out));

        const auto refused = folioctl(library,
            { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ocr.languages"),
                QStringLiteral("zzz") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("zzz")), qPrintable(refused.err));
        QCOMPARE(
            folioctl(library,
                { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("nosuch"), QStringLiteral("x") })
                .exitCode,
            2);

        QCOMPARE(folioctl(library,
                     { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ocr.languages"),
                         QStringLiteral("eng") })
                     .exitCode,
            0);
        const auto stored = folioctl(library,
            { QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("ocr.languages"),
                QStringLiteral("--json") });
        const QJsonObject object = QJsonDocument::fromJson(stored.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("settings")).toObject().value(QStringLiteral("ocr.languages")).toString(),
            QStringLiteral("eng"));
        QVERIFY(!stored.out.contains(QStringLiteral("(default)")));
        const auto verified = folioctl(library, { QStringLiteral("verify") });
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QStringLiteral("2 audit events")), qPrintable(verified.out));
    }
};

FOLIO_TEST(TestSettings, "settings")
#include "tst_settings.moc"
