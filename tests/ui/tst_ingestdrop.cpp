// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest by drag and drop in a real MainWindow over a real library: files dropped on the welcome view, the
// browser, a sidebar folder or a collection are stored there (with thumbnails), failures are listed in the
// task panel with their reasons, a job can be cancelled (running or queued), a duplicate dropped again is
// asked about and the answer honoured, and a drag of items out carries byte-identical copies of the originals.

#include "browserpane.h"
#include "browsertesthelpers.h"
#include "clientsettings.h"
#include "duplicatedialog.h"
#include "ingestcontroller.h"
#include "ingesttaskrow.h"
#include "itemwindowmodel.h"
#include "library/collections.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "taskpanel.h"
#include "testregistry.h"
#include "testsupport.h"
#include "thumbnailgridview.h"
#include "welcomeview.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Folio;

namespace IngestDropTestsHelpers {

using namespace Folio::BrowserTest;

// Sends the drag enter, move and drop of PATHS at POSITION of WIDGET, as Qt delivers them; returns whether
// the drop was accepted.
bool dropFiles(QWidget *widget, QPoint position, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls.append(QUrl::fromLocalFile(path));
    }
    data.setUrls(urls);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(position, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDragMoveEvent move(position, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    if (!move.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(position), actions, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

// The file names of the rows the browser shows (all read).
QStringList fileNames(ItemWindowModel &model)
{
    QStringList names;
    if (!loadAll(model)) {
        return names;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.rowAt(row)->filename);
    }
    names.sort();
    return names;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace IngestDropTestsHelpers

class TestIngestDrop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_libraryPath;
    // The window goes before the session it borrows.
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *openWindow()
    {
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return nullptr;
        }
        m_session = std::make_unique<LibrarySession>(std::move(*library));
        m_session->setPollIntervalMs(200);
        m_window = std::make_unique<MainWindow>(*m_session);
        QObject::connect(m_window->sidebarModel(), &SidebarModel::operationFailed, m_window.get(),
            [](const QString &message) { qWarning("sidebar: %s", qPrintable(message)); });
        m_window->resize(1100, 750);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            return nullptr;
        }
        return m_window.get();
    }

    // Waits until every job is over (stored and extracted in the sandbox).
    static bool waitIdle(MainWindow &window)
    {
        return QTest::qWaitFor([&window] { return !window.ingestController()->isBusy(); }, 180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ClientSettings::setIngestJobs(1); // a shared machine: one sandbox worker is enough
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_libraryPath = m_dir->filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_dir.reset();
    }

    void dropOnTheWelcomeViewStoresWithThumbnailsAndListsFailures()
    {
        MainWindow *window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->isShowingWelcome(), 10000);
        QVERIFY(!window->taskPanel()->isVisible());
        const QStringList files { Test::corpus(QStringLiteral("images/jolla.jpg")),
            Test::corpus(QStringLiteral("pdf/minimal-document.pdf")), Test::corpus(QStringLiteral("bad/invalid.pdf")),
            Test::corpus(QStringLiteral("bad/recursion.tar")) }; // stored, but its extraction fails
        QVERIFY(IngestDropTestsHelpers::dropFiles(window->welcome(), window->welcome()->rect().center(), files));
        QTRY_VERIFY_WITH_TIMEOUT(window->taskPanel()->isVisible(), 10000); // shown when the job starts
        QVERIFY(waitIdle(*window));

        // The task panel lists every failure with its file and reason.
        QCOMPARE(window->taskPanel()->rows().size(), 1);
        IngestTaskRow *task = window->taskPanel()->rows().first();
        QVERIFY(task->isFinished());
        const QStringList failures = task->failures();
        QVERIFY2(!failures.isEmpty(), qPrintable(task->outcomeText()));
        for (const QString &failure : failures) {
            const QStringList parts = failure.split(QStringLiteral(" — "));
            QVERIFY2(parts.size() >= 2 && !parts.last().trimmed().isEmpty(), qPrintable(failure));
            // The good files did not fail.
            QVERIFY2(!failure.contains(QLatin1String("jolla")) && !failure.contains(QLatin1String("minimal-document")),
                qPrintable(failure));
        }
        const bool tarListed = std::any_of(failures.cbegin(), failures.cend(), [](const QString &failure) {
            return failure.startsWith(Test::corpus(QStringLiteral("bad/recursion.tar")))
                && failure.contains(QLatin1String("damaged"));
        });
        QVERIFY2(tarListed, qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(task->failureText(false).contains(failures.first()));
        // Every control of the panel a keyboard reaches has a name for screen readers.
        for (QWidget *widget : window->taskPanel()->findChildren<QWidget *>()) {
            if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus)) {
                QVERIFY2(!widget->accessibleName().trimmed().isEmpty(), widget->metaObject()->className());
            }
        }
        // View → Tasks hides and shows the panel.
        QAction *toggle = window->taskPanel()->toggleViewAction();
        QCOMPARE(toggle->text(), QStringLiteral("Tasks"));
        toggle->trigger();
        QVERIFY(!window->taskPanel()->isVisible());
        toggle->trigger();
        QVERIFY(window->taskPanel()->isVisible());

        // The items are in the browser, with thumbnails.
        QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingWelcome(), 10000);
        ItemWindowModel &model = *window->itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(files.size()), 10000);
        QVERIFY(IngestDropTestsHelpers::loadAll(model));
        for (const QString &name : { QStringLiteral("jolla.jpg"), QStringLiteral("minimal-document.pdf") }) {
            const int row = IngestDropTestsHelpers::rowOf(model, name);
            QVERIFY2(row >= 0, qPrintable(name));
            QTRY_VERIFY2_WITH_TIMEOUT(
                !model.index(row, 0).data(ItemWindowModel::ThumbnailRole).value<QImage>().isNull(), qPrintable(name),
                15000);
        }
    }

    void dropOnASidebarFolderOrCollectionLandsThere()
    {
        {
            auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
            FOLIO_VERIFY_OK(library);
            FOLIO_VERIFY_OK(FolderOperations(**library).make(QStringLiteral("/Projects")));
            FOLIO_VERIFY_OK(Collections(**library).create(QStringLiteral("Spring")));
        }
        MainWindow *window = openWindow();
        QVERIFY(window);
        SidebarView *sidebar = window->sidebar();
        SidebarModel &tree = *window->sidebarModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Collection, QStringLiteral("Spring"))
                .isValid(),
            10000);
        QModelIndex folder
            = IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Folder, QStringLiteral("Projects"));
        QVERIFY(folder.isValid());
        sidebar->scrollTo(folder);

        // Where nothing can be stored (the Trash), the drop is refused.
        const QModelIndex trash = IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Trash);
        QVERIFY(!IngestDropTestsHelpers::dropFiles(sidebar->viewport(), sidebar->visualRect(trash).center(),
            { Test::corpus(QStringLiteral("images/flower.webp")) }));

        const QString jolla = Test::corpus(QStringLiteral("images/jolla.jpg"));
        QVERIFY(
            IngestDropTestsHelpers::dropFiles(sidebar->viewport(), sidebar->visualRect(folder).center(), { jolla }));
        QVERIFY(waitIdle(*window));
        const QModelIndex collection
            = IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Collection, QStringLiteral("Spring"));
        QVERIFY(IngestDropTestsHelpers::dropFiles(sidebar->viewport(), sidebar->visualRect(collection).center(),
            { Test::corpus(QStringLiteral("images/DSCN0010.jpg")) }));
        QVERIFY(waitIdle(*window));

        folder = IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Folder, QStringLiteral("Projects"));
        QVERIFY(IngestDropTestsHelpers::showAndWait(*window, folder));
        QTRY_COMPARE_WITH_TIMEOUT(IngestDropTestsHelpers::fileNames(*window->itemModel()),
            QStringList { QStringLiteral("jolla.jpg") }, 10000);
        QVERIFY(IngestDropTestsHelpers::showAndWait(*window,
            IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Collection, QStringLiteral("Spring"))));
        QTRY_COMPARE_WITH_TIMEOUT(IngestDropTestsHelpers::fileNames(*window->itemModel()),
            QStringList { QStringLiteral("DSCN0010.jpg") }, 10000);

        // A drop on the browser while a folder is shown stores in that folder.
        QVERIFY(IngestDropTestsHelpers::showAndWait(*window,
            IngestDropTestsHelpers::findNode(tree, SidebarModel::NodeKind::Folder, QStringLiteral("Projects"))));
        QWidget *grid = window->browser()->gridView()->viewport();
        QVERIFY(IngestDropTestsHelpers::dropFiles(
            grid, grid->rect().center(), { Test::corpus(QStringLiteral("images/flower.webp")) }));
        QVERIFY(waitIdle(*window));
        QTRY_COMPARE_WITH_TIMEOUT(IngestDropTestsHelpers::fileNames(*window->itemModel()),
            (QStringList { QStringLiteral("flower.webp"), QStringLiteral("jolla.jpg") }), 10000);
    }

    void cancelStopsARunningAndAQueuedJob()
    {
        MainWindow *window = openWindow();
        QVERIFY(window);
        IngestController &jobs = *window->ingestController();
        QSignalSpy finished(&jobs, &IngestController::jobFinished);
        QVERIFY(IngestDropTestsHelpers::dropFiles(
            window->welcome(), window->welcome()->rect().center(), { Test::corpus(QStringLiteral("images")) }));
        QVERIFY(IngestDropTestsHelpers::dropFiles(window->welcome(), window->welcome()->rect().center(),
            { Test::corpus(QStringLiteral("audio/t-rex-roar.mp3")) }));
        QCOMPARE(window->taskPanel()->rows().size(), 2);
        IngestTaskRow *running = window->taskPanel()->row(1);
        IngestTaskRow *queued = window->taskPanel()->row(2);
        QVERIFY(running && queued);
        QCOMPARE(jobs.state(1), IngestController::State::Running);
        QCOMPARE(jobs.state(2), IngestController::State::Queued);
        QTest::mouseClick(queued->cancelButton(), Qt::LeftButton);
        QTest::mouseClick(running->cancelButton(), Qt::LeftButton);
        QVERIFY(waitIdle(*window));
        QCOMPARE(finished.count(), 2);
        for (const auto &arguments : std::as_const(finished)) {
            QVERIFY(arguments.at(1).value<IngestOutcome>().cancelled);
        }
        QVERIFY2(running->outcomeText().startsWith(QLatin1String("Cancelled")), qPrintable(running->outcomeText()));
        QVERIFY2(queued->outcomeText().startsWith(QLatin1String("Cancelled")), qPrintable(queued->outcomeText()));
        // The queued job never ran: its file is not in the library.
        QTest::qWait(500);
        ItemWindowModel &model = *window->itemModel();
        QVERIFY(IngestDropTestsHelpers::loadAll(model));
        QCOMPARE(IngestDropTestsHelpers::rowOf(model, QStringLiteral("t-rex-roar.mp3")), -1);
    }

    void aDuplicateDroppedAgainIsAskedAboutAndTheAnswerHonoured()
    {
        MainWindow *window = openWindow();
        QVERIFY(window);
        IngestController &jobs = *window->ingestController();
        const QString jolla = Test::corpus(QStringLiteral("images/jolla.jpg"));
        QWidget *welcome = window->welcome();
        QVERIFY(IngestDropTestsHelpers::dropFiles(welcome, welcome->rect().center(), { jolla }));
        QVERIFY(waitIdle(*window));
        ItemWindowModel &model = *window->itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QWidget *grid = window->browser()->gridView()->viewport();

        // Skip, answered in the real dialog: nothing more is stored.
        bool dialogSeen = false;
        QTimer clicker;
        connect(&clicker, &QTimer::timeout, this, [&dialogSeen] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<DuplicateDialog *>(top); dialog && dialog->isVisible()) {
                    dialogSeen = true;
                    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("skip")), Qt::LeftButton);
                }
            }
        });
        clicker.start(50);
        QVERIFY(IngestDropTestsHelpers::dropFiles(grid, grid->rect().center(), { jolla }));
        QVERIFY(waitIdle(*window));
        clicker.stop();
        QVERIFY(dialogSeen);
        QTest::qWait(500);
        QCOMPARE(model.rowCount(), 1);

        // Keep both: the question names the file; a follow-up job stores it as a second item.
        QList<DuplicateQuestion> asked;
        DuplicateChoice answer = DuplicateChoice::KeepBoth;
        jobs.setDuplicateResolver([&asked, &answer](const DuplicateQuestion &question) {
            asked.append(question);
            return DuplicateAnswer { answer, true };
        });
        QVERIFY(IngestDropTestsHelpers::dropFiles(grid, grid->rect().center(), { jolla }));
        QVERIFY(waitIdle(*window));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().files.size(), 1);
        QCOMPARE(asked.first().files.first().source, jolla);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);

        // New version: no new item; the item with these bytes gets version 2.
        answer = DuplicateChoice::NewVersion;
        asked.clear();
        QVERIFY(IngestDropTestsHelpers::dropFiles(grid, grid->rect().center(), { jolla }));
        QVERIFY(waitIdle(*window));
        QCOMPARE(asked.size(), 1);
        QTest::qWait(500);
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&model] {
                model.reload();
                if (!IngestDropTestsHelpers::loadAll(model)) {
                    return false;
                }
                int versioned = 0;
                for (int row = 0; row < model.rowCount(); ++row) {
                    versioned += model.rowAt(row)->versionCount == 2 ? 1 : 0;
                }
                return versioned == 1;
            }(),
            10000);
    }

    void aDragOutCarriesByteIdenticalCopiesOfTheOriginals()
    {
        const QStringList corpusFiles { QStringLiteral("images/jolla.jpg"), QStringLiteral("pdf/minimal-document.pdf"),
            QStringLiteral("text/lorem-ipsum.txt"), QStringLiteral("video/flower.mp4") };
        {
            auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
            FOLIO_VERIFY_OK(library);
            QStringList paths;
            for (const QString &file : corpusFiles) {
                paths.append(Test::corpus(file));
            }
            const QString failed = Test::ingest(**library, paths);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        MainWindow *window = openWindow();
        QVERIFY(window);
        ItemWindowModel &model = *window->itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(corpusFiles.size()), 10000);
        QVERIFY(IngestDropTestsHelpers::loadAll(model));
        QModelIndexList indexes;
        for (int row = 0; row < model.rowCount(); ++row) {
            indexes.append(model.index(row, 0));
        }
        // The drag starts at once (the copies are made on the session's thread); a drop waits for the rest.
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QMimeData> data(model.mimeData(indexes));
        const qint64 startMs = clock.elapsed();
        QVERIFY(data);
        // Drops inside Folio still get the ids; outside, the URLs.
        QCOMPARE(itemIdsFromMime(data.get()).size(), corpusFiles.size());
        QVERIFY(data->hasUrls());
        clock.restart();
        const QList<QUrl> urls = data->urls();
        qInfo("drag-out of %d items: mimeData() %lld ms, urls() waited %lld ms", int(indexes.size()), startMs,
            clock.elapsed());
        QCOMPARE(urls.size(), corpusFiles.size());
        QStringList names;
        for (const QUrl &url : urls) {
            QVERIFY(url.isLocalFile());
            const QString path = url.toLocalFile();
            QVERIFY2(!path.startsWith(m_libraryPath), qPrintable(path)); // a copy, never the stored file
            const QString name = QFileInfo(path).fileName();
            names.append(name);
            QString original;
            for (const QString &file : corpusFiles) {
                if (file.endsWith(name)) {
                    original = Test::corpus(file);
                }
            }
            QVERIFY2(!original.isEmpty(), qPrintable(name));
            const QByteArray copied = IngestDropTestsHelpers::bytesOf(path);
            QVERIFY(!copied.isEmpty());
            QVERIFY2(copied == IngestDropTestsHelpers::bytesOf(original), qPrintable(name));
        }
        names.sort();
        QCOMPARE(names,
            (QStringList { QStringLiteral("flower.mp4"), QStringLiteral("jolla.jpg"), QStringLiteral("lorem-ipsum.txt"),
                QStringLiteral("minimal-document.pdf") }));
    }
};

FOLIO_TEST(TestIngestDrop, "ingestdrop")
#include "tst_ingestdrop.moc"
