// SPDX-License-Identifier: GPL-3.0-or-later
// OfficeExtractor on the shared corpus's Word, Excel, PowerPoint, OpenDocument and EPUB packages (the
// properties each really holds, a phrase of its text, its pages and its thumbnail), on packages made here
// that probe each rule (slide and spine order against zip order, hidden sheets, headers and notes, text
// boxes not doubled, ODF presentations, encrypted ODF, EPUB covers), on damaged packages, on zip bombs
// (stopped at a limit, quickly, nothing written), on each limit, and from several threads at once.

#include "ingest/extractors/officeextractor.h"
#include "ingest/typedetector.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <array>
#include <future>

using Folio::ContentExtraction;
using Folio::Error;
using Folio::OfficeExtractor;
using Folio::PackageLimits;

namespace OfficeExtractorTests {

const QString Docx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString Xlsx = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
const QString Pptx = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation");
const QString Odt = QStringLiteral("application/vnd.oasis.opendocument.text");
const QString Ods = QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");
const QString Odp = QStringLiteral("application/vnd.oasis.opendocument.presentation");
const QString Epub = QStringLiteral("application/epub+zip");

const QByteArray WordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
const QByteArray DrawingNs = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                             "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray OdfNs = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                         "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                         "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                         "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"";

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            entries[i] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

struct Member
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
};

template<typename T> void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// A zip written by hand (stored or deflated members, no extras), so the tests control member order,
// sizes and content exactly.
QByteArray zip(const QList<Member> &members)
{
    QByteArray out;
    QByteArray directory;
    for (const Member &member : members) {
        // qCompress gives a 4-byte length, a 2-byte zlib header, the raw deflate stream and a 4-byte Adler-32.
        const QByteArray compressed = member.deflate ? qCompress(member.data, 6) : member.data;
        const QByteArray stored = member.deflate ? compressed.mid(6, compressed.size() - 10) : compressed;
        const quint32 crc = crc32(member.data);
        const auto offset = quint32(out.size());
        auto header = [&](QByteArray &into, bool central) {
            put<quint32>(into, central ? 0x02014b50 : 0x04034b50);
            if (central) {
                put<quint16>(into, 20);
            }
            put<quint16>(into, 20);
            put<quint16>(into, 0x0800); // names in UTF-8
            put<quint16>(into, member.deflate ? 8 : 0);
            put<quint16>(into, 0);
            put<quint16>(into, 0x21);
            put<quint32>(into, crc);
            put<quint32>(into, quint32(stored.size()));
            put<quint32>(into, quint32(member.data.size()));
            put<quint16>(into, quint16(member.name.size()));
            put<quint16>(into, 0);
            if (central) {
                put<quint16>(into, 0);
                put<quint16>(into, 0);
                put<quint16>(into, 0);
                put<quint32>(into, 0);
                put<quint32>(into, offset);
            }
            into.append(member.name);
        };
        header(out, false);
        out.append(stored);
        header(directory, true);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put<quint32>(out, 0x06054b50);
    put<quint16>(out, 0);
    put<quint16>(out, 0);
    put<quint16>(out, quint16(members.size()));
    put<quint16>(out, quint16(members.size()));
    put<quint32>(out, quint32(directory.size()));
    put<quint32>(out, directoryOffset);
    put<quint16>(out, 0);
    return out;
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

QByteArray readCorpus(const QString &relative)
{
    QFile file(Folio::Test::corpus(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

QString tagType(const ContentExtraction &extraction, const QString &key)
{
    for (const auto &value : extraction.tags) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key) {
            return value.toObject().value(QStringLiteral("type")).toString();
        }
    }
    return {};
}

QString text(const ContentExtraction &extraction)
{
    return extraction.pageTexts.join(QLatin1Char('\n'));
}

bool hasRendition(const ContentExtraction &extraction, const QString &name, int maxEdge)
{
    for (const auto &rendition : extraction.renditions) {
        if (rendition.name == name && !rendition.image.bytes.isEmpty() && rendition.image.width > 0
            && rendition.image.width <= maxEdge && rendition.image.height <= maxEdge) {
            return true;
        }
    }
    return false;
}

// A counter of this process's I/O through system calls so far (Linux /proc/self/io: "rchar", "wchar"),
// -1 if unknown.
qint64 ioCounter(const QByteArray &name)
{
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ": "))) {
            return line.mid(name.size() + 2).toLongLong();
        }
    }
    return -1;
}

QByteArray wordDocument(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + WordNs + "><w:body>" + body
        + "</w:body></w:document>";
}

QByteArray slide(const QByteArray &paragraphs)
{
    return "<p:sld " + DrawingNs + "><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>" + paragraphs
        + "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
}

} // namespace OfficeExtractorTests

class TestOfficeExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

private Q_SLOTS:
    void init() { m_dir = new QTemporaryDir; }
    void cleanup() { delete m_dir; }

    // What each corpus package really holds (read with unzip -p): its title and creator where it has
    // them, a phrase of its text, its page count where the package states one, its thumbnail.
    void corpusPackages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("creator");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("pages"); // the field; 0: none
        QTest::addColumn<int>("pageTexts");
        QTest::addColumn<bool>("thumbnail");
        QTest::newRow("OOXML.docx") << "office/OOXML.docx" << OfficeExtractorTests::Docx << "The document title"
                                    << "Author: Jeff"
                                    << "Exiftool is astounding." << 1 << 1 << true;
        // Three pictures and no text at all; its dc:title is empty.
        QTest::newRow("having-images.docx") << "office/having-images.docx" << OfficeExtractorTests::Docx << QString()
                                            << "Steve Canny" << QString() << 1 << 1 << true;
        QTest::newRow("any_sheets.xlsx") << "office/any_sheets.xlsx" << OfficeExtractorTests::Xlsx << QString()
                                         << "Алена"
                                         << "This workbook contains 4 sheets: Visible, Hidden, VeryHidden and Chart"
                                         << 0 << 1 << false;
        QTest::newRow("test.pptx") << "office/test.pptx" << OfficeExtractorTests::Pptx << "Presentation"
                                   << "python-pptx"
                                   << "Presentation Title Text\nSubtitle Text" << 1 << 1 << true;
        // LibreOffice wrote no title or author into these two.
        QTest::newRow("odt") << "office/LibreOfficeWriter_odt_1.3.odt" << OfficeExtractorTests::Odt << QString()
                             << QString() << "This is an example document" << 1 << 1 << true;
        QTest::newRow("ods") << "office/LibreOfficeCalc_ods_1.3.ods" << OfficeExtractorTests::Ods << QString()
                             << QString() << "Sheet1\nThis\tis\tan\texample\tspreadsheet\n0\t1\t2\t3\t4" << 0 << 1
                             << true;
        QTest::newRow("epub") << "office/lorem-ipsum-pages-09-4.1-923.epub" << OfficeExtractorTests::Epub
                              << "lorem-ipsum"
                              << "Andrew N Jackson"
                              << "Variatio Ipsius\nLorem ipsum dolor sit amet, consectetur" << 0 << 1 << false;
    }

    void corpusPackages()
    {
        QFETCH(QString, path);
        QFETCH(QString, mimeType);
        QFETCH(QString, title);
        QFETCH(QString, creator);
        QFETCH(QString, phrase);
        QFETCH(int, pages);
        QFETCH(int, pageTexts);
        QFETCH(bool, thumbnail);
        QElapsedTimer timer;
        timer.start();
        const auto extracted = OfficeExtractor::extract(Folio::Test::corpus(path), mimeType);
        qInfo("%s: %lld ms", qPrintable(path), timer.elapsed());
        FOLIO_VERIFY_OK(extracted);
        QVERIFY2(extracted->warnings.isEmpty(), qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(extracted->fields.value(QStringLiteral("creator")).toString(), creator);
        QCOMPARE(extracted->fields.value(QStringLiteral("pages")).toInt(), pages);
        QCOMPARE(extracted->pageTexts.size(), pageTexts);
        if (phrase.isEmpty()) {
            QCOMPARE(OfficeExtractorTests::text(*extracted), QString());
        } else {
            QVERIFY2(OfficeExtractorTests::text(*extracted).contains(phrase),
                qPrintable(OfficeExtractorTests::text(*extracted)));
        }
        QCOMPARE(OfficeExtractorTests::hasRendition(*extracted, QStringLiteral("thumb"), 320), thumbnail);
        QCOMPARE(OfficeExtractorTests::hasRendition(*extracted, QStringLiteral("preview"), 1600), thumbnail);
        QVERIFY(!extracted->isProtected);
    }

    // OOXML.docx: every core, app and custom property, as fields and as tags.
    void ooxmlProperties()
    {
        const auto extracted = OfficeExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/OOXML.docx")), OfficeExtractorTests::Docx);
        FOLIO_VERIFY_OK(extracted);
        const QJsonObject &fields = extracted->fields;
        QCOMPARE(fields.value(QStringLiteral("description")).toString(), QStringLiteral("the subject"));
        QCOMPARE(fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("keyword 1"), QStringLiteral("keyword 2"), QStringLiteral("keyword 3") }));
        QCOMPARE(fields.value(QStringLiteral("created")).toString(), QStringLiteral("2009-10-24T01:41:00Z"));
        QCOMPARE(fields.value(QStringLiteral("modified")).toString(), QStringLiteral("2009-10-24T01:48:00Z"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.dc:description")),
            QStringLiteral("here are my comments"));
        QCOMPARE(
            OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.cp:lastModifiedBy")), QStringLiteral("Jeff"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.cp:revision")), QStringLiteral("3"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.cp:category")),
            QStringLiteral("category goes here"));
        QCOMPARE(OfficeExtractorTests::tagType(*extracted, QStringLiteral("ooxml.dcterms:created")),
            QStringLiteral("dcterms:W3CDTF"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.app:Words")), QStringLiteral("7"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.app:Application")),
            QStringLiteral("Microsoft Macintosh Word"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.app:Company")),
            QStringLiteral("Company - ExifTool"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.app:HeadingPairs")),
            QString()); // a vector, no text of its own
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.custom.Telephone number")),
            QStringLiteral("415-399-9921"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.custom.Document number")),
            QStringLiteral("35"));
        QCOMPARE(OfficeExtractorTests::tagType(*extracted, QStringLiteral("ooxml.custom.Document number")),
            QStringLiteral("i4"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.custom.Recorded date")),
            QStringLiteral("2009-10-20T07:00:00Z"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.custom.A Custom Field")),
            QStringLiteral("A Custom field contents"));
        // Paragraphs on lines of their own, in order.
        QCOMPARE(
            extracted->pageTexts.first(), QStringLiteral("HI Phil,\n\nExiftool is astounding.\n\nSincerely,\n\nJeff"));
    }

    void hiddenSheets()
    {
        const auto extracted = OfficeExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/any_sheets.xlsx")), OfficeExtractorTests::Xlsx);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->fields.value(QStringLiteral("hidden-sheets")).toInt(), 2);
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.hidden-sheets")),
            QStringLiteral("Hidden, VeryHidden"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.sheets")),
            QStringLiteral("Visible, Hidden, VeryHidden, Chart"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.app:Application")),
            QStringLiteral("Microsoft Excel"));
        QVERIFY(extracted->warnings.isEmpty());
        // Every sheet's name, hidden ones included, in workbook order; cells by row.
        QCOMPARE(extracted->pageTexts.first(),
            QStringLiteral(
                "Visible\n1\t2\n3\t4\n5\t6\nThis workbook contains 4 sheets: Visible, Hidden, VeryHidden and "
                "Chart\n\nHidden\n\nVeryHidden\n\nChart"));
    }

    void odfProperties()
    {
        const auto text = OfficeExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/LibreOfficeWriter_odt_1.3.odt")), OfficeExtractorTests::Odt);
        FOLIO_VERIFY_OK(text);
        QCOMPARE(text->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2022-08-24T16:24:00"));
        QCOMPARE(text->fields.value(QStringLiteral("modified")).toString(), QStringLiteral("2022-08-24T16:24:49"));
        QCOMPARE(OfficeExtractorTests::tag(*text, QStringLiteral("odf.meta:word-count")), QStringLiteral("5"));
        QCOMPARE(
            OfficeExtractorTests::tag(*text, QStringLiteral("odf.meta:editing-duration")), QStringLiteral("PT49S"));
        QVERIFY(OfficeExtractorTests::tag(*text, QStringLiteral("odf.meta:generator"))
                    .startsWith(QStringLiteral("LibreOffice/7.3.5.2")));
        const auto sheet = OfficeExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/LibreOfficeCalc_ods_1.3.ods")), OfficeExtractorTests::Ods);
        FOLIO_VERIFY_OK(sheet);
        QCOMPARE(sheet->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2022-08-24T16:22:45"));
        QCOMPARE(OfficeExtractorTests::tag(*sheet, QStringLiteral("odf.meta:cell-count")), QStringLiteral("10"));
        QVERIFY(!sheet->fields.contains(QStringLiteral("pages"))); // a spreadsheet states none
    }

    void epubProperties()
    {
        const auto extracted
            = OfficeExtractor::extract(Folio::Test::corpus(QStringLiteral("office/lorem-ipsum-pages-09-4.1-923.epub")),
                OfficeExtractorTests::Epub);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->fields.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(extracted->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2012-04-17"));
        QCOMPARE(
            OfficeExtractorTests::tag(*extracted, QStringLiteral("epub.dc:contributor")), QStringLiteral("Pages v4.1"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("epub.dc:identifier")),
            QStringLiteral("79A07D7E-515F-4376-9A40-6088FEA7E92C"));
        // The chapter's <title> is no part of its text.
        QVERIFY(!OfficeExtractorTests::text(*extracted).contains(QStringLiteral("1 Section 1 | lorem-ipsum")));
    }

    // Packages made here: the order the document gives wins over the order of the zip, which puts the
    // parts that give it last.
    void wordPartsAndRuns()
    {
        const QByteArray body
            = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
              "<w:r><w:t>Body text</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">after tab </w:t></w:r>"
              "<w:r><w:br/><w:t>next line</w:t></w:r></w:p>"
              "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
              "<mc:Choice Requires=\"wps\"><w:t>Shape text</w:t></mc:Choice>"
              "<mc:Fallback><w:t>Shape text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
              "<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del>"
              "<w:r><w:instrText>PAGE \\* MERGEFORMAT</w:instrText></w:r><w:r><w:t>Ünïcödé ✓</w:t></w:r></w:p>";
        const QByteArray core
            = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:language>fr-FR</dc:language>"
              "<cp:keywords>alpha; beta,gamma</cp:keywords><dc:description>comments only</dc:description>"
              "</cp:coreProperties>";
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("parts.docx"),
            OfficeExtractorTests::zip({
                { "word/header1.xml",
                    "<w:hdr " + OfficeExtractorTests::WordNs
                        + "><w:p><w:r><w:t>Header line</w:t></w:r></w:p></w:hdr>" },
                { "word/footnotes.xml",
                    "<w:footnotes " + OfficeExtractorTests::WordNs
                        + "><w:footnote><w:p><w:r><w:t>A footnote</w:t></w:r></w:p></w:footnote></w:footnotes>" },
                { "word/styles.xml",
                    "<w:styles " + OfficeExtractorTests::WordNs
                        + "><w:style><w:name w:val=\"x\"/><w:t>not text</w:t></w:style></w:styles>" },
                { "word/document.xml", OfficeExtractorTests::wordDocument(body) },
                { "docProps/core.xml", core, false },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Docx);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts,
            QStringList { QStringLiteral(
                "Body text\tafter tab \nnext line\nShape text\nÜnïcödé ✓\n\nA footnote\n\nHeader line") });
        QCOMPARE(extracted->fields.value(QStringLiteral("language")).toString(), QStringLiteral("fr-FR"));
        QCOMPARE(extracted->fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") }));
        QCOMPARE(extracted->fields.value(QStringLiteral("description")).toString(), QStringLiteral("comments only"));
        QVERIFY(extracted->renditions.isEmpty());
    }

    void slidesInPresentationOrder()
    {
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("order.pptx"),
            OfficeExtractorTests::zip({
                { "ppt/slides/slide1.xml",
                    OfficeExtractorTests::slide("<a:p><a:r><a:t>Listed second</a:t></a:r></a:p>") },
                { "ppt/slides/slide2.xml",
                    OfficeExtractorTests::slide(
                        "<a:p><a:r><a:t>Listed first</a:t></a:r><a:br/><a:r><a:t>two lines</a:t></a:r></a:p>") },
                { "ppt/slides/slide10.xml",
                    OfficeExtractorTests::slide("<a:p><a:r><a:t>Not listed, 10</a:t></a:r></a:p>") },
                { "ppt/slides/slide3.xml",
                    OfficeExtractorTests::slide("<a:p><a:r><a:t>Not listed, 3</a:t></a:r></a:p>") },
                { "ppt/slides/_rels/slide1.xml.rels", "<Relationships/>" },
                { "ppt/slideLayouts/slideLayout1.xml",
                    OfficeExtractorTests::slide("<a:p><a:r><a:t>Layout placeholder</a:t></a:r></a:p>") },
                { "ppt/presentation.xml",
                    "<p:presentation " + OfficeExtractorTests::DrawingNs
                        + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId7\"/>"
                          "<p:sldId id=\"257\" r:id=\"rId3\"/></p:sldIdLst></p:presentation>" },
                { "ppt/_rels/presentation.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId3\" Target=\"slides/slide1.xml\"/><Relationship Id=\"rId7\" "
                    "Target=\"/ppt/slides/slide2.xml\"/>"
                    "</Relationships>" },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Pptx);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts,
            QStringList({ QStringLiteral("Listed first\ntwo lines"), QStringLiteral("Listed second"),
                QStringLiteral("Not listed, 3"), QStringLiteral("Not listed, 10") }));
        QCOMPARE(extracted->fields.value(QStringLiteral("pages")).toInt(), 4);
    }

    void sheetsWithSharedAndInlineStrings()
    {
        const QByteArray sheet
            = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Inline été</t></is></c><c r=\"B1\" t=\"b\"><v>1</v></c>"
              "<c r=\"C1\"><f>1+2.5</f><v>3.5</v></c><c r=\"D1\" t=\"s\"><v>1</v></c></row>"
              "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("strings.xlsx"),
            OfficeExtractorTests::zip({
                { "xl/worksheets/sheet1.xml", sheet },
                { "xl/worksheets/sheet2.xml",
                    "<worksheet><sheetData><row><c t=\"str\"><v>secret formula "
                    "result</v></c></row></sheetData></worksheet>" },
                { "xl/workbook.xml",
                    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    "<sheet name=\"Données\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Secret\" state=\"hidden\" "
                    "r:id=\"rId2\"/>"
                    "</sheets></workbook>" },
                { "xl/_rels/workbook.xml.rels",
                    "<Relationships><Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>"
                    "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>" },
                { "xl/sharedStrings.xml",
                    "<sst><si><t>Shared ✓</t></si><si><r><t>rich </t></r><r><t>run</t></r>"
                    "<rPh><t>phonetic</t></rPh></si></sst>" },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Xlsx);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts.first(),
            QStringLiteral("Données\nInline été\tTRUE\t3.5\trich run\nShared ✓\n\nSecret\nsecret formula result"));
        QCOMPARE(extracted->fields.value(QStringLiteral("hidden-sheets")).toInt(), 1);
        QCOMPARE(
            OfficeExtractorTests::tag(*extracted, QStringLiteral("ooxml.hidden-sheets")), QStringLiteral("Secret"));
    }

    void odfPresentationPages()
    {
        const QByteArray content = "<office:document-content " + OfficeExtractorTests::OdfNs
            + "><office:body><office:presentation>"
              "<draw:page draw:name=\"one\"><draw:frame><draw:text-box><text:p>Page <text:span>one</text:span><text:s "
              "text:c=\"3\"/>spaced</text:p>"
              "</draw:text-box></draw:frame></draw:page>"
              "<draw:page draw:name=\"two\"><draw:frame><draw:text-box><text:h>Page "
              "two</text:h><text:p>line<text:line-break/>break"
              "<text:tab/>tab</text:p></draw:text-box></draw:frame></draw:page>"
              "<draw:page draw:name=\"three\"/></office:presentation></office:body></office:document-content>";
        const QByteArray meta = "<office:document-meta " + OfficeExtractorTests::OdfNs
            + "><office:meta><meta:initial-creator>Ada Initial</meta:initial-creator>"
              "<dc:creator>Bob "
              "Last</dc:creator><dc:title>Slides</dc:title><dc:subject>Topic</dc:subject><meta:keyword>one</"
              "meta:keyword>"
              "<meta:keyword>two</meta:keyword><dc:language>de</dc:language>"
              "<meta:user-defined meta:name=\"Reviewer\" meta:value-type=\"string\">Carol</meta:user-defined>"
              "<meta:document-statistic meta:object-count=\"4\"/></office:meta></office:document-meta>";
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("deck.odp"),
            OfficeExtractorTests::zip({
                { "mimetype", OfficeExtractorTests::Odp.toLatin1(), false },
                { "content.xml", content },
                { "meta.xml", meta },
                { "Thumbnails/thumbnail.png", OfficeExtractorTests::readCorpus(QStringLiteral("images/exif.png")),
                    false },
                { "META-INF/manifest.xml", "<manifest:manifest " + OfficeExtractorTests::OdfNs + "/>" },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Odp);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts,
            QStringList(
                { QStringLiteral("Page one   spaced"), QStringLiteral("Page two\nline\nbreak\ttab"), QString() }));
        QCOMPARE(extracted->fields.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(extracted->fields.value(QStringLiteral("creator")).toString(), QStringLiteral("Ada Initial"));
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Slides"));
        QCOMPARE(extracted->fields.value(QStringLiteral("description")).toString(), QStringLiteral("Topic"));
        QCOMPARE(extracted->fields.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(extracted->fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("one"), QStringLiteral("two") }));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("odf.custom.Reviewer")), QStringLiteral("Carol"));
        QCOMPARE(
            OfficeExtractorTests::tagType(*extracted, QStringLiteral("odf.custom.Reviewer")), QStringLiteral("string"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("odf.dc:creator")), QStringLiteral("Bob Last"));
        QVERIFY(OfficeExtractorTests::hasRendition(*extracted, QStringLiteral("thumb"), 320));
    }

    // Encrypted ODF: properties stay readable, the content waits for a password.
    void encryptedOdfIsProtected()
    {
        const QByteArray manifest = "<manifest:manifest " + OfficeExtractorTests::OdfNs
            + "><manifest:file-entry manifest:full-path=\"content.xml\">"
              "<manifest:encryption-data manifest:checksum-type=\"SHA1\"/></manifest:file-entry></manifest:manifest>";
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("secret.odt"),
            OfficeExtractorTests::zip({
                { "mimetype", OfficeExtractorTests::Odt.toLatin1(), false },
                { "content.xml", QByteArray("\x8f\x13\xa0 not xml, ciphertext", 23), false },
                { "meta.xml",
                    "<office:document-meta " + OfficeExtractorTests::OdfNs
                        + "><office:meta><dc:title>Sealed</dc:title></office:meta></office:document-meta>" },
                { "META-INF/manifest.xml", manifest },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Odt);
        FOLIO_VERIFY_OK(extracted);
        QVERIFY(extracted->isProtected);
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Sealed"));
        QCOMPARE(OfficeExtractorTests::text(*extracted), QString());
        QVERIFY2(extracted->warnings.isEmpty(), qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
    }

    void epubSpineOrderAndCover()
    {
        const QByteArray opf
            = "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
              "<dc:title>Un livre</dc:title><dc:creator>Première Autrice</dc:creator><dc:creator>Second</dc:creator>"
              "<dc:subject>Fiction</dc:subject><dc:subject>Mer</dc:subject><dc:language>fr</dc:language>"
              "<dc:description>Le résumé.</dc:description><dc:date>2020-05-01T10:00:00+02:00</dc:date>"
              "<meta property=\"dcterms:modified\">2021-01-02T03:04:05Z</meta></metadata>"
              "<manifest><item id=\"c1\" href=\"Text/ch1.xhtml\" media-type=\"application/xhtml+xml\"/>"
              "<item id=\"c2\" href=\"Text/ch%202.xhtml\" media-type=\"application/xhtml+xml\"/>"
              "<item id=\"notes\" href=\"Text/notes.xhtml\" media-type=\"application/xhtml+xml\"/>"
              "<item id=\"img\" href=\"Images/cover.png\" media-type=\"image/png\" "
              "properties=\"cover-image\"/></manifest>"
              "<spine><itemref idref=\"c2\"/><itemref idref=\"c1\"/></spine></package>";
        auto chapter = [](const QByteArray &body) -> QByteArray {
            return "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html><html "
                   "xmlns=\"http://www.w3.org/1999/xhtml\">"
                   "<head><title>Chapter title</title><style>p { color: red }</style></head><body>"
                + body + "<script>var hidden = 1;</script></body></html>";
        };
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("book.epub"),
            OfficeExtractorTests::zip({
                { "mimetype", "application/epub+zip", false },
                { "OEBPS/Text/ch1.xhtml", chapter("<h1>Chapitre 1</h1><p>L&#8217;océan &amp; la côte&nbsp;!</p>") },
                { "OEBPS/Text/ch 2.xhtml", chapter("<p>Avant-propos</p>") },
                { "OEBPS/Text/notes.xhtml", chapter("<p>Not in the spine</p>") },
                { "OEBPS/Images/cover.png", OfficeExtractorTests::readCorpus(QStringLiteral("images/exif.png")),
                    false },
                { "META-INF/container.xml",
                    "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                    "<rootfile full-path=\"OEBPS/book.opf\" "
                    "media-type=\"application/oebps-package+xml\"/></rootfiles></container>" },
                { "OEBPS/book.opf", opf },
            }));
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Epub);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->pageTexts,
            QStringList { QStringLiteral("Avant-propos\n\nChapitre 1\nL’océan & la côte\u00A0!") });
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Un livre"));
        QCOMPARE(extracted->fields.value(QStringLiteral("creator")).toString(), QStringLiteral("Première Autrice"));
        QCOMPARE(extracted->fields.value(QStringLiteral("description")).toString(), QStringLiteral("Le résumé."));
        QCOMPARE(extracted->fields.value(QStringLiteral("keywords")).toArray(),
            QJsonArray({ QStringLiteral("Fiction"), QStringLiteral("Mer") }));
        QCOMPARE(
            extracted->fields.value(QStringLiteral("created")).toString(), QStringLiteral("2020-05-01T10:00:00+02:00"));
        QCOMPARE(
            extracted->fields.value(QStringLiteral("modified")).toString(), QStringLiteral("2021-01-02T03:04:05Z"));
        QCOMPARE(OfficeExtractorTests::tag(*extracted, QStringLiteral("epub.dc:creator")),
            QStringLiteral("Première Autrice"));
        QVERIFY(OfficeExtractorTests::hasRendition(*extracted, QStringLiteral("thumb"), 320));
        QVERIFY(OfficeExtractorTests::hasRendition(*extracted, QStringLiteral("preview"), 1600));
    }

    // Damaged or misnamed packages give an error or a partial result with a warning, never a crash.
    // The cut offsets come from each package's local headers (python zipfile): after its properties, or
    // inside the part that holds the text.
    void damagedPackages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<int>("cutTo"); // bytes of the file kept; 0: all
        QTest::addColumn<int>("code"); // the error's code; -1: a result with a warning
        QTest::addColumn<QString>("phrase"); // text read before the damage
        QTest::addColumn<QString>("title"); // a property read before the damage
        QTest::newRow("testWORD_truncated.docx") << "bad/testWORD_truncated.docx" << OfficeExtractorTests::Docx << 0
                                                 << int(Error::Code::Corrupt) << QString() << QString();
        QTest::newRow("testODTnotaZipFile.odt") << "bad/testODTnotaZipFile.odt" << OfficeExtractorTests::Odt << 0
                                                << int(Error::Code::Corrupt) << QString() << QString();
        QTest::newRow("null as docx") << "bad/null" << OfficeExtractorTests::Docx << 0 << int(Error::Code::Corrupt)
                                      << QString() << QString();
        QTest::newRow("droste.zip as epub") << "bad/droste.zip" << OfficeExtractorTests::Epub << 0
                                            << int(Error::Code::Corrupt) << QString() << QString();
        QTest::newRow("epub cut before its OPF")
            << "office/lorem-ipsum-pages-09-4.1-923.epub" << OfficeExtractorTests::Epub << 3000
            << int(Error::Code::Corrupt) << QString() << QString();
        QTest::newRow("docx cut in document.xml")
            << "office/OOXML.docx" << OfficeExtractorTests::Docx << 3700 << -1 << QString() << "The document title";
        QTest::newRow("pptx cut after slide 1")
            << "office/test.pptx" << OfficeExtractorTests::Pptx << 6000 << -1 << "Presentation Title Text" << QString();
        QTest::newRow("epub cut after its OPF") << "office/lorem-ipsum-pages-09-4.1-923.epub"
                                                << OfficeExtractorTests::Epub << 4000 << -1 << "Variatio Ipsius"
                                                << "lorem-ipsum";
        QTest::newRow("ods cut in content.xml") << "office/LibreOfficeCalc_ods_1.3.ods" << OfficeExtractorTests::Ods
                                                << 3600 << -1 << QString() << QString();
    }

    void damagedPackages()
    {
        QFETCH(QString, path);
        QFETCH(QString, mimeType);
        QFETCH(int, cutTo);
        QFETCH(int, code);
        QFETCH(QString, phrase);
        QFETCH(QString, title);
        QString file = Folio::Test::corpus(path);
        if (cutTo > 0) {
            const QByteArray whole = OfficeExtractorTests::readCorpus(path);
            QVERIFY(whole.size() > cutTo);
            file = OfficeExtractorTests::writeFile(*m_dir, QFileInfo(path).fileName(), whole.left(cutTo));
            QVERIFY(!file.isEmpty());
        }
        const auto extracted = OfficeExtractor::extract(file, mimeType);
        if (code >= 0) {
            QVERIFY2(!extracted, extracted ? qPrintable(OfficeExtractorTests::text(*extracted)) : "");
            QCOMPARE(int(extracted.error().code()), code);
            QVERIFY2(extracted.error().message().contains(QFileInfo(file).fileName()),
                qPrintable(extracted.error().message()));
            return;
        }
        FOLIO_VERIFY_OK(extracted);
        qInfo(
            "%s: %s", qPrintable(QTest::currentDataTag()), qPrintable(extracted->warnings.join(QStringLiteral(" | "))));
        QVERIFY(extracted->warnings.first().contains(QStringLiteral("no zip directory")));
        QVERIFY2(OfficeExtractorTests::text(*extracted).contains(phrase),
            qPrintable(OfficeExtractorTests::text(*extracted)));
        QCOMPARE(extracted->fields.value(QStringLiteral("title")).toString(), title);
        QVERIFY(!extracted->tags.isEmpty() || !phrase.isEmpty());
    }

    // bad/zbsm.zip renamed: 250 overlapping members that would inflate to 5.46 GB. Quick, nothing
    // written, and an error or a warning. Cut short, it has no directory and is read front to back.
    void zipBombStopsQuickly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<int>("cutTo");
        QTest::newRow("x.docx") << "x.docx" << OfficeExtractorTests::Docx << 0;
        QTest::newRow("x.xlsx") << "x.xlsx" << OfficeExtractorTests::Xlsx << 0;
        QTest::newRow("x.odt") << "x.odt" << OfficeExtractorTests::Odt << 0;
        QTest::newRow("x.epub") << "x.epub" << OfficeExtractorTests::Epub << 0;
        QTest::newRow("x.docx cut short") << "x.docx" << OfficeExtractorTests::Docx << 30000;
    }

    void zipBombStopsQuickly()
    {
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        QFETCH(int, cutTo);
        const QByteArray bomb = OfficeExtractorTests::readCorpus(QStringLiteral("bad/zbsm.zip"));
        QVERIFY(bomb.size() == 42374);
        const QString path = OfficeExtractorTests::writeFile(*m_dir, name, cutTo > 0 ? bomb.left(cutTo) : bomb);
        const QTemporaryDir work;
        const QString previous = QDir::currentPath();
        QVERIFY(work.isValid() && QDir::setCurrent(work.path()));
        const qint64 readBefore = OfficeExtractorTests::ioCounter("rchar");
        const qint64 writtenBefore = OfficeExtractorTests::ioCounter("wchar");
        QElapsedTimer timer;
        timer.start();
        const auto extracted = OfficeExtractor::extract(path, mimeType);
        const qint64 elapsed = timer.elapsed();
        const qint64 writtenAfter = OfficeExtractorTests::ioCounter("wchar");
        const qint64 read = OfficeExtractorTests::ioCounter("rchar") - readBefore;
        QVERIFY(QDir::setCurrent(previous));
        qInfo("%s: %lld ms, %lld bytes read, %s", qPrintable(QTest::currentDataTag()), elapsed, read,
            extracted ? qPrintable(extracted->warnings.join(QStringLiteral(" | ")))
                      : qPrintable(extracted.error().toString()));
        // The file a few times over (two passes over its directory and headers); inflating the 250
        // overlapping members would read their shared data 250 times (10 MB).
        QVERIFY2(read < 4 * bomb.size() + qsizetype(256) * 1024, qPrintable(QString::number(read)));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QCOMPARE(writtenAfter, writtenBefore);
        QVERIFY(QDir(work.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { name });
        if (extracted) {
            QVERIFY(!extracted->warnings.isEmpty());
        } else {
            QCOMPARE(extracted.error().code(), Error::Code::Corrupt);
        }
    }

    // A member that inflates beyond the 64 MiB a part may have (70 MiB in 70 KB) is read up to the limit,
    // with a warning. White space is inflated and scanned; 12 million empty paragraphs are parsed too,
    // which is the slowest a part can be (bounded by the part limit, and the watchdog beyond that).
    void inflatedPartStopsAtLimit_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<int>("maxMs");
        // Hang guards, not speed targets (those are benchmarks): generous enough for sanitizer builds.
        QTest::newRow("white space") << QByteArray("          ") << 60000;
        QTest::newRow("empty paragraphs") << QByteArray("<w:p/>") << 60000;
    }

    void inflatedPartStopsAtLimit()
    {
        QFETCH(QByteArray, unit);
        QFETCH(int, maxMs);
        QByteArray paragraphs;
        paragraphs.reserve(70 << 20);
        paragraphs.append("<w:p><w:r><w:t>Before the padding</w:t></w:r></w:p>");
        while (paragraphs.size() < (70 << 20)) {
            paragraphs.append(unit);
        }
        const QByteArray package
            = OfficeExtractorTests::zip({ { "word/document.xml", OfficeExtractorTests::wordDocument(paragraphs) } });
        paragraphs.clear();
        QVERIFY(package.size() < 1 << 20);
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("padded.docx"), package);
        const qint64 writtenBefore = OfficeExtractorTests::ioCounter("wchar");
        QElapsedTimer timer;
        timer.start();
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Docx);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(OfficeExtractorTests::ioCounter("wchar"), writtenBefore);
        qInfo("70 MiB part of %s: %lld ms", qPrintable(QTest::currentDataTag()), elapsed);
        QVERIFY2(elapsed < maxMs, qPrintable(QString::number(elapsed)));
        FOLIO_VERIFY_OK(extracted);
        QVERIFY(extracted->pageTexts.first().startsWith(QStringLiteral("Before the padding")));
        QVERIFY2(extracted->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("larger than 64 MiB")),
            qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
    }

    void limits_data()
    {
        QTest::addColumn<int>("maxEntries");
        QTest::addColumn<qint64>("maxPartBytes");
        QTest::addColumn<qint64>("maxTotalBytes");
        QTest::addColumn<qint64>("maxTextChars");
        QTest::addColumn<QString>("warning");
        QTest::newRow("part") << 5000 << qint64(16 * 1024) << qint64(512) * 1024 * 1024 << qint64(10'000'000)
                              << "larger than 16 KiB";
        QTest::newRow("text") << 5000 << qint64(64) * 1024 * 1024 << qint64(512) * 1024 * 1024 << qint64(1000)
                              << "longer than 1000 characters";
        QTest::newRow("package") << 5000 << qint64(64) * 1024 * 1024 << qint64(50 * 1024) << qint64(10'000'000)
                                 << "inflates to more than 50 KiB";
        QTest::newRow("members") << 3 << qint64(64) * 1024 * 1024 << qint64(512) * 1024 * 1024 << qint64(10'000'000)
                                 << QString();
    }

    void limits()
    {
        QFETCH(int, maxEntries);
        QFETCH(qint64, maxPartBytes);
        QFETCH(qint64, maxTotalBytes);
        QFETCH(qint64, maxTextChars);
        QFETCH(QString, warning);
        QByteArray paragraphs;
        for (int i = 0; i < 1000; ++i) {
            paragraphs += "<w:p><w:r><w:t>Paragraph " + QByteArray::number(i) + " of the long text</w:t></w:r></w:p>";
        }
        const QString path = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("long.docx"),
            OfficeExtractorTests::zip({
                { "word/document.xml", OfficeExtractorTests::wordDocument(paragraphs) },
                { "word/header1.xml", "<w:hdr " + OfficeExtractorTests::WordNs + ">" + paragraphs + "</w:hdr>" },
                { "word/header2.xml", "<w:hdr " + OfficeExtractorTests::WordNs + ">" + paragraphs + "</w:hdr>" },
                { "word/footer1.xml", "<w:ftr " + OfficeExtractorTests::WordNs + ">" + paragraphs + "</w:ftr>" },
            }));
        const PackageLimits limits { maxEntries, maxPartBytes, maxTotalBytes, maxTextChars };
        const auto extracted = OfficeExtractor::extract(path, OfficeExtractorTests::Docx, limits);
        if (warning.isEmpty()) {
            QVERIFY(!extracted);
            QCOMPARE(extracted.error().code(), Error::Code::LimitExceeded);
            QVERIFY2(extracted.error().message().contains(QStringLiteral("declares 4 members")),
                qPrintable(extracted.error().message()));
            return;
        }
        FOLIO_VERIFY_OK(extracted);
        QVERIFY2(extracted->warnings.join(QLatin1Char(' ')).contains(warning),
            qPrintable(extracted->warnings.join(QLatin1Char('\n'))));
        QVERIFY(extracted->pageTexts.first().startsWith(QStringLiteral("Paragraph 0 of the long text\nParagraph 1")));
        QVERIFY(extracted->pageTexts.first().size() <= maxTextChars);
        QVERIFY(!extracted->pageTexts.first().contains(QStringLiteral("Paragraph 999 of the long text\n")));
    }

    // The real limit: a package whose directory declares 5,001 members is refused before it is read.
    void tooManyMembers()
    {
        QList<OfficeExtractorTests::Member> members;
        for (int i = 0; i <= 5000; ++i) {
            members.append({ "f" + QByteArray::number(i), QByteArray(), false });
        }
        members.append(
            { "word/document.xml", OfficeExtractorTests::wordDocument("<w:p><w:r><w:t>late</w:t></w:r></w:p>") });
        const QString path
            = OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("crowd.docx"), OfficeExtractorTests::zip(members));
        const auto refused = OfficeExtractor::extract(path, OfficeExtractorTests::Docx);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::LimitExceeded);
        members.remove(0, 2);
        const auto read = OfficeExtractor::extract(
            OfficeExtractorTests::writeFile(*m_dir, QStringLiteral("crowd2.docx"), OfficeExtractorTests::zip(members)),
            OfficeExtractorTests::Docx);
        FOLIO_VERIFY_OK(read);
        QCOMPARE(read->pageTexts.first(), QStringLiteral("late"));
    }

    void unreadablePaths()
    {
        const auto missing
            = OfficeExtractor::extract(m_dir->filePath(QStringLiteral("missing.docx")), OfficeExtractorTests::Docx);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const auto folder = OfficeExtractor::extract(m_dir->path(), OfficeExtractorTests::Docx);
        QVERIFY(!folder);
        QCOMPARE(folder.error().code(), Error::Code::InvalidArgument);
        const auto pdf = OfficeExtractor::extract(
            Folio::Test::corpus(QStringLiteral("office/OOXML.docx")), QStringLiteral("application/pdf"));
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code(), Error::Code::Unsupported);
    }

    void handledTypes()
    {
        for (const QString &type : { OfficeExtractorTests::Docx, OfficeExtractorTests::Xlsx, OfficeExtractorTests::Pptx,
                 OfficeExtractorTests::Odt, OfficeExtractorTests::Ods, OfficeExtractorTests::Odp,
                 OfficeExtractorTests::Epub, QStringLiteral("application/vnd.ms-word.document.macroEnabled.12"),
                 QStringLiteral("application/vnd.ms-excel.sheet.macroEnabled.12"),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.slideshow"),
                 QStringLiteral("application/vnd.oasis.opendocument.text-template"),
                 QStringLiteral("application/vnd.oasis.opendocument.graphics") }) {
            QVERIFY2(OfficeExtractor::handles(type), qPrintable(type));
        }
        for (const QString &type : { QStringLiteral("application/vnd.ms-excel"), QStringLiteral("application/msword"),
                 QStringLiteral("application/zip"), QStringLiteral("application/vnd.oasis.opendocument.formula"),
                 QStringLiteral("text/plain"), QString() }) {
            QVERIFY2(!OfficeExtractor::handles(type), qPrintable(type));
        }
    }

    // What TypeDetector names the corpus packages is what the extractor reads, and reads as the same format.
    void detectedTypesAreHandled()
    {
        const QStringList packages
            = { QStringLiteral("OOXML.docx"), QStringLiteral("having-images.docx"), QStringLiteral("any_sheets.xlsx"),
                  QStringLiteral("test.pptx"), QStringLiteral("LibreOfficeWriter_odt_1.3.odt"),
                  QStringLiteral("LibreOfficeCalc_ods_1.3.ods"), QStringLiteral("lorem-ipsum-pages-09-4.1-923.epub") };
        for (const QString &name : packages) {
            const QString path = Folio::Test::corpus(QStringLiteral("office/") + name);
            const auto detected = Folio::TypeDetector::detect(path);
            FOLIO_VERIFY_OK(detected);
            QVERIFY2(
                OfficeExtractor::handles(detected->mimeType), qPrintable(name + QLatin1Char(' ') + detected->mimeType));
            const auto extracted = OfficeExtractor::extract(path, detected->mimeType);
            FOLIO_VERIFY_OK(extracted);
            QVERIFY(extracted->warnings.isEmpty());
        }
    }

    // Every corpus file, read as every package format: an error or a result, never a crash, each quickly.
    void everyCorpusFileAsEveryFormat()
    {
        const QStringList types = { OfficeExtractorTests::Docx, OfficeExtractorTests::Xlsx, OfficeExtractorTests::Pptx,
            OfficeExtractorTests::Odt, OfficeExtractorTests::Ods, OfficeExtractorTests::Odp,
            OfficeExtractorTests::Epub };
        QDirIterator files(Folio::Test::corpus(), QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        QElapsedTimer total;
        total.start();
        while (files.hasNext()) {
            const QString path = files.next();
            for (const QString &type : types) {
                QElapsedTimer timer;
                timer.start();
                const auto extracted = OfficeExtractor::extract(path, type);
                QVERIFY2(timer.elapsed() < 2000, qPrintable(path));
                QVERIFY(extracted || !extracted.error().message().isEmpty());
                ++count;
            }
        }
        qInfo("%d extractions in %lld ms", count, total.elapsed());
        QVERIFY(count >= 7 * 79);
    }

    // The same results from eight threads at once as from one.
    void concurrentExtraction()
    {
        const QList<std::pair<QString, QString>> files = {
            { QStringLiteral("office/OOXML.docx"), OfficeExtractorTests::Docx },
            { QStringLiteral("office/having-images.docx"), OfficeExtractorTests::Docx },
            { QStringLiteral("office/any_sheets.xlsx"), OfficeExtractorTests::Xlsx },
            { QStringLiteral("office/test.pptx"), OfficeExtractorTests::Pptx },
            { QStringLiteral("office/LibreOfficeWriter_odt_1.3.odt"), OfficeExtractorTests::Odt },
            { QStringLiteral("office/LibreOfficeCalc_ods_1.3.ods"), OfficeExtractorTests::Ods },
            { QStringLiteral("office/lorem-ipsum-pages-09-4.1-923.epub"), OfficeExtractorTests::Epub },
        };
        QList<ContentExtraction> expected;
        for (const auto &[path, type] : files) {
            auto extracted = OfficeExtractor::extract(Folio::Test::corpus(path), type);
            FOLIO_VERIFY_OK(extracted);
            expected.append(*extracted);
        }
        constexpr int Threads = 8;
        std::vector<std::future<bool>> runs;
        runs.reserve(Threads);
        for (int thread = 0; thread < Threads; ++thread) {
            runs.push_back(std::async(std::launch::async, [&files, &expected, thread] {
                for (int round = 0; round < 3; ++round) {
                    const int index = (thread + round) % int(files.size());
                    const auto extracted
                        = OfficeExtractor::extract(Folio::Test::corpus(files[index].first), files[index].second);
                    if (!extracted || extracted->pageTexts != expected[index].pageTexts
                        || extracted->fields != expected[index].fields || extracted->tags != expected[index].tags
                        || extracted->renditions.size() != expected[index].renditions.size()) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (auto &run : runs) {
            QVERIFY(run.get());
        }
    }
};

FOLIO_TEST(TestOfficeExtractor, "officeextractor")
#include "tst_officeextractor.moc"
