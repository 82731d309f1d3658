// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one ingest engine (folioctl ingest, the client's drag and drop, watch folders, sync): stores files
// in batches (FileImporter), then runs the queued jobs — each new version's extraction, an archive's
// unpacking, OCR — in sandboxed worker processes (ExtractionPool) and records the results, each kind of job
// through its JobHandler. The fast stage — hashing and storing — runs first and its items are browsable at
// once; extraction follows; background jobs (OCR) wait until the import is over and no other job is left
// in the workers. Jobs are persisted, so work cut short by a crash or a cancel resumes on the next run
// (resume()).
//
// Thread safety: a QObject of the thread that owns the Library; it uses that thread's event loop.

#include "ingest/archiveexpander.h"
#include "ingest/extractionpool.h"
#include "ingest/extractors/archivereader.h"
#include "ingest/fileimporter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

namespace Folio {

class JobHandler;
struct ExtractionResult;
struct ExtractedVersion;
struct JobContext;

struct IngestOptions
{
    ImportOptions import;
    int jobs = 2; // extraction worker processes
    int timeoutSeconds = 60; // per file (and per archive unpacked), in the sandbox
    int maxArchiveDepth = ArchiveLimits().maxDepth; // archives nested deeper are stored but not unpacked
    QString ocrLanguages; // Tesseract's names joined by '+'; empty: the library's setting (OcrJob::languageSetting)
};

struct IngestProgress
{
    ImportProgress import;
    int extracted = 0; // versions whose extraction finished (or failed)
    int toExtract = 0; // versions queued for extraction in this run
    qint64 etaSeconds = -1; // -1 while unknown
};

struct ExtractionFailure
{
    QString itemUuid;
    QString file;
    QString reason;
    QString task; // the kind of job that failed: "extract" (nothing was extracted), "unpack" (no member stored),
                  // "ocr" (the text of pages without a text layer was not read)
};

class IngestEngine : public QObject
{
    Q_OBJECT

public:
    IngestEngine(Library &library, const IngestOptions &options, QObject *parent = nullptr);
    ~IngestEngine() override;

    // Stores PATHS, then extracts them (and any queued jobs).
    void start(const QStringList &paths);
    // Extracts the queued jobs only (reprocess, or work left by an earlier run).
    void resume();
    // A password for the given version's document (folioctl unlock); kept in memory only.
    void setPassword(qint64 versionId, const QString &password) { m_passwords.insert(versionId, password); }
    // Stops after the batch in hand; extraction jobs not done stay queued for the next run.
    void cancel();

    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    const ImportSummary &importSummary() const { return m_importer.summary(); }
    const QList<ExtractionFailure> &extractionFailures() const { return m_failures; }
    const QStringList &extractionWarnings() const { return m_warnings; }
    // How many jobs of KIND ("extract", "unpack", "ocr") finished in this run, failed or not.
    int jobsFinished(const QString &kind) const { return m_finishedByKind.value(kind); }
    // What each archive unpacked in this run gave.
    const QList<ArchiveExpansion> &archiveExpansions() const;
    // An error that stopped the whole run (the library could not be written), empty otherwise.
    const QString &fatalError() const { return m_fatal; }
    const IngestProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressChanged(const Folio::IngestProgress &progress);
    void finished();

private:
    struct InFlight
    {
        qint64 versionId = 0;
        QString file;
        JobHandler *handler = nullptr;
        QString task;
    };

    void step();
    void claimJobs();
    void releaseHeld();
    JobHandler *handlerFor(const QString &kind);
    void onExtracted(qint64 jobId, const ExtractionResult &result);
    void flushResults();
    void finishIfDone();
    void stopWith(const QString &error);
    void updateEta();

    Library &m_library;
    IngestOptions m_options;
    FileImporter m_importer;
    std::unique_ptr<ExtractionPool> m_pool;
    QString m_workDir;
    QHash<qint64, QString> m_passwords; // version id → password
    std::unique_ptr<JobContext> m_context;
    std::map<QString, std::unique_ptr<JobHandler>> m_handlers; // by job kind, made when first needed
    QHash<qint64, InFlight> m_inFlight; // by job id
    QList<ExtractionRequest> m_held; // background requests waiting for the import
    QHash<QString, int> m_finishedByKind;
    QList<std::pair<JobHandler *, ExtractedVersion>> m_results; // done, not recorded yet
    QList<ExtractionFailure> m_failures;
    QStringList m_warnings;
    IngestProgress m_progress;
    QElapsedTimer m_clock;
    QString m_fatal;
    bool m_importing = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_stepScheduled = false;
};

} // namespace Folio
