// SPDX-License-Identifier: GPL-3.0-or-later
// MediaExtractor on the audio and video files of the shared corpus: what it probes (checked against the
// values ExifTool and the corpus manifest give for each file), the tags, and the renditions, which are
// decoded with the libvips command-line tools, independently of the code under test. The malformed files
// of bad/ must come back quickly with a warning or an error that names them; the limits must hold.

#include "ingest/extractors/mediaextractor.h"
#include "ingest/extractors/rgbraster.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace Folio;

namespace MediaExtractorTests {

struct Decoded
{
    bool ok = false;
    int width = 0;
    int height = 0;
    QString loader;
    double mean = 0; // of all bands, 0-255
};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

// What libvips makes of an encoded rendition.
Decoded inspect(const QByteArray &bytes, const QTemporaryDir &dir)
{
    static std::atomic<int> counter = 0;
    const QString path = writeFile(dir.filePath(QStringLiteral("rendition%1").arg(counter++)), bytes);
    Decoded decoded;
    const auto run = [&path](const QString &tool, const QStringList &arguments) {
        return Folio::Test::run(
            tool, arguments + QStringList { path }, QProcessEnvironment::systemEnvironment(), 30000);
    };
    const auto width = run(QStringLiteral("vipsheader"), { QStringLiteral("-f"), QStringLiteral("width") });
    const auto height = run(QStringLiteral("vipsheader"), { QStringLiteral("-f"), QStringLiteral("height") });
    const auto loader = run(QStringLiteral("vipsheader"), { QStringLiteral("-f"), QStringLiteral("vips-loader") });
    const auto mean = run(QStringLiteral("vips"), { QStringLiteral("avg") });
    decoded.ok = !path.isEmpty() && width.exitCode == 0 && height.exitCode == 0 && mean.exitCode == 0;
    decoded.width = width.out.trimmed().toInt();
    decoded.height = height.out.trimmed().toInt();
    decoded.loader = loader.out.trimmed();
    decoded.mean = mean.out.trimmed().toDouble();
    return decoded;
}

const NamedRendition *rendition(const ContentExtraction &extraction, const QString &name)
{
    for (const NamedRendition &candidate : extraction.renditions) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

QString rawTag(const ContentExtraction &extraction, const QString &key)
{
    for (const QJsonValue &tag : extraction.tags) {
        if (tag[QLatin1String("key")].toString() == key) {
            return tag[QLatin1String("value")].toString();
        }
    }
    return {};
}

// MP4 with its video track's matrix turned a quarter clockwise, as phones write portrait video.
QByteArray turnedClockwise(QByteArray mp4)
{
    for (qsizetype at = mp4.indexOf("tkhd"); at >= 4 && at + 100 < mp4.size(); at = mp4.indexOf("tkhd", at + 4)) {
        const qsizetype matrix = at + 8 + (mp4[at + 4] == 1 ? 32 : 20) + 16;
        if (qFromBigEndian<quint32>(mp4.constData() + matrix + 36) == 0) {
            continue; // the audio track: no width
        }
        const qint32 values[9] = { 0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000 };
        for (int i = 0; i < 9; ++i) {
            qToBigEndian<qint32>(values[i], mp4.data() + matrix + 4 * i);
        }
        return mp4;
    }
    return {};
}

bool mentions(const QStringList &messages, const QString &text)
{
    return std::any_of(messages.cbegin(), messages.cend(), [&text](const QString &m) { return m.contains(text); });
}

} // namespace MediaExtractorTests

class TestMediaExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Extracts a corpus file, logging how long it took.
    static Result<ContentExtraction> extractTimed(const QString &file, const MediaLimits &limits = {})
    {
        QElapsedTimer timer;
        timer.start();
        auto result = MediaExtractor::extract(Folio::Test::corpus(file), limits);
        qInfo("MediaExtractor::extract(%s): %lld ms, %s", qPrintable(file), timer.elapsed(),
            result ? qPrintable(QStringLiteral("%1 renditions, %2 warnings")
                                    .arg(result->renditions.size())
                                    .arg(result->warnings.size()))
                   : qPrintable(result.error().toString()));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("vips")).isEmpty()
                && !QStandardPaths::findExecutable(QStringLiteral("vipsheader")).isEmpty(),
            "the libvips command-line tools check the renditions: install libvips-tools (scripts/install-deps)");
    }

    void audio_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("duration"); // seconds, from ExifTool (FLAC: total samples / rate)
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("creator");
        QTest::addColumn<QSize>("cover"); // the cover's size as stored, empty for none
        // MPEG ChannelMode "Joint Stereo"; a LAME VBR header of 81 frames × 1152 samples
        QTest::newRow("mp3") << QStringLiteral("audio/t-rex-roar.mp3") << 81 * 1152 / 44100.0 << 2 << 44100 << QString()
                             << QString() << QSize();
        // ChannelMode "Single Channel"; 128 kbit/s constant
        QTest::newRow("mp3 id3 cover") << QStringLiteral("audio/testMP3_coverArt.mp3") << 2.46 << 1 << 44100
                                       << QStringLiteral("Test Title") << QStringLiteral("Test Artist") << QSize(1, 1);
        // ExifTool's 0.35 s is a guess from the nominal bit rate; the last Ogg page's granule position says
        // 6151 samples.
        QTest::newRow("ogg vorbis") << QStringLiteral("audio/bell.oga") << 6151 / 44100.0 << 2 << 44100 << QString()
                                    << QString() << QSize();
        QTest::newRow("wav riff info") << QStringLiteral("audio/pluck-pcm16.wav") << 0.30 << 2 << 11025
                                       << QStringLiteral("Pluck") << QStringLiteral("Serhiy Storchaka") << QSize();
        QTest::newRow("flac mono") << QStringLiteral("audio/60 - mono audio.flac") << 227247 / 44100.0 << 1 << 44100
                                   << QString() << QString() << QSize();
        QTest::newRow("flac picture") << QStringLiteral("audio/56 - JPG PICTURE.flac") << 220026 / 44100.0 << 2 << 44100
                                      << QString() << QString() << QSize(1920, 1080);
    }

    void audio()
    {
        QFETCH(QString, file);
        QFETCH(double, duration);
        QFETCH(int, channels);
        QFETCH(int, sampleRate);
        QFETCH(QString, title);
        QFETCH(QString, creator);
        QFETCH(QSize, cover);
        const auto extraction = extractTimed(file);
        FOLIO_VERIFY_OK(extraction);
        const QJsonObject &fields = extraction->fields;
        qInfo() << file << fields << extraction->warnings;
        QVERIFY2(extraction->warnings.isEmpty(), qPrintable(extraction->warnings.join(QLatin1Char('\n'))));
        const double measured = fields[QLatin1String("duration")].toDouble();
        QVERIFY2(std::abs(measured - duration) <= duration * 0.05,
            qPrintable(QStringLiteral("duration %1 s, expected %2 s").arg(measured).arg(duration)));
        QCOMPARE(fields[QLatin1String("channels")].toInt(), channels);
        QCOMPARE(fields[QLatin1String("sample-rate")].toInt(), sampleRate);
        QVERIFY(!fields[QLatin1String("audio-codec")].toString().isEmpty());
        QVERIFY(!fields[QLatin1String("container")].toString().isEmpty());
        QVERIFY(!fields.contains(QLatin1String("width")));
        QCOMPARE(fields[QLatin1String("title")].toString(), title);
        QCOMPARE(fields[QLatin1String("creator")].toString(), creator);
        if (!title.isEmpty()) {
            QCOMPARE(MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.title")), title);
        }
        QCOMPARE(fields[QLatin1String("has-cover")].toBool(), !cover.isEmpty());

        // The waveform: a 1000 × 120 PNG with something drawn on its white ground.
        const NamedRendition *waveform = MediaExtractorTests::rendition(*extraction, QStringLiteral("waveform"));
        QVERIFY(waveform);
        QCOMPARE(waveform->image.mimeType, QStringLiteral("image/png"));
        const auto wave = MediaExtractorTests::inspect(waveform->image.bytes, m_dir);
        QVERIFY(wave.ok);
        QCOMPARE(QSize(wave.width, wave.height), QSize(1000, 120));
        QVERIFY(wave.loader.startsWith(QLatin1String("png")));
        QVERIFY2(wave.mean > 100 && wave.mean < 254.5, qPrintable(QString::number(wave.mean)));

        // Thumb and preview: the cover when there is one (fitted in 320 and 1600 px), else the waveform.
        const NamedRendition *thumb = MediaExtractorTests::rendition(*extraction, QStringLiteral("thumb"));
        const NamedRendition *preview = MediaExtractorTests::rendition(*extraction, QStringLiteral("preview"));
        QVERIFY(thumb && preview);
        const QSize source = cover.isEmpty() ? QSize(1000, 120) : cover;
        const QSize expectedThumb
            = source.width() <= 320 && source.height() <= 320 ? source : source.scaled(320, 320, Qt::KeepAspectRatio);
        const QSize expectedPreview = source.width() <= 1600 && source.height() <= 1600
            ? source
            : source.scaled(1600, 1600, Qt::KeepAspectRatio);
        const auto decodedThumb = MediaExtractorTests::inspect(thumb->image.bytes, m_dir);
        const auto decodedPreview = MediaExtractorTests::inspect(preview->image.bytes, m_dir);
        QVERIFY(decodedThumb.ok && decodedPreview.ok);
        QVERIFY2(std::abs(decodedThumb.width - expectedThumb.width()) <= 1
                && std::abs(decodedThumb.height - expectedThumb.height()) <= 1,
            qPrintable(QStringLiteral("thumb %1 × %2").arg(decodedThumb.width).arg(decodedThumb.height)));
        QVERIFY2(std::abs(decodedPreview.width - expectedPreview.width()) <= 1
                && std::abs(decodedPreview.height - expectedPreview.height()) <= 1,
            qPrintable(QStringLiteral("preview %1 × %2").arg(decodedPreview.width).arg(decodedPreview.height)));
        QCOMPARE(thumb->image.width, decodedThumb.width);
        QCOMPARE(preview->image.height, decodedPreview.height);
    }

    // Every tag ExifTool shows in the ID3v2.4 test file lands in a unified field or a raw tag.
    void id3Tags()
    {
        const auto extraction = extractTimed(QStringLiteral("audio/testMP3_coverArt.mp3"));
        FOLIO_VERIFY_OK(extraction);
        const QJsonObject &fields = extraction->fields;
        QCOMPARE(fields[QLatin1String("album")].toString(), QStringLiteral("Test Album"));
        QCOMPARE(fields[QLatin1String("description")].toString(), QStringLiteral("Test Comment"));
        QCOMPARE(fields[QLatin1String("keywords")].toArray(), QJsonArray { QStringLiteral("Rock") });
        QCOMPARE(fields[QLatin1String("track")].toInt(), 3);
        QCOMPARE(fields[QLatin1String("created")].toString(), QStringLiteral("2008"));
        QCOMPARE(MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.track")), QStringLiteral("3/12"));
        QCOMPARE(MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.album_artist")),
            QStringLiteral("Test Album Artist"));
        QCOMPARE(MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.copyright")),
            QStringLiteral("Test Copyright"));
        // The picture's description belongs to the picture, not to the recording.
        QCOMPARE(MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.cover.title")),
            QStringLiteral("Test Cover"));
        for (const QJsonValue &tag : extraction->tags) {
            QCOMPARE(tag[QLatin1String("type")].toString(), QStringLiteral("text"));
            QVERIFY(tag[QLatin1String("key")].toString().startsWith(QLatin1String("media.")));
        }
    }

    void video_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("duration"); // ExifTool; sample.ogv from the manifest's note
        QTest::addColumn<double>("frameRate");
        QTest::addColumn<int>("channels"); // 0: no audio
        QTest::newRow("mp4 h264 aac") << QStringLiteral("video/flower.mp4") << 960 << 540 << 5.05 << 29.97 << 2;
        QTest::newRow("webm vp8 vorbis") << QStringLiteral("video/flower.webm") << 960 << 540 << 5.06 << 29.97 << 2;
        QTest::newRow("ogg theora") << QStringLiteral("video/sample.ogv") << 300 << 200 << 5.6 << 10.0 << 0;
        QTest::newRow("mov png") << QStringLiteral("video/png.mov") << 320 << 240 << 1.0 << 25.0 << 0;
    }

    void video()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, duration);
        QFETCH(double, frameRate);
        QFETCH(int, channels);
        const auto extraction = extractTimed(file);
        FOLIO_VERIFY_OK(extraction);
        const QJsonObject &fields = extraction->fields;
        qInfo() << file << fields << extraction->warnings;
        QVERIFY2(extraction->warnings.isEmpty(), qPrintable(extraction->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(fields[QLatin1String("width")].toInt(), width);
        QCOMPARE(fields[QLatin1String("height")].toInt(), height);
        const double measured = fields[QLatin1String("duration")].toDouble();
        QVERIFY2(std::abs(measured - duration) <= duration * 0.05,
            qPrintable(QStringLiteral("duration %1 s, expected %2 s").arg(measured).arg(duration)));
        QVERIFY2(std::abs(fields[QLatin1String("frame-rate")].toDouble() - frameRate) < 0.01,
            qPrintable(QString::number(fields[QLatin1String("frame-rate")].toDouble())));
        QVERIFY(!fields[QLatin1String("video-codec")].toString().isEmpty());
        QVERIFY(fields[QLatin1String("bitrate")].toDouble() > 0);
        QCOMPARE(fields[QLatin1String("channels")].toInt(), channels);
        QVERIFY(!MediaExtractorTests::rendition(*extraction, QStringLiteral("waveform")));

        // Poster: the frame at its size (under 1600 px), not black; thumb and preview made from it.
        const NamedRendition *poster = MediaExtractorTests::rendition(*extraction, QStringLiteral("poster"));
        QVERIFY(poster);
        const auto decodedPoster = MediaExtractorTests::inspect(poster->image.bytes, m_dir);
        QVERIFY(decodedPoster.ok);
        QVERIFY(decodedPoster.loader.startsWith(QLatin1String("jpeg")));
        QCOMPARE(QSize(decodedPoster.width, decodedPoster.height), QSize(width, height));
        QCOMPARE(QSize(poster->image.width, poster->image.height), QSize(width, height));
        QVERIFY2(decodedPoster.mean > 16, qPrintable(QString::number(decodedPoster.mean)));
        const NamedRendition *thumb = MediaExtractorTests::rendition(*extraction, QStringLiteral("thumb"));
        const NamedRendition *preview = MediaExtractorTests::rendition(*extraction, QStringLiteral("preview"));
        QVERIFY(thumb && preview);
        const auto decodedThumb = MediaExtractorTests::inspect(thumb->image.bytes, m_dir);
        const auto decodedPreview = MediaExtractorTests::inspect(preview->image.bytes, m_dir);
        QVERIFY(decodedThumb.ok && decodedPreview.ok);
        QCOMPARE(std::max(decodedThumb.width, decodedThumb.height), std::min(320, std::max(width, height)));
        QCOMPARE(QSize(decodedPreview.width, decodedPreview.height), QSize(width, height));

        // Filmstrip: ten tiles 160 px high side by side, each as wide as the picture's aspect makes it.
        const NamedRendition *filmstrip = MediaExtractorTests::rendition(*extraction, QStringLiteral("filmstrip"));
        QVERIFY(filmstrip);
        const auto strip = MediaExtractorTests::inspect(filmstrip->image.bytes, m_dir);
        QVERIFY(strip.ok);
        QVERIFY(strip.loader.startsWith(QLatin1String("jpeg")));
        QCOMPARE(strip.height, 160);
        const double tileWidth = 160.0 * width / height;
        QVERIFY2(std::abs(strip.width - 10 * tileWidth) <= 10,
            qPrintable(QStringLiteral("strip %1 px wide, tiles of %2 px").arg(strip.width).arg(tileWidth)));
        QVERIFY(strip.mean > 16);
    }

    // The strip shows different moments: flower.mp4 changes over its five seconds.
    void filmstripFramesDiffer()
    {
        const auto extraction = extractTimed(QStringLiteral("video/flower.mp4"));
        FOLIO_VERIFY_OK(extraction);
        const NamedRendition *filmstrip = MediaExtractorTests::rendition(*extraction, QStringLiteral("filmstrip"));
        QVERIFY(filmstrip);
        const QString path
            = MediaExtractorTests::writeFile(m_dir.filePath(QStringLiteral("strip.jpg")), filmstrip->image.bytes);
        const int tile = filmstrip->image.width / 10;
        QList<double> means;
        for (const int index : { 0, 9 }) {
            const QString crop = m_dir.filePath(QStringLiteral("tile%1.v").arg(index));
            const auto cut = Folio::Test::run(QStringLiteral("vips"),
                { QStringLiteral("crop"), path, crop, QString::number(index * tile), QStringLiteral("0"),
                    QString::number(tile), QStringLiteral("160") });
            QCOMPARE(cut.exitCode, 0);
            means << Folio::Test::run(QStringLiteral("vips"), { QStringLiteral("avg"), crop }).out.trimmed().toDouble();
        }
        QVERIFY2(std::abs(means[0] - means[1]) > 1.0, qPrintable(QStringLiteral("%1 %2").arg(means[0]).arg(means[1])));
    }

    // A portrait video: the size, the poster and the filmstrip come out upright.
    void rotatedVideo()
    {
        QFile source(Folio::Test::corpus(QStringLiteral("video/flower.mp4")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray turned = MediaExtractorTests::turnedClockwise(source.readAll());
        QVERIFY(!turned.isEmpty());
        const QString path = MediaExtractorTests::writeFile(m_dir.filePath(QStringLiteral("portrait.mp4")), turned);
        const auto upright = MediaExtractor::extract(source.fileName());
        const auto portrait = MediaExtractor::extract(path);
        FOLIO_VERIFY_OK(upright);
        FOLIO_VERIFY_OK(portrait);
        QCOMPARE(portrait->fields[QLatin1String("width")].toInt(), 540);
        QCOMPARE(portrait->fields[QLatin1String("height")].toInt(), 960);
        const NamedRendition *poster = MediaExtractorTests::rendition(*portrait, QStringLiteral("poster"));
        const NamedRendition *landscape = MediaExtractorTests::rendition(*upright, QStringLiteral("poster"));
        const NamedRendition *strip = MediaExtractorTests::rendition(*portrait, QStringLiteral("filmstrip"));
        QVERIFY(poster && landscape && strip);
        QCOMPARE(QSize(poster->image.width, poster->image.height), QSize(540, 960));
        QCOMPARE(QSize(strip->image.width, strip->image.height), QSize(900, 160));
        // The portrait poster is the landscape one turned clockwise (up to JPEG noise), not anticlockwise.
        const QString portraitFile
            = MediaExtractorTests::writeFile(m_dir.filePath(QStringLiteral("p.jpg")), poster->image.bytes);
        const QString landscapeFile
            = MediaExtractorTests::writeFile(m_dir.filePath(QStringLiteral("l.jpg")), landscape->image.bytes);
        const auto difference = [&](const QString &angle) {
            const auto vips
                = [](const QStringList &arguments) { return Folio::Test::run(QStringLiteral("vips"), arguments); };
            const QString turnedFile = m_dir.filePath(QStringLiteral("turned-%1.v").arg(angle));
            const QString diff = m_dir.filePath(QStringLiteral("diff-%1.v").arg(angle));
            const QString absolute = m_dir.filePath(QStringLiteral("abs-%1.v").arg(angle));
            if (vips({ QStringLiteral("rot"), landscapeFile, turnedFile, angle }).exitCode != 0
                || vips({ QStringLiteral("subtract"), turnedFile, portraitFile, diff }).exitCode != 0
                || vips({ QStringLiteral("abs"), diff, absolute }).exitCode != 0) {
                return -1.0;
            }
            return vips({ QStringLiteral("avg"), absolute }).out.trimmed().toDouble();
        };
        const double clockwise = difference(QStringLiteral("d90"));
        const double anticlockwise = difference(QStringLiteral("d270"));
        qInfo("poster against the landscape one turned clockwise: %.1f, anticlockwise: %.1f", clockwise, anticlockwise);
        QVERIFY(clockwise >= 0 && clockwise < 6);
        QVERIFY(anticlockwise > 3 * clockwise);
    }

    // Posters and tiles of odd sizes (a 4:3 tile is 213 px wide) encode, as JPEG and PNG.
    void oddSizesEncode()
    {
        for (const QSize size : { QSize(1, 1), QSize(213, 160), QSize(3, 7) }) {
            Internal::RgbRaster raster(size.width(), size.height(), 200);
            raster.drawColumn(0, 0, size.height() - 1, 255, 0, 0);
            for (const QByteArray &encoded : { raster.toJpeg(), raster.toPng() }) {
                const auto decoded = MediaExtractorTests::inspect(encoded, m_dir);
                QVERIFY(decoded.ok);
                QCOMPARE(QSize(decoded.width, decoded.height), size);
            }
        }
    }

    void videoTags()
    {
        const auto extraction = extractTimed(QStringLiteral("video/flower.mp4"));
        FOLIO_VERIFY_OK(extraction);
        // ExifTool: QuickTime CreateDate 2018:03:07 15:21:21 (UTC by the QuickTime convention).
        QCOMPARE(extraction->fields[QLatin1String("created")].toString(), QStringLiteral("2018-03-07T15:21:21Z"));
        QCOMPARE(extraction->fields[QLatin1String("sample-rate")].toInt(), 48000);
        QVERIFY(!MediaExtractorTests::rawTag(*extraction, QStringLiteral("media.creation_time")).isEmpty());
    }

    // Malformed files: a warning or an error naming the file, quickly.
    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mayFail");
        QTest::newRow("truncated mp3") << QStringLiteral("bad/testMP3truncated.mp3") << true;
        QTest::newRow("flac bad vorbis comment")
            << QStringLiteral("bad/10 - invalid vorbis comment metadata block.flac") << false;
        QTest::newRow("empty") << QStringLiteral("bad/null") << true;
        QTest::newRow("text named odt") << QStringLiteral("bad/testODTnotaZipFile.odt") << true;
        QTest::newRow("truncated jpeg") << QStringLiteral("bad/truncated_jpeg.jpg") << true;
        QTest::newRow("zip bomb") << QStringLiteral("bad/zbsm.zip") << true;
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(bool, mayFail);
        QElapsedTimer timer;
        timer.start();
        const auto extraction = extractTimed(file);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        const QString path = Folio::Test::corpus(file);
        if (!mayFail) {
            FOLIO_VERIFY_OK(extraction);
        }
        if (extraction) {
            qInfo() << file << extraction->fields << extraction->warnings;
            QVERIFY2(!extraction->warnings.isEmpty(), "no warning");
            QVERIFY(MediaExtractorTests::mentions(extraction->warnings, path));
        } else {
            qInfo() << file << extraction.error().toString();
            QVERIFY(extraction.error().message().contains(path));
        }
    }

    // The truncated MP3 ends inside its ID3 tag (which claims 259,186 bytes of the 65,536): no audio at all.
    void truncatedMp3()
    {
        const auto extraction = extractTimed(QStringLiteral("bad/testMP3truncated.mp3"));
        QVERIFY(!extraction);
        QCOMPARE(extraction.error().code(), Error::Code::Corrupt);
    }

    // Good files cut short here (copies in a temporary folder): what is there, with a warning, or an error.
    void cutShort_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("kept"); // the share of the file kept
        QTest::newRow("mp3 half") << QStringLiteral("audio/t-rex-roar.mp3") << 0.5;
        QTest::newRow("flac in the audio") << QStringLiteral("audio/56 - JPG PICTURE.flac") << 0.8;
        QTest::newRow("flac in the picture") << QStringLiteral("audio/56 - JPG PICTURE.flac") << 0.3;
        QTest::newRow("ogg half") << QStringLiteral("audio/bell.oga") << 0.6;
        QTest::newRow("mp4 half") << QStringLiteral("video/flower.mp4") << 0.5;
        QTest::newRow("webm half") << QStringLiteral("video/flower.webm") << 0.5;
        QTest::newRow("ogv half") << QStringLiteral("video/sample.ogv") << 0.5;
        QTest::newRow("mov header only") << QStringLiteral("video/png.mov") << 0.05;
    }

    void cutShort()
    {
        QFETCH(QString, file);
        QFETCH(double, kept);
        QFile source(Folio::Test::corpus(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString path = MediaExtractorTests::writeFile(
            m_dir.filePath(QStringLiteral("cut-%1-").arg(kept) + QFileInfo(file).fileName()),
            source.read(qint64(double(source.size()) * kept)));
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const auto extraction = MediaExtractor::extract(path);
        qInfo("MediaExtractor::extract(%s cut to %.0f%%): %lld ms", qPrintable(file), kept * 100, timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
        if (extraction) {
            qInfo() << extraction->fields << extraction->warnings;
            QVERIFY2(!extraction->warnings.isEmpty(), "no warning");
            QVERIFY(MediaExtractorTests::mentions(extraction->warnings, path));
        } else {
            qInfo() << extraction.error().toString();
            QVERIFY(extraction.error().message().contains(path));
        }
    }

    void errors()
    {
        const auto missing = MediaExtractor::extract(m_dir.filePath(QStringLiteral("missing.mp3")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const auto text = MediaExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/testODTnotaZipFile.odt")));
        QVERIFY(!text);
        QCOMPARE(text.error().code(), Error::Code::Unsupported);
        // A JPEG is an image: FFmpeg's image demuxers are not among those Folio lets run.
        const auto image = MediaExtractor::extract(Folio::Test::corpus(QStringLiteral("bad/truncated_jpeg.jpg")));
        QVERIFY(!image);
        QCOMPARE(image.error().code(), Error::Code::Unsupported);
        const auto folder = MediaExtractor::extract(m_dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code(), Error::Code::Unsupported);
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.mp3"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const auto pipe = MediaExtractor::extract(fifo); // would block if it were opened
        QVERIFY(!pipe);
        QCOMPARE(pipe.error().code(), Error::Code::Unsupported);
        // A colon must not make the name a protocol ("concat:", "http:").
        const QString colon = m_dir.filePath(QStringLiteral("concat:bell.oga"));
        QVERIFY(QFile::copy(Folio::Test::corpus(QStringLiteral("audio/bell.oga")), colon));
        const auto copied = MediaExtractor::extract(colon);
        FOLIO_VERIFY_OK(copied);
        QCOMPARE(copied->fields[QLatin1String("sample-rate")].toInt(), 44100);
    }

    void unreadable()
    {
        const QString locked = m_dir.filePath(QStringLiteral("locked.flac"));
        QVERIFY(QFile::copy(Folio::Test::corpus(QStringLiteral("audio/60 - mono audio.flac")), locked));
        QVERIFY(QFile::setPermissions(locked, {}));
        if (QFileInfo(locked).isReadable()) {
            QSKIP("running as root, who reads every file: run as an unprivileged user");
        }
        const auto extraction = MediaExtractor::extract(locked);
        QVERIFY(!extraction);
        QCOMPARE(extraction.error().code(), Error::Code::PermissionDenied);
        QVERIFY(extraction.error().message().contains(locked));
    }

    void limits()
    {
        MediaLimits shortWaveform;
        shortWaveform.waveformMediaSeconds = 1;
        const auto partial = extractTimed(QStringLiteral("audio/60 - mono audio.flac"), shortWaveform);
        FOLIO_VERIFY_OK(partial);
        QVERIFY(MediaExtractorTests::rendition(*partial, QStringLiteral("waveform")));
        QVERIFY2(MediaExtractorTests::mentions(partial->warnings, QStringLiteral("waveform shows only")),
            qPrintable(partial->warnings.join(QLatin1Char('\n'))));

        MediaLimits noDecodingTime;
        noDecodingTime.waveformWallSeconds = 0;
        const auto rushed = extractTimed(QStringLiteral("audio/60 - mono audio.flac"), noDecodingTime);
        FOLIO_VERIFY_OK(rushed);
        QVERIFY(!MediaExtractorTests::rendition(*rushed, QStringLiteral("waveform")));
        QVERIFY2(MediaExtractorTests::mentions(rushed->warnings, QStringLiteral("waveform shows only the first 0.0 s")),
            qPrintable(rushed->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(rushed->fields[QLatin1String("duration")].toDouble(), 5.153);

        MediaLimits smallFrames;
        smallFrames.maxFrameEdge = 500;
        const auto large = extractTimed(QStringLiteral("video/flower.mp4"), smallFrames);
        FOLIO_VERIFY_OK(large);
        QCOMPARE(large->fields[QLatin1String("width")].toInt(), 960);
        QVERIFY(!MediaExtractorTests::rendition(*large, QStringLiteral("poster")));
        QVERIFY(!MediaExtractorTests::rendition(*large, QStringLiteral("filmstrip")));
        QVERIFY(MediaExtractorTests::mentions(large->warnings, QStringLiteral("500")));

        MediaLimits noTime;
        noTime.deadlineSeconds = 0;
        const auto late = extractTimed(QStringLiteral("video/flower.webm"), noTime);
        QVERIFY(!late);
        QCOMPARE(late.error().code(), Error::Code::LimitExceeded);
    }

    // Calls on several threads at once give what they give alone, and FFmpeg's messages about one file
    // never land in another file's warnings.
    void concurrentCalls()
    {
        const QStringList files { QStringLiteral("bad/testMP3truncated.mp3"), QStringLiteral("audio/bell.oga"),
            QStringLiteral("video/flower.webm"), QStringLiteral("audio/56 - JPG PICTURE.flac"),
            QStringLiteral("bad/10 - invalid vorbis comment metadata block.flac"), QStringLiteral("video/png.mov") };
        QList<Result<ContentExtraction>> alone;
        for (const QString &file : files) {
            alone << MediaExtractor::extract(Folio::Test::corpus(file));
        }
        constexpr int Rounds = 2;
        QList<Result<ContentExtraction>> together(files.size() * Rounds);
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < together.size(); ++i) {
            threads.emplace_back([&together, &files, i] {
                together[i] = MediaExtractor::extract(Folio::Test::corpus(files[i % files.size()]));
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        qInfo("%lld extractions on %zu threads: %lld ms", together.size(), threads.size(), timer.elapsed());
        for (qsizetype i = 0; i < together.size(); ++i) {
            const QString file = files[i % files.size()];
            const auto &first = alone[i % files.size()];
            QCOMPARE(bool(together[i]), bool(first));
            if (!first) {
                QCOMPARE(together[i].error().message(), first.error().message());
                continue;
            }
            QCOMPARE(together[i]->fields, first->fields);
            QCOMPARE(together[i]->warnings, first->warnings);
            for (const QString &warning : std::as_const(together[i]->warnings)) {
                QVERIFY2(warning.startsWith(Folio::Test::corpus(file)), qPrintable(warning));
            }
            if (file.startsWith(QLatin1String("audio/")) || file.startsWith(QLatin1String("video/"))) {
                QVERIFY2(together[i]->warnings.isEmpty(), qPrintable(together[i]->warnings.join(QLatin1Char('\n'))));
            }
        }
    }
};

FOLIO_TEST(TestMediaExtractor, "mediaextractor")
#include "tst_mediaextractor.moc"
