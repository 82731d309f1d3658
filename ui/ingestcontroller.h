// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's ingest jobs: each drop, Add Files or Add Folder becomes one job with a target (a folder path,
// optionally a manual collection to join). Jobs run one after another, in the order they came: every job
// opens the library a second time and starts its own extraction workers (ClientSettings::ingestJobs()), so
// two at once would double the processes, fight over SQLite's one writer and make both ETAs wrong; a queued
// job waits visibly in the task panel and can be cancelled before it starts.
//
// Duplicates: a job stores with OnDuplicate::Skip; when it is over, the files whose bytes the library
// already had are put to the user once (DuplicateResolver, a dialog by default, replaceable by tests):
// skip, keep both (a follow-up job stores them again with OnDuplicate::Keep) or new version (a follow-up
// job checks each in as a new version of the item that has its bytes), file by file or "apply to all".
// Asking after the run rather than pausing it keeps the engine's batches going while nobody is at the
// keyboard, and puts one question (with the whole list) instead of one per file.
//
// Thread safety: a QObject of the GUI thread. Owns its runners.

#include "ingestrunner.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <optional>

class QWidget;

namespace Folio {

class LibrarySession;

struct IngestTarget
{
    QString folderPath = QStringLiteral("/");
    qint64 collectionId = 0; // also joins this manual collection (0: none)
    QString name; // what the task panel calls the target ("Library", "Projects", "Collection Spring")
};

enum class DuplicateChoice { Skip, KeepBoth, NewVersion };

struct DuplicateQuestion
{
    QList<IngestDuplicate> files; // every duplicate of the job
    int index = 0; // the one asked about now
};

struct DuplicateAnswer
{
    DuplicateChoice choice = DuplicateChoice::Skip;
    bool applyToAll = true;
};

class IngestController : public QObject
{
    Q_OBJECT

public:
    enum class State { Queued, Running, Finished };
    using DuplicateResolver = std::function<DuplicateAnswer(const DuplicateQuestion &)>;

    // DIALOGPARENT: the window the duplicate dialog belongs to.
    IngestController(LibrarySession &session, QWidget *dialogParent, QObject *parent = nullptr);
    ~IngestController() override;

    // Queues a job storing PATHS (files, folders, archives) into TARGET; returns its id.
    int ingest(const QStringList &paths, const IngestTarget &target);
    // Stops job ID (a queued one never starts).
    void cancel(int id);
    // Stops every job (the window closes): the running one is cancelled and waited for.
    void cancelAll();
    bool isBusy() const;
    State state(int id) const;
    void setDuplicateResolver(DuplicateResolver resolver) { m_resolver = std::move(resolver); }

Q_SIGNALS:
    void jobAdded(int id, const QString &title);
    void jobStarted(int id);
    void jobProgress(int id, const Folio::IngestProgress &progress);
    void jobFinished(int id, const Folio::IngestOutcome &outcome);
    // Items were stored (the browsers and the sidebar read again).
    void libraryChanged();

private:
    struct Job
    {
        int id = 0;
        QStringList paths;
        IngestTarget target;
        ImportOptions::OnDuplicate onDuplicate = ImportOptions::OnDuplicate::Skip;
        QList<IngestNewVersion> newVersions;
        State state = State::Queued;
        IngestRunner *runner = nullptr;
    };

    int enqueue(Job job, const QString &title);
    void startNext();
    void onFinished(int id, const IngestOutcome &outcome);
    void resolveDuplicates(const Job &job, const QList<IngestDuplicate> &duplicates);
    Job *find(int id);
    const Job *find(int id) const;
    DuplicateAnswer askWithDialog(const DuplicateQuestion &question);

    LibrarySession &m_session;
    QPointer<QWidget> m_dialogParent;
    DuplicateResolver m_resolver;
    std::map<int, Job> m_jobs; // queued, running and finished, by id (the order they came in)
    int m_nextId = 1;
    bool m_stopping = false;
};

} // namespace Folio
