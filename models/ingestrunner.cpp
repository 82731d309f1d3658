// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestrunner.h"

#include "library/library.h"

#include <QThread>

namespace Folio {

// Lives on the runner's thread: owns the second Library and the engine.
class IngestRunner::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString libraryPath, QStringList paths, IngestOptions options)
        : m_libraryPath(std::move(libraryPath))
        , m_paths(std::move(paths))
        , m_options(std::move(options))
    { }

    void run()
    {
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            IngestOutcome outcome;
            outcome.fatalError = library.error().message();
            Q_EMIT done(outcome);
            return;
        }
        m_library = std::move(*library);
        m_engine = std::make_unique<IngestEngine>(*m_library, m_options);
        connect(m_engine.get(), &IngestEngine::progressChanged, this, &Worker::progress);
        connect(m_engine.get(), &IngestEngine::finished, this, &Worker::finish);
        m_engine->start(m_paths);
    }

    void cancel()
    {
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
    void finish()
    {
        IngestOutcome outcome;
        const ImportSummary &summary = m_engine->importSummary();
        outcome.cancelled = m_engine->isCancelled() || summary.cancelled;
        outcome.fatalError = m_engine->fatalError();
        for (const ImportOutcome &file : summary.outcomes) {
            switch (file.kind) {
            case ImportOutcome::Kind::Imported:
            case ImportOutcome::Kind::NewVersion: ++outcome.imported; break;
            case ImportOutcome::Kind::Duplicate: ++outcome.duplicates; break;
            case ImportOutcome::Kind::Failed:
                ++outcome.failed;
                outcome.failures.append(tr("%1 — %2").arg(file.source, file.reason));
                break;
            }
        }
        for (const ExtractionFailure &failure : m_engine->extractionFailures()) {
            outcome.failures.append(tr("%1 — %2").arg(failure.file, failure.reason));
        }
        Q_EMIT done(outcome);
    }

    QString m_libraryPath;
    QStringList m_paths;
    IngestOptions m_options;
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
    m_worker = new Worker(m_libraryPath, m_paths, m_options);
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
