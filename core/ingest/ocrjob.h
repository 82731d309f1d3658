// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "ocr" job: Tesseract reads, in the sandbox (Extractor::ocr), the pages of a version that have no text —
// a PDF's pages without a text layer and images that are scans, both found by the extraction, which queues
// the job in the transaction that records it; or a whole file the user marks as a scan (`folioctl ocr`) —
// and their text is recorded with source "ocr" beside the layer text of the other pages.
//
// It runs after the fast stages: queued at a low priority (Priority) and sent to the workers in the
// background (ExtractionRequest::background), so a batch is stored, extracted and browsable before OCR
// starts. Payload: {"pages": [0, 3]} (0-based; absent or empty: every page) and, when the job names them,
// {"languages": "deu+eng"}; otherwise the run's languages (IngestOptions::ocrLanguages), else the library's
// setting (library_info languageSetting()), else "eng". The watchdog gives it SecondsPerPage a page.
//
// Recording, one transaction for several versions: the pages' text; the needs-ocr field cleared once every
// page asked for was read; in the extraction record's fields, "ocr" ({"languages", "pages" read (from 1),
// "confidence", "warnings", "error"}) and its warnings (a page read with very low confidence or not at
// all), which replace those of an earlier OCR of the version; one audit event ("version.ocr") per version.
//
// Thread safety: one thread, the engine's. Ownership: borrows its JobContext.

#include "ingest/jobhandler.h"

#include <QCoreApplication>

namespace Folio {

class Database;

class OcrJob : public JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(Folio::OcrJob)

public:
    static constexpr int Priority = 1; // below extraction and unpacking (10) and reprocess (5)
    // The watchdog's limit: StartSeconds and SecondsPerPage for each page (a page takes 1–3 s on a busy
    // core), at most MaxSeconds, half the sandbox's default CPU-time limit (ExtractionPool replaces a worker
    // that has worked that long).
    static constexpr int StartSeconds = 30;
    static constexpr int SecondsPerPage = 30;
    static constexpr int MaxSeconds = 1800;
    // A page read with a lower mean confidence (0–100) gets a warning: its text is likely garbage (a wrong
    // language, a photo, a page upside down).
    static constexpr int LowConfidence = 40;

    // The library_info key of the library's OCR languages.
    static QString languageSetting() { return QStringLiteral("ocr.languages"); }
    static QString defaultLanguages() { return QStringLiteral("eng"); }

    // Queues OCR of PAGES (0-based; empty: every page) of VERSIONID, in LANGUAGES (empty: decided when it
    // runs), at PRIORITY. Inside the caller's transaction.
    static Result<qint64> enqueue(Database &db, qint64 versionId, const QList<int> &pages,
        const QString &languages = {}, int priority = Priority);
    // The library's OCR languages: its setting, else defaultLanguages().
    static Result<QString> libraryLanguages(Database &db);
    // Whether every language of LANGUAGES ("deu+eng") is installed; NotFound naming the first one that is not
    // and the installed ones.
    static Result<void> checkLanguages(const QString &languages);

    explicit OcrJob(JobContext &context)
        : m_context(context)
    { }

    Result<ExtractionRequest> prepare(const Job &job) override;
    Result<void> record(const QList<ExtractedVersion> &results) override;

private:
    struct Asked
    {
        QList<int> pages; // empty: every page
        QString languages;
    };

    Result<void> recordOne(const ExtractedVersion &done, const Asked &asked, const QString &now);

    JobContext &m_context;
    QHash<qint64, Asked> m_asked; // by job id, from prepare() to record()
};

} // namespace Folio
