// SPDX-License-Identifier: GPL-3.0-or-later
// folio://item/<uuid> links over a library of real corpus files: Copy Link puts the selected item's link on
// the clipboard (as text and as a URL), and a link handed to the window selects that item in the browser.

#include "browserpane.h"
#include "inspectordock.h"
#include "itemactions.h"
#include "itemurl.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace ItemLinksTestsHelpers {

struct Opened
{
    std::unique_ptr<LibrarySession> session;
    std::unique_ptr<MainWindow> window;
};

// Every row of the window's browser read.
bool loadAll(ItemWindowModel &model, int expected)
{
    return QTest::qWaitFor(
        [&model, expected] {
            if (model.rowCount() != expected) {
                return false;
            }
            bool all = true;
            for (int row = 0; row < model.rowCount(); ++row) {
                all = model.rowAt(row) && all;
            }
            return all;
        },
        20000);
}

QStringList selectedUuids(const MainWindow &window)
{
    QStringList uuids;
    for (const BrowseRow &row : window.selectedRows()) {
        uuids.append(row.uuid);
    }
    return uuids;
}

} // namespace ItemLinksTestsHelpers

class TestItemLinks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    const QStringList m_files { QStringLiteral("images/jolla.jpg"), QStringLiteral("images/DSCN0010.jpg"),
        QStringLiteral("pdf/minimal-document.pdf"), QStringLiteral("text/lorem-ipsum.txt") };

    ItemLinksTestsHelpers::Opened openWindow()
    {
        ItemLinksTestsHelpers::Opened opened;
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return opened;
        }
        opened.session = std::make_unique<LibrarySession>(std::move(*library));
        opened.window = std::make_unique<MainWindow>(*opened.session);
        opened.window->resize(1000, 700);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get())
            || !ItemLinksTestsHelpers::loadAll(*opened.window->itemModel(), int(m_files.size()))) {
            opened.window.reset();
        }
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_libraryPath = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : m_files) {
            paths.append(Test::corpus(file));
        }
        const QString failed = Test::ingest(**library, paths);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void linksAreParsedStrictly()
    {
        const QString uuid = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
        QCOMPARE(ItemUrl::make(uuid).toString(), QStringLiteral("folio://item/") + uuid);
        QCOMPARE(ItemUrl::uuidOf(QStringLiteral("folio://item/") + uuid), uuid);
        QCOMPARE(ItemUrl::uuidOf(QStringLiteral("folio://item/") + uuid.toUpper() + QLatin1Char('/')), uuid);
        QVERIFY(!ItemUrl::isLink(QStringLiteral("folio://folder/") + uuid));
        QVERIFY(!ItemUrl::isLink(QStringLiteral("folio://item/not-a-uuid")));
        QVERIFY(!ItemUrl::isLink(QStringLiteral("https://item/") + uuid));
        QVERIFY(!ItemUrl::isLink(QStringLiteral("/home/me/") + uuid));
    }

    void copyLinkPutsTheItemLinkOnTheClipboard()
    {
        ItemLinksTestsHelpers::Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QGuiApplication::clipboard()->clear();
        const QModelIndex second = window.itemModel()->index(1, 0);
        window.browser()->selectionModel()->setCurrentIndex(
            second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString uuid = window.itemModel()->rowAt(1)->uuid;
        QVERIFY(!uuid.isEmpty());

        QAction *copy = window.actions()->copyLink();
        window.actions()->update(false);
        QVERIFY(copy->isEnabled());
        QVERIFY(window.actions()->copyLink()->text().contains(QStringLiteral("Link")));
        copy->trigger();

        const QString expected = QStringLiteral("folio://item/") + uuid;
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), expected);
        QCOMPARE(data->urls(), QList<QUrl> { QUrl(expected) });
        // What a paste of the link into another folio would find.
        QCOMPARE(ItemUrl::uuidOf(QGuiApplication::clipboard()->text()), uuid);

        // The context menu (and the Item menu) offer it; it needs a selection.
        QMenu menu;
        window.actions()->fillMenu(&menu);
        QVERIFY(menu.actions().contains(copy));
        window.browser()->selectionModel()->clearSelection();
        window.actions()->update(false);
        QVERIFY(!copy->isEnabled());
    }

    void aLinkSelectsItsItem()
    {
        ItemLinksTestsHelpers::Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(window.selectedRows().isEmpty());
        // The items are read while the browser shows them all: a link narrows the browser to its item.
        QList<BrowseRow> items;
        for (const int row : { 3, 0, 1 }) {
            items.append(*window.itemModel()->rowAt(row));
        }
        for (const BrowseRow &item : std::as_const(items).first(2)) {
            window.revealItem(item.uuid);
            QTRY_COMPARE_WITH_TIMEOUT(ItemLinksTestsHelpers::selectedUuids(window), QStringList { item.uuid }, 10000);
            QCOMPARE(
                window.browser()->selectionModel()->currentIndex().row(), window.itemModel()->loadedRowOf(item.id));
            QVERIFY2(window.statusBar()->currentMessage().contains(item.title),
                qPrintable(window.statusBar()->currentMessage()));
        }
        // A hidden inspector (when the build has one) comes into view to show the linked item.
        if (QDockWidget *inspector = window.inspector()) {
            inspector->hide();
            window.revealItem(items.last().uuid);
            QTRY_COMPARE_WITH_TIMEOUT(
                ItemLinksTestsHelpers::selectedUuids(window), QStringList { items.last().uuid }, 10000);
            QVERIFY(inspector->isVisible());
        }
    }

    void aLinkOnTheCommandLineSelectsItsItem()
    {
        ItemLinksTestsHelpers::Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        const QString uuid = window.itemModel()->rowAt(2)->uuid;
        window.handleArguments({ ItemUrl::make(uuid).toString() });
        QTRY_COMPARE_WITH_TIMEOUT(ItemLinksTestsHelpers::selectedUuids(window), QStringList { uuid }, 10000);
    }

    void aLinkToNoItemSaysSo()
    {
        ItemLinksTestsHelpers::Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        const QString unknown = QStringLiteral("00000000-0000-7000-8000-000000000000");
        window.revealItem(unknown);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(unknown), 10000);
        QVERIFY(window.selectedRows().isEmpty());
        QCOMPARE(window.itemModel()->rowCount(), int(m_files.size())); // the view stays as it was
    }
};

FOLIO_TEST(TestItemLinks, "itemlinks")
#include "tst_itemlinks.moc"
