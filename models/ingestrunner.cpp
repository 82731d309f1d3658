// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestrunner.h"

#include "library/collections.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "store/itemrepository.h"

#include <QFileInfo>
#include <QThread>

namespace Folio {

// Lives on the runner's thread: owns the second Library and the engine.
class IngestRunner::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString libraryPath, QStringList paths, IngestOptions options, qint64 collectionId,
        QList<IngestNewVersion> newVersions)
        : m_libraryPath(std::move(libraryPath))
        , m_paths(std::move(paths))
        , m_options(std::move(options))
        , m_collectionId(collectionId)
        , m_newVersions(std::move(newVersions))
    { }

    void run()
    {
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            m_outcome.fatalError = library.error().message();
            Q_EMIT done(m_outcome);
            return;
        }
        m_library = std::move(*library);
        m_engine = std::make_unique<IngestEngine>(*m_library, m_options);
        connect(m_engine.get(), &IngestEngine::progressChanged, this, &Worker::progress);
        connect(m_engine.get(), &IngestEngine::finished, this, &Worker::finish);
        if (m_newVersions.isEmpty()) {
            m_engine->start(m_paths);
            return;
        }
        for (const IngestNewVersion &file : std::as_const(m_newVersions)) {
            m_checkInProgress.import.bytesTotal += QFileInfo(file.source).size();
        }
        m_checkInProgress.import.filesTotal = int(m_newVersions.size());
        checkInNext();
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_engine) {
            m_engine->cancel();
        }
    }

    // The engine and the library close on this thread, where they were made.
    void close()
    {
        m_engine.reset();
        m_library.reset();
    }

Q_SIGNALS:
    void progress(const Folio::IngestProgress &progress);
    void done(const Folio::IngestOutcome &outcome);

private:
    // One file per turn of the event loop, so that a cancel gets in between.
    void checkInNext()
    {
        if (m_cancelled || m_nextCheckIn >= m_newVersions.size()) {
            // The new versions' extraction jobs are queued: the engine runs them (and sends the progress).
            m_engine->resume();
            return;
        }
        const IngestNewVersion &file = m_newVersions.at(m_nextCheckIn++);
        m_checkInProgress.import.currentFile = file.source;
        Q_EMIT progress(m_checkInProgress);
        const Result<void> stored = checkIn(file);
        if (stored) {
            ++m_outcome.imported;
        } else {
            ++m_outcome.failed;
            m_outcome.failures.append(tr("%1 — %2").arg(file.source, stored.error().message()));
        }
        ++m_checkInProgress.import.filesDone;
        m_checkInProgress.import.bytesDone += QFileInfo(file.source).size();
        QMetaObject::invokeMethod(this, &Worker::checkInNext, Qt::QueuedConnection);
    }

    Result<void> checkIn(const IngestNewVersion &file)
    {
        auto item = ItemRepository(m_library->database()).resolve(file.itemUuid);
        if (!item) {
            return std::unexpected(item.error());
        }
        auto version
            = ItemOperations(*m_library).checkIn(*item, file.source, tr("Added again from %1").arg(file.source));
        if (!version) {
            return std::unexpected(version.error());
        }
        m_collect.append(item->id);
        return {};
    }

    void finish()
    {
        IngestOutcome &outcome = m_outcome;
        const ImportSummary &summary = m_engine->importSummary();
        outcome.cancelled = m_cancelled || m_engine->isCancelled() || summary.cancelled;
        outcome.fatalError = m_engine->fatalError();
        for (const ImportOutcome &file : summary.outcomes) {
            switch (file.kind) {
            case ImportOutcome::Kind::Imported:
            case ImportOutcome::Kind::NewVersion:
                ++outcome.imported;
                collect(file.itemUuid);
                break;
            case ImportOutcome::Kind::Duplicate:
                ++outcome.duplicates;
                outcome.duplicateFiles.append({ file.source, file.itemUuid });
                // Dropped on a collection, a file the library already has still joins it.
                collect(file.itemUuid);
                break;
            case ImportOutcome::Kind::Failed:
                ++outcome.failed;
                outcome.failures.append(tr("%1 — %2").arg(file.source, file.reason));
                break;
            }
        }
        // The engine names a failed extraction by the version's file name: the user dropped a path, so name
        // that when this run stored the item.
        QHash<QString, QString> sources;
        for (const ImportOutcome &file : summary.outcomes) {
            sources.insert(file.itemUuid, file.source);
        }
        for (const ExtractionFailure &failure : m_engine->extractionFailures()) {
            outcome.failures.append(tr("%1 — %2").arg(sources.value(failure.itemUuid, failure.file), failure.reason));
        }
        if (m_collectionId > 0 && !m_collect.isEmpty()) {
            auto added = Collections(*m_library).addItems(m_collectionId, m_collect);
            if (added) {
                outcome.addedToCollection = *added;
            } else {
                outcome.failures.append(tr("Collection — %1").arg(added.error().message()));
            }
        }
        Q_EMIT done(outcome);
    }

    void collect(const QString &uuid)
    {
        if (m_collectionId <= 0 || uuid.isEmpty()) {
            return;
        }
        auto item = ItemRepository(m_library->database()).resolve(uuid);
        if (item && !m_collect.contains(item->id)) {
            m_collect.append(item->id);
        } else if (!item) {
            m_outcome.failures.append(tr("%1 — %2").arg(uuid, item.error().message()));
        }
    }

    QString m_libraryPath;
    QStringList m_paths;
    IngestOptions m_options;
    qint64 m_collectionId = 0;
    QList<IngestNewVersion> m_newVersions;
    qsizetype m_nextCheckIn = 0;
    IngestProgress m_checkInProgress;
    IngestOutcome m_outcome;
    QList<qint64> m_collect; // items for the collection
    bool m_cancelled = false;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<IngestEngine> m_engine;
};

IngestRunner::IngestRunner(
    const QString &libraryPath, const QStringList &paths, const IngestOptions &options, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_paths(paths)
    , m_options(options)
{
    qRegisterMetaType<Folio::IngestProgress>();
    qRegisterMetaType<Folio::IngestOutcome>();
}

IngestRunner::~IngestRunner()
{
    if (m_thread) {
        if (m_worker) {
            QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::BlockingQueuedConnection);
            QMetaObject::invokeMethod(m_worker, &Worker::close, Qt::BlockingQueuedConnection);
        }
        m_thread->quit();
        m_thread->wait();
    }
}

void IngestRunner::start()
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("folio-ingest"));
    m_worker = new Worker(m_libraryPath, m_paths, m_options, m_collectionId, m_newVersions);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &IngestRunner::progressChanged);
    connect(m_worker, &Worker::done, this, [this](const IngestOutcome &outcome) {
        m_running = false;
        QMetaObject::invokeMethod(m_worker, &Worker::close, Qt::QueuedConnection);
        Q_EMIT finished(outcome);
    });
    m_running = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &Worker::run, Qt::QueuedConnection);
}

void IngestRunner::cancel()
{
    if (m_worker && m_running) {
        QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::QueuedConnection);
    }
}

} // namespace Folio

#include "ingestrunner.moc"
