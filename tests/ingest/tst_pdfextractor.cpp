// SPDX-License-Identifier: GPL-3.0-or-later
// PDF extraction on the shared corpus: metadata, text per page, outline, attachments, forms, PDF/A claims,
// scans, encryption with right and wrong passwords, JavaScript that must be flagged and never run, and the
// hostile files of bad/ (an empty shell, a truncated file, a 1.2-gigapixel render bomb), which must end
// in an error or a warning, quickly, with bounded memory and no crash. Renditions are checked by decoding
// them with Qt, independently of the libvips code that made them.

#include "ingest/extractors/pdfextractor.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
// The module does not list Qt6::Gui for its includes; folio_core links it (Poppler renders QImages).
#include <QtGui/QImage>

#include <sys/resource.h>

#include <algorithm>
#include <thread>

using namespace Folio;

namespace PdfExtractorTests {

QString tagValue(const ContentExtraction &extraction, const QString &key)
{
    for (const QJsonValue &tag : extraction.tags) {
        if (tag.toObject().value(QStringLiteral("key")).toString() == key) {
            return tag.toObject().value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

bool anyWarningContains(const ContentExtraction &extraction, const QString &text)
{
    return std::any_of(extraction.warnings.cbegin(), extraction.warnings.cend(),
        [&text](const QString &warning) { return warning.contains(text); });
}

const NamedRendition *rendition(const ContentExtraction &extraction, const QString &name)
{
    for (const NamedRendition &rendition : extraction.renditions) {
        if (rendition.name == name) {
            return &rendition;
        }
    }
    return nullptr;
}

qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Decodes a rendition with Qt and checks it is a page: mostly paper, with some ink on it.
QString checkPageImage(const RenderedImage &image, int maxEdge, int inkBelow)
{
    const QImage decoded = QImage::fromData(image.bytes).convertToFormat(QImage::Format_Grayscale8);
    if (decoded.isNull()) {
        return QStringLiteral("does not decode (%1)").arg(image.mimeType);
    }
    if (decoded.width() != image.width || decoded.height() != image.height) {
        return QStringLiteral("is %1x%2, claims %3x%4")
            .arg(decoded.width())
            .arg(decoded.height())
            .arg(image.width)
            .arg(image.height);
    }
    if (std::max(decoded.width(), decoded.height()) > maxEdge) {
        return QStringLiteral("long edge %1 > %2").arg(std::max(decoded.width(), decoded.height())).arg(maxEdge);
    }
    qint64 sum = 0;
    int darkest = 255;
    for (int y = 0; y < decoded.height(); ++y) {
        const uchar *line = decoded.constScanLine(y);
        for (int x = 0; x < decoded.width(); ++x) {
            sum += line[x];
            darkest = std::min<int>(darkest, line[x]);
        }
    }
    const double mean = double(sum) / (qint64(decoded.width()) * decoded.height());
    if (darkest >= inkBelow || mean < 128) {
        return QStringLiteral("does not look like a page (darkest %1, mean %2)").arg(darkest).arg(mean);
    }
    return {};
}

} // namespace PdfExtractorTests

using namespace PdfExtractorTests;

class TestPdfExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("everyPageHasText");
        QTest::newRow("minimal pdfTeX") << "pdf/minimal-document.pdf" << 1 << "consetetur" << true;
        QTest::newRow("4 pages") << "pdf/pdflatex-4-pages.pdf" << 4 << "Huardest gefburn" << true;
        QTest::newRow("117 pages, libmagic says 11") << "pdf/GeoTopo-komprimiert.pdf" << 117 << "Topologie" << false;
        QTest::newRow("annotations") << "pdf/annotated_pdf.pdf" << 1 << "Some text." << true;
        QTest::newRow("PDF/A-1b") << "pdf/crazyones-pdfa.pdf" << 1 << "The Crazy Ones" << true;
        QTest::newRow("AcroForm") << "pdf/pdflatex-forms.pdf" << 1 << "Submit" << true;
        QTest::newRow("attachment") << "pdf/with-attachment.pdf" << 1 << "Lorem ipsum" << true;
        QTest::newRow("arabic") << "pdf/habibi.pdf" << 1 << QStringLiteral("habibi") << true;
        QTest::newRow("javascript") << "bad/javascript.pdf" << 1 << "JavaScript example" << true;
    }

    void readsDocuments()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QString, word);
        QFETCH(bool, everyPageHasText);

        QElapsedTimer timer;
        timer.start();
        const auto extraction = PdfExtractor::extract(Folio::Test::corpus(file));
        const qint64 elapsed = timer.elapsed();
        FOLIO_VERIFY_OK(extraction);
        qInfo("%s: %d pages, %lld characters of text in %lld ms", qPrintable(file), pages,
            qint64(extraction->pageTexts.join(QString()).size()), elapsed);

        QCOMPARE(extraction->fields.value(QStringLiteral("pages")).toInt(), pages);
        QCOMPARE(extraction->pageTexts.size(), pages);
        QVERIFY2(extraction->pageTexts.join(QLatin1Char('\n')).contains(word), qPrintable(word));
        if (everyPageHasText) {
            for (qsizetype page = 0; page < extraction->pageTexts.size(); ++page) {
                QVERIFY2(!extraction->pageTexts[page].trimmed().isEmpty(), qPrintable(QString::number(page + 1)));
            }
        } else {
            const auto withText = std::count_if(extraction->pageTexts.cbegin(), extraction->pageTexts.cend(),
                [](const QString &text) { return !text.trimmed().isEmpty(); });
            QVERIFY2(withText > pages * 9 / 10, qPrintable(QString::number(withText)));
        }
        QVERIFY(!extraction->isProtected);
        QVERIFY(!extraction->fields.contains(QStringLiteral("needs-ocr")));
        // Well-formed files raise no warning; the JavaScript one raises exactly the JavaScript warning.
        QCOMPARE(extraction->warnings.size(), file.startsWith(QLatin1String("bad/")) ? 1 : 0);
        QVERIFY(extraction->fields.value(QStringLiteral("page-width")).toDouble() > 500);
        QVERIFY(extraction->fields.value(QStringLiteral("page-height")).toDouble() > 700);
        QVERIFY(tagValue(*extraction, QStringLiteral("pdf.PageSize")).endsWith(QLatin1String(" pt")));

        const NamedRendition *thumb = rendition(*extraction, QStringLiteral("thumb"));
        const NamedRendition *preview = rendition(*extraction, QStringLiteral("preview"));
        QVERIFY(thumb);
        QVERIFY(preview);
        QCOMPARE(std::max(preview->image.width, preview->image.height), 1600);
        QCOMPARE(std::max(thumb->image.width, thumb->image.height), 320);
        const QString thumbProblem = checkPageImage(thumb->image, 320, 200); // thin strokes grey out at 320 px
        QVERIFY2(thumbProblem.isEmpty(), qPrintable(thumbProblem));
        const QString previewProblem = checkPageImage(preview->image, 1600, 100);
        QVERIFY2(previewProblem.isEmpty(), qPrintable(previewProblem));
    }

    void readsInfoDictionary()
    {
        const auto extraction
            = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/GeoTopo-komprimiert.pdf")));
        FOLIO_VERIFY_OK(extraction);
        const QJsonObject &fields = extraction->fields;
        QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("Geometrie und Topologie"));
        QCOMPARE(fields.value(QStringLiteral("creator")).toString(), QStringLiteral("Martin Thoma"));
        QCOMPARE(fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("Geometrie"), QStringLiteral("Topologie") }));
        QCOMPARE(fields.value(QStringLiteral("created")).toString(), QStringLiteral("2016-12-31T17:43:23Z"));
        QCOMPARE(fields.value(QStringLiteral("modified")).toString(), QStringLiteral("2023-06-23T06:39:33Z"));
        QVERIFY(!fields.contains(QStringLiteral("description"))); // Subject is empty
        QCOMPARE(fields.value(QStringLiteral("page-width")).toDouble(), 595.28);
        QCOMPARE(fields.value(QStringLiteral("page-height")).toDouble(), 841.89);
        QVERIFY(tagValue(*extraction, QStringLiteral("pdf.Producer")).startsWith(QLatin1String("3-Heights")));
        QCOMPARE(tagValue(*extraction, QStringLiteral("pdf.Creator")), QStringLiteral("LaTeX with hyperref package"));
        QCOMPARE(tagValue(*extraction, QStringLiteral("pdf.CreationDate")), QStringLiteral("2016-12-31T17:43:23Z"));

        // hyperref writes bookmarks: chapters with their sections below them.
        const QStringList outline = tagValue(*extraction, QStringLiteral("pdf.outline")).split(QLatin1Char('\n'));
        QVERIFY2(outline.size() > 10, qPrintable(outline.join(QLatin1Char('|'))));
        QVERIFY2(std::any_of(outline.cbegin(), outline.cend(),
                     [](const QString &line) { return line.contains(QLatin1String(" > ")); }),
            qPrintable(outline.join(QLatin1Char('|'))));
    }

    void flagsFeatures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("tagHolds");
        QTest::newRow("PDF/A claim in XMP") << "pdf/crazyones-pdfa.pdf"
                                            << "pdfa"
                                            << "PDF/A-1b"
                                            << "pdf.xmp"
                                            << "pdfaid:conformance";
        QTest::newRow("AcroForm") << "pdf/pdflatex-forms.pdf"
                                  << "has-forms"
                                  << "true"
                                  << "pdf.FormType"
                                  << "AcroForm";
        QTest::newRow("attachment") << "pdf/with-attachment.pdf"
                                    << "attachments"
                                    << "1"
                                    << "pdf.attachments"
                                    << "image.png";
        QTest::newRow("scan without text") << "pdf/c02-22.pdf"
                                           << "needs-ocr"
                                           << "true"
                                           << "pdf.Producer"
                                           << "Quartz";
        QTest::newRow("OpenAction JavaScript") << "bad/javascript.pdf"
                                               << "has-javascript"
                                               << "true"
                                               << "pdf.PageSize"
                                               << "612.00 x 792.00 pt";
    }

    void flagsFeatures()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(QString, tag);
        QFETCH(QString, tagHolds);

        const auto extraction = PdfExtractor::extract(Folio::Test::corpus(file));
        FOLIO_VERIFY_OK(extraction);
        QCOMPARE(extraction->fields.value(field).toVariant().toString(), expected);
        QVERIFY2(tagValue(*extraction, tag).contains(tagHolds), qPrintable(tagValue(*extraction, tag)));
        QVERIFY(rendition(*extraction, QStringLiteral("preview")));
        if (field == QLatin1String("needs-ocr")) {
            for (const QString &text : extraction->pageTexts) {
                QVERIFY2(text.trimmed().isEmpty(), qPrintable(text));
            }
        }
        // Only the JavaScript file warns of JavaScript.
        QCOMPARE(
            anyWarningContains(*extraction, QStringLiteral("JavaScript")), field == QLatin1String("has-javascript"));
        if (field == QLatin1String("has-javascript")) {
            QVERIFY(
                anyWarningContains(*extraction, QStringLiteral("javascript.pdf\" contains JavaScript (never run)")));
        }

        // The same flags stay off where they do not apply.
        const auto plain = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/minimal-document.pdf")));
        FOLIO_VERIFY_OK(plain);
        QVERIFY2(!plain->fields.contains(field), qPrintable(field));
        QVERIFY2(plain->warnings.isEmpty(), qPrintable(plain->warnings.join(QLatin1Char('\n'))));
    }

    // Poppler-Qt6 does not show the catalog's /OpenAction: the flag must come from the file's own names,
    // also when they are spelt with #-escapes, as malicious files do to slip past naive scanners.
    void flagsEscapedJavaScriptName()
    {
        QFile original(Folio::Test::corpus(QStringLiteral("bad/javascript.pdf")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        // Same length, so the cross-reference offsets stay right: two spaces of the script go.
        QVERIFY(bytes.contains("/S /JavaScript") && bytes.contains("cMsg: 'Hello") && bytes.contains("nIcon: 3"));
        bytes.replace("/S /JavaScript", "/S /J#61vaScript").replace("cMsg: 'Hello", "cMsg:'Hello");
        bytes.replace("nIcon: 3", "nIcon:3");
        QTemporaryDir dir;
        QFile escaped(dir.filePath(QStringLiteral("escaped.pdf")));
        QVERIFY(escaped.open(QIODevice::WriteOnly) && escaped.write(bytes) == bytes.size());
        escaped.close();

        const auto extraction = PdfExtractor::extract(escaped.fileName());
        FOLIO_VERIFY_OK(extraction);
        QCOMPARE(extraction->fields.value(QStringLiteral("has-javascript")).toBool(), true);
        QCOMPARE(
            extraction->warnings, QStringList { QStringLiteral("\"escaped.pdf\" contains JavaScript (never run).") });
    }

    void encryptedWithoutPassword()
    {
        const auto extraction
            = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/libreoffice-writer-password.pdf")));
        FOLIO_VERIFY_OK(extraction);
        QVERIFY(extraction->isProtected);
        QVERIFY(extraction->pageTexts.isEmpty());
        QVERIFY(extraction->renditions.isEmpty());
        QVERIFY(anyWarningContains(*extraction, QStringLiteral("libreoffice-writer-password.pdf")));
        QCOMPARE(tagValue(*extraction, QStringLiteral("pdf.encrypted")), QStringLiteral("true"));
    }

    void encryptedWithPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("user password") << "openpassword";
        QTest::newRow("owner password") << "permissionpassword";
    }

    void encryptedWithPassword()
    {
        QFETCH(QString, password);
        const auto extraction = PdfExtractor::extract(
            Folio::Test::corpus(QStringLiteral("pdf/libreoffice-writer-password.pdf")), password);
        FOLIO_VERIFY_OK(extraction);
        QVERIFY(!extraction->isProtected);
        QVERIFY(extraction->fields.value(QStringLiteral("pages")).toInt() >= 1);
        QCOMPARE(extraction->pageTexts.size(), extraction->fields.value(QStringLiteral("pages")).toInt());
        QVERIFY2(!extraction->pageTexts.join(QString()).trimmed().isEmpty(), "no text after unlocking");
        QVERIFY(rendition(*extraction, QStringLiteral("thumb")));
        QCOMPARE(tagValue(*extraction, QStringLiteral("pdf.encrypted")), QStringLiteral("true"));
    }

    void encryptedWithWrongPassword()
    {
        const auto extraction = PdfExtractor::extract(
            Folio::Test::corpus(QStringLiteral("pdf/libreoffice-writer-password.pdf")), QStringLiteral("wrong"));
        QVERIFY(!extraction);
        QCOMPARE(extraction.error().code(), Error::Code::PermissionDenied);
        QVERIFY2(extraction.error().message().contains(QLatin1String("wrong password")),
            qPrintable(extraction.error().message()));
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("expectError");
        QTest::addColumn<QString>("warningHolds");
        QTest::newRow("header and %%EOF only") << "bad/invalid.pdf" << true << QString();
        QTest::newRow("premature EOF, repaired") << "bad/T04_006_premature-EOF.pdf" << false << "damaged";
        QTest::newRow("35000x35000 render bomb") << "bad/hugemono.pdf" << false << "larger than any paper";
    }

    void hostileFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, expectError);
        QFETCH(QString, warningHolds);

        const qint64 rssBefore = peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        const auto extraction = PdfExtractor::extract(Folio::Test::corpus(file));
        const qint64 elapsed = timer.elapsed();
        const qint64 rssGrowthMiB = (peakRssKiB() - rssBefore) / 1024;
        qInfo("%s: %lld ms, peak memory grew by %lld MiB", qPrintable(file), elapsed, rssGrowthMiB);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(rssGrowthMiB < 512, qPrintable(QString::number(rssGrowthMiB)));

        const QString name = file.section(QLatin1Char('/'), -1);
        if (expectError) {
            QVERIFY(!extraction);
            QCOMPARE(extraction.error().code(), Error::Code::Corrupt);
            QVERIFY2(extraction.error().message().contains(name), qPrintable(extraction.error().message()));
            return;
        }
        FOLIO_VERIFY_OK(extraction);
        QVERIFY2(
            anyWarningContains(*extraction, warningHolds), qPrintable(extraction->warnings.join(QLatin1Char('\n'))));
        QVERIFY(anyWarningContains(*extraction, name));
        QCOMPARE(extraction->fields.value(QStringLiteral("pages")).toInt(), 1);
    }

    void repairsWhatPopplerCan()
    {
        const auto extraction
            = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/T04_006_premature-EOF.pdf")));
        FOLIO_VERIFY_OK(extraction);
        QCOMPARE(extraction->pageTexts.size(), 1);
        QVERIFY2(extraction->pageTexts.first().contains(QLatin1String("Hello PDF-world!")),
            qPrintable(extraction->pageTexts.first()));
        QVERIFY(rendition(*extraction, QStringLiteral("preview")));
    }

    void renderBombIsNotRendered()
    {
        const auto extraction = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/hugemono.pdf")));
        FOLIO_VERIFY_OK(extraction);
        QVERIFY(extraction->renditions.isEmpty());
        QCOMPARE(extraction->fields.value(QStringLiteral("page-width")).toDouble(), 8400.0);
        QCOMPARE(
            extraction->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2016-02-20T04:05:59Z"));
    }

    void stopsTextAtTheLimit()
    {
        PdfLimits limits;
        limits.maxTextChars = 5000;
        const auto extraction
            = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/GeoTopo-komprimiert.pdf")), {}, limits);
        FOLIO_VERIFY_OK(extraction);
        QCOMPARE(extraction->fields.value(QStringLiteral("pages")).toInt(), 117);
        QVERIFY(extraction->pageTexts.size() < 117);
        QCOMPARE(extraction->pageTexts.join(QString()).size(), limits.maxTextChars);
        QVERIFY(anyWarningContains(
            *extraction, QStringLiteral("stops on page %1 of 117").arg(extraction->pageTexts.size())));
        QVERIFY(!extraction->fields.contains(QStringLiteral("needs-ocr")));
    }

    void abandonsSlowRendering()
    {
        PdfLimits limits;
        limits.renderSeconds = 0;
        const auto extraction
            = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/minimal-document.pdf")), {}, limits);
        FOLIO_VERIFY_OK(extraction);
        QVERIFY(extraction->renditions.isEmpty());
        QVERIFY2(anyWarningContains(*extraction, QStringLiteral("to render: no preview")),
            qPrintable(extraction->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(extraction->pageTexts.size(), 1); // the rest of the extraction stands
    }

    // Poppler's messages are process-wide: each extraction must get its own thread's and no other's.
    void concurrentExtractionsKeepTheirWarnings()
    {
        constexpr int Rounds = 6;
        QList<Result<ContentExtraction>> damaged(Rounds);
        QList<Result<ContentExtraction>> clean(Rounds);
        std::vector<std::thread> threads;
        for (int round = 0; round < Rounds; ++round) {
            threads.emplace_back([&damaged, round] {
                damaged[round]
                    = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/T04_006_premature-EOF.pdf")));
            });
            threads.emplace_back([&clean, round] {
                clean[round] = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/pdflatex-4-pages.pdf")));
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        for (int round = 0; round < Rounds; ++round) {
            FOLIO_VERIFY_OK(damaged[round]);
            FOLIO_VERIFY_OK(clean[round]);
            QVERIFY(anyWarningContains(*damaged[round], QStringLiteral("xref")));
            QVERIFY2(clean[round]->warnings.isEmpty(), qPrintable(clean[round]->warnings.join(QLatin1Char('\n'))));
            QCOMPARE(clean[round]->pageTexts.size(), 4);
        }
    }

    void refusesWhatIsNoFile()
    {
        const auto missing = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf/no-such-file.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const auto directory = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("pdf")));
        QVERIFY(!directory);
        QCOMPARE(directory.error().code(), Error::Code::InvalidArgument);
        const auto notPdf = PdfExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/null")));
        QVERIFY(!notPdf);
        QCOMPARE(notPdf.error().code(), Error::Code::Corrupt);
    }
};

FOLIO_TEST(TestPdfExtractor, "pdfextractor")

#include "tst_pdfextractor.moc"
