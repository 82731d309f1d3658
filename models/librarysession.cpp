// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

#include "blobs/blobfile.h"
#include "library/itemaccess.h"
#include "library/library.h"
#include "library/librarysearch.h"
#include "store/database.h"

#include <QDir>
#include <QThread>
#include <QTimer>
#include <QtDebug>

namespace Folio {

// Lives on the session's thread from its first event on: the Library, its search and the poll timer are
// only touched there. Not a Q_OBJECT (moc does not handle nested classes); it needs no signals, work
// reaches it as queued functors.
class LibrarySession::Worker : public QObject, public SessionContext
{
public:
    Worker(std::unique_ptr<Library> library, LibrarySession *session)
        : m_library(std::move(library))
        , m_session(session)
    { }

    Library &library() override { return *m_library; }

    Result<LibrarySearch *> search() override
    {
        if (!m_search) {
            m_search = std::make_unique<LibrarySearch>(*m_library);
        }
        if (auto refreshed = m_search->refresh(); !refreshed) {
            return std::unexpected(refreshed.error());
        }
        return m_search.get();
    }

    void start(int intervalMs)
    {
        m_timer = new QTimer(this);
        m_timer->callOnTimeout(this, [this] { poll(); });
        m_dataVersion = readDataVersion();
        setInterval(intervalMs);
    }

    void setInterval(int intervalMs)
    {
        if (!m_timer) {
            return;
        }
        if (intervalMs > 0) {
            m_timer->start(intervalMs);
        } else {
            m_timer->stop();
        }
    }

    // The last work: everything posted before has run. The Library closes on the thread that used it.
    void shutdown()
    {
        delete m_timer;
        m_timer = nullptr;
        m_search.reset();
        m_library.reset();
    }

private:
    // PRAGMA data_version changes when another connection (another process, or another Library in
    // this one) commits; this connection's own commits leave it alone, so a mutation posted here is not
    // reported twice.
    qint64 readDataVersion()
    {
        auto version = m_library->database().scalar(QStringLiteral("PRAGMA data_version"));
        if (!version) {
            qWarning().noquote() << "LibrarySession:" << version.error().toString();
            return m_dataVersion;
        }
        return version->toLongLong();
    }

    void poll()
    {
        const qint64 version = readDataVersion();
        if (version == m_dataVersion) {
            return;
        }
        m_dataVersion = version;
        LibrarySession *session = m_session;
        QMetaObject::invokeMethod(
            session, [session] { Q_EMIT session->libraryChanged(); }, Qt::QueuedConnection);
    }

    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibrarySearch> m_search;
    LibrarySession *m_session = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
};

LibrarySession::LibrarySession(std::unique_ptr<Library> library, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(library);
    m_path = library->path();
    m_blobsPath = QDir(m_path).filePath(QStringLiteral("blobs"));
    m_readOnly = library->isReadOnly();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("LibrarySession"));
    m_worker = new Worker(std::move(library), this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms = m_pollIntervalMs] { worker->start(ms); }, Qt::QueuedConnection);
}

LibrarySession::~LibrarySession()
{
    // Queued after all the work posted so far: that work runs first (its results are dropped with this
    // object's posted events), then the library closes on its own thread and the loop ends.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker; // its thread has finished, and it holds nothing any more
    delete m_thread;
}

QString LibrarySession::databasePath() const
{
    return QDir(m_path).filePath(Library::databaseFileName());
}

QString LibrarySession::blobPath(const QString &sha256) const
{
    // BlobStore::pathFor's layout, computed here because the BlobStore belongs to the session's thread.
    if (!BlobFile::isSha256(sha256)) {
        return {};
    }
    return m_blobsPath + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

void LibrarySession::recordAccess(AccessRecord::Action action, const QString &itemUuid, int versionNumber)
{
    if (m_readOnly || itemUuid.isEmpty()) {
        return;
    }
    run<bool>(
        Kind::Read,
        [action, itemUuid, versionNumber](SessionContext &cx) -> Result<bool> {
            if (auto recorded = ItemAccess::record(cx.library(), action, itemUuid, versionNumber); !recorded) {
                return std::unexpected(recorded.error());
            }
            return true;
        },
        nullptr,
        [](const Result<bool> &recorded) {
            if (!recorded) {
                qWarning("folio: the access log was not written: %s", qPrintable(recorded.error().message()));
            }
        });
}

void LibrarySession::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = ms;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->setInterval(ms); }, Qt::QueuedConnection);
}

void LibrarySession::post(
    Kind kind, std::function<bool(SessionContext &)> work, QObject *context, std::function<void()> done)
{
    // The context is watched from this (its usual) thread only: checking a QPointer on the worker while
    // the GUI thread deletes the object would race, so the worker hands back to the session first.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [this, kind, guard, hadContext, work = std::move(work), done = std::move(done)] {
            const bool succeeded = work(*m_worker);
            QMetaObject::invokeMethod(
                this,
                [this, kind, succeeded, guard, hadContext, done] { finish(kind, succeeded, guard, hadContext, done); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibrarySession::finish(
    Kind kind, bool succeeded, const QPointer<QObject> &context, bool hadContext, const std::function<void()> &done)
{
    if (!hadContext || (context && context->thread() == thread())) {
        done();
    } else if (context) {
        // A context on another thread: its own event loop runs DONE, or drops it with the object.
        QMetaObject::invokeMethod(
            context.data(),
            [context, done] {
                if (context) {
                    done();
                }
            },
            Qt::QueuedConnection);
    }
    if (kind == Kind::Mutation && succeeded) {
        Q_EMIT libraryChanged();
    }
}

} // namespace Folio
