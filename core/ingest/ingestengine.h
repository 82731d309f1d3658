// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one ingest engine (folioctl ingest, the client's drag and drop, watch folders, sync): stores files
// in batches (FileImporter), then extracts each new version in sandboxed worker processes
// (ExtractionPool) and records the results (ExtractionApplier). The fast stage — hashing and storing —
// runs first and its items are browsable at once; extraction follows. Jobs are persisted, so work cut
// short by a crash or a cancel resumes on the next run (resume()).
//
// Thread safety: a QObject of the thread that owns the Library; it uses that thread's event loop.

#include "ingest/fileimporter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Folio {

class ExtractionPool;
struct ExtractionResult;
struct ExtractedVersion;

struct IngestOptions
{
    ImportOptions import;
    int jobs = 2;            // extraction worker processes
    int timeoutSeconds = 60; // per file, in the sandbox
};

struct IngestProgress
{
    ImportProgress import;
    int extracted = 0;        // versions whose extraction finished (or failed)
    int toExtract = 0;        // versions queued for extraction in this run
    qint64 etaSeconds = -1;   // -1 while unknown
};

struct ExtractionFailure
{
    QString itemUuid;
    QString file;
    QString reason;
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
    // An error that stopped the whole run (the library could not be written), empty otherwise.
    const QString &fatalError() const { return m_fatal; }
    const IngestProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressChanged(const Folio::IngestProgress &progress);
    void finished();

private:
    void step();
    void claimJobs();
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
    QHash<qint64, std::pair<qint64, QString>> m_inFlight; // job id → version id, file
    QHash<qint64, QString> m_passwords;                   // version id → password
    QList<ExtractedVersion> m_results;
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
