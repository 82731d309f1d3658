// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one ingest (the one IngestEngine) for the client without touching the GUI thread: a thread of its own
// opens the library a second time and drives the engine with its event loop; progress and the outcome come
// back as queued signals. cancel() stops it between files (what is stored stays stored; extraction resumes
// on the next run). The browsers see new items through LibrarySession's change polling.
//
// Thread safety: a QObject of the GUI thread. One run per object.

#include "ingest/ingestengine.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace Folio {

struct IngestOutcome
{
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    QStringList failures; // "file — reason", the import's and extraction's
    bool cancelled = false;
    QString fatalError; // the run could not start or stopped as a whole
};

class IngestRunner : public QObject
{
    Q_OBJECT

public:
    IngestRunner(
        const QString &libraryPath, const QStringList &paths, const IngestOptions &options, QObject *parent = nullptr);
    ~IngestRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(const Folio::IngestProgress &progress);
    void finished(const Folio::IngestOutcome &outcome);

private:
    class Worker;
    QString m_libraryPath;
    QStringList m_paths;
    IngestOptions m_options;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace Folio

Q_DECLARE_METATYPE(Folio::IngestOutcome)
