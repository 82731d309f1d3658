// SPDX-License-Identifier: GPL-3.0-or-later
// OCR on the corpus: the scanned Huckleberry Finn page of c02-22.pdf (no text layer) rendered at 300 dpi
// yields words known to be on it; one engine reads several images in turn; a blank page is an empty text;
// missing and malformed languages, absurd images, a deadline and a cancel flag end in the right errors.
// And the rasterizer that feeds it: page counts, text-layer sizes (c02-22.pdf has none), gray rasters at the
// asked resolution or reduced to the pixel limit, passwords, a render bomb and a broken file.
//
// OCR is slow (seconds per page), so the page is rendered once and fully read once; the deadline and
// cancel tests stop Tesseract early.

#include "ingest/extractors/ocrengine.h"
#include "ingest/extractors/pdfpagerasterizer.h"
#include "ingest/extractors/scanclassifier.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTest>
// The module does not list Qt6::Gui for its includes; folio_core links it (Poppler renders QImages).
#include <QtGui/QImage>

#include <cmath>
#include <thread>

using namespace Folio;

namespace OcrEngineTests {

// Words of the page (Huckleberry Finn, chapter 2, p. 22), distinctive enough not to appear by accident.
const QStringList KnownWords { QStringLiteral("Watson"), QStringLiteral("kitchen"), QStringLiteral("widow"),
    QStringLiteral("scratch"), QStringLiteral("shoulders") };

QStringList foundWords(const QString &text)
{
    QStringList found;
    for (const QString &word : KnownWords) {
        if (text.contains(word, Qt::CaseInsensitive)) {
            found.append(word);
        }
    }
    return found;
}

QString corpusPdf(const char *name)
{
    return Test::corpus(QLatin1String(name));
}

} // namespace OcrEngineTests

class TestOcrEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OcrEngine> m_engine;
    QImage m_page; // c02-22.pdf page 1 at 300 dpi

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = OcrEngine::create(QStringLiteral("eng"));
        FOLIO_VERIFY_OK(engine);
        m_engine = std::move(*engine);
        auto pdf = PdfPageRasterizer::open(OcrEngineTests::corpusPdf("pdf/c02-22.pdf"));
        FOLIO_VERIFY_OK(pdf);
        const auto page = (*pdf)->render(0, 300);
        FOLIO_VERIFY_OK(page);
        m_page = page->image;
    }

    void cleanupTestCase() { m_engine.reset(); }

    // --- the rasterizer ---

    void rasterizerCountsPagesAndText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("hasText");
        QTest::newRow("scanned page, no text layer") << OcrEngineTests::corpusPdf("pdf/c02-22.pdf") << 1 << false;
        QTest::newRow("text PDF") << OcrEngineTests::corpusPdf("pdf/minimal-document.pdf") << 1 << true;
        QTest::newRow("four pages") << OcrEngineTests::corpusPdf("pdf/pdflatex-4-pages.pdf") << 4 << true;
    }

    void rasterizerCountsPagesAndText()
    {
        QFETCH(QString, path);
        QFETCH(int, pages);
        QFETCH(bool, hasText);
        auto pdf = PdfPageRasterizer::open(path);
        FOLIO_VERIFY_OK(pdf);
        QCOMPARE((*pdf)->pageCount(), pages);
        const auto chars = (*pdf)->textCharCount(pages - 1);
        FOLIO_VERIFY_OK(chars);
        QCOMPARE(*chars > 0, hasText);
        if (hasText) {
            QVERIFY(*chars > 20);
        }
        const auto beyond = (*pdf)->textCharCount(pages);
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().code(), Error::Code::InvalidArgument);
        QVERIFY(beyond.error().message().contains(QFileInfo(path).fileName()));
        QCOMPARE((*pdf)->render(-1, 100).error().code(), Error::Code::InvalidArgument);
    }

    void rasterizerRendersGrayAtTheAskedResolution()
    {
        // 384 x 470.88 pt at 300 dpi.
        QCOMPARE(m_page.format(), QImage::Format_Grayscale8);
        QVERIFY2(qAbs(m_page.width() - 1600) <= 1 && qAbs(m_page.height() - 1962) <= 1,
            qPrintable(QStringLiteral("%1 x %2").arg(m_page.width()).arg(m_page.height())));
        QCOMPARE(ScanClassifier::declaredDpi(m_page), 300.0);
        // A scanned page: mostly light paper, some dark ink.
        qint64 dark = 0;
        for (int y = 0; y < m_page.height(); y += 4) {
            const uchar *line = m_page.constScanLine(y);
            for (int x = 0; x < m_page.width(); x += 4) {
                dark += line[x] < 96 ? 1 : 0;
            }
        }
        const double darkShare = double(dark) / (double(m_page.width() / 4) * (m_page.height() / 4));
        QVERIFY2(darkShare > 0.01 && darkShare < 0.5, qPrintable(QString::number(darkShare)));
    }

    void rasterizerReducesToThePixelLimit()
    {
        PdfRasterLimits limits;
        limits.maxPixels = 1'000'000;
        auto pdf = PdfPageRasterizer::open(OcrEngineTests::corpusPdf("pdf/c02-22.pdf"), {}, limits);
        FOLIO_VERIFY_OK(pdf);
        const auto raster = (*pdf)->render(0, 300);
        FOLIO_VERIFY_OK(raster);
        QVERIFY(raster->reduced);
        // 1600 x 1962 pixels at 300 dpi: the square root of the excess less.
        const double expected = 300.0 * std::sqrt(1e6 / (1600.0 * 1962.0));
        QVERIFY2(raster->dpi <= expected && raster->dpi > expected * 0.99, qPrintable(QString::number(raster->dpi)));
        const qint64 pixels = qint64(raster->image.width()) * raster->image.height();
        QVERIFY2(pixels <= limits.maxPixels && pixels > limits.maxPixels * 0.97, qPrintable(QString::number(pixels)));
        QCOMPARE(ScanClassifier::declaredDpi(raster->image), std::round(raster->dpi));
        QCOMPARE((*pdf)->render(0, 0).error().code(), Error::Code::InvalidArgument);
        QCOMPARE((*pdf)->render(0, 100000).error().code(), Error::Code::InvalidArgument);
    }

    void rasterizerUnlocksWithThePassword()
    {
        const QString path = OcrEngineTests::corpusPdf("pdf/libreoffice-writer-password.pdf");
        const auto locked = PdfPageRasterizer::open(path);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code(), Error::Code::PermissionDenied);
        QVERIFY(locked.error().message().contains(QStringLiteral("libreoffice-writer-password.pdf")));
        const auto wrong = PdfPageRasterizer::open(path, QStringLiteral("wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::PermissionDenied);
        QVERIFY(wrong.error().message().contains(QStringLiteral("password")));

        auto pdf = PdfPageRasterizer::open(path, QStringLiteral("openpassword"));
        FOLIO_VERIFY_OK(pdf);
        QVERIFY((*pdf)->pageCount() >= 1);
        const auto chars = (*pdf)->textCharCount(0);
        FOLIO_VERIFY_OK(chars);
        QVERIFY(*chars > 0);
        const auto raster = (*pdf)->render(0, 72);
        FOLIO_VERIFY_OK(raster);
        QCOMPARE(raster->image.format(), QImage::Format_Grayscale8);
        QVERIFY(!raster->reduced);
    }

    void rasterizerRefusesARenderBomb()
    {
        // 8400 x 8400 pt (2.96 m a side) holding a 35000 x 35000 JBIG2 image.
        QElapsedTimer timer;
        timer.start();
        auto pdf = PdfPageRasterizer::open(Test::corpus(QStringLiteral("bad/hugemono.pdf")));
        FOLIO_VERIFY_OK(pdf);
        const auto size = (*pdf)->pageSize(0);
        FOLIO_VERIFY_OK(size);
        QCOMPARE(qRound(size->width()), 8400);
        for (const double dpi : { 300.0, 10.0 }) {
            const auto raster = (*pdf)->render(0, dpi);
            QVERIFY(!raster);
            QCOMPARE(raster.error().code(), Error::Code::LimitExceeded);
            QVERIFY(raster.error().message().contains(QStringLiteral("hugemono.pdf")));
            QVERIFY2(raster.error().message().contains(QStringLiteral("larger than any paper")),
                qPrintable(raster.error().message()));
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void rasterizerNamesTheFileOfABrokenPdf()
    {
        const auto invalid = PdfPageRasterizer::open(Test::corpus(QStringLiteral("bad/invalid.pdf")));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code(), Error::Code::Corrupt);
        QVERIFY(invalid.error().message().contains(QStringLiteral("invalid.pdf")));
        QVERIFY(invalid.error().message().contains(QStringLiteral("not a PDF")));
        const auto missing = PdfPageRasterizer::open(Test::corpus(QStringLiteral("pdf/no-such-file.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY(missing.error().message().contains(QStringLiteral("no-such-file.pdf")));
    }

    void rasterizerStopsOnCancelAndDeadline()
    {
        auto pdf = PdfPageRasterizer::open(OcrEngineTests::corpusPdf("pdf/c02-22.pdf"));
        FOLIO_VERIFY_OK(pdf);
        const std::atomic_bool cancel { true };
        QCOMPARE((*pdf)->render(0, 150, &cancel).error().code(), Error::Code::Cancelled);

        PdfRasterLimits noTime;
        noTime.renderSeconds = 0;
        auto hurried = PdfPageRasterizer::open(OcrEngineTests::corpusPdf("pdf/c02-22.pdf"), {}, noTime);
        FOLIO_VERIFY_OK(hurried);
        const auto late = (*hurried)->render(0, 150);
        QVERIFY(!late);
        QCOMPARE(late.error().code(), Error::Code::LimitExceeded);
        QVERIFY(late.error().message().contains(QStringLiteral("c02-22.pdf")));
    }

    // --- the engine ---

    void findsTheLanguageData()
    {
        const QString folder = OcrEngine::defaultDataPath();
        qInfo("Tesseract's language data: %s; installed: %s", qPrintable(folder),
            qPrintable(OcrEngine::installedLanguages().join(QLatin1Char(' '))));
        QVERIFY(QFileInfo(folder + QStringLiteral("/eng.traineddata")).isFile());
        QVERIFY(OcrEngine::installedLanguages().contains(QStringLiteral("eng")));
        QCOMPARE(m_engine->languages(), QStringLiteral("eng"));
        QCOMPARE(m_engine->dataPath(), folder);
    }

    void recognisesTheScannedPage()
    {
        QElapsedTimer timer;
        timer.start();
        const auto ocr = m_engine->recognize(m_page);
        FOLIO_VERIFY_OK(ocr);
        qInfo("c02-22.pdf page 1, %d x %d at 300 dpi: %lld ms (OpenMP thread limit %d), confidence %d, %lld "
              "characters",
            m_page.width(), m_page.height(), qint64(timer.elapsed()), OcrEngine::openMpThreadLimit(),
            ocr->meanConfidence, qint64(ocr->text.size()));
        const QStringList found = OcrEngineTests::foundWords(ocr->text);
        QVERIFY2(found.size() >= 4, qPrintable(QStringLiteral("found %1 in:\n%2").arg(found.join(", "), ocr->text)));
        QVERIFY2(ocr->meanConfidence >= 60, qPrintable(QString::number(ocr->meanConfidence)));
        QCOMPARE(ocr->dpi, 300);
    }

    void blankPageIsEmptyText()
    {
        // After a page with text on the same engine: nothing of the previous page may come back.
        QImage blank(2480, 3508, QImage::Format_Grayscale8);
        blank.fill(255);
        const auto white = m_engine->recognize(blank);
        FOLIO_VERIFY_OK(white);
        QCOMPARE(white->text, QString());
        QCOMPARE(white->meanConfidence, 0);
        QCOMPARE(white->dpi, 0);

        QImage grey(640, 480, QImage::Format_RGB32);
        grey.fill(qRgb(128, 128, 128));
        const auto flat = m_engine->recognize(grey);
        FOLIO_VERIFY_OK(flat);
        QCOMPARE(flat->text, QString());

        const auto dot = m_engine->recognize(QImage(2, 2, QImage::Format_Mono));
        FOLIO_VERIFY_OK(dot);
        QCOMPARE(dot->text, QString());
    }

    void readsTransparentImagesOnWhite()
    {
        // The page's last two lines ("noticed that thing plenty of times since…", "funeral, or trying to go to
        // sleep…") as black ink on a transparent background: read over white, not over black.
        const QImage lines = m_page.copy(0, m_page.height() - 130, m_page.width(), 130);
        QImage ink(lines.size(), QImage::Format_ARGB32);
        for (int y = 0; y < ink.height(); ++y) {
            auto *out = reinterpret_cast<QRgb *>(ink.scanLine(y));
            const uchar *in = lines.constScanLine(y);
            for (int x = 0; x < ink.width(); ++x) {
                out[x] = qRgba(0, 0, 0, 255 - in[x]);
            }
        }
        const auto ocr = m_engine->recognize(ink, OcrOptions { .dpi = 300 });
        FOLIO_VERIFY_OK(ocr);
        QVERIFY2(ocr->text.contains(QStringLiteral("funeral"), Qt::CaseInsensitive)
                || ocr->text.contains(QStringLiteral("noticed"), Qt::CaseInsensitive),
            qPrintable(ocr->text));
    }

    void missingLanguageIsRefused_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::addColumn<QString>("missing");
        QTest::newRow("alone") << "zzz"
                               << "zzz";
        QTest::newRow("with English") << "eng+zzz"
                                      << "zzz";
        QTest::newRow("script") << "script/Nowhere"
                                << "script/Nowhere";
    }

    void missingLanguageIsRefused()
    {
        QFETCH(QString, languages);
        QFETCH(QString, missing);
        const auto engine = OcrEngine::create(languages);
        QVERIFY(!engine);
        QCOMPARE(engine.error().code(), Error::Code::NotFound);
        const QString message = engine.error().message();
        QVERIFY2(message.contains(QLatin1Char('"') + missing + QLatin1Char('"')), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"eng\"")), qPrintable(message)); // the installed ones
        QVERIFY(engine.error().detail().contains(QStringLiteral("tesseract-ocr-")));
    }

    void malformedLanguageIsRefused_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::newRow("path") << "../../etc/passwd";
        QTest::newRow("empty part") << "eng+";
        QTest::newRow("space") << "eng deu";
    }

    void malformedLanguageIsRefused()
    {
        QFETCH(QString, languages);
        const auto engine = OcrEngine::create(languages);
        QVERIFY(!engine);
        QCOMPARE(engine.error().code(), Error::Code::InvalidArgument);
        QVERIFY(engine.error().message().contains(languages));
    }

    void missingDataFolderIsRefused()
    {
        const auto engine = OcrEngine::create(QStringLiteral("eng"), QStringLiteral("/nonexistent/tessdata"));
        QVERIFY(!engine);
        QCOMPARE(engine.error().code(), Error::Code::NotFound);
        QVERIFY(engine.error().message().contains(QStringLiteral("/nonexistent/tessdata")));
    }

    void absurdImagesAreRefused()
    {
        const auto huge = m_engine->recognize(QImage(12000, 9000, QImage::Format_Mono)); // 108 megapixels
        QVERIFY(!huge);
        QCOMPARE(huge.error().code(), Error::Code::LimitExceeded);
        QVERIFY(huge.error().message().contains(QStringLiteral("12000")));
        const auto wide = m_engine->recognize(QImage(40000, 10, QImage::Format_Grayscale8));
        QVERIFY(!wide);
        QCOMPARE(wide.error().code(), Error::Code::LimitExceeded);
        const auto null = m_engine->recognize(QImage());
        QVERIFY(!null);
        QCOMPARE(null.error().code(), Error::Code::InvalidArgument);
    }

    void deadlineEndsRecognition_data()
    {
        QTest::addColumn<int>("milliseconds");
        QTest::newRow("1 ms") << 1;
        QTest::newRow("during recognition") << 200; // past the start, within layout analysis or the words
    }

    void deadlineEndsRecognition()
    {
        QFETCH(int, milliseconds);
        QElapsedTimer timer;
        timer.start();
        const auto ocr = m_engine->recognize(m_page, OcrOptions { .deadline = QDeadlineTimer(milliseconds) });
        QVERIFY(!ocr);
        QCOMPARE(ocr.error().code(), Error::Code::LimitExceeded);
        qInfo("stopped after %lld ms", qint64(timer.elapsed()));
    }

    void cancelEndsRecognition()
    {
        std::atomic_bool cancel { true };
        const auto before = m_engine->recognize(m_page, OcrOptions { .cancel = &cancel });
        QVERIFY(!before);
        QCOMPARE(before.error().code(), Error::Code::Cancelled);

        // Cancelled from another thread while Tesseract works: it notices between words.
        cancel = false;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto during = m_engine->recognize(m_page, OcrOptions { .cancel = &cancel });
        canceller.join();
        QVERIFY(!during);
        QCOMPARE(during.error().code(), Error::Code::Cancelled);
        qInfo("cancelled after %lld ms", qint64(timer.elapsed()));

        // The engine reads again after being stopped.
        QImage blank(100, 100, QImage::Format_Grayscale8);
        blank.fill(255);
        FOLIO_VERIFY_OK(m_engine->recognize(blank));
    }

    void processPreparation()
    {
        const bool limited = OcrEngine::prepareProcess();
        QCOMPARE(qgetenv("OMP_THREAD_LIMIT").isEmpty(), false);
        const int limit = OcrEngine::openMpThreadLimit();
        QCOMPARE(limited, limit == 1 || limit == -1);
        if (!limited) {
            qInfo("this test process started without OMP_THREAD_LIMIT=1 (OpenMP limit %d): OCR runs slower", limit);
        }

        QProcessEnvironment empty;
        OcrEngine::prepareChildEnvironment(empty);
        QCOMPARE(empty.value(QStringLiteral("OMP_THREAD_LIMIT")), QStringLiteral("1"));
        QProcessEnvironment chosen;
        chosen.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("2"));
        OcrEngine::prepareChildEnvironment(chosen);
        QCOMPARE(chosen.value(QStringLiteral("OMP_THREAD_LIMIT")), QStringLiteral("2"));
    }
};

FOLIO_TEST(TestOcrEngine, "ocrengine")
#include "tst_ocrengine.moc"
