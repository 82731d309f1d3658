// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a library with real corpus files ingested: both browsers show every item with the
// right columns, thumbnails load as rows come into view, the sidebar's sections scope the browser, folders
// and collections change through the sidebar, items move to the Trash, and an empty library welcomes.

#include "browserpane.h"
#include "browsertesthelpers.h"
#include "documenttableview.h"
#include "itemactions.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "testregistry.h"
#include "testsupport.h"
#include "thumbnailgridview.h"
#include "welcomeview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace MainWindowTestsHelpers {

using namespace Folio::BrowserTest;

const QStringList corpusFiles {
    QStringLiteral("images/jolla.jpg"),
    QStringLiteral("images/DSCN0010.jpg"),
    QStringLiteral("images/baiona_alpha.png"),
    QStringLiteral("images/flower.webp"),
    QStringLiteral("pdf/pdflatex-4-pages.pdf"),
    QStringLiteral("pdf/minimal-document.pdf"),
    QStringLiteral("office/OOXML.docx"),
    QStringLiteral("text/lorem-ipsum.txt"),
    QStringLiteral("video/flower.mp4"),
    QStringLiteral("audio/t-rex-roar.mp3"),
};

// Errors the window would show in its status bar, printed so a failing test says why.
void reportErrors(MainWindow &window)
{
    QObject::connect(window.sidebarModel(), &SidebarModel::operationFailed, &window,
        [](const QString &message) { qWarning("sidebar: %s", qPrintable(message)); });
    QObject::connect(window.actions(), &ItemActions::failed, &window,
        [](const QString &message) { qWarning("item action: %s", qPrintable(message)); });
    QObject::connect(window.itemModel(), &ItemWindowModel::loadFailed, &window,
        [](const QString &message) { qWarning("model: %s", qPrintable(message)); });
}

} // namespace MainWindowTestsHelpers

using namespace MainWindowTestsHelpers;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;

    // The test library in a shown window, with its errors printed. Members are destroyed in reverse order:
    // the window goes before the session it borrows.
    struct Opened
    {
        std::unique_ptr<LibrarySession> session;
        std::unique_ptr<MainWindow> window;
    };

    Opened openWindow(QSize size = QSize(1000, 700))
    {
        Opened opened;
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return opened;
        }
        opened.session = std::make_unique<LibrarySession>(std::move(*library));
        opened.session->setPollIntervalMs(200);
        opened.window = std::make_unique<MainWindow>(*opened.session);
        reportErrors(*opened.window);
        opened.window->resize(size);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get())) {
            opened.window.reset();
        }
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the header and view settings go to a test location
        QSettings().clear();
        m_libraryPath = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : corpusFiles) {
            paths.append(Test::corpus(file));
        }
        const QString failed = Test::ingest(**library, paths);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void anEmptyLibraryWelcomes()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("empty")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        LibrarySession session(std::move(*library));
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWelcome(), 10000);
        const auto buttons = window.welcome()->findChildren<QPushButton *>();
        QStringList names;
        for (const QPushButton *button : buttons) {
            names.append(button->text());
        }
        QVERIFY2(names.contains(QStringLiteral("Add files…")) && names.contains(QStringLiteral("Add folder…"))
                && names.contains(QStringLiteral("Open library…")),
            qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY(window.welcome()->findChild<QWidget *>(QStringLiteral("dropZone")));
    }

    void bothBrowsersShowEveryItemWithItsColumns()
    {
        Opened opened = openWindow(QSize(1200, 800));
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(corpusFiles.size()), 10000);
        QVERIFY(!window.isShowingWelcome());
        QVERIFY(loadAll(model));

        // Grid: every item has a cell inside the view's content, and the rows in view get thumbnails.
        window.browser()->setMode(BrowserPane::Mode::Grid);
        ThumbnailGridView *grid = window.browser()->gridView();
        QVERIFY(grid->isVisible());
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(grid->visualRect(model.index(row, 0)).isValid());
        }
        const int jolla = rowOf(model, QStringLiteral("jolla.jpg"));
        QVERIFY(jolla >= 0);
        grid->scrollTo(model.index(jolla, 0));
        grid->viewport()->update();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.index(jolla, 0).data(ItemWindowModel::ThumbnailRole).value<QImage>().isNull(), 15000);
        const QImage thumb = model.index(jolla, 0).data(ItemWindowModel::ThumbnailRole).value<QImage>();
        QVERIFY(thumb.width() <= model.thumbnailSize().width() && thumb.height() <= model.thumbnailSize().height());

        // Details: the columns of a document list, the name first, created and rating hidden until asked for.
        window.browser()->setMode(BrowserPane::Mode::Details);
        DocumentTableView *table = window.browser()->tableView();
        QVERIFY(table->isVisible());
        QHeaderView *header = table->horizontalHeader();
        const QStringList expected { tr("Name"), tr("Type"), tr("Version"), tr("Status"), tr("Creator"), tr("Modified"),
            tr("Classification"), tr("Pages"), tr("Size") };
        QStringList shown;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical)) {
                shown.append(model.headerData(logical, Qt::Horizontal).toString());
            }
        }
        QCOMPARE(shown.size(), expected.size());
        const int pdf = rowOf(model, QStringLiteral("pdflatex-4-pages.pdf"));
        QVERIFY(pdf >= 0);
        QCOMPARE(model.index(pdf, ItemWindowModel::PagesColumn).data().toString(), QStringLiteral("4"));
        QVERIFY(!model.index(pdf, ItemWindowModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(pdf, ItemWindowModel::VersionColumn).data().toString(), QStringLiteral("1"));

        // Sorting by size in the table sorts in SQL: the rows come back in size order.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        table->sortByColumn(ItemWindowModel::SizeColumn, Qt::DescendingOrder);
        QVERIFY(reset.count() > 0 || reset.wait(10000)); // the old order stays on screen until the new one is read
        QVERIFY(loadAll(model));
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.rowAt(row - 1)->size >= model.rowAt(row)->size);
        }
    }

    void sidebarSectionsScopeTheBrowser()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        SidebarModel &sidebar = *window.sidebarModel();
        QTRY_VERIFY_WITH_TIMEOUT(findNode(sidebar, SidebarModel::NodeKind::Documents).isValid(), 10000);
        window.showNode(findNode(sidebar, SidebarModel::NodeKind::Documents));
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->scope().kind == BrowseScope::Kind::Documents, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.itemModel()->rowCount(), 4, 10000); // two PDFs, the docx, the text
        QCOMPARE(window.browser()->mode(), BrowserPane::Mode::Details);
        window.showNode(findNode(sidebar, SidebarModel::NodeKind::Media));
        QTRY_COMPARE_WITH_TIMEOUT(window.itemModel()->rowCount(), 6, 10000);
        QCOMPARE(window.browser()->mode(), BrowserPane::Mode::Grid);
    }

    void collectionsTakeDroppedItemsAndTrashTakesItems()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(corpusFiles.size()), 10000);
        QVERIFY(loadAll(model));
        SidebarModel &sidebar = *window.sidebarModel();
        sidebar.createCollection(QStringLiteral("Spring campaign"));
        QTRY_VERIFY_WITH_TIMEOUT(
            findNode(sidebar, SidebarModel::NodeKind::Collection, QStringLiteral("Spring campaign")).isValid(), 10000);
        const QModelIndex collection
            = findNode(sidebar, SidebarModel::NodeKind::Collection, QStringLiteral("Spring campaign"));

        std::unique_ptr<QMimeData> drag(model.mimeData({ model.index(0, 0), model.index(1, 0) }));
        QVERIFY(drag && drag->hasFormat(ItemWindowModel::ItemIdsMime));
        QVERIFY(sidebar.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, collection));
        QVERIFY(sidebar.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, collection));
        QTest::qWait(300);
        QVERIFY(showAndWait(
            window, findNode(sidebar, SidebarModel::NodeKind::Collection, QStringLiteral("Spring campaign"))));
        QCOMPARE(model.rowCount(), 2);

        // Move one of them to the Trash with the item action: it leaves the collection's view and shows in the Trash.
        QVERIFY(loadAll(model));
        window.browser()->selectionModel()->select(
            model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.selectedRows().size(), 1);
        window.actions()->update(false);
        QVERIFY(window.actions()->moveToTrash()->isEnabled());
        window.actions()->moveToTrash()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(showAndWait(window, findNode(sidebar, SidebarModel::NodeKind::Trash)));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(loadAll(model));
        window.browser()->selectionModel()->select(
            model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.actions()->update(true);
        QVERIFY(window.actions()->restore()->isEnabled());
        window.actions()->restore()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
    }

    void foldersAreMadeRenamedAndMovedFromTheSidebar()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        SidebarModel &sidebar = *window.sidebarModel();
        QTRY_VERIFY_WITH_TIMEOUT(findNode(sidebar, SidebarModel::NodeKind::AllItems).isValid(), 10000);
        sidebar.createFolder({}, QStringLiteral("Projects"));
        sidebar.createFolder({}, QStringLiteral("Drafts"));
        QTRY_VERIFY_WITH_TIMEOUT(
            findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Drafts")).isValid(), 10000);
        QVERIFY(sidebar.setData(
            findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Drafts")), QStringLiteral("Ideas")));
        QTRY_VERIFY_WITH_TIMEOUT(
            findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Ideas")).isValid(), 10000);
        const QModelIndex ideas = findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Ideas"));
        std::unique_ptr<QMimeData> drag(sidebar.mimeData({ ideas }));
        QVERIFY(drag);
        const QModelIndex projects = findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Projects"));
        QVERIFY(sidebar.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, projects));
        QTRY_VERIFY_WITH_TIMEOUT(findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Ideas"),
                                     findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Projects")))
                                     .isValid(),
            10000);
        QCOMPARE(findNode(sidebar, SidebarModel::NodeKind::Folder, QStringLiteral("Ideas"))
                     .data(SidebarModel::PathRole)
                     .toString(),
            QStringLiteral("/Projects/Ideas"));
    }

    void gridMovesByKeyboardAndSelectsByRubberBand()
    {
        Opened opened = openWindow(QSize(1000, 700));
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 6, 10000);
        window.browser()->setMode(BrowserPane::Mode::Grid);
        ThumbnailGridView *grid = window.browser()->gridView();
        grid->setThumbnailEdge(96);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Home);
        QCOMPARE(grid->currentIndex().row(), 0);
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(grid->currentIndex().row(), 1);
        QVERIFY(grid->columns() > 1);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentIndex().row(), std::min(model.rowCount() - 1, 1 + grid->columns()));
        QTest::keyClick(grid, Qt::Key_End);
        QCOMPARE(grid->currentIndex().row(), model.rowCount() - 1);

        // A rubber band from the first cell's corner across the second selects both.
        const QRect first = grid->visualRect(model.index(0, 0));
        const QRect second = grid->visualRect(model.index(1, 0));
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, first.topLeft() - QPoint(4, 4));
        QMouseEvent move(QEvent::MouseMove, QPointF(second.center()),
            grid->viewport()->mapToGlobal(QPointF(second.center())), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(grid->viewport(), &move);
        QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(window.browser()->selectedRows(), QList<int>({ 0, 1 }));
    }

    void everyInteractiveControlHasAnAccessibleName()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 10000);
        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty()) {
                unnamed.append(QStringLiteral("%1 (%2)").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

FOLIO_TEST(TestMainWindow, "mainwindow")
#include "tst_mainwindow.moc"
