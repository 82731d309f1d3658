// SPDX-License-Identifier: GPL-3.0-or-later
// The perceptual hash finds a photo again after it was resized, recompressed, cropped or colour-shifted
// (variants made here with the libvips command-line tools), and keeps different photos apart. The distance
// matrix is printed so the near-duplicate threshold can be chosen on evidence.

#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/perceptualhash.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace PerceptualHashTests {

const QStringList Photos { QStringLiteral("images/jolla.jpg"), QStringLiteral("images/Canon_40D.jpg"),
    QStringLiteral("images/DSCN0010.jpg"), QStringLiteral("images/baiona_cmyk.jpg"),
    QStringLiteral("images/portrait_6.jpg"), QStringLiteral("images/iptc.jpg"), QStringLiteral("images/flower.webp") };

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the vips tool; an empty string when it worked, else what it said.
QString vips(const QStringList &arguments)
{
    const auto result
        = Folio::Test::run(QStringLiteral("vips"), arguments, QProcessEnvironment::systemEnvironment(), 30000);
    return result.exitCode == 0 ? QString()
                                : QStringLiteral("vips %1: %2").arg(arguments.join(QLatin1Char(' ')), result.err);
}

std::pair<int, int> storedSize(const QString &path)
{
    const auto result
        = Folio::Test::run(QStringLiteral("vipsheader"), { QStringLiteral("-f"), QStringLiteral("width"), path });
    const auto height
        = Folio::Test::run(QStringLiteral("vipsheader"), { QStringLiteral("-f"), QStringLiteral("height"), path });
    return { result.out.trimmed().toInt(), height.out.trimmed().toInt() };
}

PerceptualHash::Samples gradient()
{
    PerceptualHash::Samples samples {};
    for (int y = 0; y < PerceptualHash::SampleEdge; ++y) {
        for (int x = 0; x < PerceptualHash::SampleEdge; ++x) {
            // Not separable and not symmetric, so no coefficient ties the median.
            samples[y * PerceptualHash::SampleEdge + x] = quint8(20 + (x * x * 7 + y * 3 + x * y) % 200);
        }
    }
    return samples;
}

} // namespace PerceptualHashTests

class TestPerceptualHash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    quint64 hashFile(const QString &path)
    {
        const auto hash = PerceptualHash::compute(PerceptualHashTests::readAll(path), path);
        if (!hash) {
            qWarning().noquote() << hash.error().toString();
            return 0;
        }
        return *hash;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("vips")).isEmpty(),
            "the variants are made with the libvips command-line tools: install libvips-tools");
    }

    void distanceBasics()
    {
        QCOMPARE(PerceptualHash::distance(0, 0), 0);
        QCOMPARE(PerceptualHash::distance(0, ~quint64(0)), 64);
        QCOMPARE(PerceptualHash::distance(0b1011, 0b0001), 2);
        QCOMPARE(PerceptualHash::distance(0x8000000000000000ull, 1), 2);
        QCOMPARE(PerceptualHash::distance(0x1234, 0xabcd), PerceptualHash::distance(0xabcd, 0x1234));
    }

    // The DCT coefficients without the DC term: a negative flips every bit, brightness changes none.
    void samplesMath()
    {
        const PerceptualHash::Samples picture = PerceptualHashTests::gradient();
        PerceptualHash::Samples negative {};
        PerceptualHash::Samples brighter {};
        for (size_t i = 0; i < picture.size(); ++i) {
            negative[i] = quint8(255 - picture[i]);
            brighter[i] = quint8(picture[i] + 30);
        }
        const quint64 hash = PerceptualHash::fromSamples(picture);
        QCOMPARE(PerceptualHash::fromSamples(picture), hash);
        QVERIFY(hash != 0 && hash != ~quint64(0));
        QCOMPARE(PerceptualHash::distance(hash, PerceptualHash::fromSamples(negative)), 64);
        QCOMPARE(PerceptualHash::fromSamples(brighter), hash);
        // Half the bits are set: they say "above the median".
        QCOMPARE(PerceptualHash::distance(hash, 0), 32);
    }

    void deterministic()
    {
        const QString path = Folio::Test::corpus(QStringLiteral("images/jolla.jpg"));
        const quint64 first = hashFile(path);
        QVERIFY(first != 0);
        QCOMPARE(hashFile(path), first);
        const auto rendered = ImageRenderer::render(path);
        FOLIO_VERIFY_OK(rendered);
        const auto again = ImageRenderer::render(path);
        FOLIO_VERIFY_OK(again);
        QCOMPARE(again->perceptualHash, rendered->perceptualHash);
        // render() hashes its thumbnail, made from the 1600 preview; compute() decodes straight to thumbnail
        // size: the same picture, nearly the same samples.
        qInfo("render() vs compute() on jolla.jpg: distance %d",
            PerceptualHash::distance(rendered->perceptualHash, first));
        QVERIFY(PerceptualHash::distance(rendered->perceptualHash, first) <= 3);
        QVERIFY(!PerceptualHash::compute(QByteArray("not an image"), QStringLiteral("junk")));
    }

    void recall_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &photo : PerceptualHashTests::Photos) {
            QTest::newRow(qPrintable(photo)) << photo;
        }
    }

    // Every variant of a photo stays within the near-duplicate distance of the original, except a crop of 5%
    // on each side: the standard pHash follows the picture's frequencies, which a 10% change of framing
    // moves (6-16 bits on this corpus). Such a crop must still find its original as its nearest photo.
    void recall()
    {
        QFETCH(QString, file);
        const QString original = Folio::Test::corpus(file);
        const QString stem = m_dir.filePath(QFileInfo(file).baseName());
        const auto [width, height] = PerceptualHashTests::storedSize(original);
        QVERIFY(width > 0 && height > 0);
        const auto crop = [&](const QString &suffix, int permille) {
            const int left = width * permille / 1000;
            const int top = height * permille / 1000;
            return QStringList { QStringLiteral("extract_area"), original, stem + suffix, QString::number(left),
                QString::number(top), QString::number(width - 2 * left), QString::number(height - 2 * top) };
        };
        const QString srgb = stem + QStringLiteral("-srgb.v");
        const QList<std::pair<QString, QStringList>> variants {
            { QStringLiteral("resized to 50%"),
                { QStringLiteral("resize"), original, stem + QStringLiteral("-half.jpg[Q=90]"),
                    QStringLiteral("0.5") } },
            { QStringLiteral("JPEG quality 60"),
                { QStringLiteral("copy"), original, stem + QStringLiteral("-q60.jpg[Q=60]") } },
            // Warmer and brighter: red up, blue down, an offset on top.
            { QStringLiteral("colour-shifted"),
                { QStringLiteral("linear"), srgb, stem + QStringLiteral("-colour.jpg[Q=90]"),
                    QStringLiteral("1.08 1.03 0.92"), QStringLiteral("8 4 -6"), QStringLiteral("--uchar") } },
            { QStringLiteral("cropped 2.5% each side"), crop(QStringLiteral("-crop25.jpg[Q=90]"), 25) },
            { QStringLiteral("cropped 5% each side"), crop(QStringLiteral("-crop50.jpg[Q=90]"), 50) },
        };
        const QString converted
            = PerceptualHashTests::vips({ QStringLiteral("colourspace"), original, srgb, QStringLiteral("srgb") });
        QVERIFY2(converted.isEmpty(), qPrintable(converted));

        const quint64 hash = hashFile(original);
        QVERIFY(hash != 0);
        QStringList report;
        int worst = 0;
        quint64 widelyCropped = 0;
        for (qsizetype i = 0; i < variants.size(); ++i) {
            const auto &[what, arguments] = variants[i];
            const QString made = PerceptualHashTests::vips(arguments);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            const QString output = arguments[2].section(QLatin1Char('['), 0, 0);
            const quint64 variant = hashFile(output);
            QVERIFY2(variant != 0, qPrintable(output));
            const int distance = PerceptualHash::distance(hash, variant);
            report << QStringLiteral("%1 %2").arg(what).arg(distance);
            if (i == variants.size() - 1) {
                widelyCropped = variant;
            } else {
                worst = std::max(worst, distance);
            }
        }
        qInfo().noquote() << file << "distance to its variants:" << report.join(QStringLiteral(", "));
        QVERIFY2(worst <= PerceptualHash::NearDuplicateDistance, qPrintable(report.join(QStringLiteral(", "))));

        const int toOriginal = PerceptualHash::distance(hash, widelyCropped);
        for (const QString &other : PerceptualHashTests::Photos) {
            if (other != file) {
                const int toOther = PerceptualHash::distance(hashFile(Folio::Test::corpus(other)), widelyCropped);
                QVERIFY2(toOriginal < toOther,
                    qPrintable(QStringLiteral("the 5%-cropped %1 is %2 from its original, "
                                              "%3 from %4")
                                   .arg(file)
                                   .arg(toOriginal)
                                   .arg(toOther)
                                   .arg(other)));
            }
        }
    }

    // Different photos stay apart: every pair is farther than the near-duplicate distance.
    void distinctPhotos()
    {
        QList<quint64> hashes;
        for (const QString &photo : PerceptualHashTests::Photos) {
            hashes << hashFile(Folio::Test::corpus(photo));
            QVERIFY(hashes.last() != 0);
        }
        qInfo("distance matrix:");
        int closest = 64;
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            QString row = QStringLiteral("%1").arg(QFileInfo(PerceptualHashTests::Photos[i]).fileName(), -16);
            for (qsizetype j = 0; j < hashes.size(); ++j) {
                const int distance = PerceptualHash::distance(hashes[i], hashes[j]);
                row += QStringLiteral("%1").arg(distance, 4);
                if (i < j) {
                    closest = std::min(closest, distance);
                }
            }
            qInfo().noquote() << row;
        }
        qInfo("closest pair of different photos: %d", closest);
        QVERIFY(closest > PerceptualHash::NearDuplicateDistance);
    }
};

FOLIO_TEST(TestPerceptualHash, "perceptualhash")
#include "tst_perceptualhash.moc"
