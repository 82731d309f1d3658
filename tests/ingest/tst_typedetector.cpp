// SPDX-License-Identifier: GPL-3.0-or-later
// TypeDetector on every file of the shared corpus: the type stated is what the content is (OOXML is not
// "zip", DNG is not "TIFF", a text file named .odt is not ODT), with the kind, the name's type and a
// warning where name and content disagree; against the manifest's libmagic column, whose disagreements
// must each be explained; on renamed copies and hand-made TIFFs and zips that probe each rule; on zip
// bombs (quick, nothing written); on paths that are no files (missing, folder, FIFO, unreadable); from
// several threads at once; and the time for the whole corpus.

#include "ingest/typedetector.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using Folio::DetectedType;
using Folio::TypeDetector;

namespace TypeDetectorTests {

const QString Docx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString Docm = QStringLiteral("application/vnd.ms-word.document.macroEnabled.12");

struct Expected
{
    const char *path; // relative to the corpus
    const char *mimeType;
    const char *kind;
    bool mismatch;
    const char *warning; // nullptr: no warning; otherwise a part the warning must contain
};

// What each corpus file IS. Where this differs from the manifest's libmagic column, manifestExceptions()
// says why.
const Expected Corpus[] = {
    { "MANIFEST.tsv", "text/tab-separated-values", "document", false, nullptr },
    { "README.md", "text/markdown", "document", false, nullptr },
    { "images/Canon_40D.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/DSCN0010.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/iptc.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/XMP.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/portrait_6.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/jolla.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/baiona_cmyk.jpg", "image/jpeg", "asset", false, nullptr },
    { "images/baiona_alpha.png", "image/png", "asset", false, nullptr },
    { "images/exif.png", "image/png", "asset", false, nullptr },
    { "images/num_plays.png", "image/png", "asset", false, nullptr },
    { "images/multipage.tiff", "image/tiff", "asset", false, nullptr },
    { "images/Crémieux11.tiff", "image/tiff", "asset", false, nullptr },
    { "images/flower.webp", "image/webp", "asset", false, nullptr },
    { "images/iss634.webp", "image/webp", "asset", false, nullptr },
    { "images/sonic.gif", "image/gif", "asset", false, nullptr },
    { "images/IMG_5195.HEIC", "image/heic", "asset", false, nullptr },
    { "images/rain.svg", "image/svg+xml", "asset", false, nullptr },
    { "images/XMP.svg", "image/svg+xml", "asset", false, nullptr },
    { "images/DNG.dng", "image/x-adobe-dng", "asset", false, nullptr },
    { "images/FujiFilm.raf", "image/x-fuji-raf", "asset", false, nullptr },
    { "pdf/minimal-document.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/c02-22.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/pdflatex-4-pages.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/GeoTopo-komprimiert.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/libreoffice-writer-password.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/annotated_pdf.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/crazyones-pdfa.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/pdflatex-forms.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/with-attachment.pdf", "application/pdf", "document", false, nullptr },
    { "pdf/habibi.pdf", "application/pdf", "document", false, nullptr },
    { "office/having-images.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document", false, nullptr },
    { "office/OOXML.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document", false,
        nullptr },
    { "office/any_sheets.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document", false,
        nullptr },
    { "office/test.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "document",
        false, nullptr },
    { "office/LibreOfficeWriter_odt_1.3.odt", "application/vnd.oasis.opendocument.text", "document", false, nullptr },
    { "office/LibreOfficeCalc_ods_1.3.ods", "application/vnd.oasis.opendocument.spreadsheet", "document", false,
        nullptr },
    { "office/lorem-ipsum-pages-09-4.1-923.epub", "application/epub+zip", "document", false, nullptr },
    { "office/testRTF.rtf", "application/rtf", "document", false, nullptr },
    { "text/lorem-ipsum.txt", "text/plain", "document", false, nullptr },
    { "text/testMARKDOWN.md", "text/markdown", "document", false, nullptr },
    { "text/testTXT_win-1252.txt", "text/plain", "document", false, nullptr },
    { "text/Text3.txt", "text/plain", "document", false, nullptr },
    { "audio/t-rex-roar.mp3", "audio/mpeg", "asset", false, nullptr },
    { "audio/testMP3_coverArt.mp3", "audio/mpeg", "asset", false, nullptr },
    { "audio/bell.oga", "audio/x-vorbis+ogg", "asset", false, nullptr },
    { "audio/pluck-pcm16.wav", "audio/x-wav", "asset", false, nullptr },
    { "audio/60 - mono audio.flac", "audio/flac", "asset", false, nullptr },
    { "audio/56 - JPG PICTURE.flac", "audio/flac", "asset", false, nullptr },
    { "video/flower.mp4", "video/mp4", "asset", false, nullptr },
    { "video/flower.webm", "video/webm", "asset", false, nullptr },
    { "video/sample.ogv", "video/x-theora+ogg", "asset", false, nullptr },
    { "video/png.mov", "video/quicktime", "asset", false, nullptr },
    { "archives/images_severalformats_historicaldates.zip", "application/zip", "document", false, nullptr },
    { "archives/test-documents.tgz", "application/x-compressed-tar", "document", false, nullptr },
    { "archives/test-zip-of-zip.zip", "application/zip", "document", false, nullptr },
    { "archives/zip-aes-256.zip", "application/zip", "document", false, nullptr },
    { "bad/truncated_jpeg.jpg", "image/jpeg", "asset", false, nullptr },
    { "bad/T04_006_premature-EOF.pdf", "application/pdf", "document", false, nullptr },
    { "bad/invalid.pdf", "application/pdf", "document", false, nullptr },
    { "bad/zip-slip.zip", "application/zip", "document", false, nullptr },
    { "bad/zip-slip-win.zip", "application/zip", "document", false, nullptr },
    { "bad/absolute1.zip", "application/zip", "document", false, nullptr },
    { "bad/symlink.zip", "application/zip", "document", false, nullptr },
    { "bad/zbsm.zip", "application/zip", "document", false, nullptr },
    { "bad/droste.zip", "application/zip", "document", false, nullptr },
    { "bad/testtar.tar", "application/x-tar", "document", false, nullptr },
    // A v7 tar header (no "ustar" magic) with a valid checksum: QMimeDatabase alone says octet-stream.
    { "bad/recursion.tar", "application/x-tar", "document", false, nullptr },
    { "bad/lottapixel.jpg", "image/jpeg", "asset", false, nullptr },
    // Not in MANIFEST.tsv: a 320x320 Exif JPEG.
    { "bad/lp.jpg", "image/jpeg", "asset", false, nullptr },
    { "bad/decompression_bomb_extents.gif", "image/gif", "asset", false, nullptr },
    { "bad/hugemono.pdf", "application/pdf", "document", false, nullptr },
    { "bad/javascript.pdf", "application/pdf", "document", false, nullptr },
    { "bad/SVG_XSS1.svg", "image/svg+xml", "asset", false, nullptr },
    { "bad/imagemagick_CVE-2022-44268.png", "image/png", "asset", false, nullptr },
    { "bad/huge_iTXt_chunk.png", "image/png", "asset", false, nullptr },
    { "bad/10 - invalid vorbis comment metadata block.flac", "audio/flac", "asset", false, nullptr },
    // Starts with an ID3v2 tag: MPEG audio, cut short (libmagic gives up).
    { "bad/testMP3truncated.mp3", "audio/mpeg", "asset", false, nullptr },
    // Its [Content_Types].xml, the first member, is whole and names a Word document; the zip's directory
    // is missing.
    { "bad/testWORD_truncated.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document", false, "damaged" },
    { "bad/testODTnotaZipFile.odt", "text/plain", "document", true, "testODTnotaZipFile.odt" },
    { "bad/null", "application/x-zerosize", "document", false, "empty" },
};

// Manifest rows whose libmagic type neither equals nor is a parent of what the content is, and why.
QHash<QString, QString> manifestExceptions()
{
    return {
        { QStringLiteral("office/OOXML.docx"),
            QStringLiteral("libmagic does not look inside this zip; its [Content_Types].xml names a Word document") },
        { QStringLiteral("bad/testMP3truncated.mp3"),
            QStringLiteral("libmagic gives up on the truncated frames; the ID3v2 tag says MPEG audio") },
        { QStringLiteral("bad/null"), QStringLiteral("inode/x-empty is libmagic's name for what Qt calls x-zerosize") },
    };
}

QString copyTo(const QTemporaryDir &dir, const QString &corpusPath, const QString &name)
{
    QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(Folio::Test::corpus(corpusPath), target)) {
        return {};
    }
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.append(char((value >> (8 * i)) & 0xff));
    }
}

// A little-endian 1x1 grey TIFF; with MAKE, a camera's Make tag as every camera RAW carries.
QByteArray tiff(const QByteArray &make)
{
    struct Tag
    {
        quint16 tag, type;
        quint32 count, value;
    };
    QList<Tag> tags = { { 256, 3, 1, 1 }, { 257, 3, 1, 1 }, { 258, 3, 1, 8 }, { 259, 3, 1, 1 }, { 262, 3, 1, 1 } };
    const quint32 ifdBytes = 2 + 12 * (make.isEmpty() ? 9 : 10) + 4;
    const quint32 makeOffset = 8 + ifdBytes;
    const QByteArray makeValue = make + '\0';
    const quint32 pixelOffset = makeOffset + (make.isEmpty() ? 0 : quint32(makeValue.size()));
    if (!make.isEmpty()) {
        tags.append({ 271, 2, quint32(makeValue.size()), makeOffset });
    }
    tags += QList<Tag> { { 273, 4, 1, pixelOffset }, { 277, 3, 1, 1 }, { 278, 3, 1, 1 }, { 279, 4, 1, 1 } };
    QByteArray out("II*\0", 4);
    appendLe(out, 8, 4);
    appendLe(out, quint32(tags.size()), 2);
    for (const Tag &tag : tags) {
        appendLe(out, tag.tag, 2);
        appendLe(out, tag.type, 2);
        appendLe(out, tag.count, 4);
        appendLe(out, tag.value, 4);
    }
    appendLe(out, 0, 4);
    if (!make.isEmpty()) {
        out.append(makeValue);
    }
    out.append('\x80');
    return out;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// A zip of stored (uncompressed) members, in order, with a proper central directory.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : members) {
        const auto offset = quint32(out.size());
        const quint32 crc = crc32(data);
        for (QByteArray *header : { &out, &directory }) {
            const bool central = header == &directory;
            header->append(central ? QByteArray("PK\x01\x02", 4) : QByteArray("PK\x03\x04", 4));
            if (central) {
                appendLe(*header, 20, 2); // version made by
            }
            appendLe(*header, 20, 2); // version needed
            appendLe(*header, 0, 2); // flags
            appendLe(*header, 0, 2); // stored
            appendLe(*header, 0, 2); // time
            appendLe(*header, 0x21, 2); // date: 1980-01-01
            appendLe(*header, crc, 4);
            appendLe(*header, quint32(data.size()), 4);
            appendLe(*header, quint32(data.size()), 4);
            appendLe(*header, quint32(name.size()), 2);
            appendLe(*header, 0, 2); // extra
            if (central) {
                appendLe(*header, 0, 2); // comment
                appendLe(*header, 0, 2); // disk
                appendLe(*header, 0, 2); // internal attributes
                appendLe(*header, 0, 4); // external attributes
                appendLe(*header, offset, 4);
            }
            header->append(name);
        }
        out.append(data);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    out.append(QByteArray("PK\x05\x06", 4));
    appendLe(out, 0, 4);
    appendLe(out, quint32(members.size()), 2);
    appendLe(out, quint32(members.size()), 2);
    appendLe(out, quint32(directory.size()), 4);
    appendLe(out, directoryOffset, 4);
    appendLe(out, 0, 2);
    return out;
}

QByteArray contentTypes(const QByteArray &mainPartType)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/word/document.xml\" ContentType=\""
        + mainPartType + "\"/></Types>";
}

struct IoCounters
{
    qint64 read = -1;
    qint64 written = -1;
};

// The bytes this process has read and written through system calls so far (Linux /proc/self/io).
IoCounters ioCounters()
{
    IoCounters counters;
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly)) {
        return counters;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("rchar: ")) {
            counters.read = line.mid(7).toLongLong();
        } else if (line.startsWith("wchar: ")) {
            counters.written = line.mid(7).toLongLong();
        }
    }
    return counters;
}

QStringList corpusFiles()
{
    const QString root = Folio::Test::corpus();
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(QDir(root).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

} // namespace TypeDetectorTests

class TestTypeDetector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void corpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("mismatch");
        QTest::addColumn<QString>("warning");
        for (const TypeDetectorTests::Expected &row : TypeDetectorTests::Corpus) {
            QTest::newRow(row.path) << QString::fromUtf8(row.path) << QString::fromLatin1(row.mimeType)
                                    << QString::fromLatin1(row.kind) << row.mismatch
                                    << (row.warning ? QString::fromUtf8(row.warning) : QString());
        }
    }

    void corpusFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, mimeType);
        QFETCH(QString, kind);
        QFETCH(bool, mismatch);
        QFETCH(QString, warning);
        const auto detected = TypeDetector::detect(Folio::Test::corpus(path));
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, mimeType);
        QCOMPARE(detected->kind, kind);
        QCOMPARE(TypeDetector::kindFor(detected->mimeType), kind);
        QCOMPARE(detected->extensionMismatch, mismatch);
        if (warning.isEmpty()) {
            QVERIFY2(detected->warning.isEmpty(), qPrintable(detected->warning));
        } else {
            QVERIFY2(detected->warning.contains(warning, Qt::CaseInsensitive), qPrintable(detected->warning));
        }
        // What the name alone says: the extension's type, or nothing without an extension.
        const QList<QMimeType> byName = QMimeDatabase().mimeTypesForFileName(QFileInfo(path).fileName());
        if (byName.isEmpty()) {
            QVERIFY(detected->extensionMimeType.isEmpty());
        } else {
            QVERIFY2(byName.contains(QMimeDatabase().mimeTypeForName(detected->extensionMimeType)),
                qPrintable(detected->extensionMimeType));
        }
    }

    void everyCorpusFileHasARow()
    {
        QStringList listed;
        for (const TypeDetectorTests::Expected &row : TypeDetectorTests::Corpus) {
            listed.append(QString::fromUtf8(row.path));
        }
        const QStringList files = TypeDetectorTests::corpusFiles();
        QVERIFY(files.size() >= 80);
        for (const QString &file : files) {
            QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" has no expected type here")));
        }
    }

    // libmagic's type (the manifest's column) must equal ours, or be a parent of it (zip of a docx, TIFF
    // of a DNG, text/plain of Markdown), or be an exception with a reason.
    void agreesWithTheManifestOrSaysWhy()
    {
        QFile manifest(Folio::Test::corpus(QStringLiteral("MANIFEST.tsv")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QHash<QString, QString> exceptions = TypeDetectorTests::manifestExceptions();
        const QMimeDatabase db;
        int rows = 0;
        int explained = 0;
        for (const QByteArray &line : manifest.readAll().split('\n').mid(1)) {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() < 2) {
                continue;
            }
            ++rows;
            const QString path = QString::fromUtf8(columns.at(0));
            const QString libmagic = QString::fromUtf8(columns.at(1));
            const auto detected = TypeDetector::detect(Folio::Test::corpus(path));
            FOLIO_VERIFY_OK(detected);
            const QMimeType ours = db.mimeTypeForName(detected->mimeType);
            const QMimeType theirs = db.mimeTypeForName(libmagic);
            // Qt counts octet-stream as every type's parent; libmagic means "unknown" by it.
            const bool agrees = theirs.isValid()
                && (ours == theirs
                    || (!theirs.name().endsWith(QLatin1String("octet-stream")) && ours.inherits(theirs.name())));
            if (exceptions.contains(path)) {
                QVERIFY2(!agrees, qPrintable(path + QStringLiteral(": listed as an exception but agrees")));
                ++explained;
            } else {
                QVERIFY2(agrees,
                    qPrintable(QStringLiteral("%1: manifest %2, detected %3").arg(path, libmagic, detected->mimeType)));
            }
        }
        QCOMPARE(rows, 79);
        QCOMPARE(explained, exceptions.size());
    }

    void renamedCopies_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("extensionMimeType");
        QTest::addColumn<bool>("mismatch");

        struct Row
        {
            const char *name, *source, *target, *mimeType, *extensionMimeType;
            bool mismatch;
        };
        const char *docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        const Row rows[] = {
            { "PNG named .jpg", "images/baiona_alpha.png", "photo.jpg", "image/png", "image/jpeg", true },
            { "DNG named .tif: DNG is TIFF", "images/DNG.dng", "raw.tif", "image/x-adobe-dng", "image/tiff", false },
            { "plain TIFF named .dng", "images/multipage.tiff", "fake.dng", "image/tiff", "image/x-adobe-dng", true },
            { "HEIC without extension", "images/IMG_5195.HEIC", "IMG_5195", "image/heic", "", false },
            { "docx named .zip: docx is zip", "office/OOXML.docx", "report.zip", docx, "application/zip", false },
            { "zip named .docx", "archives/test-zip-of-zip.zip", "letter.docx", "application/zip", docx, true },
            { "ODT named .docx", "office/LibreOfficeWriter_odt_1.3.odt", "letter.docx",
                "application/vnd.oasis.opendocument.text", docx, true },
            { "text named .rtf: RTF needs its magic", "text/lorem-ipsum.txt", "notes.rtf", "text/plain",
                "application/rtf", true },
            { "text named .csv: the name refines text", "text/lorem-ipsum.txt", "table.csv", "text/csv", "text/csv",
                false },
            { "RAF named .jpg", "images/FujiFilm.raf", "preview.jpg", "image/x-fuji-raf", "image/jpeg", true },
            { "SVG named .txt: SVG is text", "images/rain.svg", "rain.txt", "image/svg+xml", "text/plain", false },
        };
        for (const Row &row : rows) {
            QTest::newRow(row.name) << QString::fromLatin1(row.source) << QString::fromLatin1(row.target)
                                    << QString::fromLatin1(row.mimeType) << QString::fromLatin1(row.extensionMimeType)
                                    << row.mismatch;
        }
    }

    void renamedCopies()
    {
        QFETCH(QString, source);
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        QFETCH(QString, extensionMimeType);
        QFETCH(bool, mismatch);
        const QString path = TypeDetectorTests::copyTo(*m_dir, source, name);
        QVERIFY(!path.isEmpty());
        const auto detected = TypeDetector::detect(path);
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, mimeType);
        QCOMPARE(detected->extensionMimeType, extensionMimeType);
        QCOMPARE(detected->extensionMismatch, mismatch);
        QCOMPARE(detected->kind, TypeDetector::kindFor(mimeType));
        if (mismatch) {
            QVERIFY2(detected->warning.contains(name) && detected->warning.contains(extensionMimeType),
                qPrintable(detected->warning));
        } else {
            QVERIFY2(detected->warning.isEmpty(), qPrintable(detected->warning));
        }
    }

    // Camera RAW that is TIFF inside: DNG says so itself; the others are believed on their name only when
    // a camera wrote them (a Make tag).
    void tiffBasedRaw_data()
    {
        QTest::addColumn<QByteArray>("make");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<bool>("mismatch");
        QTest::newRow("camera TIFF named .nef") << QByteArray("NIKON CORPORATION") << "DSC_0001.nef"
                                                << "image/x-nikon-nef" << false;
        QTest::newRow("camera TIFF named .arw") << QByteArray("SONY") << "DSC01234.ARW"
                                                << "image/x-sony-arw" << false;
        QTest::newRow("camera TIFF named .tif") << QByteArray("NIKON CORPORATION") << "scan.tif"
                                                << "image/tiff" << false;
        QTest::newRow("camera TIFF without extension") << QByteArray("SONY") << "scan"
                                                       << "image/tiff" << false;
        QTest::newRow("scanner TIFF named .nef") << QByteArray() << "renamed.nef"
                                                 << "image/tiff" << true;
    }

    void tiffBasedRaw()
    {
        QFETCH(QByteArray, make);
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        QFETCH(bool, mismatch);
        const QString path = TypeDetectorTests::writeFile(*m_dir, name, TypeDetectorTests::tiff(make));
        QVERIFY(!path.isEmpty());
        const auto detected = TypeDetector::detect(path);
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, mimeType);
        QCOMPARE(detected->kind, QStringLiteral("asset"));
        QCOMPARE(detected->extensionMismatch, mismatch);
    }

    // Hand-made zips probing the package rules.
    void packages_data()
    {
        using Members = QList<std::pair<QByteArray, QByteArray>>;
        QTest::addColumn<Members>("members");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<bool>("mismatch");

        const QByteArray odt("application/vnd.oasis.opendocument.text");
        const QByteArray docxMain("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        const QByteArray docmMain("application/vnd.ms-word.document.macroEnabled.main+xml");
        QTest::newRow("mimetype first: ODT") << Members { { "mimetype", odt }, { "content.xml", "<x/>" } } << "a.odt"
                                             << QString::fromLatin1(odt) << false;
        QTest::newRow("mimetype not first: only a zip")
            << Members { { "content.xml", "<x/>" }, { "mimetype", odt } } << "b.odt"
            << "application/zip" << true;
        QTest::newRow("mimetype claiming PNG: still a zip")
            << Members { { "mimetype", "image/png" }, { "a.png", "x" } } << "c.zip"
            << "application/zip" << false;
        QTest::newRow("content types after other members") << Members { { "_rels/.rels", "<r/>" },
            { "word/document.xml", "<w/>" }, { "[Content_Types].xml", TypeDetectorTests::contentTypes(docxMain) } }
                                                           << "d.docx" << TypeDetectorTests::Docx << false;
        QTest::newRow("macros named .docx")
            << Members { { "[Content_Types].xml", TypeDetectorTests::contentTypes(docmMain) } } << "invoice.docx"
            << TypeDetectorTests::Docm << true;
        QTest::newRow("macros named .docm")
            << Members { { "[Content_Types].xml", TypeDetectorTests::contentTypes(docmMain) } } << "invoice.docm"
            << TypeDetectorTests::Docm << false;
        QTest::newRow("content types without a main part")
            << Members { { "[Content_Types].xml", TypeDetectorTests::contentTypes("application/xml") } } << "e.zip"
            << "application/zip" << false;
        Members many;
        for (int i = 0; i < 2100; ++i) {
            many.append({ QByteArray::number(i), QByteArray() });
        }
        many.append({ "[Content_Types].xml", TypeDetectorTests::contentTypes(docxMain) });
        QTest::newRow("content types beyond 2,000 entries are not looked for") << many << "f.zip"
                                                                               << "application/zip" << false;
    }

    void packages()
    {
        using Members = QList<std::pair<QByteArray, QByteArray>>;
        QFETCH(Members, members);
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        QFETCH(bool, mismatch);
        const QString path = TypeDetectorTests::writeFile(*m_dir, name, TypeDetectorTests::storedZip(members));
        QVERIFY(!path.isEmpty());
        const auto detected = TypeDetector::detect(path);
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, mimeType);
        QCOMPARE(detected->extensionMismatch, mismatch);
        QCOMPARE(detected->warning.isEmpty(), !mismatch);
    }

    void unrecognisedBytes()
    {
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i) {
            noise[i] = char((i * 7919 + 13) % 251);
        }
        noise[0] = '\x01'; // a control character: binary, not text
        for (const QString &name : { QStringLiteral("photo.jpg"), QStringLiteral("blob") }) {
            const auto detected = TypeDetector::detect(TypeDetectorTests::writeFile(*m_dir, name, noise));
            FOLIO_VERIFY_OK(detected);
            QCOMPARE(detected->mimeType, QStringLiteral("application/octet-stream"));
            QCOMPARE(detected->kind, QStringLiteral("document"));
            QVERIFY2(detected->warning.contains(name) && detected->warning.contains(QStringLiteral("recognise")),
                qPrintable(detected->warning));
            QCOMPARE(detected->extensionMismatch, name.contains(QLatin1Char('.')));
        }
    }

    void emptyFileWithAName()
    {
        const auto detected = TypeDetector::detect(TypeDetectorTests::writeFile(*m_dir, QStringLiteral("e.pdf"), {}));
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, QStringLiteral("application/x-zerosize"));
        QCOMPARE(detected->extensionMimeType, QStringLiteral("application/pdf"));
        QVERIFY(!detected->extensionMismatch); // an empty file contradicts no name
        QVERIFY(detected->warning.contains(QStringLiteral("empty")));
    }

    // A zip bomb and a zip quine are named from their directory alone: quick, and nothing is written. Cut
    // short, the bomb has no directory, and only its first member's header is looked at (skipping a member
    // would mean inflating it).
    void zipBombsAreNotExpanded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("cutTo"); // bytes of the file kept; 0: all
        QTest::addColumn<QString>("warning");
        QTest::newRow("zbsm.zip") << "bad/zbsm.zip" << 0 << QString();
        QTest::newRow("droste.zip") << "bad/droste.zip" << 0 << QString();
        QTest::newRow("zbsm.zip cut short") << "bad/zbsm.zip" << 30000 << "damaged";
    }

    void zipBombsAreNotExpanded()
    {
        QFETCH(QString, path);
        QFETCH(int, cutTo);
        QFETCH(QString, warning);
        QString file = Folio::Test::corpus(path);
        if (cutTo > 0) {
            QFile whole(file);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            file = TypeDetectorTests::writeFile(*m_dir, QStringLiteral("cut.zip"), whole.read(cutTo));
            QVERIFY(!file.isEmpty());
        }
        const QTemporaryDir work;
        const QString previous = QDir::currentPath();
        QVERIFY(work.isValid() && QDir::setCurrent(work.path()));
        const TypeDetectorTests::IoCounters before = TypeDetectorTests::ioCounters();
        QElapsedTimer timer;
        timer.start();
        const auto detected = TypeDetector::detect(file);
        const qint64 elapsed = timer.elapsed();
        const TypeDetectorTests::IoCounters after = TypeDetectorTests::ioCounters();
        QVERIFY(QDir::setCurrent(previous));
        FOLIO_VERIFY_OK(detected);
        QCOMPARE(detected->mimeType, QStringLiteral("application/zip"));
        QCOMPARE(detected->warning.isEmpty(), warning.isEmpty());
        QVERIFY2(detected->warning.contains(warning), qPrintable(detected->warning));
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        QVERIFY(QDir(work.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        if (before.written >= 0) {
            QCOMPARE(after.written, before.written);
            // The file and its directory, each read a few times at most; the bomb would be gigabytes.
            const qint64 read = after.read - before.read;
            const qint64 size = QFileInfo(file).size();
            qInfo("%s: %lld ms, %lld bytes read of %lld", qPrintable(QTest::currentDataTag()), elapsed, read, size);
            QVERIFY2(read < 4 * size + qint64(256) * 1024, qPrintable(QString::number(read)));
        }
    }

    void missingFileFails()
    {
        const QString path = m_dir->filePath(QStringLiteral("nothing-here.jpg"));
        const auto detected = TypeDetector::detect(path);
        QVERIFY(!detected);
        QCOMPARE(detected.error().code(), Folio::Error::Code::NotFound);
        QVERIFY2(detected.error().message().contains(path), qPrintable(detected.error().message()));
    }

    void folderFails()
    {
        const auto detected = TypeDetector::detect(m_dir->path());
        QVERIFY(!detected);
        QVERIFY2(detected.error().message().contains(m_dir->path()), qPrintable(detected.error().message()));
    }

    // Opening a FIFO for reading waits for a writer; detection must refuse it at once instead.
    void fifoFailsWithoutBlocking()
    {
        const QString path = m_dir->filePath(QStringLiteral("pipe.mp3"));
        const QByteArray native = QFile::encodeName(path);
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        auto pending = std::async(std::launch::async, [path] { return TypeDetector::detect(path); });
        if (pending.wait_for(std::chrono::seconds(2)) != std::future_status::ready) {
            // Release the blocked reader so the test can fail instead of hanging.
            const int writer = ::open(native.constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0) {
                ::close(writer);
            }
            pending.wait();
            QFAIL("detect() blocked on a FIFO");
        }
        const auto detected = pending.get();
        QVERIFY(!detected);
        QVERIFY2(detected.error().message().contains(path), qPrintable(detected.error().message()));
    }

    void unreadableFileFails()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads any file; run as an unprivileged user to test this");
        }
        const QString path = TypeDetectorTests::copyTo(*m_dir, QStringLiteral("images/jolla.jpg"), "locked.jpg");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const auto detected = TypeDetector::detect(path);
        QVERIFY(!detected);
        QCOMPARE(detected.error().code(), Folio::Error::Code::PermissionDenied);
        QVERIFY2(detected.error().message().contains(path), qPrintable(detected.error().message()));
    }

    void kindFor_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("kind");
        const char *const assets[]
            = { "image/jpeg", "image/x-canon-cr3", "video/x-matroska", "audio/flac", "image/vnd.adobe.photoshop",
                  "image/psd", "application/postscript", "image/x-eps", "application/illustrator", "font/woff2",
                  "application/x-font-ttf", "application/x-krita", "application/ogg", "model/gltf-binary" };
        const char *const documents[] = { "application/pdf", "application/rtf", "text/plain", "text/html",
            "application/epub+zip", "application/zip", "message/rfc822", "application/vnd.oasis.opendocument.graphics",
            "application/vnd.ms-excel.sheet.macroEnabled.12", "application/x-zerosize", "application/octet-stream",
            "" };
        for (const char *type : assets) {
            QTest::newRow(type) << QString::fromLatin1(type) << "asset";
        }
        for (const char *type : documents) {
            QTest::newRow(*type ? type : "(empty)") << QString::fromLatin1(type) << "document";
        }
    }

    void kindFor()
    {
        QFETCH(QString, mimeType);
        QFETCH(QString, kind);
        QCOMPARE(TypeDetector::kindFor(mimeType), kind);
    }

    // Static and stateless: four threads over the whole corpus agree with one.
    void concurrentDetectionAgrees()
    {
        const QStringList files = TypeDetectorTests::corpusFiles();
        QHash<QString, QString> expected;
        for (const QString &file : files) {
            const auto detected = TypeDetector::detect(Folio::Test::corpus(file));
            FOLIO_VERIFY_OK(detected);
            expected.insert(file, detected->mimeType + detected->warning);
        }
        std::atomic<int> disagreements = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&files, &expected, &disagreements, t] {
                for (int round = 0; round < 3; ++round) {
                    for (qsizetype i = 0; i < files.size(); ++i) {
                        const QString &file = files.at((i + qsizetype(t) * 17) % files.size());
                        const auto detected = TypeDetector::detect(Folio::Test::corpus(file));
                        if (!detected || detected->mimeType + detected->warning != expected.value(file)) {
                            ++disagreements;
                        }
                    }
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        QCOMPARE(disagreements.load(), 0);
    }

    void wholeCorpusIsQuick()
    {
        const QStringList files = TypeDetectorTests::corpusFiles();
        FOLIO_VERIFY_OK(TypeDetector::detect(Folio::Test::corpus(files.first()))); // loads the MIME database
        QElapsedTimer timer;
        timer.start();
        for (const QString &file : files) {
            FOLIO_VERIFY_OK(TypeDetector::detect(Folio::Test::corpus(file)));
        }
        const qint64 elapsed = timer.nsecsElapsed();
        qInfo("type detection of %lld corpus files: %.1f ms (%.0f us per file)", qlonglong(files.size()),
            double(elapsed) / 1e6, double(elapsed) / 1e3 / double(files.size()));
        QVERIFY2(elapsed < 1'000'000'000, qPrintable(QString::number(elapsed)));
    }
};

FOLIO_TEST(TestTypeDetector, "typedetector")
#include "tst_typedetector.moc"
