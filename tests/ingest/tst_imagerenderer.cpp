// SPDX-License-Identifier: GPL-3.0-or-later
// Renditions of every image of the shared corpus: sizes, orientation, colour, alpha, pages, and the hostile
// files of bad/ (pixel floods, damaged chunks, ImageMagick's CVE bait), which must be refused or rendered
// with a warning, quickly and without a crash. The renditions are checked by decoding them with the libvips
// command-line tools, independently of the code under test.

#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/perceptualhash.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Folio;

namespace ImageRendererTests {

// Data rows hold these as int: a metatype per enum would collide in the unity-built module.
enum Expect { Renders, Fails, RendersOrFails };

// What the libvips tools say about an encoded image.
struct Decoded
{
    bool ok = false;
    QString error;
    int width = 0;
    int height = 0;
    int bands = 0;
    QString interpretation;
    QString loader;
    QString orientation;
    QList<double> mins; // per band
    QList<double> means; // per band
};

Folio::Test::ProcessResult vips(const QString &tool, const QStringList &arguments)
{
    return Folio::Test::run(tool, arguments, QProcessEnvironment::systemEnvironment(), 30000);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

Decoded inspectFile(const QString &path, const QString &statsPath)
{
    Decoded decoded;
    const auto header = vips(QStringLiteral("vipsheader"), { QStringLiteral("-a"), path });
    if (header.exitCode != 0) {
        decoded.error = header.err;
        return decoded;
    }
    for (const QString &line : header.out.split(QLatin1Char('\n'))) {
        const QString key = line.section(QStringLiteral(": "), 0, 0);
        const QString value = line.section(QStringLiteral(": "), 1);
        if (key == QLatin1String("width")) {
            decoded.width = value.toInt();
        } else if (key == QLatin1String("height")) {
            decoded.height = value.toInt();
        } else if (key == QLatin1String("bands")) {
            decoded.bands = value.toInt();
        } else if (key == QLatin1String("interpretation")) {
            decoded.interpretation = value.trimmed();
        } else if (key == QLatin1String("vips-loader")) {
            decoded.loader = value.trimmed();
        } else if (key == QLatin1String("orientation")) {
            decoded.orientation = value.trimmed();
        }
    }
    // vips stats: one row for all bands, then one per band; columns min, max, sum, sum², mean, deviation…
    const auto stats = vips(QStringLiteral("vips"), { QStringLiteral("stats"), path, statsPath });
    QFile csv(statsPath);
    if (stats.exitCode != 0 || !csv.open(QIODevice::ReadOnly)) {
        decoded.error = stats.err;
        return decoded;
    }
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    for (qsizetype row = 1; row < rows.size(); ++row) {
        const QList<QByteArray> columns = rows[row].split('\t');
        if (columns.size() > 4) {
            decoded.mins << columns[0].toDouble();
            decoded.means << columns[4].toDouble();
        }
    }
    decoded.ok = decoded.means.size() == decoded.bands;
    return decoded;
}

Decoded inspect(const QByteArray &bytes, const QString &mimeType, const QTemporaryDir &dir)
{
    static std::atomic<int> counter = 0;
    const int n = counter++;
    const QString name
        = QStringLiteral("rendition%1.%2").arg(n).arg(mimeType == QLatin1String("image/webp") ? "webp" : "jpg");
    return inspectFile(writeFile(dir.filePath(name), bytes), dir.filePath(QStringLiteral("stats%1.csv").arg(n)));
}

int longEdge(const RenderedImage &image)
{
    return std::max(image.width, image.height);
}

// A 2 × 2 24-bit BMP: libvips 8.14 reads BMP only through ImageMagick.
QByteArray tinyBmp()
{
    QByteArray bmp("BM");
    auto put32 = [&bmp](quint32 value) {
        for (int i = 0; i < 4; ++i) {
            bmp.append(char((value >> (8 * i)) & 0xff));
        }
    };
    auto put16 = [&bmp](quint16 value) {
        bmp.append(char(value & 0xff));
        bmp.append(char(value >> 8));
    };
    put32(54 + 16);
    put32(0);
    put32(54);
    put32(40);
    put32(2);
    put32(2);
    put16(1);
    put16(24);
    put32(0);
    put32(16);
    put32(2835);
    put32(2835);
    put32(0);
    put32(0);
    const QByteArray row("\x00\x00\xff\xff\xff\xff\x00\x00", 8); // red, white, 2 bytes of padding
    bmp.append(row);
    bmp.append(row);
    return bmp;
}

} // namespace ImageRendererTests

class TestImageRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("vips")).isEmpty()
                && !QStandardPaths::findExecutable(QStringLiteral("vipsheader")).isEmpty(),
            "the libvips command-line tools check the renditions: install libvips-tools (scripts/install-deps)");
    }

    void corpusImage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expect");
        QTest::addColumn<QString>("code"); // Error::codeName of the expected failure, empty for any
        QTest::addColumn<int>("warnings"); // 0: none, 1: some, 2: either
        const QHash<QString, std::pair<ImageRendererTests::Expect, Error::Code>> special {
            { QStringLiteral("images/DNG.dng"), { ImageRendererTests::Fails, Error::Code::Unsupported } },
            { QStringLiteral("images/FujiFilm.raf"), { ImageRendererTests::Fails, Error::Code::Unsupported } },
            // librsvg's XML parser refuses it: an element uses the prefix c2pa, declared nowhere.
            { QStringLiteral("images/XMP.svg"), { ImageRendererTests::Fails, Error::Code::Corrupt } },
            { QStringLiteral("bad/lottapixel.jpg"), { ImageRendererTests::Fails, Error::Code::LimitExceeded } },
            { QStringLiteral("bad/huge_iTXt_chunk.png"), { ImageRendererTests::Fails, Error::Code::Corrupt } },
            { QStringLiteral("bad/truncated_jpeg.jpg"), { ImageRendererTests::Renders, Error::Code::Unknown } },
            { QStringLiteral("bad/imagemagick_CVE-2022-44268.png"),
                { ImageRendererTests::Renders, Error::Code::Unknown } },
            { QStringLiteral("bad/lp.jpg"), { ImageRendererTests::RendersOrFails, Error::Code::Unknown } },
            { QStringLiteral("bad/decompression_bomb_extents.gif"),
                { ImageRendererTests::RendersOrFails, Error::Code::Unknown } },
            { QStringLiteral("bad/SVG_XSS1.svg"), { ImageRendererTests::RendersOrFails, Error::Code::Unknown } },
        };
        const QDir images(Folio::Test::corpus(QStringLiteral("images")));
        const QStringList names = images.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 20);
        QStringList files;
        for (const QString &name : names) {
            files << QStringLiteral("images/") + name;
        }
        const QDir bad(Folio::Test::corpus(QStringLiteral("bad")));
        const QStringList imageNames { QStringLiteral("*.jpg"), QStringLiteral("*.png"), QStringLiteral("*.gif"),
            QStringLiteral("*.svg") };
        for (const QString &name : bad.entryList(imageNames, QDir::Files, QDir::Name)) {
            files << QStringLiteral("bad/") + name;
        }
        for (const QString &file : files) {
            auto [expect, code] = special.value(file, { ImageRendererTests::Renders, Error::Code::Unknown });
            if (file == QLatin1String("images/IMG_5195.HEIC") && !ImageRenderer::canDecode(Folio::Test::corpus(file))) {
                expect = ImageRendererTests::Fails; // this libheif cannot decode HEVC
            }
            // A healthy file renders without a warning; truncated_jpeg.jpg is cut short and must say so.
            const int warnings = file.startsWith(QLatin1String("images/")) ? 0
                : file.contains(QLatin1String("truncated"))                ? 1
                                                                           : 2;
            QTest::newRow(qPrintable(file))
                << file << int(expect) << (code == Error::Code::Unknown ? QString() : Error::codeName(code))
                << warnings;
        }
    }

    // Every file renders within the limits or fails alone with a reason naming it, quickly.
    void corpusImage()
    {
        QFETCH(QString, file);
        QFETCH(int, expect);
        QFETCH(QString, code);
        QFETCH(int, warnings);
        const QString path = Folio::Test::corpus(file);
        QElapsedTimer timer;
        timer.start();
        const auto result = ImageRenderer::render(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        if (!result) {
            qInfo().noquote() << file << "->" << result.error().toString();
            QVERIFY2(expect != ImageRendererTests::Renders, qPrintable(result.error().toString()));
            QVERIFY(result.error().message().contains(path));
            QVERIFY(result.error().message().size() > path.size() + 10);
            if (!code.isEmpty()) {
                QCOMPARE(Error::codeName(result.error().code()), code);
            }
            return;
        }
        qInfo().noquote() << file << "->" << result->preview.width << "x" << result->preview.height
                          << result->preview.mimeType << "pages" << result->pages << result->warnings;
        QVERIFY2(expect != ImageRendererTests::Fails, "rendered a file that must be refused");
        if (warnings != 2) {
            QCOMPARE(result->warnings.isEmpty(), warnings == 0);
        }
        for (const QString &warning : result->warnings) {
            QVERIFY(warning.contains(path));
        }
        QVERIFY(result->pages >= 1);
        QVERIFY(result->sourceWidth > 0 && result->sourceHeight > 0);
        QVERIFY(
            ImageRendererTests::longEdge(result->preview) <= 1600 && ImageRendererTests::longEdge(result->preview) > 0);
        QVERIFY(ImageRendererTests::longEdge(result->thumb) <= 320 && ImageRendererTests::longEdge(result->thumb) > 0);
        QVERIFY(result->thumb.width <= result->preview.width && result->thumb.height <= result->preview.height);
        const auto preview = ImageRendererTests::inspect(result->preview.bytes, result->preview.mimeType, m_dir);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.width, result->preview.width);
        QCOMPARE(preview.height, result->preview.height);
        QCOMPARE(preview.interpretation, QStringLiteral("srgb"));
        QCOMPARE(preview.loader,
            QString::fromLatin1(result->preview.mimeType == QLatin1String("image/webp") ? "webpload" : "jpegload"));
        const auto thumb = ImageRendererTests::inspect(result->thumb.bytes, result->thumb.mimeType, m_dir);
        QVERIFY2(thumb.ok, qPrintable(thumb.error));
        QCOMPARE(thumb.width, result->thumb.width);
        QCOMPARE(thumb.height, result->thumb.height);
        QCOMPARE(ImageRenderer::canDecode(path), true);
    }

    void jollaSizesAndSpeed()
    {
        const QString path = Folio::Test::corpus(QStringLiteral("images/jolla.jpg"));
        QList<qint64> times;
        std::optional<RenderResult> last;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto result = ImageRenderer::render(path);
            times << timer.nsecsElapsed() / 1000;
            FOLIO_VERIFY_OK(result);
            if (last) {
                QCOMPARE(result->perceptualHash, last->perceptualHash);
                QCOMPARE(result->preview.bytes, last->preview.bytes);
            }
            last = std::move(*result);
        }
        std::sort(times.begin(), times.end());
        qInfo("jolla.jpg 3264x2448 -> preview 1600 + thumb 320 + hash: median %.1f ms, best %.1f ms (5 runs)",
            times[2] / 1000.0, times[0] / 1000.0);
        QCOMPARE(last->sourceWidth, 3264);
        QCOMPARE(last->sourceHeight, 2448);
        QCOMPARE(last->pages, 1);
        QCOMPARE(last->preview.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(last->preview.width, 1600);
        QCOMPARE(last->preview.height, 1200);
        QCOMPARE(last->thumb.width, 320);
        QCOMPARE(last->thumb.height, 240);
        QVERIFY(last->warnings.isEmpty());
        const auto preview = ImageRendererTests::inspect(last->preview.bytes, last->preview.mimeType, m_dir);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.width, 1600);
        QCOMPARE(preview.height, 1200);
        QCOMPARE(preview.bands, 3);
        QCOMPARE(preview.loader, QStringLiteral("jpegload"));
        const auto thumb = ImageRendererTests::inspect(last->thumb.bytes, last->thumb.mimeType, m_dir);
        QVERIFY2(thumb.ok, qPrintable(thumb.error));
        QCOMPARE(thumb.width, 320);
        QCOMPARE(thumb.height, 240);
        // The thumbnail comes from the preview: the same picture, so the same mean colour.
        for (int band = 0; band < 3; ++band) {
            QVERIFY(qAbs(preview.means[band] - thumb.means[band]) < 3);
        }
    }

    void orientationApplied()
    {
        const auto result = ImageRenderer::render(Folio::Test::corpus(QStringLiteral("images/portrait_6.jpg")));
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->sourceWidth, 450);
        QCOMPARE(result->sourceHeight, 600);
        QCOMPARE(result->preview.width, 450);
        QCOMPARE(result->preview.height, 600);
        QVERIFY(result->thumb.height > result->thumb.width);
        const auto preview = ImageRendererTests::inspect(result->preview.bytes, result->preview.mimeType, m_dir);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QVERIFY(preview.height > preview.width);
        // Rotated pixels must carry no orientation tag, or a viewer would turn them once more.
        QVERIFY2(preview.orientation.isEmpty() || preview.orientation.startsWith(QLatin1Char('1')),
            qPrintable(preview.orientation));
    }

    // A CMYK JPEG without a profile comes out as sRGB with the colours a reference conversion gives
    // (an inverted Adobe CMYK would be far off).
    void cmykBecomesSrgb()
    {
        const QString path = Folio::Test::corpus(QStringLiteral("images/baiona_cmyk.jpg"));
        const auto result = ImageRenderer::render(path);
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->preview.mimeType, QStringLiteral("image/jpeg"));
        const auto preview = ImageRendererTests::inspect(result->preview.bytes, result->preview.mimeType, m_dir);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.bands, 3);
        QCOMPARE(preview.interpretation, QStringLiteral("srgb"));
        const QString reference = m_dir.filePath(QStringLiteral("cmyk-reference.v"));
        const auto converted = ImageRendererTests::vips(
            QStringLiteral("vips"), { QStringLiteral("colourspace"), path, reference, QStringLiteral("srgb") });
        QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
        const auto expected
            = ImageRendererTests::inspectFile(reference, m_dir.filePath(QStringLiteral("cmyk-reference.csv")));
        QVERIFY2(expected.ok, qPrintable(expected.error));
        QCOMPARE(expected.bands, 3);
        QCOMPARE(preview.width, expected.width);
        for (int band = 0; band < 3; ++band) {
            qInfo("band %d: mean %.1f, reference %.1f", band, preview.means[band], expected.means[band]);
            QVERIFY(qAbs(preview.means[band] - expected.means[band]) < 6);
        }
    }

    void alphaKept_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("transparent");
        QTest::newRow("baiona_alpha.png")
            << QStringLiteral("images/baiona_alpha.png") << false; // an alpha channel, all opaque
        QTest::newRow("rain.svg") << QStringLiteral("images/rain.svg") << true;
    }

    void alphaKept()
    {
        QFETCH(QString, file);
        QFETCH(bool, transparent);
        const auto result = ImageRenderer::render(Folio::Test::corpus(file));
        FOLIO_VERIFY_OK(result);
        for (const RenderedImage *image : { &result->preview, &result->thumb }) {
            QCOMPARE(image->mimeType, QStringLiteral("image/webp"));
            const auto decoded = ImageRendererTests::inspect(image->bytes, image->mimeType, m_dir);
            QVERIFY2(decoded.ok, qPrintable(decoded.error));
            qInfo("%s: %dx%d, %d bands, %lld bytes", qPrintable(image == &result->preview ? "preview" : "thumb"),
                decoded.width, decoded.height, decoded.bands, qint64(image->bytes.size()));
            if (transparent) {
                QCOMPARE(decoded.bands, 4);
                QVERIFY(decoded.mins[3] < 255);
            } else {
                // libwebp stores no alpha plane when every pixel is opaque: nothing to lose.
                QVERIFY(decoded.bands == 3 || (decoded.bands == 4 && decoded.mins[3] == 255));
            }
        }
    }

    void pagesCounted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::newRow("multipage.tiff") << QStringLiteral("images/multipage.tiff") << 3;
        QTest::newRow("iss634.webp") << QStringLiteral("images/iss634.webp") << 42;
        QTest::newRow("sonic.gif") << QStringLiteral("images/sonic.gif") << 2;
        QTest::newRow("flower.webp") << QStringLiteral("images/flower.webp") << 1;
    }

    void pagesCounted()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        const auto result = ImageRenderer::render(Folio::Test::corpus(file));
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->pages, pages);
        // The first page only, not the pages stacked into one tall strip.
        QCOMPARE(result->preview.width, result->sourceWidth);
        QCOMPARE(result->preview.height, result->sourceHeight);
    }

    void heic()
    {
        const QString path = Folio::Test::corpus(QStringLiteral("images/IMG_5195.HEIC"));
        const auto result = ImageRenderer::render(path);
        if (!ImageRenderer::canDecode(path)) {
            QVERIFY(!result);
            QVERIFY(result.error().message().contains(path));
            QSKIP("this system's libheif cannot decode HEVC: HEIC is refused with a reason");
        }
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->sourceWidth, 2566);
        QCOMPARE(result->sourceHeight, 3313);
        QCOMPARE(result->preview.height, 1600);
        QCOMPARE(result->preview.width, 1239);
    }

    void cameraRawRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("DNG.dng") << QStringLiteral("images/DNG.dng");
        QTest::newRow("FujiFilm.raf") << QStringLiteral("images/FujiFilm.raf");
    }

    // Their pixels are stripped (and Folio develops no RAW): a clear refusal; the embedded preview goes
    // through renderBuffer().
    void cameraRawRefused()
    {
        QFETCH(QString, file);
        const QString path = Folio::Test::corpus(file);
        QVERIFY(!ImageRenderer::canDecode(path));
        const auto result = ImageRenderer::render(path);
        QVERIFY(!result);
        QCOMPARE(Error::codeName(result.error().code()), Error::codeName(Error::Code::Unsupported));
        QVERIFY(result.error().message().contains(path));
    }

    void renderBufferOfEmbeddedPreview()
    {
        const QString made = m_dir.filePath(QStringLiteral("embedded.jpg"));
        const auto thumbnail = ImageRendererTests::vips(QStringLiteral("vips"),
            { QStringLiteral("thumbnail"), Folio::Test::corpus(QStringLiteral("images/DSCN0010.jpg")), made,
                QStringLiteral("160") });
        QVERIFY2(thumbnail.exitCode == 0, qPrintable(thumbnail.err));
        QFile file(made);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray jpeg = file.readAll();
        const auto result = ImageRenderer::renderBuffer(jpeg, QStringLiteral("DNG.dng (embedded preview)"));
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->sourceWidth, 160);
        QCOMPARE(result->sourceHeight, 120);
        QCOMPARE(result->preview.width, 160); // never upscaled
        QCOMPARE(result->thumb.width, 160);
        const auto fromFile = ImageRenderer::render(made);
        FOLIO_VERIFY_OK(fromFile);
        QCOMPARE(result->preview.bytes, fromFile->preview.bytes);
        QCOMPARE(result->perceptualHash, fromFile->perceptualHash);

        const auto garbage = ImageRenderer::renderBuffer(QByteArray(4096, 'x'), QStringLiteral("garbage.bin"));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().message().contains(QStringLiteral("garbage.bin")));
        const auto cut = ImageRenderer::renderBuffer(jpeg.left(jpeg.size() / 2), QStringLiteral("half.jpg"));
        if (cut) {
            QVERIFY(!cut->warnings.isEmpty());
            QVERIFY(cut->warnings.first().contains(QStringLiteral("half.jpg")));
        }
        QVERIFY(!ImageRenderer::renderBuffer({}, QStringLiteral("empty")));
    }

    void pixelLimit()
    {
        const QString path = Folio::Test::corpus(QStringLiteral("bad/lottapixel.jpg"));
        QElapsedTimer timer;
        timer.start();
        const auto result = ImageRenderer::render(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result);
        qInfo().noquote() << result.error().message() << elapsed << "ms";
        QCOMPARE(Error::codeName(result.error().code()), Error::codeName(Error::Code::LimitExceeded));
        QVERIFY(result.error().message().contains(QStringLiteral("64250")));
        QVERIFY(result.error().message().contains(QStringLiteral("limit of 100 megapixels")));
        QVERIFY2(elapsed < 500, "refused from the header, nothing decoded");

        // The limit is the caller's: jolla.jpg has 7,990,272 pixels.
        const QString jolla = Folio::Test::corpus(QStringLiteral("images/jolla.jpg"));
        RenderLimits limits;
        limits.maxPixels = 7'990'271;
        const auto refused = ImageRenderer::render(jolla, limits);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("limit of 7.99027 megapixels")));
        limits.maxPixels = 7'990'272;
        FOLIO_VERIFY_OK(ImageRenderer::render(jolla, limits));
        limits.previewEdge = 0;
        QVERIFY(!ImageRenderer::render(jolla, limits));
    }

    // ImageMagick never runs: the CVE bait renders through libpng and carries no local file, and a format
    // only ImageMagick reads is refused.
    void imageMagickBlocked()
    {
        const auto result
            = ImageRenderer::render(Folio::Test::corpus(QStringLiteral("bad/imagemagick_CVE-2022-44268.png")));
        FOLIO_VERIFY_OK(result);
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        const QByteArray firstLine = passwd.readLine().trimmed();
        QVERIFY(firstLine.size() > 8);
        for (const RenderedImage *image : { &result->preview, &result->thumb }) {
            QVERIFY(!image->bytes.contains(firstLine));
            QVERIFY(!image->bytes.contains("/etc/passwd"));
            QVERIFY(!image->bytes.toHex().contains(firstLine.toHex()));
        }

        const QString bmp = ImageRendererTests::writeFile(
            m_dir.filePath(QStringLiteral("magick-only.bmp")), ImageRendererTests::tinyBmp());
        QVERIFY(!bmp.isEmpty());
        const auto header = ImageRendererTests::vips(QStringLiteral("vipsheader"), { bmp });
        qInfo().noquote() << "unrestricted vipsheader on a BMP:" << QString(header.out + header.err).trimmed();
        QVERIFY(!ImageRenderer::canDecode(bmp));
        const auto refused = ImageRenderer::render(bmp);
        QVERIFY(!refused);
        QCOMPARE(Error::codeName(refused.error().code()), Error::codeName(Error::Code::Unsupported));
        QVERIFY(!ImageRenderer::renderBuffer(ImageRendererTests::tinyBmp(), QStringLiteral("bmp bytes")));
    }

    void missingFile()
    {
        const auto result = ImageRenderer::render(m_dir.filePath(QStringLiteral("nothing.jpg")));
        QVERIFY(!result);
        QCOMPARE(Error::codeName(result.error().code()), Error::codeName(Error::Code::NotFound));
        QVERIFY(!ImageRenderer::canDecode(m_dir.filePath(QStringLiteral("nothing.jpg"))));
    }

    // The pipeline renders several files at once: the same results as one at a time.
    void concurrentCalls()
    {
        const QStringList files { QStringLiteral("images/jolla.jpg"), QStringLiteral("images/baiona_cmyk.jpg"),
            QStringLiteral("images/portrait_6.jpg"), QStringLiteral("images/sonic.gif"),
            QStringLiteral("bad/truncated_jpeg.jpg"), QStringLiteral("bad/lottapixel.jpg") };
        QList<Result<RenderResult>> alone;
        for (const QString &file : files) {
            alone << ImageRenderer::render(Folio::Test::corpus(file));
        }
        QList<Result<RenderResult>> together(files.size(), Result<RenderResult>(RenderResult {}));
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < files.size(); ++i) {
            threads.emplace_back(
                [&together, &files, i] { together[i] = ImageRenderer::render(Folio::Test::corpus(files[i])); });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(bool(together[i]), bool(alone[i]));
            if (alone[i]) {
                QCOMPARE(together[i]->perceptualHash, alone[i]->perceptualHash);
                QCOMPARE(together[i]->preview.bytes, alone[i]->preview.bytes);
                QCOMPARE(together[i]->warnings.size(), alone[i]->warnings.size());
            } else {
                QCOMPARE(together[i].error().message(), alone[i].error().message());
            }
        }
    }
};

FOLIO_TEST(TestImageRenderer, "imagerenderer")
#include "tst_imagerenderer.moc"
