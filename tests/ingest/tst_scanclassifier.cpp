// SPDX-License-Identifier: GPL-3.0-or-later
// The scan rule on facts alone (proportions, declared and inferred resolution, tone, paper), then on real
// images: the corpus's photos are not scans, nor is a grayscale photo or a thumbnail-sized page; a scanned
// book page rendered from the corpus at 200 dpi is, and so is a synthetic bitonal A4 page at 300 dpi.

#include "ingest/extractors/pdfpagerasterizer.h"
#include "ingest/extractors/scanclassifier.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>
// The module does not list Qt6::Gui for its includes; folio_core links it (Poppler renders QImages).
#include <QtGui/QImage>

#include <cstring>

using namespace Folio;

namespace ScanClassifierTests {

constexpr int DotsPerMeterAt300Dpi = 11811;

// A white A4 page at 300 dpi with forty lines of "text": dark bars of word-like runs, as a scanned letter
// is mostly paper with thin dark strokes.
QImage syntheticPage()
{
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.fill(255);
    for (int line = 0; line < 40; ++line) {
        const int top = 300 + line * 72;
        for (int y = top; y < top + 30; ++y) {
            uchar *row = page.scanLine(y);
            for (int word = 0; word < 14; ++word) {
                std::memset(row + 250 + word * 140, 0, 110);
            }
        }
    }
    return page;
}

QString corpusImage(const char *name)
{
    return Test::corpus(QStringLiteral("images/") + QLatin1String(name));
}

} // namespace ScanClassifierTests

Q_DECLARE_METATYPE(Folio::ScanTone)
Q_DECLARE_METATYPE(Folio::ScanRejection)

class TestScanClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesFacts_data()
    {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<ScanTone>("tone");
        QTest::addColumn<double>("paperShare");
        QTest::addColumn<ScanRejection>("rejection");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<double>("expectedDpi");
        QTest::addColumn<bool>("inferred");

        QTest::newRow("bitonal A4 at 300 dpi")
            << QSize(2480, 3508) << 300.0 << ScanTone::Bitonal << 0.9 << ScanRejection::None << "A4" << 300.0 << false;
        QTest::newRow("Letter landscape, no dpi: inferred") << QSize(3300, 2550) << 0.0 << ScanTone::Grayscale << 0.8
                                                            << ScanRejection::None << "Letter" << 300.0 << true;
        QTest::newRow("Legal, nearly gray") << QSize(2550, 4200) << 0.0 << ScanTone::NearlyGray << 0.8
                                            << ScanRejection::None << "Legal" << 300.0 << true;
        QTest::newRow("book page at 200 dpi") << QSize(1067, 1308) << 200.0 << ScanTone::Grayscale << 0.7
                                              << ScanRejection::None << "Letter" << 200.0 << false;
        QTest::newRow("exactly 150 dpi") << QSize(1240, 1754) << 150.0 << ScanTone::Grayscale << 0.9
                                         << ScanRejection::None << "A4" << 150.0 << false;
        QTest::newRow("72 dpi claimed by a 300 dpi page: inferred")
            << QSize(2480, 3508) << 72.0 << ScanTone::Grayscale << 0.9 << ScanRejection::None << "A4" << 300.0 << true;
        QTest::newRow("honest 100 dpi page") << QSize(827, 1169) << 100.0 << ScanTone::Grayscale << 0.9
                                             << ScanRejection::LowResolution << "A4" << 100.0 << false;
        QTest::newRow("tiny gray") << QSize(100, 141) << 0.0 << ScanTone::Grayscale << 0.9
                                   << ScanRejection::LowResolution << "A4" << 141 / (297.0 / 25.4) << true;
        QTest::newRow("tiny gray claiming 300 dpi")
            << QSize(100, 141) << 300.0 << ScanTone::Grayscale << 0.9 << ScanRejection::LowResolution << "A4"
            << 141 / (297.0 / 25.4) << true;
        QTest::newRow("colour photo") << QSize(3264, 2448) << 72.0 << ScanTone::Colour << 0.3 << ScanRejection::Colour
                                      << "" << 0.0 << false;
        QTest::newRow("gray photo of page proportions")
            << QSize(3264, 2448) << 0.0 << ScanTone::Grayscale << 0.2 << ScanRejection::NotMostlyPaper << "Letter"
            << 3264 / 11.0 << true;
        QTest::newRow("square") << QSize(2000, 2000) << 300.0 << ScanTone::Bitonal << 0.9
                                << ScanRejection::NotPageProportions << "" << 0.0 << false;
        QTest::newRow("receipt strip") << QSize(600, 3000) << 200.0 << ScanTone::Bitonal << 0.9
                                       << ScanRejection::NotPageProportions << "" << 0.0 << false;
        QTest::newRow("empty") << QSize() << 0.0 << ScanTone::Bitonal << 1.0 << ScanRejection::NoPixels << "" << 0.0
                               << false;
    }

    void classifiesFacts()
    {
        QFETCH(QSize, pixels);
        QFETCH(double, dpi);
        QFETCH(ScanTone, tone);
        QFETCH(double, paperShare);
        QFETCH(ScanRejection, rejection);
        QFETCH(QString, paper);
        QFETCH(double, expectedDpi);
        QFETCH(bool, inferred);

        const ScanVerdict verdict = ScanClassifier::classify(ScanFacts { pixels, dpi, tone, paperShare });
        QVERIFY2(verdict.rejection == rejection, qPrintable(ScanClassifier::explain(verdict)));
        QCOMPARE(verdict.isScan, rejection == ScanRejection::None);
        QCOMPARE(verdict.paper, paper);
        QVERIFY2(qAbs(verdict.dpi - expectedDpi) < 0.5, qPrintable(QString::number(verdict.dpi)));
        QCOMPARE(verdict.dpiInferred, inferred);
        QVERIFY(!ScanClassifier::explain(verdict).isEmpty());
    }

    void corpusPhotosAreNotScans_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : { "jolla.jpg", "Canon_40D.jpg", "DSCN0010.jpg", "portrait_6.jpg", "baiona_cmyk.jpg",
                 "baiona_alpha.png", "iptc.jpg", "flower.webp", "exif.png", "sonic.gif" }) {
            QTest::newRow(name) << ScanClassifierTests::corpusImage(name);
        }
    }

    void corpusPhotosAreNotScans()
    {
        QFETCH(QString, path);
        const QImage image(path);
        // JPEG, PNG and GIF are Qt's own; WebP comes with qt6-image-formats-plugins (scripts/install-deps).
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("Qt cannot read %1").arg(path)));
        const ScanFacts facts = ScanClassifier::factsOf(image);
        const ScanVerdict verdict = ScanClassifier::classify(facts);
        qInfo("%s: %dx%d, %.0f dpi, tone %d, paper %.2f: %s", qPrintable(QFileInfo(path).fileName()),
            facts.pixels.width(), facts.pixels.height(), facts.dpi, int(facts.tone), facts.paperShare,
            qPrintable(ScanClassifier::explain(verdict)));
        QVERIFY(!verdict.isScan);
        QCOMPARE(facts.pixels, image.size());
    }

    void photosAreRejectedForTheirColour_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : { "jolla.jpg", "Canon_40D.jpg", "DSCN0010.jpg", "portrait_6.jpg" }) {
            QTest::newRow(name) << ScanClassifierTests::corpusImage(name);
        }
    }

    void photosAreRejectedForTheirColour()
    {
        QFETCH(QString, path);
        const QImage image(path);
        QVERIFY(!image.isNull());
        const ScanFacts facts = ScanClassifier::factsOf(image);
        QCOMPARE(facts.tone, ScanTone::Colour);
        QCOMPARE(ScanClassifier::classify(facts).rejection, ScanRejection::Colour);
    }

    void grayPhotosAreNotScans_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<ScanRejection>("rejection");
        // 4:3 is within A4's tolerance and 2448 pixels make 297 dpi as Letter: only the paper rule rejects it.
        QTest::newRow("jolla.jpg (a leaf, 8 MP)")
            << ScanClassifierTests::corpusImage("jolla.jpg") << ScanRejection::NotMostlyPaper;
        QTest::newRow("DSCN0010.jpg") << ScanClassifierTests::corpusImage("DSCN0010.jpg")
                                      << ScanRejection::LowResolution;
        QTest::newRow("portrait_6.jpg") << ScanClassifierTests::corpusImage("portrait_6.jpg")
                                        << ScanRejection::LowResolution;
    }

    void grayPhotosAreNotScans()
    {
        QFETCH(QString, path);
        QFETCH(ScanRejection, rejection);
        const QImage gray = QImage(path).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!gray.isNull());
        const ScanFacts facts = ScanClassifier::factsOf(gray);
        QCOMPARE(facts.tone, ScanTone::Grayscale);
        const ScanVerdict verdict = ScanClassifier::classify(facts);
        qInfo("gray %s: paper %.2f: %s", qPrintable(QFileInfo(path).fileName()), facts.paperShare,
            qPrintable(ScanClassifier::explain(verdict)));
        QCOMPARE(verdict.rejection, rejection);
        QVERIFY(facts.paperShare < 0.4);
    }

    void renderedScannedPageIsAScan()
    {
        auto pdf = PdfPageRasterizer::open(Test::corpus(QStringLiteral("pdf/c02-22.pdf")));
        FOLIO_VERIFY_OK(pdf);
        const auto page = (*pdf)->render(0, 200);
        FOLIO_VERIFY_OK(page);
        const ScanFacts facts = ScanClassifier::factsOf(page->image);
        const ScanVerdict verdict = ScanClassifier::classify(facts);
        qInfo("c02-22.pdf at 200 dpi: %dx%d, tone %d, paper %.2f: %s", facts.pixels.width(), facts.pixels.height(),
            int(facts.tone), facts.paperShare, qPrintable(ScanClassifier::explain(verdict)));
        QCOMPARE(facts.dpi, 200.0);
        QVERIFY(facts.tone == ScanTone::Grayscale || facts.tone == ScanTone::Bitonal);
        QVERIFY2(verdict.isScan, qPrintable(ScanClassifier::explain(verdict)));
        QCOMPARE(verdict.dpi, 200.0);
        QVERIFY(!verdict.dpiInferred);

        // The same page in colour pixels is still nearly gray (a colour scanner's black on white).
        const ScanFacts colour = ScanClassifier::factsOf(page->image.convertToFormat(QImage::Format_RGB32));
        QVERIFY(colour.tone != ScanTone::Colour);
        QVERIFY(ScanClassifier::classify(colour).isScan);
    }

    void syntheticBitonalA4IsAScan()
    {
        QImage page = ScanClassifierTests::syntheticPage().convertToFormat(QImage::Format_Mono);
        page.setDotsPerMeterX(ScanClassifierTests::DotsPerMeterAt300Dpi);
        page.setDotsPerMeterY(ScanClassifierTests::DotsPerMeterAt300Dpi);
        const ScanFacts facts = ScanClassifier::factsOf(page);
        QCOMPARE(facts.tone, ScanTone::Bitonal);
        QCOMPARE(facts.dpi, 300.0);
        QVERIFY2(facts.paperShare > 0.7, qPrintable(QString::number(facts.paperShare)));
        const ScanVerdict verdict = ScanClassifier::classify(facts);
        QVERIFY2(verdict.isScan, qPrintable(ScanClassifier::explain(verdict)));
        QCOMPARE(verdict.paper, QStringLiteral("A4"));
        QVERIFY(!verdict.landscape);
        QCOMPARE(verdict.dpi, 300.0);

        // The same pixels in 8-bit gray with no resolution: bitonal by content, 300 dpi by inference.
        const ScanFacts gray = ScanClassifier::factsOf(ScanClassifierTests::syntheticPage());
        QCOMPARE(gray.tone, ScanTone::Bitonal);
        QCOMPARE(gray.dpi, 0.0);
        const ScanVerdict inferred = ScanClassifier::classify(gray);
        QVERIFY(inferred.isScan);
        QVERIFY(inferred.dpiInferred);
        QVERIFY(qAbs(inferred.dpi - 300.0) < 1.0);
    }

    void transparentPageCountsAsPaper()
    {
        // Black strokes on a transparent background, as a PNG export of a page may be: paper, not black.
        const QImage strokes = ScanClassifierTests::syntheticPage();
        QImage page(strokes.size(), QImage::Format_ARGB32);
        for (int y = 0; y < page.height(); ++y) {
            auto *out = reinterpret_cast<QRgb *>(page.scanLine(y));
            const uchar *in = strokes.constScanLine(y);
            for (int x = 0; x < page.width(); ++x) {
                out[x] = qRgba(0, 0, 0, 255 - in[x]);
            }
        }
        const ScanFacts facts = ScanClassifier::factsOf(page);
        QVERIFY2(facts.paperShare > 0.7, qPrintable(QString::number(facts.paperShare)));
        QVERIFY(ScanClassifier::classify(facts).isScan);
    }

    void tinyGrayImageIsNotAScan()
    {
        QImage tiny(100, 141, QImage::Format_Grayscale8);
        tiny.fill(250);
        for (int y = 20; y < 120; y += 8) {
            std::memset(tiny.scanLine(y), 0, 80);
        }
        const ScanVerdict verdict = ScanClassifier::classify(ScanClassifier::factsOf(tiny));
        QCOMPARE(verdict.rejection, ScanRejection::LowResolution);
        QVERIFY(verdict.dpi < 20);
    }

    void declaredDpiIgnoresQtsDefault()
    {
        QImage image(10, 10, QImage::Format_Grayscale8);
        QCOMPARE(ScanClassifier::declaredDpi(image), 0.0);
        image.setDotsPerMeterX(ScanClassifierTests::DotsPerMeterAt300Dpi);
        image.setDotsPerMeterY(ScanClassifierTests::DotsPerMeterAt300Dpi);
        QCOMPARE(ScanClassifier::declaredDpi(image), 300.0);
        // A fax's fine mode: 204 × 196 dpi counts as the lower one.
        image.setDotsPerMeterX(qRound(204 / 0.0254));
        image.setDotsPerMeterY(qRound(196 / 0.0254));
        QCOMPARE(ScanClassifier::declaredDpi(image), 196.0);
        QCOMPARE(ScanClassifier::factsOf(QImage()).pixels, QSize());
    }
};

FOLIO_TEST(TestScanClassifier, "scanclassifier")
#include "tst_scanclassifier.moc"
