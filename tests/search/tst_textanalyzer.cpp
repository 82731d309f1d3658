// SPDX-License-Identifier: GPL-3.0-or-later
// TextAnalyzer: word boundaries (letters and digits, CJK by character), folding of case, diacritics
// and compatibility forms, Snowball stemming per language, and the contract the index relies on: every
// form a document's word is indexed under is among the forms the same word takes in a query.

#include "search/textanalyzer.h"
#include "testregistry.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Folio::Search;

namespace TextAnalyzerTests {

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

} // namespace TextAnalyzerTests

class TestTextAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("french accents") << QStringLiteral("Crème brûlée") << QStringLiteral("creme brulee");
        QTest::newRow("naive cafe") << QStringLiteral("naïve CAFÉ") << QStringLiteral("naive cafe");
        QTest::newRow("sharp s") << QStringLiteral("Straße STRAẞE") << QStringLiteral("strasse strasse");
        QTest::newRow("ligatures and strokes") << QStringLiteral("Æsir Øre Œuvre Łódź Đakovo þorn")
                                               << QStringLiteral("aesir ore oeuvre lodz dakovo thorn");
        QTest::newRow("compatibility forms")
            << QStringLiteral("ﬁnance ＦＵＬＬ x²") << QStringLiteral("finance full x2");
        QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
        QTest::newRow("greek with tonos and final sigma")
            << QStringLiteral("Ελληνικά ΣΟΦΌΣ σοφός") << QStringLiteral("ελληνικα σοφοσ σοφοσ");
        QTest::newRow("cyrillic yo and short i") << QStringLiteral("Ёлка Йод") << QStringLiteral("елка иод");
        QTest::newRow("decomposed input") << QStringLiteral("Cre\u0300me") << QStringLiteral("creme");
        QTest::newRow("punctuation splits")
            << QStringLiteral("Don't stop—e-mail P-1234!") << QStringLiteral("don t stop e mail p 1234");
        QTest::newRow("digits and letters stay together")
            << QStringLiteral("mp3 2024report v2.0") << QStringLiteral("mp3 2024report v2 0");
        QTest::newRow("punctuation only") << QStringLiteral("-- ... !!! ’") << QString();
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        TextAnalyzer analyzer;
        QCOMPARE(TextAnalyzerTests::joined(analyzer.foldedWords(text)), folded);
    }

    void foldValueKeepsSpacesAndPunctuation()
    {
        QCOMPARE(TextAnalyzer::foldValue(u"  Ada   Lovelace "), QStringLiteral("ada lovelace"));
        QCOMPARE(TextAnalyzer::foldValue(u"/Projects/Été 2024"), QStringLiteral("/projects/ete 2024"));
        QCOMPARE(TextAnalyzer::foldValue(u"P-1234"), QStringLiteral("p-1234"));
        QCOMPARE(TextAnalyzer::foldValue(u"Ærø Straße"), QStringLiteral("aero strasse"));
        QCOMPARE(TextAnalyzer::foldValue(u""), QString());
    }

    void cjkIsSplitByCharacter()
    {
        TextAnalyzer analyzer;
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(u"東京都に住む")), QStringLiteral("東 京 都 に 住 む"));
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(u"iPhone東京")), QStringLiteral("iphon 東 京"));
        // Hangul is written with spaces: its words stay whole.
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(u"한국어 텍스트")), QStringLiteral("한국어 텍스트"));
        // Kana voicing marks are parts of letters, not accents: が is not か, however it was encoded.
        QCOMPARE(analyzer.foldedWords(u"が"), QStringList { QStringLiteral("が") });
        QCOMPARE(analyzer.foldedWords(u"か\u3099"), QStringList { QStringLiteral("が") });
        // CJK Extension B lies outside the BMP: one character, two UTF-16 units.
        QCOMPARE(analyzer.terms(u"𠀋𠀌").size(), 2);
    }

    void englishStemming_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("terms");
        QTest::newRow("running runs") << QStringLiteral("running runs run") << QStringLiteral("run run run");
        QTest::newRow("connect") << QStringLiteral("connection connected connecting")
                                 << QStringLiteral("connect connect connect");
        QTest::newRow("plural, capitalised")
            << QStringLiteral("Reports GUIDELINES") << QStringLiteral("report guidelin");
        QTest::newRow("accents folded after stemming")
            << QStringLiteral("Crème brûlée") << QStringLiteral("creme brulee");
        QTest::newRow("numbers untouched") << QStringLiteral("2024 007") << QStringLiteral("2024 007");
        QTest::newRow("stop words kept") << QStringLiteral("the and of") << QStringLiteral("the and of");
    }

    void englishStemming()
    {
        QFETCH(QString, text);
        QFETCH(QString, terms);
        TextAnalyzer analyzer;
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(text)), terms);
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(text, u"en")), terms);
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(text, u"English")), terms);
    }

    void languageStemming_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("terms");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Häuser Haus Bücher")
                            << QStringLiteral("haus haus buch");
        QTest::newRow("de-CH") << QStringLiteral("de-CH") << QStringLiteral("Häuser") << QStringLiteral("haus");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("Häuser") << QStringLiteral("haus");
        QTest::newRow("German") << QStringLiteral("German") << QStringLiteral("Häuser") << QStringLiteral("haus");
        QTest::newRow("deutsch") << QStringLiteral("Deutsch") << QStringLiteral("Häuser") << QStringLiteral("haus");
        QTest::newRow("ger") << QStringLiteral("ger") << QStringLiteral("Häuser") << QStringLiteral("haus");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("économiques continuation")
                            << QStringLiteral("econom continu");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("canciones") << QStringLiteral("cancion");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("bambini") << QStringLiteral("bambin");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("fietsen") << QStringLiteral("fiets");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("flickorna") << QStringLiteral("flick");
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("taloissa") << QStringLiteral("talo");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("книги книга") << QStringLiteral("книг книг");
        // No Snowball stemmer: folded only.
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Running") << QStringLiteral("running");
        QTest::newRow("unknown code") << QStringLiteral("xx") << QStringLiteral("Running Häuser")
                                      << QStringLiteral("running hauser");
    }

    void languageStemming()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, terms);
        TextAnalyzer analyzer;
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(text, language)), terms);
    }

    void queryFormsCoverEveryLibraryLanguage()
    {
        TextAnalyzer analyzer;
        QCOMPARE(analyzer.queryForms(u"Häuser", {}), QStringList { QStringLiteral("hauser") });
        QCOMPARE(analyzer.queryForms(u"Häuser", { QStringLiteral("de") }),
            (QStringList { QStringLiteral("hauser"), QStringLiteral("haus") }));
        // English comes first and is always there; duplicates collapse.
        QCOMPARE(analyzer.queryForms(u"running", { QStringLiteral("en"), QStringLiteral("English"), QString() }),
            QStringList { QStringLiteral("run") });
        QCOMPARE(analyzer.queryForms(u"running", { QStringLiteral("ja") }),
            (QStringList { QStringLiteral("run"), QStringLiteral("running") }));
        QCOMPARE(analyzer.queryForms(u"...", { QStringLiteral("de") }), QStringList());
    }

    // The index's contract: a document word, analysed in its language, is among the query forms of the
    // same word (typed with or without accents or capitals) whenever that language is a library language.
    void documentTermsAreAmongQueryForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("documentWord");
        QTest::addColumn<QString>("typedWord");
        QTest::newRow("en") << QString() << QStringLiteral("Guidelines") << QStringLiteral("guidelines");
        QTest::newRow("de umlaut typed") << QStringLiteral("de") << QStringLiteral("Häuser")
                                         << QStringLiteral("häuser");
        QTest::newRow("fr accents") << QStringLiteral("fr") << QStringLiteral("Économiques")
                                    << QStringLiteral("économiques");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Книги") << QStringLiteral("книги");
        QTest::newRow("ja unstemmed") << QStringLiteral("ja") << QStringLiteral("Tokyo") << QStringLiteral("TOKYO");
        QTest::newRow("es accents dropped")
            << QStringLiteral("es") << QStringLiteral("Canción") << QStringLiteral("canción");
    }

    void documentTermsAreAmongQueryForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, documentWord);
        QFETCH(QString, typedWord);
        TextAnalyzer analyzer;
        const QStringList indexed = analyzer.terms(documentWord, language);
        QCOMPARE(indexed.size(), 1);
        const QStringList languages { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ru"),
            QStringLiteral("ja"), QStringLiteral("es") };
        QVERIFY2(analyzer.queryForms(typedWord, languages).contains(indexed.first()),
            qPrintable(indexed.first() + QStringLiteral(" not in ")
                + analyzer.queryForms(typedWord, languages).join(QLatin1Char(','))));
    }

    void stemmedLanguagesAreListed()
    {
        const QStringList languages = TextAnalyzer::stemmedLanguages();
        for (const char *code :
            { "en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "fi", "ru", "hu", "ro", "tr", "ar" }) {
            QVERIFY2(languages.contains(QLatin1String(code)), code);
        }
        QVERIFY(!languages.contains(QStringLiteral("ja")));
    }

    void hostileTextIsBounded()
    {
        TextAnalyzer analyzer;
        // A 1,000-digit run (a hash, base64) is cut to 64 characters.
        QCOMPARE(analyzer.terms(QString(1000, QLatin1Char('7'))), QStringList { QString(64, QLatin1Char('7')) });
        // Ten thousand combining marks on one letter: one word, cut, and quick.
        QElapsedTimer timer;
        timer.start();
        QString marks = QStringLiteral("a");
        marks += QString(10000, QChar(0x0301));
        QCOMPARE(analyzer.terms(marks), QStringList { QStringLiteral("a") });
        // Lone surrogates and NULs are separators, never parts of a term.
        const QString broken = QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("cd") + QChar(0) + QChar(0xDC00)
            + QStringLiteral("ef");
        QCOMPARE(TextAnalyzerTests::joined(analyzer.terms(broken)), QStringLiteral("ab cd ef"));
        QVERIFY(!TextAnalyzer::foldValue(broken).contains(QChar(0xD800)));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void throughput()
    {
        // About 230 KB of mixed text, so a regression to quadratic behaviour shows; the figure is printed.
        QString text;
        for (int i = 0; i < 2000; ++i) {
            text += QStringLiteral("The quarterly reports for Crème brûlée Ltd. were approved on 2024-03-15; "
                                   "東京 office. Häuser und Straßen #%1\n")
                        .arg(i);
        }
        TextAnalyzer analyzer;
        QElapsedTimer timer;
        timer.start();
        const QStringList terms = analyzer.terms(text, u"en");
        const qint64 ms = qMax<qint64>(timer.elapsed(), 1);
        QCOMPARE(terms.size(), 2000 * 20);
        qInfo("terms(): %lld KB in %lld ms (%lld MB/s)", qint64(text.size() * 2 / 1024), ms,
            qint64(text.size()) * 2 / 1000 / ms);
    }
};

FOLIO_TEST(TestTextAnalyzer, "textanalyzer")
#include "tst_textanalyzer.moc"
