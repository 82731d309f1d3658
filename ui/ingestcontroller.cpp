// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestcontroller.h"

#include "clientsettings.h"
#include "duplicatedialog.h"
#include "librarysession.h"

#include <QFileInfo>
#include <QWidget>

namespace Folio {

IngestController::IngestController(LibrarySession &session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_resolver([this](const DuplicateQuestion &question) { return askWithDialog(question); })
{
    qRegisterMetaType<Folio::IngestProgress>();
    qRegisterMetaType<Folio::IngestOutcome>();
}

IngestController::~IngestController()
{
    cancelAll();
}

int IngestController::ingest(const QStringList &paths, const IngestTarget &target)
{
    Job job;
    job.paths = paths;
    job.target = target;
    const QString what = paths.size() == 1 ? QFileInfo(paths.first()).fileName()
                                           : tr("%n file(s) and folder(s)", nullptr, int(paths.size()));
    return enqueue(std::move(job), tr("Adding %1 to %2").arg(what, target.name));
}

int IngestController::enqueue(Job job, const QString &title)
{
    job.id = m_nextId++;
    const int id = job.id;
    m_jobs.emplace(id, std::move(job));
    Q_EMIT jobAdded(id, title);
    startNext();
    return id;
}

void IngestController::startNext()
{
    if (m_stopping) {
        return;
    }
    Job *next = nullptr;
    for (auto &[id, job] : m_jobs) {
        if (job.state == State::Running) {
            return; // one at a time (see the header)
        }
        if (job.state == State::Queued && !next) {
            next = &job;
        }
    }
    if (!next) {
        return;
    }
    IngestOptions options;
    options.import.folder = next->target.folderPath;
    options.import.onDuplicate = next->onDuplicate;
    options.jobs = ClientSettings::ingestJobs();
    options.ocrLanguages = ClientSettings::ocrLanguages();
    auto *runner = new IngestRunner(m_session.path(), next->paths, options, this);
    runner->setCollection(next->target.collectionId);
    runner->setNewVersions(next->newVersions);
    next->runner = runner;
    next->state = State::Running;
    const int id = next->id;
    connect(runner, &IngestRunner::progressChanged, this,
        [this, id](const IngestProgress &progress) { Q_EMIT jobProgress(id, progress); });
    connect(
        runner, &IngestRunner::finished, this, [this, id](const IngestOutcome &outcome) { onFinished(id, outcome); });
    Q_EMIT jobStarted(id);
    runner->start();
}

void IngestController::onFinished(int id, const IngestOutcome &outcome)
{
    Job *job = find(id);
    if (!job) {
        return;
    }
    job->state = State::Finished;
    if (job->runner) {
        job->runner->deleteLater();
        job->runner = nullptr;
    }
    Q_EMIT jobFinished(id, outcome);
    Q_EMIT libraryChanged();
    const Job finished = *job;
    if (!outcome.cancelled && outcome.fatalError.isEmpty() && !outcome.duplicateFiles.isEmpty() && !m_stopping
        && finished.onDuplicate == ImportOptions::OnDuplicate::Skip && finished.newVersions.isEmpty()) {
        resolveDuplicates(finished, outcome.duplicateFiles);
    }
    startNext();
}

void IngestController::resolveDuplicates(const Job &job, const QList<IngestDuplicate> &duplicates)
{
    QStringList keep;
    QList<IngestNewVersion> versions;
    DuplicateQuestion question;
    question.files = duplicates;
    std::optional<DuplicateChoice> forAll;
    for (int index = 0; index < duplicates.size(); ++index) {
        DuplicateChoice choice = DuplicateChoice::Skip;
        if (forAll) {
            choice = *forAll;
        } else {
            question.index = index;
            const DuplicateAnswer answer = m_resolver ? m_resolver(question) : DuplicateAnswer {};
            choice = answer.choice;
            if (answer.applyToAll) {
                forAll = choice;
            }
        }
        const IngestDuplicate &file = duplicates.at(index);
        if (choice == DuplicateChoice::KeepBoth) {
            keep.append(file.source);
        } else if (choice == DuplicateChoice::NewVersion) {
            versions.append({ file.source, file.itemUuid });
        }
    }
    if (!keep.isEmpty()) {
        Job again;
        again.paths = keep;
        again.target = job.target;
        again.onDuplicate = ImportOptions::OnDuplicate::Keep;
        enqueue(std::move(again), tr("Keeping %n duplicate(s) in %1", nullptr, int(keep.size())).arg(job.target.name));
    }
    if (!versions.isEmpty()) {
        Job again;
        again.target = job.target;
        again.newVersions = versions;
        enqueue(std::move(again), tr("Adding %n new version(s)", nullptr, int(versions.size())));
    }
}

DuplicateAnswer IngestController::askWithDialog(const DuplicateQuestion &question)
{
    DuplicateDialog dialog(question, m_dialogParent);
    dialog.exec();
    return dialog.answer();
}

void IngestController::cancel(int id)
{
    Job *job = find(id);
    if (!job) {
        return;
    }
    if (job->state == State::Running && job->runner) {
        job->runner->cancel();
    } else if (job->state == State::Queued) {
        job->state = State::Finished;
        IngestOutcome outcome;
        outcome.cancelled = true;
        Q_EMIT jobFinished(id, outcome);
    }
}

void IngestController::cancelAll()
{
    m_stopping = true;
    for (auto &[id, job] : m_jobs) {
        if (job.state == State::Queued) {
            job.state = State::Finished;
        } else if (job.state == State::Running && job.runner) {
            // The runner's destructor cancels its engine and waits for its thread: nothing is left running
            // on a library about to close.
            IngestRunner *runner = job.runner;
            job.runner = nullptr;
            job.state = State::Finished;
            delete runner;
        }
    }
}

bool IngestController::isBusy() const
{
    for (const auto &[id, job] : m_jobs) {
        if (job.state != State::Finished) {
            return true;
        }
    }
    return false;
}

IngestController::State IngestController::state(int id) const
{
    const Job *job = find(id);
    return job ? job->state : State::Finished;
}

IngestController::Job *IngestController::find(int id)
{
    const auto found = m_jobs.find(id);
    return found == m_jobs.end() ? nullptr : &found->second;
}

const IngestController::Job *IngestController::find(int id) const
{
    const auto found = m_jobs.find(id);
    return found == m_jobs.end() ? nullptr : &found->second;
}

} // namespace Folio
