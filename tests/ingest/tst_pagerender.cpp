// SPDX-License-Identifier: GPL-3.0-or-later
// The "render" task of the folio-extract sandbox (PageRender), driven through ExtractionPool with the real
// extractor as the quick look drives it: a PDF page in colour fitted to a box, images upright and never
// scaled up (full size when the box allows), and hostile or broken files refused with a message that names
// the file as the user knows it, never the blob it is stored as.

#include "ingest/extractionpool.h"
#include "ingest/pagerender.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtGui/QImage>

#include <optional>

using namespace Folio;

namespace PageRenderTests {

// The blob store names files by their hash: copies named so prove that messages name the original.
constexpr auto BlobName = "0f3a9c55e1d27b4486a0c1d9e2f7b6a3";

// Whether IMAGE has a pixel whose channels differ by more than 60: a colour, not a gray.
bool hasColour(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]);
            const int g = qGreen(line[x]);
            const int b = qBlue(line[x]);
            if (std::max({ r, g, b }) - std::min({ r, g, b }) > 60) {
                return true;
            }
        }
    }
    return false;
}

// The share of dark pixels (ink on a page), 0–1.
double inkShare(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            dark += line[x] < 128 ? 1 : 0;
        }
    }
    return double(dark) / std::max<qint64>(1, qint64(gray.width()) * gray.height());
}

} // namespace PageRenderTests

class TestPageRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        const QString extractor = Test::program(QStringLiteral("folio-extract"));
        QVERIFY2(QFileInfo(extractor).isExecutable(),
            qPrintable(QStringLiteral("%1 is missing: build the folio-extract target").arg(extractor)));
        qputenv("FOLIO_EXTRACT", QFile::encodeName(extractor));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        if (m_savedExtract.isNull()) {
            qunsetenv("FOLIO_EXTRACT");
        } else {
            qputenv("FOLIO_EXTRACT", m_savedExtract);
        }
    }

    void taskTravelsAsJson()
    {
        RenderTask task;
        task.page = 3;
        task.maxSize = QSize(640, 480);
        task.maxImagePixels = 5'000'000;
        const RenderTask back = RenderTask::fromJson(task.toJson());
        QCOMPARE(back.page, 3);
        QCOMPARE(back.maxSize, QSize(640, 480));
        QCOMPARE(back.maxImagePixels, qint64(5'000'000));
        // A box of nothing or beyond QImage's edge is brought within reach, not obeyed.
        const RenderTask clamped = RenderTask::fromJson({ { QStringLiteral("maxWidth"), 0 },
            { QStringLiteral("maxHeight"), 1'000'000 }, { QStringLiteral("maxImagePixels"), -4 } });
        QCOMPARE(clamped.maxSize, QSize(1, 32767));
        QCOMPARE(clamped.maxImagePixels, RenderTask().maxImagePixels);
    }

    // Page 2 of 4 fills the box's height (A4 is taller than wide), and is not page 1.
    void pdfPageTwoFitsTheBox()
    {
        const ExtractionResult second = render(QStringLiteral("pdf/pdflatex-4-pages.pdf"), 1, QSize(600, 600));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.detectedType, QStringLiteral("application/pdf"));
        QCOMPARE(second.pages, 4);
        QCOMPARE(second.width, 595); // A4 in points
        QCOMPARE(second.height, 842);
        QCOMPARE(second.renditions.size(), 1);
        const ExtractedRendition &rendition = second.renditions.first();
        QCOMPARE(rendition.name, QStringLiteral("page:2"));
        QCOMPARE(rendition.mimeType, QStringLiteral("image/png"));
        const QImage page2(rendition.file, "png");
        QVERIFY2(!page2.isNull(), qPrintable(rendition.file));
        QCOMPARE(page2.size(), QSize(rendition.width, rendition.height));
        QVERIFY2(page2.height() >= 599 && page2.height() <= 600, qPrintable(QString::number(page2.height())));
        QVERIFY2(qAbs(page2.width() - 424) <= 1, qPrintable(QString::number(page2.width())));
        const double ink = PageRenderTests::inkShare(page2);
        QVERIFY2(ink > 0.01 && ink < 0.5, qPrintable(QString::number(ink))); // text on white paper

        const ExtractionResult first = render(QStringLiteral("pdf/pdflatex-4-pages.pdf"), 0, QSize(600, 600));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(QImage(first.renditions.value(0).file) != page2);
    }

    // Quick look shows colour (OCR's rasterizer draws in gray): the highlights of annotated_pdf.pdf are yellow.
    void pdfPageIsInColour()
    {
        const ExtractionResult result = render(QStringLiteral("pdf/annotated_pdf.pdf"), 0, QSize(800, 800));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QImage page(result.renditions.value(0).file);
        QVERIFY(!page.isNull());
        QVERIFY(PageRenderTests::hasColour(page));
    }

    void pdfPasswordUnlocks()
    {
        const QString file = QStringLiteral("pdf/libreoffice-writer-password.pdf");
        const ExtractionResult locked = render(file, 0, QSize(300, 300));
        QVERIFY(locked.isProtected);
        QVERIFY2(locked.error.contains(QLatin1String("libreoffice-writer-password.pdf"))
                && locked.error.contains(QLatin1String("encrypted")),
            qPrintable(locked.error));
        const ExtractionResult open = render(file, 0, QSize(300, 300), QStringLiteral("openpassword"));
        QVERIFY2(open.error.isEmpty(), qPrintable(open.error));
        QVERIFY(!QImage(open.renditions.value(0).file).isNull());
    }

    void imageFitsAndIsNeverScaledUp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("page");
        QTest::addColumn<QSize>("box");
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("expected");
        QTest::addColumn<int>("pages");
        QTest::newRow("jpeg fitted") << "images/jolla.jpg" << 0 << QSize(1000, 1000) << QSize(3264, 2448)
                                     << QSize(1000, 750) << 1;
        QTest::newRow("jpeg at full size")
            << "images/jolla.jpg" << 0 << QSize(32767, 32767) << QSize(3264, 2448) << QSize(3264, 2448) << 1;
        // Stored 600 × 450 with EXIF orientation 6: shown upright.
        QTest::newRow("jpeg turned upright")
            << "images/portrait_6.jpg" << 0 << QSize(300, 300) << QSize(450, 600) << QSize(225, 300) << 1;
        QTest::newRow("png with alpha") << "images/baiona_alpha.png" << 0 << QSize(32767, 32767) << QSize() << QSize()
                                        << 1;
        QTest::newRow("third page of a tiff")
            << "images/multipage.tiff" << 2 << QSize(500, 500) << QSize(20, 20) << QSize(20, 20) << 3;
        QTest::newRow("second frame of a gif")
            << "images/sonic.gif" << 1 << QSize(500, 500) << QSize(290, 360) << QSize(290, 360) << 2;
        // Through ImageRenderer's libvips: HEIF and SVG have no Qt decoder here.
        QTest::newRow("heic") << "images/IMG_5195.HEIC" << 0 << QSize(800, 800) << QSize(2566, 3313) << QSize(620, 800)
                              << 1;
        // CMYK: through ImageRenderer's colour management, not Qt's profile-less conversion.
        QTest::newRow("cmyk jpeg") << "images/baiona_cmyk.jpg" << 0 << QSize(32767, 32767) << QSize(640, 682)
                                   << QSize(640, 682) << 1;
        QTest::newRow("svg") << "images/rain.svg" << 0 << QSize(4000, 4000) << QSize(512, 512) << QSize(512, 512) << 1;
    }

    void imageFitsAndIsNeverScaledUp()
    {
        QFETCH(QString, file);
        QFETCH(int, page);
        QFETCH(QSize, box);
        QFETCH(QSize, source);
        QFETCH(QSize, expected);
        QFETCH(int, pages);
        const ExtractionResult result = render(file, page, box);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.detectedType.startsWith(QLatin1String("image/")), qPrintable(result.detectedType));
        QCOMPARE(result.pages, pages);
        QCOMPARE(result.renditions.size(), 1);
        QCOMPARE(result.renditions.first().name, QStringLiteral("page:%1").arg(page + 1));
        const QImage image(result.renditions.first().file, "png");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(result.renditions.first().width, result.renditions.first().height));
        QVERIFY(image.width() <= box.width() && image.height() <= box.height());
        if (source.isValid()) {
            QCOMPARE(QSize(result.width, result.height), source);
            QVERIFY2(qAbs(image.width() - expected.width()) <= 1 && qAbs(image.height() - expected.height()) <= 1,
                qPrintable(QStringLiteral("%1 × %2").arg(image.width()).arg(image.height())));
        } else {
            QCOMPARE(image.size(), QSize(result.width, result.height)); // full size
        }
    }

    // Every refusal names the file as the user knows it (the request's name), never the blob's hash.
    void refusalsNameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("reason");
        QTest::newRow("corrupt pdf") << "bad/invalid.pdf" << 0 << "damaged";
        QTest::newRow("no such page") << "pdf/pdflatex-4-pages.pdf" << 8 << "has no page 9";
        QTest::newRow("render bomb pdf") << "bad/hugemono.pdf" << 0 << "larger than any paper";
        QTest::newRow("pixel bomb jpeg") << "bad/lottapixel.jpg" << 0 << "megapixels";
        QTest::newRow("huge png chunk") << "bad/huge_iTXt_chunk.png" << 0 << "";
        QTest::newRow("plain text") << "text/lorem-ipsum.txt" << 0 << "only PDF pages and images";
        QTest::newRow("empty file") << "bad/null" << 0 << "empty";
    }

    void refusalsNameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(int, page);
        QFETCH(QString, reason);
        const QString name = QFileInfo(file).fileName();
        const QString blob = m_dir.filePath(QString::fromLatin1(PageRenderTests::BlobName));
        QFile::remove(blob);
        QVERIFY(QFile::copy(Test::corpus(file), blob));

        QElapsedTimer clock;
        clock.start();
        const ExtractionResult result = renderPath(blob, name, page, QSize(1000, 1000));
        QVERIFY2(!result.error.isEmpty(), "rendered what it should have refused");
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(result.error.contains(name), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String(PageRenderTests::BlobName)), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.renditions.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out-%1.png").arg(m_nextId - 1))));
    }

private:
    ExtractionResult render(const QString &corpusFile, int page, QSize box, const QString &password = {})
    {
        const QString path = Test::corpus(corpusFile);
        return renderPath(path, QFileInfo(path).fileName(), page, box, password);
    }

    // One request through a pool of one real worker, as PageRenderer sends it.
    ExtractionResult renderPath(
        const QString &path, const QString &name, int page, QSize box, const QString &password = {})
    {
        ExtractionPool pool(1, 30);
        RenderTask task;
        task.page = page;
        task.maxSize = box;
        ExtractionRequest request;
        request.id = m_nextId++;
        request.task = QStringLiteral("render");
        request.path = path;
        request.originalName = name;
        request.password = password;
        request.outputDir = m_dir.filePath(QStringLiteral("out-%1.png").arg(request.id));
        request.options = task.toJson();
        std::optional<ExtractionResult> received;
        connect(&pool, &ExtractionPool::finished, this, [&](qint64 id, const ExtractionResult &result) {
            if (id == request.id) {
                received = result;
            }
        });
        pool.submit(request);
        if (!QTest::qWaitFor([&] { return received.has_value(); }, 40000)) {
            return ExtractionResult::failure(QStringLiteral("no answer in 40 s"));
        }
        return *received;
    }

    QTemporaryDir m_dir;
    QByteArray m_savedExtract;
    qint64 m_nextId = 1;
};

FOLIO_TEST(TestPageRender, "pagerender")
#include "tst_pagerender.moc"
