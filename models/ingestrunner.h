// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one ingest (the one IngestEngine) for the client without touching the GUI thread: a thread of its own
// opens the library a second time and drives the engine with its event loop; progress and the outcome come
// back as queued signals. cancel() stops it between files (what is stored stays stored; extraction resumes
// on the next run). The browsers see new items through LibrarySession's change polling.
//
// Besides storing files into options.import.folder, a run can add what it stored (and the items the dropped
// files duplicate) to a manual collection (setCollection), or, instead of importing, store each file as a new
// version of a given item (setNewVersions: the answer "new version" to a duplicate), then extract it.
//
// Thread safety: a QObject of the GUI thread. One run per object.

#include "ingest/ingestengine.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QThread;

namespace Folio {

// A dropped file whose bytes are already an item (it was skipped).
struct IngestDuplicate
{
    QString source;
    QString itemUuid; // the item that has these bytes
};

// A file to store as a new version of an existing item.
struct IngestNewVersion
{
    QString source;
    QString itemUuid;
};

struct IngestOutcome
{
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    QStringList failures; // "file — reason", the import's and extraction's
    QList<IngestDuplicate> duplicateFiles;
    int addedToCollection = 0;
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

    // Before start(): the manual collection the stored items join (0: none).
    void setCollection(qint64 collectionId) { m_collectionId = collectionId; }
    // Before start(): check these files in as new versions instead of importing the paths.
    void setNewVersions(const QList<IngestNewVersion> &files) { m_newVersions = files; }

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
    qint64 m_collectionId = 0;
    QList<IngestNewVersion> m_newVersions;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace Folio

Q_DECLARE_METATYPE(Folio::IngestOutcome)
