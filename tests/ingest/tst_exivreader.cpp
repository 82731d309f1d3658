// SPDX-License-Identifier: GPL-3.0-or-later
// ExivReader on the shared corpus: the unified fields of real camera, phone, RAW and edited files, raw
// tags with binary blobs summarised, IPTC charsets, XMP sidecars winning over the image, damaged and
// hostile files failing alone with their name in bounded time, concurrent reads, and read speed.

#include "ingest/extractors/exivreader.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <mutex>
#include <thread>

using namespace Folio;

namespace ExivReaderTests {

const RawTag *findTag(const ImageMetadata &metadata, const QString &key)
{
    for (const RawTag &tag : metadata.tags) {
        if (tag.key == key) {
            return &tag;
        }
    }
    return nullptr;
}

QStringList corpusFiles(const QString &folder)
{
    QStringList paths;
    const QDir dir(Test::corpus(folder));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        paths.append(dir.absoluteFilePath(name));
    }
    return paths;
}

QByteArray be16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray segment(char marker, const QByteArray &payload)
{
    return QByteArray("\xFF", 1) + marker + be16(quint16(payload.size() + 2)) + payload;
}

// The smallest JPEG Exiv2 reads metadata from: SOI, the given segments, a baseline frame header, EOI.
QByteArray jpegWith(const QByteArray &segments)
{
    const QByteArray frame = QByteArray(1, 8) + be16(6) + be16(8) + QByteArray("\x01\x01\x11\x00", 4);
    return QByteArray("\xFF\xD8", 2) + segments + segment('\xC0', frame) + QByteArray("\xFF\xD9", 2);
}

QByteArray iptcDataset(int record, int dataset, const QByteArray &value)
{
    return QByteArray(1, 0x1C) + char(record) + char(dataset) + be16(quint16(value.size())) + value;
}

// IPTC-IIM travels in a Photoshop image resource (8BIM 0x0404) inside APP13.
QByteArray iptcSegment(const QByteArray &datasets)
{
    QByteArray resource
        = QByteArray("8BIM") + be16(0x0404) + QByteArray(2, '\0') + be32(quint32(datasets.size())) + datasets;
    if (datasets.size() % 2) {
        resource += '\0';
    }
    return segment('\xED', QByteArray("Photoshop 3.0", 14) + resource);
}

QByteArray xmpSegment(const QByteArray &packet)
{
    return segment('\xE1', QByteArray("http://ns.adobe.com/xap/1.0/", 29) + packet);
}

QByteArray xmpPacket(const QByteArray &description)
{
    return "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmp='http://ns.adobe.com/xap/1.0/'>"
        + description + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

// What a read gave, in a form two reads can be compared by.
QByteArray fingerprint(const Result<ImageMetadata> &result)
{
    if (!result) {
        return result.error().toString().toUtf8();
    }
    QByteArray print = QJsonDocument(result->fields).toJson(QJsonDocument::Compact);
    for (const RawTag &tag : result->tags) {
        print += tag.key.toUtf8() + '=' + tag.value.toUtf8() + '\n';
    }
    return print + result->warnings.join(QLatin1Char('|')).toUtf8();
}

} // namespace ExivReaderTests

using namespace ExivReaderTests;

class TestExivReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void camera_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("camera");
        QTest::newRow("jpeg, model repeats make") << "images/Canon_40D.jpg"
                                                  << "Canon EOS 40D";
        QTest::newRow("jpeg, Nikon compact") << "images/DSCN0010.jpg"
                                             << "NIKON COOLPIX P6000";
        QTest::newRow("heic") << "images/IMG_5195.HEIC"
                              << "Apple iPhone 11 Pro Max";
        QTest::newRow("dng") << "images/DNG.dng"
                             << "Canon EOS 350D DIGITAL";
        QTest::newRow("raf") << "images/FujiFilm.raf"
                             << "FUJIFILM FinePix S5Pro";
        // The EXIF chunk keeps a JPEG-style "Exif\0\0" prefix: Exiv2 0.27 reads it all the same.
        QTest::newRow("webp, prefixed exif") << "images/flower.webp"
                                             << "Canon PowerShot S40";
    }

    void camera()
    {
        QFETCH(QString, file);
        QFETCH(QString, camera);
        const auto metadata = ExivReader::read(Test::corpus(file));
        FOLIO_VERIFY_OK(metadata);
        QCOMPARE(metadata->fields.value(QLatin1String("camera")).toString(), camera);
        QVERIFY2(metadata->warnings.isEmpty() || file.endsWith(QLatin1String(".dng")),
            qPrintable(metadata->warnings.join(QLatin1Char('\n'))));
    }

    void canonExposure()
    {
        const auto metadata = ExivReader::read(Test::corpus(QStringLiteral("images/Canon_40D.jpg")));
        FOLIO_VERIFY_OK(metadata);
        int exifTags = 0;
        for (const RawTag &tag : metadata->tags) {
            exifTags += tag.key.startsWith(QLatin1String("Exif.")) ? 1 : 0;
        }
        QVERIFY2(exifTags >= 45, qPrintable(QString::number(exifTags)));
        // MANIFEST says "maker notes", but this copy was re-saved by GIMP without one (exiftool agrees).
        QVERIFY(!findTag(*metadata, QStringLiteral("Exif.Photo.MakerNote")));
        const QJsonObject &fields = metadata->fields;
        QCOMPARE(fields.value(QLatin1String("exposure")).toString(), QStringLiteral("1/160 s"));
        QCOMPARE(fields.value(QLatin1String("aperture")).toString(), QStringLiteral("f/7.1"));
        QCOMPARE(fields.value(QLatin1String("iso")).toInt(), 100);
        QCOMPARE(fields.value(QLatin1String("focal-length")).toString(), QStringLiteral("135 mm"));
        QCOMPARE(fields.value(QLatin1String("captured")).toString(), QStringLiteral("2008-05-30T15:56:01"));
        QCOMPARE(fields.value(QLatin1String("width")).toInt(), 100);
        QCOMPARE(fields.value(QLatin1String("height")).toInt(), 68);
        QCOMPARE(fields.value(QLatin1String("orientation")).toInt(), 1);
        QCOMPARE(fields.value(QLatin1String("color-profile")).toString(), QStringLiteral("sRGB IEC61966-2.1"));
    }

    void makerNoteIsSummarised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("makerGroup");
        QTest::newRow("nikon") << "images/DSCN0010.jpg"
                               << "Exif.Nikon3.";
        QTest::newRow("canon in webp") << "images/flower.webp"
                                       << "Exif.Canon";
        QTest::newRow("fujifilm raf") << "images/FujiFilm.raf"
                                      << "Exif.Fujifilm.";
    }

    void makerNoteIsSummarised()
    {
        QFETCH(QString, file);
        QFETCH(QString, makerGroup);
        const auto metadata = ExivReader::read(Test::corpus(file));
        FOLIO_VERIFY_OK(metadata);
        int decoded = 0;
        for (const RawTag &tag : metadata->tags) {
            decoded += tag.key.startsWith(makerGroup) ? 1 : 0;
            QVERIFY2(tag.value.size() <= 4096, qPrintable(tag.key));
        }
        QVERIFY2(decoded > 10, qPrintable(QString::number(decoded))); // the maker note is decoded into tags …
        const RawTag *makerNote = findTag(*metadata, QStringLiteral("Exif.Photo.MakerNote"));
        QVERIFY(makerNote);
        QCOMPARE(makerNote->type, QStringLiteral("Undefined"));
        QVERIFY2(QRegularExpression(QStringLiteral("^<\\d{3,} bytes>$")).match(makerNote->value).hasMatch(),
            qPrintable(makerNote->value)); // … and its blob only summarised
    }

    void gps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<bool>("hasAltitude");
        // 43°28'2.81"N 11°53'6.46"E
        QTest::newRow("nikon, north east") << "images/DSCN0010.jpg" << 43.467447 << 11.885128 << false;
        // 39°3'N 94°17'W: west is negative; 260.6 m above sea level
        QTest::newRow("iphone heic, west") << "images/IMG_5195.HEIC" << 39.0514 << -94.2889 << true;
    }

    void gps()
    {
        QFETCH(QString, file);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(bool, hasAltitude);
        const auto metadata = ExivReader::read(Test::corpus(file));
        FOLIO_VERIFY_OK(metadata);
        const QJsonObject gps = metadata->fields.value(QLatin1String("gps")).toObject();
        QVERIFY2(!gps.isEmpty(), QJsonDocument(metadata->fields).toJson().constData());
        QVERIFY2(qAbs(gps.value(QLatin1String("latitude")).toDouble() - latitude) < 0.001,
            qPrintable(QString::number(gps.value(QLatin1String("latitude")).toDouble(), 'f', 6)));
        QVERIFY2(qAbs(gps.value(QLatin1String("longitude")).toDouble() - longitude) < 0.001,
            qPrintable(QString::number(gps.value(QLatin1String("longitude")).toDouble(), 'f', 6)));
        QCOMPARE(gps.contains(QLatin1String("altitude")), hasAltitude);
    }

    void heicCaptureTimeHasItsOffset()
    {
        const auto metadata = ExivReader::read(Test::corpus(QStringLiteral("images/IMG_5195.HEIC")));
        FOLIO_VERIFY_OK(metadata);
        QCOMPARE(
            metadata->fields.value(QLatin1String("captured")).toString(), QStringLiteral("2021-04-11T15:47:53-05:00"));
        QVERIFY(
            metadata->fields.value(QLatin1String("lens")).toString().startsWith(QLatin1String("iPhone 11 Pro Max")));
        QVERIFY2(
            qAbs(metadata->fields.value(QLatin1String("gps")).toObject().value(QLatin1String("altitude")).toDouble()
                - 260.6)
                < 0.1,
            "altitude");
    }

    void iptcKeywords()
    {
        const auto metadata = ExivReader::read(Test::corpus(QStringLiteral("images/iptc.jpg")));
        FOLIO_VERIFY_OK(metadata);
        const QJsonArray keywords = metadata->fields.value(QLatin1String("keywords")).toArray();
        QVERIFY(keywords.contains(QStringLiteral("Budapest")));
        QVERIFY(keywords.contains(QStringLiteral("HvK")));
        QCOMPARE(keywords.size(), 7);
        QCOMPARE(metadata->fields.value(QLatin1String("camera")).toString(), QStringLiteral("Nokia N70-1"));
    }

    // MANIFEST: the XMP packet of XMP.jpg is UTF-16 big-endian; Exiv2's toolkit reads it.
    void xmpInUtf16()
    {
        const auto metadata = ExivReader::read(Test::corpus(QStringLiteral("images/XMP.jpg")));
        FOLIO_VERIFY_OK(metadata);
        const QJsonObject &fields = metadata->fields;
        QCOMPARE(fields.value(QLatin1String("creator")).toString(), QStringLiteral("Phil Harvey"));
        QCOMPARE(fields.value(QLatin1String("title")).toString(), QStringLiteral("Test IPTC picture"));
        // XMP wins over EXIF for the descriptive fields: EXIF says "A witty caption".
        QCOMPARE(
            fields.value(QLatin1String("description")).toString(), QStringLiteral("UTF-16 (big-endian) encoded XMP"));
        QCOMPARE(fields.value(QLatin1String("rights")).toString(), QStringLiteral("Copyright 2004 Phil Harvey"));
        QVERIFY(fields.value(QLatin1String("keywords")).toArray().contains(QStringLiteral("ExifTool")));
        // EXIF DateTimeOriginal wins over photoshop:DateCreated (2004-02-26).
        QCOMPARE(fields.value(QLatin1String("captured")).toString(), QStringLiteral("2001-05-19T18:36:41"));
        QCOMPARE(fields.value(QLatin1String("width")).toInt(), 8); // the pixels, not EXIF's stale 100x80
        QCOMPARE(fields.value(QLatin1String("exposure")).toString(), QStringLiteral("1/64 s")); // from APEX
        QVERIFY(metadata->warnings.isEmpty());
    }

    void orientation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("orientation");
        QTest::newRow("rotated jpeg") << "images/portrait_6.jpg" << 6;
        // MANIFEST: eXIf after IDAT. Exiv2 reads it; it holds only Orientation (as exiftool shows).
        QTest::newRow("png, late eXIf") << "images/exif.png" << 1;
    }

    void orientation()
    {
        QFETCH(QString, file);
        QFETCH(int, orientation);
        const auto metadata = ExivReader::read(Test::corpus(file));
        FOLIO_VERIFY_OK(metadata);
        QCOMPARE(metadata->fields.value(QLatin1String("orientation")).toInt(), orientation);
        QVERIFY(findTag(*metadata, QStringLiteral("Exif.Image.Orientation")));
    }

    void rawPreviewIsJpeg()
    {
        const auto preview = ExivReader::largestPreview(Test::corpus(QStringLiteral("images/FujiFilm.raf")));
        FOLIO_VERIFY_OK(preview);
        QVERIFY(preview->startsWith("\xFF\xD8"));
        // Of the RAF's 8x8 JPEG (the test file's stripped main preview) and its 160x120 EXIF thumbnail,
        // the larger picture wins.
        QCOMPARE(preview->size(), 9362);
    }

    void noPreviewIsNotFound()
    {
        const auto preview = ExivReader::largestPreview(Test::corpus(QStringLiteral("images/portrait_6.jpg")));
        QVERIFY(!preview);
        QCOMPARE(preview.error().code(), Error::Code::NotFound);
        QVERIFY(preview.error().message().contains(QLatin1String("portrait_6.jpg")));
    }

    void everyCorpusImageReads()
    {
        int read = 0;
        for (const QString &path : corpusFiles(QStringLiteral("images"))) {
            const auto metadata = ExivReader::read(path);
            const QString name = QFileInfo(path).fileName();
            if (!metadata) {
                // Exiv2 0.27 has no SVG reader.
                QVERIFY2(name.endsWith(QLatin1String(".svg")), qPrintable(metadata.error().toString()));
                QCOMPARE(metadata.error().code(), Error::Code::Unsupported);
                QVERIFY(metadata.error().message().contains(name));
                continue;
            }
            ++read;
            QVERIFY2(metadata->fields.value(QLatin1String("width")).toInt() > 0, qPrintable(name));
            for (const RawTag &tag : metadata->tags) {
                QVERIFY2(
                    tag.value.size() <= 4096 && !tag.type.isEmpty(), qPrintable(name + QLatin1Char(' ') + tag.key));
            }
        }
        QCOMPARE(read, 18);
    }

    void badImages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::newRow("truncated jpeg") << "bad/truncated_jpeg.jpg" << true; // the metadata precedes the cut
        QTest::newRow("pixel flood") << "bad/lottapixel.jpg" << true; // no pixels are decoded
        QTest::newRow("lp.jpg") << "bad/lp.jpg" << true;
        QTest::newRow("huge iTXt chunk") << "bad/huge_iTXt_chunk.png" << false; // Exiv2: failed to read image data
        QTest::newRow("imagemagick profile") << "bad/imagemagick_CVE-2022-44268.png" << true;
        QTest::newRow("gif extents") << "bad/decompression_bomb_extents.gif" << true;
        QTest::newRow("svg with script") << "bad/SVG_XSS1.svg" << false; // unsupported
    }

    void badImages()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QElapsedTimer timer;
        timer.start();
        const auto metadata = ExivReader::read(Test::corpus(file));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(bool(metadata), readable);
        if (!metadata) {
            QVERIFY2(metadata.error().message().contains(QFileInfo(file).fileName()),
                qPrintable(metadata.error().message()));
            return;
        }
        for (const RawTag &tag : metadata->tags) {
            QVERIFY2(!tag.value.contains(QLatin1String("root:")), "a local file leaked into the metadata");
        }
    }

    void lottapixelReportsDeclaredSize()
    {
        const auto metadata = ExivReader::read(Test::corpus(QStringLiteral("bad/lottapixel.jpg")));
        FOLIO_VERIFY_OK(metadata);
        QCOMPARE(metadata->fields.value(QLatin1String("width")).toInt(), 64250);
    }

    // Every file of bad/, images or not, gives a result or an error naming it, each within 2 s.
    void everyBadFileFailsAlone()
    {
        for (const QString &path : corpusFiles(QStringLiteral("bad"))) {
            QElapsedTimer timer;
            timer.start();
            const auto metadata = ExivReader::read(path);
            QVERIFY2(timer.elapsed() < 2000, qPrintable(path));
            QVERIFY2(metadata || metadata.error().message().contains(QFileInfo(path).fileName()), qPrintable(path));
            const auto preview = ExivReader::largestPreview(path);
            QVERIFY2(preview || preview.error().message().contains(QFileInfo(path).fileName()), qPrintable(path));
        }
    }

    void notAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << Test::corpus(QStringLiteral("images/no-such.jpg")) << int(Error::Code::NotFound);
        QTest::newRow("folder") << Test::corpus(QStringLiteral("images")) << int(Error::Code::InvalidArgument);
        QTest::newRow("empty") << Test::corpus(QStringLiteral("bad/null")) << int(Error::Code::Corrupt);
    }

    void notAFile()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        const auto metadata = ExivReader::read(path);
        QVERIFY(!metadata);
        QCOMPARE(int(metadata.error().code()), code);
        QVERIFY(metadata.error().message().contains(QFileInfo(path).fileName()));
    }

    void iptcCharset_data()
    {
        QTest::addColumn<QByteArray>("datasets");
        const QByteArray utf8Declared = iptcDataset(1, 90, "\x1B%G");
        QTest::newRow("utf-8 declared") << utf8Declared + iptcDataset(2, 25, "Caf\xC3\xA9")
                + iptcDataset(2, 5, "Caf\xC3\xA9");
        QTest::newRow("latin-1, undeclared") << iptcDataset(2, 25, "Caf\xE9") + iptcDataset(2, 5, "Caf\xE9");
        // Undeclared bytes that are valid UTF-8 are read as UTF-8, not as "CafÃ©".
        QTest::newRow("utf-8, undeclared") << iptcDataset(2, 25, "Caf\xC3\xA9") + iptcDataset(2, 5, "Caf\xC3\xA9");
    }

    void iptcCharset()
    {
        QFETCH(QByteArray, datasets);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("iptc.jpg"), jpegWith(iptcSegment(datasets)));
        const auto metadata = ExivReader::read(path);
        FOLIO_VERIFY_OK(metadata);
        const QString cafe = QStringLiteral("Caf\u00E9");
        QCOMPARE(metadata->fields.value(QLatin1String("keywords")).toArray(), QJsonArray { cafe });
        QCOMPARE(metadata->fields.value(QLatin1String("title")).toString(), cafe);
        const RawTag *keyword = findTag(*metadata, QStringLiteral("Iptc.Application2.Keywords"));
        QVERIFY(keyword);
        QCOMPARE(keyword->value, cafe);
    }

    void damagedXmpIsAWarning()
    {
        QTemporaryDir dir;
        const QByteArray broken = xmpPacket("<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>unclosed</rdf:Alt>");
        const QString path = writeFile(dir, QStringLiteral("broken.jpg"), jpegWith(xmpSegment(broken)));
        const auto metadata = ExivReader::read(path);
        FOLIO_VERIFY_OK(metadata);
        QVERIFY2(!metadata->warnings.filter(QStringLiteral("XMP packet could not be parsed")).isEmpty(),
            qPrintable(metadata->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(metadata->fields.value(QLatin1String("width")).toInt(), 8);
    }

    void longValuesAreBounded()
    {
        QTemporaryDir dir;
        const QByteArray longText(10000, 'x');
        const QByteArray packet = xmpPacket("<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" + longText
            + "</rdf:li></rdf:Alt></dc:description>");
        const QString path = writeFile(dir, QStringLiteral("long.jpg"), jpegWith(xmpSegment(packet)));
        const auto metadata = ExivReader::read(path);
        FOLIO_VERIFY_OK(metadata);
        const RawTag *description = findTag(*metadata, QStringLiteral("Xmp.dc.description"));
        QVERIFY(description);
        QVERIFY(description->value.toUtf8().size() <= 4096);
        QVERIFY(description->value.endsWith(QChar(0x2026)));
    }

    void sidecarWins()
    {
        QTemporaryDir dir;
        const QByteArray packet = xmpPacket("<dc:title><rdf:Alt><rdf:li xml:lang='de'>Bearbeitet</rdf:li>"
                                            "<rdf:li xml:lang='x-default'>Edited title</rdf:li></rdf:Alt></dc:title>"
                                            "<xmp:Rating>4</xmp:Rating>");
        const QString sidecarPath = writeFile(dir, QStringLiteral("XMP.xmp"), packet);
        const auto sidecar = ExivReader::readSidecar(sidecarPath);
        FOLIO_VERIFY_OK(sidecar);
        QCOMPARE(sidecar->fields.value(QLatin1String("title")).toString(), QStringLiteral("Edited title"));
        QCOMPARE(sidecar->fields.value(QLatin1String("rating")).toInt(), 4);
        for (const RawTag &tag : sidecar->tags) {
            QVERIFY2(tag.key.startsWith(QLatin1String("Xmp.")), qPrintable(tag.key));
        }

        auto image = ExivReader::read(Test::corpus(QStringLiteral("images/XMP.jpg")));
        FOLIO_VERIFY_OK(image);
        QCOMPARE(image->fields.value(QLatin1String("title")).toString(), QStringLiteral("Test IPTC picture"));
        QVERIFY(!image->fields.contains(QLatin1String("rating")));
        const qsizetype imageTags = image->tags.size();
        ExivReader::mergeSidecar(*image, *sidecar);
        QCOMPARE(image->fields.value(QLatin1String("title")).toString(), QStringLiteral("Edited title"));
        QCOMPARE(image->fields.value(QLatin1String("rating")).toInt(), 4);
        QCOMPARE(image->fields.value(QLatin1String("creator")).toString(), QStringLiteral("Phil Harvey")); // kept
        QCOMPARE(image->tags.size(), imageTags + sidecar->tags.size());
        QCOMPARE(image->tags.last().key, sidecar->tags.last().key);
    }

    // What Lightroom and digiKam write into sidecars: several creators, XMP-style coordinates, a rejected
    // rating, a colour label, keywords that differ only in case.
    void sidecarFields()
    {
        QTemporaryDir dir;
        const QByteArray packet = xmpPacket(
            "<dc:creator><rdf:Seq><rdf:li>Ann</rdf:li><rdf:li>Bob</rdf:li></rdf:Seq></dc:creator>"
            "<dc:subject><rdf:Bag><rdf:li>sea</rdf:li><rdf:li>Sea</rdf:li></rdf:Bag></dc:subject>"
            "<lr:hierarchicalSubject xmlns:lr='http://ns.adobe.com/lightroom/1.0/'><rdf:Bag><rdf:li>Places|Sea</rdf:li>"
            "</rdf:Bag></lr:hierarchicalSubject>"
            "<exif:GPSLatitude xmlns:exif='http://ns.adobe.com/exif/1.0/'>43,28.0468S</exif:GPSLatitude>"
            "<exif:GPSLongitude xmlns:exif='http://ns.adobe.com/exif/1.0/'>11,53,6.46W</exif:GPSLongitude>"
            "<exif:GPSAltitude xmlns:exif='http://ns.adobe.com/exif/1.0/'>1234/10</exif:GPSAltitude>"
            "<exif:GPSAltitudeRef xmlns:exif='http://ns.adobe.com/exif/1.0/'>1</exif:GPSAltitudeRef>"
            "<xmp:Rating>-1</xmp:Rating><xmp:Label>Red</xmp:Label>"
            "<photoshop:DateCreated xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'>2020-01-02T03:04:05+01:00"
            "</photoshop:DateCreated>");
        const auto sidecar = ExivReader::readSidecar(writeFile(dir, QStringLiteral("IMG_1.xmp"), packet));
        FOLIO_VERIFY_OK(sidecar);
        const QJsonObject &fields = sidecar->fields;
        QCOMPARE(fields.value(QLatin1String("creator")).toString(), QStringLiteral("Ann; Bob"));
        QCOMPARE(fields.value(QLatin1String("keywords")).toArray(),
            (QJsonArray { QStringLiteral("sea"), QStringLiteral("Places|Sea") }));
        const QJsonObject gps = fields.value(QLatin1String("gps")).toObject();
        QVERIFY(qAbs(gps.value(QLatin1String("latitude")).toDouble() + 43.467447) < 0.0001);
        QVERIFY(qAbs(gps.value(QLatin1String("longitude")).toDouble() + 11.885128) < 0.0001);
        QVERIFY(qAbs(gps.value(QLatin1String("altitude")).toDouble() + 123.4) < 0.0001);
        QCOMPARE(fields.value(QLatin1String("rating")).toInt(), -1);
        QCOMPARE(fields.value(QLatin1String("label")).toString(), QStringLiteral("Red"));
        QCOMPARE(fields.value(QLatin1String("captured")).toString(), QStringLiteral("2020-01-02T03:04:05+01:00"));
    }

    void sidecarThatIsNotXmpFails()
    {
        const QString path = Test::corpus(QStringLiteral("text/lorem-ipsum.txt"));
        const auto sidecar = ExivReader::readSidecar(path);
        QVERIFY(!sidecar);
        QCOMPARE(sidecar.error().code(), Error::Code::Corrupt);
        QVERIFY(sidecar.error().message().contains(QLatin1String("lorem-ipsum.txt")));
    }

    // Exiv2's XMP toolkit and its log are shared by all threads; reads on four threads must give what
    // one thread gives.
    void concurrentReadsAgree()
    {
        const QStringList paths = corpusFiles(QStringLiteral("images"));
        QHash<QString, QByteArray> expected;
        for (const QString &path : paths) {
            expected.insert(path, fingerprint(ExivReader::read(path)));
        }
        std::mutex mutex;
        QStringList mismatches;
        constexpr int threadCount = 4;
        std::vector<std::thread> threads;
        threads.reserve(threadCount);
        for (qsizetype t = 0; t < threadCount; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 3; ++round) {
                    for (qsizetype i = 0; i < paths.size(); ++i) {
                        const QString &path = paths.at((i + t * 5) % paths.size());
                        if (fingerprint(ExivReader::read(path)) != expected.value(path)) {
                            const std::lock_guard lock(mutex);
                            mismatches.append(path);
                        }
                    }
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void speed()
    {
        const QStringList paths = corpusFiles(QStringLiteral("images"));
        constexpr int rounds = 20;
        QHash<QString, qint64> nanoseconds;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < rounds; ++round) {
            for (const QString &path : paths) {
                QElapsedTimer timer;
                timer.start();
                const auto metadata = ExivReader::read(path);
                nanoseconds[path] += timer.nsecsElapsed();
                QVERIFY(metadata || metadata.error().code() == Error::Code::Unsupported);
            }
        }
        const double perFileMs = double(total.nsecsElapsed()) / 1e6 / rounds / double(paths.size());
        QString slowest;
        for (auto it = nanoseconds.cbegin(); it != nanoseconds.cend(); ++it) {
            if (slowest.isEmpty() || it.value() > nanoseconds.value(slowest)) {
                slowest = it.key();
            }
        }
        qInfo("ExivReader::read: %lld files of images/ x %d rounds, %.2f ms per file on average; slowest %s at "
              "%.2f ms",
            qlonglong(paths.size()), rounds, perFileMs, qPrintable(QFileInfo(slowest).fileName()),
            double(nanoseconds.value(slowest)) / 1e6 / rounds);
        QVERIFY2(perFileMs < 50, qPrintable(QString::number(perFileMs)));
    }
};

FOLIO_TEST(TestExivReader, "exivreader")
#include "tst_exivreader.moc"
