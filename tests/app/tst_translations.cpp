// SPDX-License-Identifier: GPL-3.0-or-later
// The translations of the source tree (translations/*.ts): every current message is translated (not
// marked unfinished, not empty, every plural form filled in), and each translation keeps the placeholders
// of its source (%1…%9, %L1…, %n), so QString::arg() and tr(…, n) fill in the same values in every
// language. Obsolete and vanished messages are ignored: lupdate keeps them only as a memory.

#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace TranslationsTestsHelpers {

struct Message
{
    QString context;
    QString source;
    QString type; // the <translation> element's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its <numerusform>s
    bool numerus = false;
    qint64 line = 0;
};

struct TsFile
{
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                }
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            result.messages.append(message);
        }
    }
    if (xml.hasError()) {
        result.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return result;
}

// The placeholders of TEXT, sorted, one entry per occurrence: %1…%99, %L1…, %n and %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

QString describe(const QString &file, const Message &message)
{
    return QStringLiteral("%1:%2: [%3] \"%4\"").arg(file).arg(message.line).arg(message.context, message.source);
}

QStringList tsFiles()
{
    const QDir dir(Folio::Test::sourceDir(QStringLiteral("translations")));
    QStringList paths;
    for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name)) {
        paths.append(info.absoluteFilePath());
    }
    return paths;
}

} // namespace TranslationsTestsHelpers

class TranslationsTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = TranslationsTestsHelpers::tsFiles();
        QVERIFY2(!paths.isEmpty(), "no translations/*.ts in the source tree");
        for (const QString &path : paths) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void everyMessageIsTranslated()
    {
        using namespace TranslationsTestsHelpers;
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(QStringLiteral("%1 holds no messages").arg(path)));
        const QString file = QFileInfo(path).fileName();
        QStringList problems;
        for (const Message &message : ts.messages) {
            if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished")) {
                continue;
            }
            const bool empty = message.forms.isEmpty()
                || std::any_of(
                    message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.isEmpty(); });
            if (message.type == QLatin1String("unfinished") || empty) {
                problems.append(QStringLiteral("%1 is not translated (%2)")
                                    .arg(describe(file, message),
                                        empty ? QStringLiteral("empty") : QStringLiteral("marked unfinished")));
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 untranslated message(s):\n").arg(problems.size())
                + problems.join(QLatin1Char('\n'))));
    }

    void translationsKeepThePlaceholders_data() { everyMessageIsTranslated_data(); }

    void translationsKeepThePlaceholders()
    {
        using namespace TranslationsTestsHelpers;
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QString file = QFileInfo(path).fileName();
        QStringList problems;
        for (const Message &message : ts.messages) {
            if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished")) {
                continue;
            }
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.forms) {
                if (form.isEmpty()) {
                    continue; // reported by everyMessageIsTranslated
                }
                const QStringList found = placeholders(form);
                if (found != expected) {
                    problems.append(
                        QStringLiteral("%1: the translation \"%2\" has the placeholders {%3}, its source {%4}")
                            .arg(describe(file, message), form, found.join(QLatin1Char(',')),
                                expected.join(QLatin1Char(','))));
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 translation(s) with other placeholders than their source:\n").arg(problems.size())
                + problems.join(QLatin1Char('\n'))));
    }
};

FOLIO_TEST(TranslationsTests, "translations")
#include "tst_translations.moc"
