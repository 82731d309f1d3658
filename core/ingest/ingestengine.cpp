// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ingestengine.h"

#include "domain/ids.h"
#include "ingest/extractionapplier.h"
#include "ingest/extractionpool.h"
#include "library/library.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"
#include "blobs/blobstore.h"

#include <QDir>
#include <QTimer>

#include <unistd.h>

namespace Folio {

namespace {
// Results are recorded in groups: one transaction (and one fsync) per group, not per file.
constexpr int resultsPerTransaction = 32;
constexpr int flushAfterMs = 250;
constexpr int claimBatch = 64;
} // namespace

IngestEngine::IngestEngine(Library &library, const IngestOptions &options, QObject *parent)
    : QObject(parent), m_library(library), m_options(options), m_importer(library),
      m_pool(std::make_unique<ExtractionPool>(options.jobs, options.timeoutSeconds, this))
{
    // Renditions are written by the sandbox into the library's temp area (same filesystem: they are
    // staged into the blob store from there).
    m_workDir = QDir(library.blobs().blobsPath()).filePath(QStringLiteral("tmp/extract-%1").arg(::getpid()));
    QDir().mkpath(m_workDir);
    connect(m_pool.get(), &ExtractionPool::finished, this, &IngestEngine::onExtracted);
}

IngestEngine::~IngestEngine()
{
    m_pool->stop();
    QDir(m_workDir).removeRecursively();
}

void IngestEngine::start(const QStringList &paths)
{
    m_clock.start();
    if (auto begun = m_importer.begin(paths, m_options.import); !begun) {
        // Reported from the event loop, like every end: finished() never fires inside start().
        QTimer::singleShot(0, this, [this, error = begun.error().message()] { stopWith(error); });
        return;
    }
    m_importing = true;
    QTimer::singleShot(0, this, &IngestEngine::step);
}

void IngestEngine::resume()
{
    m_clock.start();
    QTimer::singleShot(0, this, &IngestEngine::step);
}

void IngestEngine::cancel()
{
    m_cancelled = true;
    m_importer.cancel();
    m_pool->stop();
    // Jobs sent to the sandbox but not recorded go back to the queue for the next run.
    (void)JobRepository(m_library.database()).requeueOwned(QStringLiteral("ingest-%1").arg(::getpid()));
    m_inFlight.clear();
    QTimer::singleShot(0, this, &IngestEngine::step);
}

void IngestEngine::stopWith(const QString &error)
{
    m_fatal = error;
    m_cancelled = true;
    m_importing = false;
    m_pool->stop();
    m_inFlight.clear();
    m_results.clear();
    finishIfDone();
}

void IngestEngine::step()
{
    m_stepScheduled = false;
    if (m_finished) {
        return;
    }
    if (m_importing && m_importer.hasMore() && !m_cancelled) {
        if (auto batch = m_importer.importNextBatch(); !batch) {
            stopWith(batch.error().message());
            return;
        }
        m_progress.import = m_importer.progress();
        updateEta();
        Q_EMIT progressChanged(m_progress);
    } else {
        m_importing = false;
    }
    if (!m_cancelled) {
        claimJobs();
    }
    if (m_importing && !m_stepScheduled) {
        m_stepScheduled = true;
        QTimer::singleShot(0, this, &IngestEngine::step);
    }
    finishIfDone();
}

void IngestEngine::claimJobs()
{
    // Claim in batches when the workers run low: each claim is a write transaction, and one per file
    // would cost a disk flush per file. What is claimed but not done goes back to the queue when the
    // library is next opened alone (or at once, on cancel).
    if (m_pool->pending() > m_options.jobs * 2) {
        return;
    }
    const int wanted = claimBatch;
    auto jobs = JobRepository(m_library.database()).claim(QStringLiteral("ingest-%1").arg(::getpid()), wanted, Ids::now());
    if (!jobs) {
        stopWith(jobs.error().message());
        return;
    }
    VersionRepository versions(m_library.database());
    for (const Job &job : std::as_const(*jobs)) {
        auto version = versions.byId(job.versionId);
        const QString file = version ? m_library.blobs().pathFor(version->sha256) : QString();
        // An XMP sidecar stored with the file is read with it (its fields win: they are the user's edits).
        QString sidecar;
        QString companion;
        if (auto renditions = ExtractionRepository(m_library.database()).renditions(job.versionId); renditions) {
            for (const RenditionRecord &r : std::as_const(*renditions)) {
                if (r.name == QLatin1String("sidecar:xmp")) {
                    sidecar = m_library.blobs().pathFor(r.sha256);
                } else if (r.name == QLatin1String("companion:jpeg")) {
                    companion = m_library.blobs().pathFor(r.sha256);
                }
            }
        }
        m_inFlight.insert(job.id, {job.versionId, version ? version->filename : QString()});
        m_progress.toExtract += 1;
        const QString output = QDir(m_workDir).filePath(QString::number(job.id));
        m_pool->submit({job.id, file, sidecar, output, version ? version->filename : QString(), companion,
                        m_passwords.value(job.versionId)});
    }
}

void IngestEngine::onExtracted(qint64 jobId, const ExtractionResult &result)
{
    const auto entry = m_inFlight.take(jobId);
    m_results.append({entry.first, jobId, result});
    m_progress.extracted += 1;
    if (!result.error.isEmpty()) {
        auto version = VersionRepository(m_library.database()).byId(entry.first);
        auto item = version ? ItemRepository(m_library.database()).byId(version->itemId) : Result<Item>(Item{});
        m_failures.append({item ? item->uuid : QString(), entry.second, result.error});
    }
    for (const QString &warning : result.warnings) {
        m_warnings.append(entry.second + QStringLiteral(": ") + warning);
    }
    if (m_results.size() >= resultsPerTransaction || m_pool->pending() == 0) {
        flushResults();
    } else {
        QTimer::singleShot(flushAfterMs, this, &IngestEngine::flushResults);
    }
    updateEta();
    Q_EMIT progressChanged(m_progress);
    if (!m_cancelled) {
        claimJobs();
    }
    finishIfDone();
}

void IngestEngine::flushResults()
{
    if (m_results.isEmpty()) {
        return;
    }
    const QList<ExtractedVersion> batch = std::exchange(m_results, {});
    if (auto applied = ExtractionApplier(m_library).apply(batch); !applied) {
        stopWith(applied.error().message());
        return;
    }
    for (const ExtractedVersion &done : batch) {
        if (!done.result.renditions.isEmpty()) {
            QDir(QDir(m_workDir).filePath(QString::number(done.jobId))).removeRecursively();
        }
    }
    finishIfDone();
}

void IngestEngine::finishIfDone()
{
    if (m_finished || m_importing || !m_inFlight.isEmpty() || !m_results.isEmpty()) {
        return;
    }
    if (!m_cancelled && m_fatal.isEmpty()) {
        auto pending = JobRepository(m_library.database()).queued();
        if (pending && *pending > 0) {
            return; // more queued than one claim took: the next claim follows
        }
    }
    m_finished = true;
    Q_EMIT finished();
}

void IngestEngine::updateEta()
{
    // Storing and extracting both scale with files; estimate from the share of work done so far.
    const ImportProgress &p = m_progress.import;
    const double importShare = p.filesTotal > 0 ? double(p.filesDone) / p.filesTotal : 1.0;
    const double extractShare = m_progress.toExtract > 0 ? double(m_progress.extracted) / m_progress.toExtract : 1.0;
    const double done = (importShare + extractShare) / 2;
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_progress.etaSeconds = done > 0.02 && elapsed > 500 ? qint64(elapsed * (1 - done) / done / 1000) : -1;
}

} // namespace Folio
