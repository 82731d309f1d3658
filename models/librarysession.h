// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's handle on its open library (DESIGN.md rule 3: the UI thread never waits). It owns the
// Library on a worker thread of its own: every mutation, search and sidebar read is posted there with
// run(), and its result comes back on the caller's thread. The browsers' windowed models read pages on
// threads of their own, over read-only connections (databasePath()).
//
// libraryChanged() is emitted after a mutation posted here succeeds, and when another process (folioctl,
// an ingest) changed the database: PRAGMA data_version is polled every pollIntervalMs on the worker.
//
// Thread safety: a QObject of the GUI thread; work lambdas run on the session's thread, one at a time, in the
// order posted. Ownership: owns the Library (and the LibrarySearch it keeps warm for smart collections).

#include "error.h"
#include "store/accesslogrepository.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Folio {

class Library;
class LibrarySearch;

// What work posted to the session may use (on the session's thread only).
class SessionContext
{
public:
    virtual ~SessionContext() = default;
    virtual Library &library() = 0;
    // The library's search, refreshed before it is returned (loads the snapshot on first use).
    virtual Result<LibrarySearch *> search() = 0;
};

class LibrarySession : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Read, Mutation };

    explicit LibrarySession(std::unique_ptr<Library> library, QObject *parent = nullptr);
    // Finishes the work already posted, then stops the thread (and closes the library on it).
    ~LibrarySession() override;

    const QString &path() const { return m_path; }
    QString databasePath() const;
    // The file of a stored blob (read-only use: thumbnails, quick look, temporary copies).
    QString blobPath(const QString &sha256) const;
    bool isReadOnly() const { return m_readOnly; }

    // Runs WORK on the session's thread, then DONE(result) on CONTEXT's thread unless CONTEXT is gone by then
    // (with a null CONTEXT, on the thread this object belongs to). A Mutation that succeeds emits
    // libraryChanged() after DONE, also when CONTEXT is gone (the library changed all the same). Work still
    // queued when the session is destroyed runs, but its DONE does not.
    template<typename T>
    void run(Kind kind, std::function<Result<T>(SessionContext &)> work, QObject *context,
        std::function<void(const Result<T> &)> done)
    {
        auto result = std::make_shared<Result<T>>(std::unexpected(Error(Error::Code::Cancelled, {})));
        post(
            kind,
            [work = std::move(work), result](SessionContext &cx) {
                *result = work(cx);
                return result->has_value();
            },
            context,
            [result, done = std::move(done)] {
                if (done) {
                    done(*result);
                }
            });
    }

    // Records in the access log that the user viewed or exported ITEMUUID (in the background; a failure is
    // only logged, since the user's view must not fail for it). Does not emit libraryChanged().
    void recordAccess(AccessRecord::Action action, const QString &itemUuid, int versionNumber = 0);

    int pollIntervalMs() const { return m_pollIntervalMs; }
    // How often other connections' changes are looked for; 0 stops looking.
    void setPollIntervalMs(int ms);

Q_SIGNALS:
    void libraryChanged();

private:
    class Worker;
    // WORK runs on the worker and says whether it succeeded; DONE follows on CONTEXT's thread.
    void post(Kind kind, std::function<bool(SessionContext &)> work, QObject *context, std::function<void()> done);
    // On the session's thread, once WORK has run.
    void finish(Kind kind, bool succeeded, const QPointer<QObject> &context, bool hadContext,
        const std::function<void()> &done);

    QString m_path;
    QString m_blobsPath;
    bool m_readOnly = false;
    int m_pollIntervalMs = 2000;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives on m_thread
};

} // namespace Folio
