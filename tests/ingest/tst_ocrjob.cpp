// SPDX-License-Identifier: GPL-3.0-or-later
// OCR as an ingest job, through the real engine and folio-extract sandbox: the scanned page of c02-22.pdf
// yields its words as text with source "ocr", from an "ocr" job queued below the extraction of its batch and
// run after it; a text PDF and a photo get no such job; a grayscale page image at 200 dpi is classified as a
// scan and read; in a PDF of a text page and a scanned page only the scanned page is read and the text
// layer of the other stays; a language that is not installed (the library's setting) fails the job naming
// it, and the run's languages win over the setting; the job's time limit grows with its pages; a job out of
// time ends with the reason; a cancelled OCR goes back to the queue and finishes on the next run.
// ExtractionPool alone: a background request waits while any other request runs, and goes after those
// queued behind it.

#include "domain/ids.h"
#include "ingest/extractionpool.h"
#include "ingest/extractor.h"
#include "ingest/extractors/ocrengine.h"
#include "ingest/extractors/pdfpagerasterizer.h"
#include "ingest/ingestengine.h"
#include "ingest/jobhandler.h"
#include "ingest/ocrjob.h"
#include "library/library.h"
#include "store/actorrepository.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtGui/QImage>

using namespace Folio;

namespace OcrJobTests {

// Words of the Huckleberry Finn page of c02-22.pdf: at least MinWords of them must be read.
const QStringList KnownWords { QStringLiteral("Watson"), QStringLiteral("kitchen"), QStringLiteral("widow"),
    QStringLiteral("scratch"), QStringLiteral("shoulders") };
constexpr int MinWords = 4;

int knownWordsIn(const QString &text)
{
    return int(std::count_if(KnownWords.cbegin(), KnownWords.cend(),
        [&](const QString &word) { return text.contains(word, Qt::CaseInsensitive); }));
}

struct JobRow
{
    QString kind;
    qint64 versionId = 0;
    int priority = 0;
    QString state;
    QString startedAt;
    QString finishedAt;
    QString error;
    QJsonObject payload;
};

// Page 1 of c02-22.pdf, a scanned book page, in gray at DPI (its dots per metre say so).
QImage scannedPage(double dpi)
{
    auto pdf = PdfPageRasterizer::open(Test::corpus(QStringLiteral("pdf/c02-22.pdf")));
    if (!pdf) {
        return {};
    }
    auto raster = (*pdf)->render(0, dpi);
    return raster ? raster->image : QImage();
}

// A PDF of two pages written by hand: page 1 holds a line of real text (a text layer), page 2 only the
// picture SCAN at SCANDPI, like a scanned page.
QByteArray mixedPdf(const QImage &scan, double scanDpi)
{
    const QImage gray = scan.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    for (int y = 0; y < gray.height(); ++y) {
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    }
    const QByteArray deflated = qCompress(pixels).mid(4); // a zlib stream, which is what FlateDecode reads
    const QByteArray width = QByteArray::number(gray.width() * 72.0 / scanDpi, 'f', 2);
    const QByteArray height = QByteArray::number(gray.height() * 72.0 / scanDpi, 'f', 2);
    auto stream = [](const QByteArray &dictionary, const QByteArray &data) -> QByteArray {
        return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
            + "\nendstream";
    };
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 6 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height
            + "] /Resources << /XObject << /Im1 7 0 R >> >> /Contents 8 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream({}, "BT /F1 24 Tf 72 700 Td (Quarterly layer report) Tj ET"),
        stream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(gray.width()) + " /Height "
                + QByteArray::number(gray.height())
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
            deflated),
        stream({}, "q " + width + " 0 0 " + height + " 0 0 cm /Im1 Do Q"),
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets)) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A fake extractor that logs when it starts and ends each request; the request named "slow" takes a second.
const char *const loggingExtractor = R"(#!/bin/sh
while IFS= read -r line; do
    id=${line#*\"id\":}
    id=${id%%[,\}]*}
    echo "start $id" >> "$OCRJOB_LOG"
    case "$line" in *'"name":"slow"'*) sleep 1 ;; esac
    echo "end $id" >> "$OCRJOB_LOG"
    printf '{"id":%s,"result":{"detected_type":"text/x-fake"}}\n' "$id"
done
)";

} // namespace OcrJobTests

using namespace OcrJobTests;

class TestOcrJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<Library> m_library;
    QByteArray m_savedExtract;

    Database &db() { return m_library->database(); }

    static bool runToEnd(IngestEngine &engine, int timeoutMs = 120000)
    {
        QEventLoop loop;
        QObject::connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!engine.isFinished()) {
            loop.exec();
        }
        return engine.isFinished() && engine.fatalError().isEmpty();
    }

    // Ingests PATHS; the items by file name.
    QHash<QString, Item> ingest(const QStringList &paths, const IngestOptions &options = {})
    {
        IngestEngine engine(*m_library, options);
        engine.start(paths);
        if (!runToEnd(engine)) {
            qWarning() << "the ingest did not finish:" << engine.fatalError();
            return {};
        }
        QHash<QString, Item> items;
        for (const ImportOutcome &outcome : engine.importSummary().outcomes) {
            if (auto item = ItemRepository(db()).resolve(outcome.itemUuid); item) {
                items.insert(QFileInfo(outcome.source).fileName(), *item);
            }
        }
        return items;
    }

    QList<JobRow> jobs()
    {
        QList<JobRow> rows;
        auto stmt = db().query(QStringLiteral("SELECT kind, ifnull(version_id, 0), priority, state, "
                                              "ifnull(started_at, ''), ifnull(finished_at, ''), ifnull(error, ''), "
                                              "payload_json FROM job ORDER BY id"));
        if (!stmt) {
            return rows;
        }
        (void)stmt->forEach([&](Statement &row) {
            rows.append({ row.text(0), row.int64(1), int(row.int64(2)), row.text(3), row.text(4), row.text(5),
                row.text(6), QJsonDocument::fromJson(row.text(7).toUtf8()).object() });
        });
        return rows;
    }

    QList<JobRow> jobsOf(const QString &kind, qint64 versionId)
    {
        QList<JobRow> rows;
        for (const JobRow &job : jobs()) {
            if (job.kind == kind && job.versionId == versionId) {
                rows.append(job);
            }
        }
        return rows;
    }

    QList<PageText> pagesOf(const Item &item)
    {
        return ExtractionRepository(db()).pages(item.currentVersionId).value_or(QList<PageText> {});
    }

    QString ocrTextOf(const Item &item)
    {
        QString text;
        for (const PageText &page : pagesOf(item)) {
            if (page.source == QLatin1String("ocr")) {
                text += page.text;
            }
        }
        return text;
    }

    ExtractionRecord recordOf(const Item &item)
    {
        auto record = ExtractionRepository(db()).forVersion(item.currentVersionId);
        return record && record->has_value() ? **record : ExtractionRecord {};
    }

    // The item's needs-ocr value: nothing when it has none.
    std::optional<bool> needsOcr(const Item &item)
    {
        auto field = SchemaRepository(db()).resolve(QStringLiteral("needs-ocr"));
        if (!field) {
            return std::nullopt;
        }
        auto value = MetadataRepository(db()).value(item.id, field->id);
        return value && value->has_value() ? std::optional<bool>((*value)->toBool()) : std::nullopt;
    }

    // Runs what is queued (as reprocess and folioctl ocr do).
    bool resume(const IngestOptions &options = {})
    {
        IngestEngine engine(*m_library, options);
        engine.resume();
        return runToEnd(engine);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString extractor = Test::program(QStringLiteral("folio-extract"));
        QVERIFY2(QFileInfo(extractor).isExecutable(), qPrintable(extractor + QStringLiteral(" is missing")));
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        qputenv("FOLIO_EXTRACT", QFile::encodeName(extractor));
        const QStringList installed = OcrEngine::installedLanguages();
        QVERIFY2(installed.contains(QStringLiteral("eng")), "Tesseract's English data is not installed");
    }

    void cleanupTestCase()
    {
        if (m_savedExtract.isEmpty()) {
            qunsetenv("FOLIO_EXTRACT");
        } else {
            qputenv("FOLIO_EXTRACT", m_savedExtract);
        }
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        auto library = Library::open(m_root->filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
    }

    void cleanup()
    {
        m_library.reset();
        m_root.reset();
    }

    void scannedPdfIsReadAfterItsBatchIsExtracted()
    {
        QElapsedTimer timer;
        timer.start();
        const auto items = ingest(
            { Test::corpus(QStringLiteral("pdf/c02-22.pdf")), Test::corpus(QStringLiteral("pdf/minimal-document.pdf")),
                Test::corpus(QStringLiteral("images/jolla.jpg")) });
        qInfo("three files, one of them OCR'd, in %lld ms", qint64(timer.elapsed()));
        const Item scan = items.value(QStringLiteral("c02-22.pdf"));
        const Item text = items.value(QStringLiteral("minimal-document.pdf"));
        const Item photo = items.value(QStringLiteral("jolla.jpg"));
        QVERIFY(scan.id && text.id && photo.id);

        const QList<PageText> pages = pagesOf(scan);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().page, 1);
        QCOMPARE(pages.first().source, QStringLiteral("ocr"));
        QVERIFY2(knownWordsIn(pages.first().text) >= MinWords, qPrintable(pages.first().text));

        // One OCR job, of the scan only, queued below the extraction and finished after all of it.
        const QList<JobRow> ocr = jobsOf(QStringLiteral("ocr"), scan.currentVersionId);
        QCOMPARE(ocr.size(), 1);
        QCOMPARE(ocr.first().state, QStringLiteral("done"));
        QCOMPARE(ocr.first().payload.value(QStringLiteral("pages")).toArray(), QJsonArray { 0 });
        QVERIFY(jobsOf(QStringLiteral("ocr"), text.currentVersionId).isEmpty());
        QVERIFY(jobsOf(QStringLiteral("ocr"), photo.currentVersionId).isEmpty());
        int extracts = 0;
        for (const JobRow &job : jobs()) {
            if (job.kind != QLatin1String("extract")) {
                continue;
            }
            ++extracts;
            QCOMPARE(job.state, QStringLiteral("done"));
            QVERIFY2(ocr.first().priority < job.priority, qPrintable(QString::number(job.priority)));
            QVERIFY2(ocr.first().startedAt >= job.startedAt,
                qPrintable(QString(ocr.first().startedAt + QStringLiteral(" < ") + job.startedAt)));
            QVERIFY2(ocr.first().finishedAt >= job.finishedAt,
                qPrintable(QString(ocr.first().finishedAt + QStringLiteral(" < ") + job.finishedAt)));
        }
        QCOMPARE(extracts, 3);

        // Done: needs-ocr cleared, the extraction record says what OCR did, without a warning.
        QVERIFY(!needsOcr(scan).has_value());
        const ExtractionRecord record = recordOf(scan);
        QVERIFY(record.fields.value(QStringLiteral("needs-ocr")).toBool()); // what extraction found stays
        const QJsonObject read = record.fields.value(QStringLiteral("ocr")).toObject();
        QCOMPARE(read.value(QStringLiteral("pages")).toArray(), QJsonArray { 1 });
        QCOMPARE(read.value(QStringLiteral("languages")).toString(), QStringLiteral("eng"));
        QVERIFY2(read.value(QStringLiteral("confidence")).toInt() >= 60, qPrintable(QJsonDocument(read).toJson()));
        QVERIFY2(record.warnings.isEmpty(), qPrintable(record.warnings.join(QStringLiteral(" | "))));
        // The text document keeps its layer, the photo has no text and no scan verdict.
        QVERIFY(!pagesOf(text).isEmpty());
        QCOMPARE(pagesOf(text).first().source, QStringLiteral("layer"));
        QVERIFY(pagesOf(photo).isEmpty());
        QVERIFY(!recordOf(photo).fields.contains(QStringLiteral("scan")));
    }

    void grayscalePageImageIsAScan()
    {
        const QImage page = scannedPage(200);
        QVERIFY(!page.isNull());
        QCOMPARE(page.format(), QImage::Format_Grayscale8);
        const QString file = m_root->filePath(QStringLiteral("page-22.png"));
        QVERIFY(page.save(file, "PNG"));
        const Item item = ingest({ file }).value(QStringLiteral("page-22.png"));
        QVERIFY(item.id);
        const ExtractionRecord record = recordOf(item);
        QVERIFY2(
            record.fields.value(QStringLiteral("scan")).toBool(), qPrintable(QJsonDocument(record.fields).toJson()));
        QVERIFY2(record.fields.value(QStringLiteral("scan-verdict")).toString().contains(QLatin1String("200 dpi")),
            qPrintable(record.fields.value(QStringLiteral("scan-verdict")).toString()));
        QCOMPARE(jobsOf(QStringLiteral("ocr"), item.currentVersionId).size(), 1);
        const QList<PageText> pages = pagesOf(item);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().source, QStringLiteral("ocr"));
        QVERIFY2(knownWordsIn(pages.first().text) >= MinWords, qPrintable(pages.first().text));
        QVERIFY(!needsOcr(item).has_value());
    }

    void onlyThePagesWithoutTextAreRead()
    {
        const QString file = m_root->filePath(QStringLiteral("mixed.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(mixedPdf(scannedPage(200), 200));
        out.close();
        const Item item = ingest({ file }).value(QStringLiteral("mixed.pdf"));
        QVERIFY(item.id);
        const QList<JobRow> ocr = jobsOf(QStringLiteral("ocr"), item.currentVersionId);
        QCOMPARE(ocr.size(), 1);
        QCOMPARE(ocr.first().payload.value(QStringLiteral("pages")).toArray(), QJsonArray { 1 });
        const QList<PageText> pages = pagesOf(item);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).source, QStringLiteral("layer"));
        QVERIFY2(pages.at(0).text.contains(QLatin1String("Quarterly layer report")), qPrintable(pages.at(0).text));
        QCOMPARE(pages.at(1).source, QStringLiteral("ocr"));
        QVERIFY2(knownWordsIn(pages.at(1).text) >= MinWords, qPrintable(pages.at(1).text));
        QCOMPARE(recordOf(item).fields.value(QStringLiteral("ocr")).toObject().value(QStringLiteral("pages")).toArray(),
            QJsonArray { 2 });
    }

    void missingLanguageFailsTheJobNamingIt()
    {
        auto set = m_library->write(
            [&] { return ActorRepository(db()).setInfo(OcrJob::languageSetting(), QStringLiteral("zzz")); });
        FOLIO_VERIFY_OK(set);
        IngestEngine engine(*m_library, {});
        engine.start({ Test::corpus(QStringLiteral("pdf/c02-22.pdf")) });
        QVERIFY(runToEnd(engine));
        const Item item = *ItemRepository(db()).resolve(engine.importSummary().outcomes.first().itemUuid);
        QList<JobRow> ocr = jobsOf(QStringLiteral("ocr"), item.currentVersionId);
        QCOMPARE(ocr.size(), 1);
        QCOMPARE(ocr.first().state, QStringLiteral("failed"));
        QVERIFY2(ocr.first().error.contains(QLatin1String("\"zzz\"")), qPrintable(ocr.first().error));
        QCOMPARE(engine.extractionFailures().size(), 1);
        QCOMPARE(engine.extractionFailures().first().task, QStringLiteral("ocr"));
        QVERIFY(engine.extractionFailures().first().reason.contains(QLatin1String("zzz")));
        QCOMPARE(engine.jobsFinished(QStringLiteral("ocr")), 1);
        // Nothing read: the item still needs OCR, and its record says why.
        QCOMPARE(needsOcr(item), std::optional<bool>(true));
        QVERIFY(ocrTextOf(item).isEmpty());
        const QStringList warnings = recordOf(item).warnings;
        QVERIFY2(warnings.size() == 1 && warnings.first().contains(QLatin1String("zzz")),
            qPrintable(warnings.join(QStringLiteral(" | "))));

        // The run's languages win over the library's setting; the earlier failure's warning goes.
        auto queued = m_library->write([&]() -> Result<void> {
            auto job = OcrJob::enqueue(db(), item.currentVersionId, {});
            return job ? Result<void>() : Result<void>(std::unexpected(job.error()));
        });
        FOLIO_VERIFY_OK(queued);
        IngestOptions english;
        english.ocrLanguages = QStringLiteral("eng");
        QVERIFY(resume(english));
        ocr = jobsOf(QStringLiteral("ocr"), item.currentVersionId);
        QCOMPARE(ocr.size(), 2);
        QCOMPARE(ocr.last().state, QStringLiteral("done"));
        QVERIFY(knownWordsIn(ocrTextOf(item)) >= MinWords);
        QVERIFY(!needsOcr(item).has_value());
        QVERIFY2(recordOf(item).warnings.isEmpty(), qPrintable(recordOf(item).warnings.join(QStringLiteral(" | "))));
        QVERIFY(!OcrJob::checkLanguages(QStringLiteral("zzz")));
        QVERIFY(OcrJob::checkLanguages(QStringLiteral("eng")));
    }

    void timeLimitGrowsWithThePages()
    {
        const Item item = ingest({ Test::corpus(QStringLiteral("pdf/minimal-document.pdf")) })
                              .value(QStringLiteral("minimal-document.pdf"));
        QVERIFY(item.id);
        const QHash<qint64, QString> passwords;
        JobContext context { *m_library, m_root->path(), 3, passwords };
        auto handler = JobHandler::create(QStringLiteral("ocr"), context);
        QVERIFY(handler);
        Job job;
        job.id = 1;
        job.kind = QStringLiteral("ocr");
        job.versionId = item.currentVersionId;
        auto whole = handler->prepare(job);
        FOLIO_VERIFY_OK(whole);
        QVERIFY(whole->background);
        QCOMPARE(whole->task, QStringLiteral("ocr"));
        QCOMPARE(whole->timeoutSeconds, OcrJob::StartSeconds + OcrJob::SecondsPerPage); // its one page
        QCOMPARE(whole->options.value(QStringLiteral("languages")).toString(), QStringLiteral("eng"));
        QJsonArray ten;
        for (int page = 0; page < 10; ++page) {
            ten.append(page);
        }
        job.payload = QJsonObject { { QStringLiteral("pages"), ten },
            { QStringLiteral("languages"), QStringLiteral("deu+eng") } };
        auto pages = handler->prepare(job);
        FOLIO_VERIFY_OK(pages);
        QCOMPARE(pages->timeoutSeconds, OcrJob::StartSeconds + 10 * OcrJob::SecondsPerPage);
        QCOMPARE(pages->options.value(QStringLiteral("seconds")).toInt(), pages->timeoutSeconds);
        QCOMPARE(pages->options.value(QStringLiteral("languages")).toString(), QStringLiteral("deu+eng"));
        QJsonArray many;
        for (int page = 0; page < 500; ++page) {
            many.append(page);
        }
        job.payload = QJsonObject { { QStringLiteral("pages"), many } };
        auto capped = handler->prepare(job);
        FOLIO_VERIFY_OK(capped);
        QCOMPARE(capped->timeoutSeconds, OcrJob::MaxSeconds);
    }

    // In-process, as the sandbox runs it: a task whose time runs out ends with the reason, not a kill.
    void outOfTimeEndsWithTheReason()
    {
        QElapsedTimer timer;
        timer.start();
        const ExtractionResult result = Extractor::ocr(Test::corpus(QStringLiteral("pdf/c02-22.pdf")),
            OcrTask { .pages = { 0 }, .languages = QStringLiteral("eng"), .seconds = 1 }, QStringLiteral("c02-22.pdf"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.error.contains(QLatin1String("out of time")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("c02-22.pdf")));
        QVERIFY(result.recognised.isEmpty());
        // Nothing to read in a file that is neither a PDF nor an image.
        const ExtractionResult text = Extractor::ocr(
            Test::corpus(QStringLiteral("text/lorem-ipsum.txt")), OcrTask {}, QStringLiteral("lorem-ipsum.txt"));
        QVERIFY2(text.error.contains(QLatin1String("lorem-ipsum.txt")), qPrintable(text.error));
    }

    void cancelledOcrGoesBackToTheQueue()
    {
        IngestEngine engine(*m_library, {});
        QTimer poll;
        bool cancelled = false;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (const JobRow &job : jobs()) {
                if (job.kind == QLatin1String("ocr") && job.state == QLatin1String("running") && !cancelled) {
                    cancelled = true;
                    engine.cancel();
                }
            }
        });
        poll.start(10);
        engine.start({ Test::corpus(QStringLiteral("pdf/c02-22.pdf")) });
        QEventLoop loop;
        connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!engine.isFinished()) {
            loop.exec();
        }
        poll.stop();
        QVERIFY(engine.isFinished());
        QVERIFY(cancelled);
        const Item item = *ItemRepository(db()).resolve(engine.importSummary().outcomes.first().itemUuid);
        QList<JobRow> ocr = jobsOf(QStringLiteral("ocr"), item.currentVersionId);
        QCOMPARE(ocr.size(), 1);
        QCOMPARE(ocr.first().state, QStringLiteral("queued"));
        QVERIFY(ocrTextOf(item).isEmpty());
        QCOMPARE(needsOcr(item), std::optional<bool>(true));

        QVERIFY(resume());
        ocr = jobsOf(QStringLiteral("ocr"), item.currentVersionId);
        QCOMPARE(ocr.first().state, QStringLiteral("done"));
        QVERIFY(knownWordsIn(ocrTextOf(item)) >= MinWords);
    }

    // Two workers: the background request waits while the slow one runs although a worker is free, and a
    // request queued after it goes first.
    void backgroundRequestsWaitForTheOthers()
    {
        const QString script = m_root->filePath(QStringLiteral("fake-extract"));
        QFile fake(script);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(loggingExtractor);
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString log = m_root->filePath(QStringLiteral("log"));
        qputenv("OCRJOB_LOG", QFile::encodeName(log));
        qputenv("FOLIO_EXTRACT", QFile::encodeName(script));
        const auto restore = qScopeGuard([&] {
            qputenv("FOLIO_EXTRACT", QFile::encodeName(Test::program(QStringLiteral("folio-extract"))));
            qunsetenv("OCRJOB_LOG");
        });

        ExtractionPool pool(2, 60);
        QList<qint64> finished;
        connect(
            &pool, &ExtractionPool::finished, this, [&](qint64 id, const ExtractionResult &) { finished.append(id); });
        ExtractionRequest slow;
        slow.id = 1;
        slow.originalName = QStringLiteral("slow");
        ExtractionRequest background;
        background.id = 2;
        background.task = QStringLiteral("ocr");
        background.background = true;
        ExtractionRequest quick;
        quick.id = 3;
        pool.submit(slow);
        pool.submit(background);
        pool.submit(quick);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QCOMPARE(finished.last(), qint64(2));
        QFile in(log);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.indexOf(QStringLiteral("start 3")) < lines.indexOf(QStringLiteral("start 2")),
            qPrintable(lines.join(QStringLiteral(", "))));
        QVERIFY2(lines.indexOf(QStringLiteral("end 1")) < lines.indexOf(QStringLiteral("start 2")),
            qPrintable(lines.join(QStringLiteral(", "))));
    }
};

FOLIO_TEST(TestOcrJob, "ocrjob")
#include "tst_ocrjob.moc"
