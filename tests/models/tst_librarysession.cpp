// SPDX-License-Identifier: GPL-3.0-or-later
// LibrarySession: work runs on the session's thread in the order posted and its results come back on the
// GUI thread; mutations and other connections' writes are reported by libraryChanged(); a context that
// goes away skips its callback; destruction with work still queued finishes it and closes cleanly.

#include "librarysession.h"

#include "blobs/blobstore.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "library/librarysearch.h"
#include "store/folderrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Folio;

namespace TestLibrarySessionHelpers {
std::unique_ptr<Library> openLibrary(const QString &path, Library::OpenMode mode)
{
    auto library = Library::open(path, mode);
    if (!library) {
        qWarning().noquote() << library.error().toString();
        return {};
    }
    return std::move(*library);
}
} // namespace TestLibrarySessionHelpers

class TestLibrarySession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_path = m_dir->filePath(QStringLiteral("library"));
    }

    void cleanup() { delete m_dir; }

    void workRunsOffTheGuiThreadAndComesBackInOrder()
    {
        auto library = TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create);
        QVERIFY(library);
        LibrarySession session(std::move(library));
        QCOMPARE(session.path(), m_path);
        QVERIFY(session.databasePath().endsWith(QStringLiteral("/folio.db")));
        QVERIFY(!session.isReadOnly());

        QThread *gui = QThread::currentThread();
        QList<int> order;
        std::atomic<int> offGui { 0 };
        std::atomic<int> onGui { 0 };
        QSet<QThread *> workers;
        QMutex workersLock;
        const int count = 50;
        for (int i = 0; i < count; ++i) {
            session.run<int>(
                LibrarySession::Kind::Read,
                [&, i](SessionContext &cx) -> Result<int> {
                    (QThread::currentThread() == gui ? onGui : offGui)++;
                    {
                        QMutexLocker locker(&workersLock);
                        workers.insert(QThread::currentThread());
                    }
                    // Real work on the library: the root folder is there.
                    auto root = FolderRepository(cx.library().database()).byId(FolderRepository::rootId);
                    if (!root) {
                        return std::unexpected(root.error());
                    }
                    return i;
                },
                this,
                [&](const Result<int> &result) {
                    QCOMPARE(QThread::currentThread(), gui);
                    QVERIFY(result);
                    order.append(*result);
                });
        }
        QTRY_COMPARE(order.size(), count);
        QCOMPARE(onGui.load(), 0);
        QCOMPARE(offGui.load(), count);
        QCOMPARE(workers.size(), 1); // one thread, one connection
        QList<int> expected;
        for (int i = 0; i < count; ++i) {
            expected.append(i);
        }
        QCOMPARE(order, expected);
    }

    void errorsComeBackAsResults()
    {
        LibrarySession session(TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create));
        QSignalSpy changed(&session, &LibrarySession::libraryChanged);
        std::optional<Error> error;
        session.run<Folder>(
            LibrarySession::Kind::Mutation,
            [](SessionContext &cx) {
                return FolderOperations(cx.library()).rename(QStringLiteral("/missing"), QStringLiteral("x"));
            },
            this, [&](const Result<Folder> &result) { error = result ? Error() : result.error(); });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->code(), Error::Code::NotFound);
        // A failed mutation changed nothing: no signal (give a stray one time to arrive).
        QTest::qWait(50);
        QCOMPARE(changed.count(), 0);
    }

    void mutationEmitsLibraryChangedAfterDone()
    {
        LibrarySession session(TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create));
        session.setPollIntervalMs(0); // only the mutation may report
        QSignalSpy changed(&session, &LibrarySession::libraryChanged);
        bool done = false;
        int changesSeenByDone = -1;
        session.run<Folder>(
            LibrarySession::Kind::Mutation,
            [](SessionContext &cx) { return FolderOperations(cx.library()).make(QStringLiteral("/Projects")); }, this,
            [&](const Result<Folder> &folder) {
                QVERIFY(folder);
                QCOMPARE(folder->path, QStringLiteral("/Projects"));
                changesSeenByDone = int(changed.count());
                done = true;
            });
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(done);
        QCOMPARE(changesSeenByDone, 0);
        // A read never reports a change.
        bool read = false;
        session.run<qint64>(
            LibrarySession::Kind::Read,
            [](SessionContext &cx) -> Result<qint64> {
                auto folder = FolderRepository(cx.library().database()).byPath(QStringLiteral("/Projects"));
                if (!folder) {
                    return std::unexpected(folder.error());
                }
                return folder->id;
            },
            this, [&](const Result<qint64> &id) { read = id.has_value(); });
        QTRY_VERIFY(read);
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);
    }

    void anotherConnectionsWriteIsNoticed()
    {
        LibrarySession session(TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create));
        session.setPollIntervalMs(20);
        QCOMPARE(session.pollIntervalMs(), 20);
        QSignalSpy changed(&session, &LibrarySession::libraryChanged);
        QTest::qWait(100);
        QCOMPARE(changed.count(), 0); // nothing changed: polling alone reports nothing

        // Another Library on the same folder, as folioctl or an ingest would open it.
        auto other = TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Existing);
        QVERIFY(other);
        FOLIO_VERIFY_OK(FolderOperations(*other).make(QStringLiteral("/From elsewhere")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        const int seen = int(changed.count());
        QTest::qWait(100);
        QCOMPARE(int(changed.count()), seen); // reported once, not on every poll

        // And the session's own connection sees the new folder.
        bool found = false;
        session.run<Folder>(
            LibrarySession::Kind::Read,
            [](SessionContext &cx) {
                return FolderRepository(cx.library().database()).byPath(QStringLiteral("/From elsewhere"));
            },
            this, [&](const Result<Folder> &folder) { found = folder.has_value(); });
        QTRY_VERIFY(found);
    }

    void searchIsKeptOnTheSessionThread()
    {
        LibrarySession session(TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create));
        LibrarySearch *first = nullptr;
        LibrarySearch *second = nullptr;
        int answers = 0;
        for (LibrarySearch **into : { &first, &second }) {
            session.run<LibrarySearch *>(
                LibrarySession::Kind::Read, [](SessionContext &cx) { return cx.search(); }, this,
                [&, into](const Result<LibrarySearch *> &search) {
                    QVERIFY(search);
                    *into = *search;
                    ++answers;
                });
        }
        QTRY_COMPARE(answers, 2);
        QVERIFY(first);
        QCOMPARE(first, second); // made once, kept warm
    }

    void destroyedContextSkipsDone()
    {
        LibrarySession session(TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create));
        session.setPollIntervalMs(0);
        QSignalSpy changed(&session, &LibrarySession::libraryChanged);
        auto *context = new QObject;
        QSemaphore started;
        QSemaphore proceed;
        bool called = false;
        std::atomic<bool> ran { false };
        session.run<Folder>(
            LibrarySession::Kind::Mutation,
            [&](SessionContext &cx) {
                started.release();
                proceed.acquire(); // held until the context is gone
                ran = true;
                return FolderOperations(cx.library()).make(QStringLiteral("/Later"));
            },
            context, [&](const Result<Folder> &) { called = true; });
        started.acquire();
        delete context;
        proceed.release();
        QTRY_VERIFY(ran.load());
        // The library did change: the signal still comes, the callback does not.
        QTRY_COMPARE(changed.count(), 1);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void destructionFinishesQueuedWork()
    {
        auto library = TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create);
        QVERIFY(library);
        std::atomic<int> ran { 0 };
        bool doneCalled = false;
        {
            LibrarySession session(std::move(library));
            for (int i = 0; i < 20; ++i) {
                session.run<Folder>(
                    LibrarySession::Kind::Mutation,
                    [&, i](SessionContext &cx) {
                        ++ran;
                        return FolderOperations(cx.library()).make(QStringLiteral("/Queued %1").arg(i));
                    },
                    this, [&](const Result<Folder> &) { doneCalled = true; });
            }
            // Destroyed at once: nothing came back yet.
        }
        QCOMPARE(ran.load(), 20);
        QCoreApplication::processEvents();
        QVERIFY(!doneCalled); // results of a session that is gone are dropped with it
        // Every mutation was committed and the library was closed (it opens again, with all 20 folders).
        auto reopened = TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Existing);
        QVERIFY(reopened);
        auto folders = FolderRepository(reopened->database()).all();
        FOLIO_VERIFY_OK(folders);
        QCOMPARE(folders->size(), 20);
    }

    void blobPathsMatchTheStore()
    {
        auto library = TestLibrarySessionHelpers::openLibrary(m_path, Library::OpenMode::Create);
        QVERIFY(library);
        const QString sha = QStringLiteral("ee6bc1200cf8b1b26f5b60d8294d9617e8099f6dfdd7a4757a424f332360f5e3");
        const QString expected = library->blobs().pathFor(sha);
        LibrarySession session(std::move(library));
        QCOMPARE(session.blobPath(sha), expected);
        QVERIFY(session.blobPath(QStringLiteral("../../etc/passwd")).isEmpty());
    }
};

FOLIO_TEST(TestLibrarySession, "librarysession")
#include "tst_librarysession.moc"
