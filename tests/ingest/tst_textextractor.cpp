// SPDX-License-Identifier: GPL-3.0-or-later
// TextExtractor on the shared corpus's text files (each decoded with the charset the manifest gives, its
// non-ASCII words intact) and its RTF document; on files made here in UTF-16 and UTF-32 (with and without
// a byte-order mark), Windows-1252, a declared legacy charset, HTML (scripts, styles, comments, entities,
// tables, <pre>, broken markup, title and meta) and RTF (destinations, code pages, \u escapes, \info);
// on the 10 MiB limit (a cut inside a UTF-8 character stays UTF-8); and on paths that are no files.

#include "ingest/extractors/textextractor.h"
#include "ingest/typedetector.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Folio::ContentExtraction;
using Folio::Error;
using Folio::TextExtractor;

namespace TextExtractorTests {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QString tag(const ContentExtraction &extraction, const QString &key)
{
    for (const auto &value : extraction.tags) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key) {
            return value.toObject().value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace TextExtractorTests

class TestTextExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

private Q_SLOTS:
    void init() { m_dir = new QTemporaryDir; }
    void cleanup() { delete m_dir; }

    // MANIFEST.tsv: lorem-ipsum.txt is ASCII, testTXT_win-1252.txt Windows-1252 (its smart quotes are
    // 0x93/0x94), Text3.txt UTF-8 with a BOM; testMARKDOWN.md ends in "Café naïve résumé" in UTF-8.
    void corpusFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("bom");
        QTest::newRow("lorem-ipsum.txt") << "text/lorem-ipsum.txt"
                                         << "text/plain"
                                         << "US-ASCII"
                                         << "Variatio Ipsius\n\nLorem ipsum dolor sit amet" << QString() << false;
        QTest::newRow("testMARKDOWN.md") << "text/testMARKDOWN.md"
                                         << "text/markdown"
                                         << "UTF-8"
                                         << "Café naïve résumé"
                                         << "Title" << false;
        QTest::newRow("testTXT_win-1252.txt") << "text/testTXT_win-1252.txt"
                                              << "text/plain"
                                              << "windows-1252"
                                              << "this is a \u201Cwindows\u201D encoding" << QString() << false;
        QTest::newRow("Text3.txt") << "text/Text3.txt"
                                   << "text/plain"
                                   << "UTF-8"
                                   << "this é is UTF-8" << QString() << true;
        QTest::newRow("testRTF.rtf")
            << "office/testRTF.rtf"
            << "application/rtf"
            << "windows-1252"
            << "Sluwe Sjaantje sloeg de slome slager\nSluwe Sjaantje sloeg de slome slager. Sluwe" << QString()
            << false;
    }

    void corpusFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, mimeType);
        QFETCH(QString, encoding);
        QFETCH(QString, phrase);
        QFETCH(QString, title);
        QFETCH(bool, bom);
        const auto extracted = TextExtractor::extract(Folio::Test::corpus(path), mimeType);
        FOLIO_VERIFY_OK(extracted);
        QVERIFY2(extracted->warnings.isEmpty(), qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), encoding);
        QCOMPARE(TextExtractorTests::tag(*extracted, QStringLiteral("text.encoding")), encoding);
        QCOMPARE(extracted->pageTexts.size(), 1);
        const QString &text = extracted->pageTexts.first();
        QVERIFY2(text.contains(phrase), qPrintable(text));
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        QVERIFY(!text.startsWith(QChar(0xFEFF)));
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(TextExtractorTests::tag(*extracted, QStringLiteral("text.byte-order-mark")) == u"true", bom);
    }

    void rtfCorpusHasNoControlWords()
    {
        const auto extracted = TextExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/testRTF.rtf")), QStringLiteral("text/rtf"));
        FOLIO_VERIFY_OK(extracted);
        const QString &text = extracted->pageTexts.first();
        QVERIFY2(!text.contains(u'\\') && !text.contains(u'{') && !text.contains(QStringLiteral("Roman 10cpi")),
            qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Sluwe Sjaantje sloeg de slome slager")), 12);
        QVERIFY(text.startsWith(QStringLiteral("Sluwe Sjaantje sloeg de slome slager\nSluwe")));
    }

    void encodings_data()
    {
        const QString sample = QStringLiteral("Grüße, Ελληνικά, 日本語 — “quoted” ✓\nsecond line");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UTF-8") << sample.toUtf8() << "UTF-8" << sample;
        QTest::newRow("UTF-8 BOM") << TextExtractorTests::encode(sample, QStringConverter::Utf8, true) << "UTF-8"
                                   << sample;
        QTest::newRow("UTF-16LE BOM") << TextExtractorTests::encode(sample, QStringConverter::Utf16LE, true)
                                      << "UTF-16LE" << sample;
        QTest::newRow("UTF-16BE BOM") << TextExtractorTests::encode(sample, QStringConverter::Utf16BE, true)
                                      << "UTF-16BE" << sample;
        QTest::newRow("UTF-32LE BOM") << TextExtractorTests::encode(sample, QStringConverter::Utf32LE, true)
                                      << "UTF-32LE" << sample;
        const QString latin = QStringLiteral("Plain Latin text, naïve café, written by Notepad long ago");
        QTest::newRow("UTF-16LE no BOM") << TextExtractorTests::encode(latin, QStringConverter::Utf16LE, false)
                                         << "UTF-16LE" << latin;
        QTest::newRow("UTF-16BE no BOM") << TextExtractorTests::encode(latin, QStringConverter::Utf16BE, false)
                                         << "UTF-16BE" << latin;
        QTest::newRow("windows-1252") << QByteArray("Caf\xe9 \x80 5 \x93ok\x94 \x85 na\xefve \x9e") << "windows-1252"
                                      << QStringLiteral("Café € 5 “ok” … naïve ž");
        QTest::newRow("CRLF") << QByteArray("one\r\ntwo\rthree\n") << "US-ASCII" << QStringLiteral("one\ntwo\nthree\n");
        QTest::newRow("empty") << QByteArray() << "US-ASCII" << QString();
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, expected);
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("file.txt"), bytes), QStringLiteral("text/plain"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), encoding);
        QCOMPARE(extracted->pageTexts, QStringList { expected });
    }

    void csvIsText()
    {
        const QByteArray csv = "name;city\n\"Müller, Jörg\";Zürich\n";
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("people.csv"), csv), QStringLiteral("text/csv"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts.first(), QString::fromUtf8(csv));
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scripts, styles, comments")
            << "<html><head><style>p { x: '</p>' }</style><script>if (a < b) { document.write('<p>no</p>') "
               "}</script></head>"
               "<body><!-- <p>hidden</p> --><p>Shown</p><SCRIPT "
               "type=\"text/javascript\">alert(1)</SCRIPT><p>too</p></body></html>"
            << "Shown\ntoo";
        QTest::newRow("entities") << "<p>&lt;tag&gt; &amp;amp; &quot;q&quot; &eacute;t&eacute; &#233;&#xE9;&#x1F600; "
                                     "&hellip;&euro; &#150; &bogus; & alone</p>"
                                  << "<tag> &amp; \"q\" été éé\U0001F600 …€ – &bogus; & alone";
        QTest::newRow("white space") << "<p>  many\n   spaces\tand\r\nlines  </p>\n\n<p>next</p>"
                                     << "many spaces and lines\nnext";
        QTest::newRow("inline elements") << "<p>in<b>line</b> <i>words</i>, <a href=\"x\">link</a>.</p>"
                                         << "inline words, link.";
        QTest::newRow("breaks and blocks")
            << "<div>one<br>two<br/><br />three</div><ul><li>a</li><li>b</li></ul><h2>head</h2>tail"
            << "one\ntwo\n\nthree\na\nb\nhead\ntail";
        QTest::newRow("table") << "<table><tr><th>Name</th><th>City</th></tr><tr><td>Ann</td><td>Oslo</td></tr></table>"
                               << "Name\tCity\nAnn\tOslo";
        QTest::newRow("pre") << "<p>x</p><pre>  indented\n    code  </pre><p>y</p>"
                             << "x\n  indented\n    code\ny";
        QTest::newRow("broken markup")
            << "<p>unclosed <b>bold <i>italic</p><p attr=\"a > b\">quoted > in attribute</p>a < b <3 c"
            << "unclosed bold italic\nquoted > in attribute\na < b <3 c";
        QTest::newRow("unterminated") << "<p>text<script>never closed"
                                      << "text";
        QTest::newRow("cdata and doctype") << "<!DOCTYPE html><?xml-stylesheet x?><p><![CDATA[raw <text>]]></p>"
                                           << "raw <text>";
        QTest::newRow("image alt") << "<p>see <img src=\"a.png\" alt=\"a diagram\"> here</p>"
                                   << "see a diagram here";
        QTest::newRow("title is not text") << "<head><title>The title</title></head><body>Body</body>"
                                           << "Body";
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(TextExtractor::htmlToText(html), expected);
    }

    void htmlFile()
    {
        // Windows-1252 bytes, declared as ISO-8859-1 (which browsers read as Windows-1252).
        const QByteArray html
            = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
              "<title>  Caf\xe9  &amp; co </title><meta name=\"Description\" content=\"A &quot;small&quot; page\">"
              "<meta name=keywords content='menu, caf\xe9; prices'><meta name=\"author\" content=\"J. Doe\">"
              "</head><body><h1>Men\xfa</h1><p>\x93Quoted\x94 text</p></body></html>";
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("page.html"), html), QStringLiteral("text/html"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts, QStringList { QStringLiteral("Menú\n“Quoted” text") });
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Café & co"));
        QCOMPARE(extracted->fields.value(QStringLiteral("description")).toString(), QStringLiteral("A \"small\" page"));
        QCOMPARE(extracted->fields.value(QStringLiteral("creator")).toString(), QStringLiteral("J. Doe"));
        QCOMPARE(extracted->fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("menu"), QStringLiteral("café"), QStringLiteral("prices") }));
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
        QCOMPARE(TextExtractorTests::tag(*extracted, QStringLiteral("html.meta.description")),
            QStringLiteral("A \"small\" page"));
    }

    // A legacy charset the page declares is used when the bytes are not UTF-8.
    void htmlDeclaredCharset()
    {
        const QByteArray greek
            = "<html><head><meta "
              "charset=\"iso-8859-7\"></head><body><p>\xc5\xeb\xeb\xe7\xed\xe9\xea\xdc</p></body></html>";
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("greek.htm"), greek), QStringLiteral("text/html"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts.first(), QStringLiteral("Ελληνικά"));
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("iso-8859-7"));
        // Valid UTF-8 wins over a declaration that is wrong.
        const QByteArray utf8 = "<meta charset=\"windows-1251\"><p>" + QStringLiteral("Ελληνικά").toUtf8() + "</p>";
        const auto second = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("utf8.html"), utf8), QStringLiteral("text/html"));
        FOLIO_VERIFY_OK(second);
        QCOMPARE(second->pageTexts.first(), QStringLiteral("Ελληνικά"));
        QCOMPARE(second->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    }

    void rtfToText_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraphs") << QByteArray("{\\rtf1\\ansi Hello\\par World\\line next\\tab tabbed}")
                                    << "Hello\nWorld\nnext\ttabbed";
        QTest::newRow("tables skipped") << QByteArray(
            "{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red255\\green0\\blue0;}"
            "{\\stylesheet{\\s0 Normal;}}{\\*\\generator Riched20;}Body}")
                                        << "Body";
        // Both spaces are text; only the picture goes.
        QTest::newRow("picture skipped") << QByteArray(
            "{\\rtf1 before {\\pict\\pngblip\\picw10 89504e470d0a1a0a} after}")
                                         << "before  after";
        QTest::newRow("ignorable destination")
            << QByteArray("{\\rtf1 a{\\*\\unknowndest secret {\\b nested}}b}") << "ab";
        QTest::newRow("hex in cp1252") << QByteArray("{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 \\'93q\\'94 \\'80}")
                                       << "Café “q” €";
        QTest::newRow("hex in cp1251") << QByteArray("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}")
                                       << "Привет";
        QTest::newRow("unicode escapes") << QByteArray(
            "{\\rtf1\\uc1 \\u26085?\\u26412?\\u-3?{\\uc2\\u8364\\'80\\'80 euro}}")
                                         << "日本\uFFFD€ euro";
        QTest::newRow("surrogate pair") << QByteArray("{\\rtf1\\uc0\\u-10179\\u-8704 smile}") << "\U0001F600smile";
        QTest::newRow("symbols") << QByteArray("{\\rtf1 a\\~b\\emdash c\\{d\\}e\\\\f\\lquote g\\rquote\\bullet}")
                                 << "a\u00A0b\u2014c{d}e\\f\u2018g\u2019\u2022";
        QTest::newRow("fields show results")
            << QByteArray("{\\rtf1{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt link text}}}") << "link text";
        QTest::newRow("binary skipped") << QByteArray("{\\rtf1 x\\bin4 \\}{}y}") << "xy";
        QTest::newRow("unbalanced") << QByteArray("{\\rtf1 open {\\b bold") << "open bold";
        QTest::newRow("too deep") << QByteArray("{\\rtf1 top") + QByteArray(2000, '{') + "deep" + QByteArray(2000, '}')
                + " end}"
                                  << "top end";
    }

    void rtfToText()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, expected);
        QCOMPARE(TextExtractor::rtfToText(rtf), expected);
    }

    void rtfInfo()
    {
        const QByteArray rtf
            = "{\\rtf1\\ansi\\ansicpg1252{\\info{\\title Le titre \\'e9t\\'e9}{\\author Ana B.}{\\subject Sujet}"
              "{\\keywords one, two}{\\creatim\\yr2021\\mo3\\dy4\\hr5\\min6}{\\revtim\\yr2022\\mo1\\dy2}"
              "{\\operator Op}}Body text\\par}";
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("info.rtf"), rtf), QStringLiteral("application/rtf"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts, QStringList { QStringLiteral("Body text") });
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Le titre été"));
        QCOMPARE(extracted->fields.value(QStringLiteral("creator")).toString(), QStringLiteral("Ana B."));
        QCOMPARE(extracted->fields.value(QStringLiteral("description")).toString(), QStringLiteral("Sujet"));
        QCOMPARE(extracted->fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("one"), QStringLiteral("two") }));
        QCOMPARE(extracted->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2021-03-04T05:06:00"));
        QCOMPARE(extracted->fields.value(QStringLiteral("modified")).toString(), QStringLiteral("2022-01-02T00:00:00"));
        QCOMPARE(TextExtractorTests::tag(*extracted, QStringLiteral("rtf.operator")), QStringLiteral("Op"));
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    }

    void rtfThatIsNoRtf()
    {
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("fake.rtf"), "just text"), QStringLiteral("text/rtf"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts.first(), QStringLiteral("just text"));
        QCOMPARE(extracted->warnings.size(), 1);
    }

    // Files beyond 10 MiB: the beginning is read, with a warning; a cut inside a UTF-8 character does not
    // turn the whole file into Windows-1252.
    void largeFileIsCut()
    {
        QByteArray big = "x";
        while (big.size() < TextExtractor::MaxTextChars + 4096) {
            big.append("é");
        }
        const QString path = TextExtractorTests::writeFile(*m_dir, QStringLiteral("big.txt"), big);
        QElapsedTimer timer;
        timer.start();
        const auto extracted = TextExtractor::extract(path, QStringLiteral("text/plain"));
        qInfo("%lld bytes: %lld ms", qint64(big.size()), timer.elapsed());
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->fields.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(extracted->warnings.size(), 1);
        QVERIFY(extracted->warnings.first().contains(QStringLiteral("big.txt")));
        const QString &text = extracted->pageTexts.first();
        QCOMPARE(text.size(), (TextExtractor::MaxTextChars - 1) / 2 + 1);
        QVERIFY(text.endsWith(QStringLiteral("éé")));
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
    }

    void largeHtmlTextIsCapped()
    {
        QByteArray html = "<html><body>";
        const QByteArray paragraph = "<p>" + QByteArray(1000, 'w') + "</p>";
        while (html.size() < TextExtractor::MaxTextChars + 100'000) {
            html.append(paragraph);
        }
        const auto extracted = TextExtractor::extract(
            TextExtractorTests::writeFile(*m_dir, QStringLiteral("big.html"), html), QStringLiteral("text/html"));
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts.first().size(), TextExtractor::MaxTextChars);
        QCOMPARE(extracted->warnings.size(), 1);
    }

    // Every corpus file (images, PDFs, archives, bombs) read as each flavour: a result, never a crash.
    void everyCorpusFileAsEveryFlavour()
    {
        QDirIterator files(Folio::Test::corpus(), QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        QElapsedTimer total;
        total.start();
        while (files.hasNext()) {
            const QString path = files.next();
            for (const char *type : { "text/plain", "text/html", "application/rtf", "text/markdown" }) {
                const auto extracted = TextExtractor::extract(path, QLatin1StringView(type));
                FOLIO_VERIFY_OK(extracted);
                QCOMPARE(extracted->pageTexts.size(), 1);
                QVERIFY(!extracted->fields.value(QStringLiteral("encoding")).toString().isEmpty());
                ++count;
            }
        }
        qInfo("%d extractions in %lld ms", count, total.elapsed());
        QVERIFY(count >= 4 * 79);
    }

    void unreadablePaths()
    {
        const auto missing
            = TextExtractor::extract(m_dir->filePath(QStringLiteral("missing.txt")), QStringLiteral("text/plain"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const auto folder = TextExtractor::extract(m_dir->path(), QStringLiteral("text/plain"));
        QVERIFY(!folder);
        QCOMPARE(folder.error().code(), Error::Code::InvalidArgument);
        // A FIFO must neither block the open nor be read.
        const QString fifo = m_dir->filePath(QStringLiteral("fifo.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const auto piped = TextExtractor::extract(fifo, QStringLiteral("text/plain"));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!piped);
        QCOMPARE(piped.error().code(), Error::Code::InvalidArgument);
    }

    // What TypeDetector names the corpus's text files is what the extractor reads, as the same flavour.
    void detectedTypesAreHandled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::newRow("lorem-ipsum.txt") << "text/lorem-ipsum.txt" << QString();
        QTest::newRow("testMARKDOWN.md") << "text/testMARKDOWN.md"
                                         << "Title";
        QTest::newRow("testTXT_win-1252.txt") << "text/testTXT_win-1252.txt" << QString();
        QTest::newRow("Text3.txt") << "text/Text3.txt" << QString();
        QTest::newRow("testRTF.rtf") << "office/testRTF.rtf" << QString();
        QTest::newRow("testODTnotaZipFile.odt") << "bad/testODTnotaZipFile.odt" << QString();
    }

    void detectedTypesAreHandled()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        const auto detected = Folio::TypeDetector::detect(Folio::Test::corpus(path));
        FOLIO_VERIFY_OK(detected);
        QVERIFY2(TextExtractor::handles(detected->mimeType), qPrintable(detected->mimeType));
        const auto extracted = TextExtractor::extract(Folio::Test::corpus(path), detected->mimeType);
        FOLIO_VERIFY_OK(extracted);
        QVERIFY2(extracted->warnings.isEmpty(), qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
        QVERIFY(!extracted->pageTexts.first().isEmpty());
        QVERIFY(!extracted->pageTexts.first().contains(u'\\')); // RTF read as RTF
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), title);
    }

    void handledTypes()
    {
        for (const char *type : { "text/plain", "text/markdown", "text/csv", "text/html", "application/xhtml+xml",
                 "text/rtf", "application/rtf", "application/json", "text/x-c++src" }) {
            QVERIFY2(TextExtractor::handles(QLatin1StringView(type)), type);
        }
        for (const char *type : { "application/pdf", "image/svg+xml", "application/zip", "" }) {
            QVERIFY2(!TextExtractor::handles(QLatin1StringView(type)), type);
        }
    }
};

FOLIO_TEST(TestTextExtractor, "textextractor")
#include "tst_textextractor.moc"
