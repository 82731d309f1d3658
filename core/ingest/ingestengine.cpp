// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ingestengine.h"

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/extractionapplier.h"
#include "ingest/extractionpool.h"
#include "ingest/jobhandler.h"
#include "library/library.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"

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
    : QObject(parent)
    , m_library(library)
    , m_options(options)
    , m_importer(library)
    , m_pool(std::make_unique<ExtractionPool>(options.jobs, options.timeoutSeconds, this))
{
    // Renditions are written by the sandbox into the library's temp area (same filesystem: they are
    // staged into the blob store from there).
    m_workDir = QDir(library.blobs().blobsPath()).filePath(QStringLiteral("tmp/extract-%1").arg(::getpid()));
    QDir().mkpath(m_workDir);
    m_context.reset(new JobContext { library, m_workDir, options.maxArchiveDepth, m_passwords });
    m_context->ocrLanguages = options.ocrLanguages;
    connect(m_pool.get(), &ExtractionPool::finished, this, &IngestEngine::onExtracted);
}

IngestEngine::~IngestEngine()
{
    m_pool->stop();
    m_handlers.clear(); // before the context they borrow
    QDir(m_workDir).removeRecursively();
}

const QList<ArchiveExpansion> &IngestEngine::archiveExpansions() const
{
    return m_context->expansions;
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
    m_held.clear();
    QTimer::singleShot(0, this, &IngestEngine::step);
}

void IngestEngine::stopWith(const QString &error)
{
    m_fatal = error;
    m_cancelled = true;
    m_importing = false;
    m_pool->stop();
    m_inFlight.clear();
    m_held.clear();
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
        releaseHeld();
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

JobHandler *IngestEngine::handlerFor(const QString &kind)
{
    auto found = m_handlers.find(kind);
    if (found == m_handlers.end()) {
        found = m_handlers.emplace(kind, JobHandler::create(kind, *m_context)).first;
    }
    return found->second.get();
}

void IngestEngine::claimJobs()
{
    // Claim in batches when the workers run low: each claim is a write transaction, and one per file
    // would cost a disk flush per file. What is claimed but not done goes back to the queue when the
    // library is next opened alone (or at once, on cancel). A finished run claims nothing more.
    if (m_finished || m_pool->pending() > m_options.jobs * 2) {
        return;
    }
    const QString owner = QStringLiteral("ingest-%1").arg(::getpid());
    auto jobs = JobRepository(m_library.database()).claim(owner, claimBatch, Ids::now());
    if (!jobs) {
        stopWith(jobs.error().message());
        return;
    }
    for (const Job &job : std::as_const(*jobs)) {
        JobHandler *handler = handlerFor(job.kind);
        if (!handler) {
            // A kind a newer Folio queued: it fails with its reason rather than waiting forever.
            const QString reason = tr("This version of Folio cannot run jobs of kind \"%1\".").arg(job.kind);
            auto failed = m_library.write(
                [&] { return JobRepository(m_library.database()).finish(job.id, true, reason, Ids::now()); });
            if (!failed) {
                stopWith(failed.error().message());
                return;
            }
            continue;
        }
        auto version = VersionRepository(m_library.database()).byId(job.versionId);
        m_inFlight.insert(job.id, { job.versionId, version ? version->filename : QString(), handler, job.kind });
        m_progress.toExtract += 1;
        auto request = handler->prepare(job);
        if (!request) {
            // Recorded like a file the sandbox failed on, with the reason.
            QTimer::singleShot(0, this, [this, id = job.id, reason = request.error().message()] {
                onExtracted(id, ExtractionResult::failure(reason));
            });
            continue;
        }
        if (request->background && m_importing) {
            m_held.append(*request); // OCR waits until every file of the batch is stored
        } else {
            m_pool->submit(*request);
        }
    }
}

void IngestEngine::releaseHeld()
{
    for (const ExtractionRequest &request : std::exchange(m_held, {})) {
        if (m_inFlight.contains(request.id)) {
            m_pool->submit(request);
        }
    }
}

void IngestEngine::onExtracted(qint64 jobId, const ExtractionResult &result)
{
    if (!m_inFlight.contains(jobId)) {
        return; // cancelled meanwhile: the job is back in the queue
    }
    const InFlight entry = m_inFlight.take(jobId);
    m_finishedByKind[entry.task] += 1;
    m_results.append({ entry.handler, { entry.versionId, jobId, result } });
    m_progress.extracted += 1;
    if (!result.error.isEmpty()) {
        auto version = VersionRepository(m_library.database()).byId(entry.versionId);
        auto item = version ? ItemRepository(m_library.database()).byId(version->itemId) : Result<Item>(Item {});
        m_failures.append({ item ? item->uuid : QString(), entry.file, result.error, entry.task });
    }
    for (const QString &warning : result.warnings) {
        m_warnings.append(entry.file + QStringLiteral(": ") + warning);
    }
    if (m_results.size() >= resultsPerTransaction || m_pool->pending() == 0) {
        flushResults();
    } else {
        QTimer::singleShot(flushAfterMs, this, [this] {
            flushResults();
            // Recording may have queued more (an archive's unpacking, its members' extraction).
            if (!m_cancelled) {
                claimJobs();
            }
            finishIfDone();
        });
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
    const auto done = std::exchange(m_results, {});
    // Each kind records its own results, in the order they came.
    QList<JobHandler *> order;
    QHash<JobHandler *, QList<ExtractedVersion>> byHandler;
    for (const auto &[handler, result] : done) {
        if (!byHandler.contains(handler)) {
            order.append(handler);
        }
        byHandler[handler].append(result);
    }
    for (JobHandler *handler : std::as_const(order)) {
        if (auto recorded = handler->record(byHandler.value(handler)); !recorded) {
            stopWith(recorded.error().message());
            return;
        }
    }
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
