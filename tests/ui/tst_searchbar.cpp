// SPDX-License-Identifier: GPL-3.0-or-later
// The search bar of the main window over a real library of corpus files: a query shows exactly its matches,
// best first; a facet narrows them and can be removed; a malformed query shows the parser's error at its column
// and changes nothing else; completion proposes field names and values; a search is saved as a smart
// collection; recent searches are remembered; opening a result reaches the search log; Escape goes back.

#include "browserpane.h"
#include "browsertesthelpers.h"
#include "facetpanel.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "library/librarysearch.h"
#include "library/savedsearches.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "querycompleter.h"
#include "quicklook.h"
#include "searchbar.h"
#include "searchcontroller.h"
#include "searchhistory.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Folio;

namespace SearchBarTestsHelpers {

using namespace Folio::BrowserTest;

const QStringList corpusFiles {
    QStringLiteral("images/jolla.jpg"),
    QStringLiteral("images/DSCN0010.jpg"),
    QStringLiteral("images/iptc.jpg"),
    QStringLiteral("images/baiona_alpha.png"),
    QStringLiteral("pdf/pdflatex-4-pages.pdf"),
    QStringLiteral("pdf/minimal-document.pdf"),
    QStringLiteral("pdf/crazyones-pdfa.pdf"),
    QStringLiteral("text/lorem-ipsum.txt"),
    QStringLiteral("text/testMARKDOWN.md"),
};

QList<qint64> shownIds(ItemWindowModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.rowAt(row) ? model.rowAt(row)->id : -1);
    }
    return ids;
}

// Pixels of IMAGE tinted red (SearchBar marks an error's characters with a red underline on pink).
int errorPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor color = image.pixelColor(x, y);
            count += color.red() - color.green() > 40 && color.red() - color.blue() > 30 ? 1 : 0;
        }
    }
    return count;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Types QUERY into the bar, presses Enter and waits until the browser shows the answer, every row read.
bool submit(MainWindow &window, const QString &query)
{
    QSignalSpy finished(window.searchController(), &SearchController::finished);
    QLineEdit *edit = window.searchBar()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, query);
    // Enter searches even with completions offered, as long as none is highlighted.
    QTest::keyClick(edit, Qt::Key_Return);
    if (!finished.wait(20000)) {
        return false;
    }
    ItemWindowModel &model = *window.itemModel();
    return QTest::qWaitFor(
               [&] { return model.rowCount() == int(window.searchController()->ranking().itemIds.size()); }, 10000)
        && loadAll(model);
}

} // namespace SearchBarTestsHelpers

class TestSearchBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    std::unique_ptr<Library> m_reference; // a second connection: what the library says, independently of the UI

    struct Opened
    {
        std::unique_ptr<LibrarySession> session;
        std::unique_ptr<MainWindow> window;
    };

    Opened openWindow()
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
        opened.window->resize(1200, 800);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get())) {
            opened.window.reset();
            return opened;
        }
        // The library's own view first: every item.
        ItemWindowModel &model = *opened.window->itemModel();
        if (!QTest::qWaitFor(
                [&model] { return model.rowCount() == int(SearchBarTestsHelpers::corpusFiles.size()); }, 10000)) {
            opened.window.reset();
        }
        return opened;
    }

    QList<qint64> matching(const QString &query)
    {
        auto ids = LibrarySearch(*m_reference).matchingItems(query);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().toString()));
            return { -1 };
        }
        return *ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_libraryPath = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : SearchBarTestsHelpers::corpusFiles) {
            paths.append(Test::corpus(file));
        }
        const QString failed = Test::ingest(**library, paths);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_reference = std::move(*library);
    }

    void init() { SearchHistory::clear(); }

    void aQueryShowsExactlyItsMatchesBestFirst()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        QVERIFY(window.searchBar()->isVisible());
        QVERIFY(!window.facetPanel()->isVisible());

        for (const QString &query :
            { QStringLiteral("type:pdf"), QStringLiteral("lorem OR ipsum"), QStringLiteral("kind:asset -type:png") }) {
            QVERIFY2(SearchBarTestsHelpers::submit(window, query), qPrintable(query));
            const QList<qint64> expected = matching(query);
            QVERIFY2(
                !expected.isEmpty() && expected.size() < SearchBarTestsHelpers::corpusFiles.size(), qPrintable(query));
            QCOMPARE(SearchBarTestsHelpers::sorted(SearchBarTestsHelpers::shownIds(model)), expected);
            QCOMPARE(model.scope().kind, BrowseScope::Kind::Items);
            QVERIFY(window.facetPanel()->isVisible());
        }

        // Relevance order: the rows come in the order of LibrarySearch::search's ranked hits.
        const QString words = QStringLiteral("lorem OR minimal OR jolla OR baiona OR pdflatex");
        QVERIFY(SearchBarTestsHelpers::submit(window, words));
        LibrarySearch::Options options;
        options.query = words;
        options.snippets = false;
        options.log = false;
        auto ranked = LibrarySearch(*m_reference).search(options);
        FOLIO_VERIFY_OK(ranked);
        QList<qint64> hits;
        for (const LibrarySearch::Hit &hit : ranked->hits) {
            hits.append(hit.itemId);
        }
        QVERIFY(hits.size() >= 2);
        QCOMPARE(SearchBarTestsHelpers::shownIds(model), hits);
    }

    void aFacetNarrowsTheResultsAndIsRemovedAgain()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        const QString query = QStringLiteral("-type:png");
        QVERIFY(SearchBarTestsHelpers::submit(window, query));
        const QList<qint64> broad = matching(query);
        QCOMPARE(SearchBarTestsHelpers::sorted(SearchBarTestsHelpers::shownIds(model)), broad);

        FacetPanel *panel = window.facetPanel();
        QTreeWidgetItem *documents = panel->valueItem(QStringLiteral("kind"), QStringLiteral("document"));
        QVERIFY(documents);
        QCOMPARE(documents->checkState(0), Qt::Unchecked);
        QCOMPARE(documents->text(1).toInt(), int(matching(query + QStringLiteral(" kind:document")).size()));

        // Space on the value checks it: the term joins the query in the bar and the view narrows.
        QSignalSpy finished(window.searchController(), &SearchController::finished);
        panel->tree()->setFocus();
        panel->tree()->setCurrentItem(documents);
        QTest::keyClick(panel->tree(), Qt::Key_Space);
        QVERIFY(finished.wait(20000));
        const QString narrowed = query + QStringLiteral(" kind:document");
        QCOMPARE(window.searchBar()->text(), narrowed);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(matching(narrowed).size()), 10000);
        QVERIFY(SearchBarTestsHelpers::loadAll(model));
        QCOMPARE(SearchBarTestsHelpers::sorted(SearchBarTestsHelpers::shownIds(model)), matching(narrowed));
        QVERIFY(matching(narrowed).size() < broad.size());
        documents = panel->valueItem(QStringLiteral("kind"), QStringLiteral("document"));
        QVERIFY(documents);
        QCOMPARE(documents->checkState(0), Qt::Checked);
        QVERIFY(!panel->valueItem(QStringLiteral("kind"), QStringLiteral("asset"))); // no media left to count

        // Unchecking removes the term again.
        panel->tree()->setCurrentItem(documents);
        QTest::keyClick(panel->tree(), Qt::Key_Space);
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.searchBar()->text(), query);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(broad.size()), 10000);
        QVERIFY(SearchBarTestsHelpers::loadAll(model));
        QCOMPARE(SearchBarTestsHelpers::sorted(SearchBarTestsHelpers::shownIds(model)), broad);
    }

    void facetTermsAreAddedAndRemovedWhole_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("toggled");
        QTest::newRow("added") << "report"
                               << "kind:document"
                               << "report kind:document";
        QTest::newRow("to nothing") << ""
                                    << "tag:summer"
                                    << "tag:summer";
        QTest::newRow("removed") << "report kind:document pages:2"
                                 << "kind:document"
                                 << "report pages:2";
        QTest::newRow("removed at the end") << "report kind:document"
                                            << "kind:document"
                                            << "report";
        QTest::newRow("an OR is grouped first") << "a OR b"
                                                << "kind:asset"
                                                << "(a OR b) kind:asset";
        QTest::newRow("a negation is not the term") << "-kind:asset"
                                                    << "kind:asset"
                                                    << "-kind:asset kind:asset";
        QTest::newRow("a longer term is not the term") << "kind:assets"
                                                       << "kind:asset"
                                                       << "kind:assets kind:asset";
    }

    void facetTermsAreAddedAndRemovedWhole()
    {
        QFETCH(QString, query);
        QFETCH(QString, term);
        QFETCH(QString, toggled);
        QCOMPARE(SearchController::toggleTerm(query, term), toggled);
        QCOMPARE(SearchController::facetTerm(QStringLiteral("type"), QStringLiteral("application/pdf")),
            QStringLiteral("type:\"application/pdf\""));
        QCOMPARE(SearchController::facetTerm(QStringLiteral("keywords"), QStringLiteral("summer 2025")),
            QStringLiteral("tag:\"summer 2025\""));
        QCOMPARE(SearchController::facetTerm(QStringLiteral("year"), QStringLiteral("2024")),
            QStringLiteral("created:2024"));
    }

    void aMalformedQueryShowsItsErrorAtItsColumnAndChangesNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unclosed parenthesis") << "title:(foo";
        QTest::newRow("size that is no number") << "size:>abc";
        QTest::newRow("unknown field") << "lorem foo:bar";
        QTest::newRow("stray parenthesis") << "policy)";
    }

    void aMalformedQueryShowsItsErrorAtItsColumnAndChangesNothing()
    {
        QFETCH(QString, query);
        auto parsed = LibrarySearch(*m_reference).matchingItems(query);
        QVERIFY(!parsed);
        const int column = parsed.error().detail().toInt();
        QVERIFY(column > 0);

        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        QVERIFY(SearchBarTestsHelpers::loadAll(model));
        const QList<qint64> before = SearchBarTestsHelpers::shownIds(model);
        SearchBar *bar = window.searchBar();
        QSignalSpy failed(window.searchController(), &SearchController::failed);
        bar->lineEdit()->setFocus();
        QTest::keyClicks(bar->lineEdit(), query);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QVERIFY(failed.wait(20000));
        QCOMPARE(bar->errorColumn(), column);
        QCOMPARE(bar->errorMessage(), parsed.error().message());
        QVERIFY(bar->errorMessage().contains(QString::number(column)));
        auto *label = bar->findChild<QLabel *>(QStringLiteral("searchError"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), parsed.error().message());
        QCOMPARE(bar->lineEdit()->accessibleDescription(), parsed.error().message());
        QCOMPARE(bar->errorSpan().first, std::min(column - 1, int(query.size()) - 1));
        QVERIFY(bar->errorSpan().second >= 1);
        QCOMPARE(bar->text(), query); // the text stays to be corrected
        // Nothing else changed: the same scope and rows, no facets.
        QCOMPARE(model.scope().kind, BrowseScope::Kind::All);
        QTest::qWait(200);
        QCOMPARE(SearchBarTestsHelpers::shownIds(model), before);
        QVERIFY(!window.facetPanel()->isVisible());
        QVERIFY(SearchHistory::recent().isEmpty());
        // The wavy underline is drawn in the error colour.
        const QImage marked = bar->lineEdit()->grab().toImage();
        QVERIFY(SearchBarTestsHelpers::errorPixels(marked) > 0);
        // Typing again clears the error.
        QTest::keyClick(bar->lineEdit(), Qt::Key_Space);
        QVERIFY(!label->isVisible());
        QCOMPARE(bar->errorColumn(), 0);
        QCOMPARE(SearchBarTestsHelpers::errorPixels(bar->lineEdit()->grab().toImage()), 0);
    }

    void completionProposesFieldNamesAndValues()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        SearchBar *bar = window.searchBar();
        QueryCompleter *completer = bar->completer();
        QVERIFY(!window.searchController()->termsRequested()); // read when the bar is first used
        QLineEdit *edit = bar->lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_L);
        QTRY_VERIFY_WITH_TIMEOUT(!completer->terms().fieldNames.isEmpty(), 10000);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("lorem cre"));
        QTRY_VERIFY_WITH_TIMEOUT(completer->proposals().contains(QStringLiteral("creator:")), 5000);
        QVERIFY(completer->proposals().contains(QStringLiteral("created:")));
        QVERIFY(!completer->proposals().contains(QStringLiteral("status:")));
        // Aliases of the schema are names too.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("auth"));
        QTRY_VERIFY_WITH_TIMEOUT(completer->proposals().contains(QStringLiteral("author:")), 5000);

        // Choosing a field name from the pop-up inserts it and offers the values of its vocabulary.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("stat"));
        QTRY_VERIFY_WITH_TIMEOUT(completer->proposals().contains(QStringLiteral("status:")), 5000);
        QAbstractItemView *popup = completer->completer()->popup();
        const int statusRow = int(completer->proposals().indexOf(QStringLiteral("status:")));
        popup->setCurrentIndex(completer->completer()->completionModel()->index(statusRow, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("status:"));
        QTRY_VERIFY_WITH_TIMEOUT(completer->proposals().contains(QStringLiteral("status:in_review")), 5000);
        QVERIFY(completer->proposals().contains(QStringLiteral("status:draft")));
        QTest::keyClicks(edit, QStringLiteral("ap"));
        QTRY_COMPARE_WITH_TIMEOUT(completer->proposals(), QStringList { QStringLiteral("status:approved") }, 5000);
        popup->setCurrentIndex(completer->completer()->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("status:approved "));

        // With completions offered but none chosen, Enter searches for what was typed.
        edit->clear();
        QSignalSpy finished(window.searchController(), &SearchController::finished);
        QTest::keyClicks(edit, QStringLiteral("kind:as"));
        QTRY_COMPARE_WITH_TIMEOUT(completer->proposals(), QStringList { QStringLiteral("kind:asset") }, 5000);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("kind:as"));
        QCOMPARE(edit->text(), QStringLiteral("kind:as"));
        QVERIFY(!popup->isVisible());

        // Values the library holds: the detected types, by MIME type and short name.
        const LibrarySearch::QueryTerms &terms = completer->terms();
        const auto proposed = [&terms](const QString &text) {
            return QueryCompleter::propose(text, int(text.size()), terms).candidates;
        };
        QVERIFY(proposed(QStringLiteral("type:")).contains(QStringLiteral("type:pdf")));
        QVERIFY(proposed(QStringLiteral("-type:app")).contains(QStringLiteral("type:\"application/pdf\"")));
        QCOMPARE(proposed(QStringLiteral("kind:d")), QStringList { QStringLiteral("kind:document") });
        QVERIFY(proposed(QStringLiteral("is:")).contains(QStringLiteral("is:duplicate")));
        QVERIFY(
            proposed(QStringLiteral("classification:conf")).contains(QStringLiteral("classification:confidential")));
        QVERIFY(proposed(QStringLiteral("c")).isEmpty()); // one letter is a word, not yet a field
        QVERIFY(proposed(QStringLiteral("nosuchfield:")).isEmpty());
    }

    void aSearchIsSavedAsASmartCollection()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        const QString query = QStringLiteral("type:pdf");
        QVERIFY(SearchBarTestsHelpers::submit(window, query));

        // The real dialog: a name typed and accepted.
        auto *answer = new QTimer(&window);
        connect(answer, &QTimer::timeout, answer, [answer] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setTextValue(QStringLiteral("All PDFs"));
                dialog->accept();
                answer->stop();
            }
        });
        answer->start(50);
        QSignalSpy saved(window.searchController(), &SearchController::saved);
        QTest::mouseClick(window.searchBar()->saveButton(), Qt::LeftButton);
        QVERIFY(saved.count() > 0 || saved.wait(10000));

        auto found = SavedSearches(*m_reference).find(QStringLiteral("All PDFs"));
        FOLIO_VERIFY_OK(found);
        QCOMPARE(found->query, query);
        SidebarModel &sidebar = *window.sidebarModel();
        const auto smartNamed = [&sidebar](const QString &name) {
            const QModelIndex section
                = sidebar.indexOf(SidebarModel::NodeKind::Section, qint64(SidebarModel::Section::SmartCollections));
            for (int row = 0; row < sidebar.rowCount(section); ++row) {
                const QModelIndex node = sidebar.index(row, 0, section);
                if (node.data().toString() == name) {
                    return node.data(SidebarModel::QueryRole).toString();
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(smartNamed(QStringLiteral("All PDFs")), query, 10000);
    }

    void recentSearchesAreRememberedAndRunAgain()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("type:pdf")));
        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("kind:asset")));
        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("type:pdf")));
        QCOMPARE(SearchHistory::recent(), QStringList({ QStringLiteral("type:pdf"), QStringLiteral("kind:asset") }));
        for (int i = 0; i < SearchHistory::MaxEntries + 3; ++i) {
            SearchHistory::remember(QStringLiteral("word%1").arg(i));
        }
        QCOMPARE(SearchHistory::recent().size(), SearchHistory::MaxEntries);
        QCOMPARE(SearchHistory::recent().first(), QStringLiteral("word%1").arg(SearchHistory::MaxEntries + 2));
        SearchHistory::remember(QStringLiteral("kind:asset"));

        // The drop-down offers them, newest first; choosing one runs it.
        QMenu *menu = window.searchBar()->recentMenu();
        menu->popup(window.searchBar()->mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("kind:asset"));
        QSignalSpy finished(window.searchController(), &SearchController::finished);
        menu->actions().first()->trigger();
        menu->close();
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.searchBar()->text(), QStringLiteral("kind:asset"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.itemModel()->rowCount(), int(matching(QStringLiteral("kind:asset")).size()), 10000);
    }

    void openingAResultIsLogged()
    {
        auto before = LibrarySearch(*m_reference).report(1);
        FOLIO_VERIFY_OK(before);
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("lorem")));
        QVERIFY(window.itemModel()->rowCount() > 0);

        QSignalSpy recorded(window.searchController(), &SearchController::openRecorded);
        QAbstractItemView *view = window.browser()->currentView();
        view->setFocus();
        window.browser()->selectionModel()->setCurrentIndex(
            window.itemModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(recorded.count() > 0 || recorded.wait(10000));
        QCOMPARE(recorded.first().first().toString(), window.itemModel()->rowAt(0)->uuid);
        window.quickLook()->close();

        auto after = LibrarySearch(*m_reference).report(1);
        FOLIO_VERIFY_OK(after);
        QCOMPARE(after->searches, before->searches + 1);
        QCOMPARE(after->successful, before->successful + 1);
    }

    void escapeGoesBackAndANewerQueryWins()
    {
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        ItemWindowModel &model = *window.itemModel();
        // Documents first: Escape comes back here.
        const QModelIndex documents = window.sidebarModel()->indexOf(SidebarModel::NodeKind::Documents);
        QVERIFY(documents.isValid());
        window.sidebar()->setCurrentIndex(documents);
        window.showNode(documents);
        const int documentCount = int(matching(QStringLiteral("kind:document")).size());
        QTRY_COMPARE_WITH_TIMEOUT(model.scope().kind, BrowseScope::Kind::Documents, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), documentCount, 10000);

        // Ctrl+F reaches the field from the browser.
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.browser()->currentView()->setFocus();
        QTest::keyClick(window.browser()->currentView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchBar()->lineEdit()->hasFocus());

        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("type:pdf")));
        QVERIFY(window.facetPanel()->isVisible());
        QCOMPARE(model.scope().kind, BrowseScope::Kind::Items);
        QTest::keyClick(window.searchBar()->lineEdit(), Qt::Key_Escape);
        QVERIFY(window.searchBar()->text().isEmpty());
        QVERIFY(!window.facetPanel()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model.scope().kind, BrowseScope::Kind::Documents, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), documentCount, 10000);

        // Choosing another place in the sidebar ends the search there.
        QVERIFY(SearchBarTestsHelpers::submit(window, QStringLiteral("type:pdf")));
        const QModelIndex media = window.sidebarModel()->indexOf(SidebarModel::NodeKind::Media);
        QTest::mouseClick(
            window.sidebar()->viewport(), Qt::LeftButton, {}, window.sidebar()->visualRect(media).center());
        QTRY_COMPARE_WITH_TIMEOUT(model.scope().kind, BrowseScope::Kind::Media, 5000);
        QVERIFY(window.searchBar()->text().isEmpty());
        QVERIFY(!window.facetPanel()->isVisible());
        QVERIFY(!window.searchController()->isShowingResults());

        // Two queries in a row: only the newer one's answer is shown.
        QSignalSpy finished(window.searchController(), &SearchController::finished);
        window.searchController()->search(QStringLiteral("type:pdf"));
        window.searchController()->search(QStringLiteral("kind:asset"));
        QVERIFY(finished.wait(20000));
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QStringLiteral("kind:asset"));
        QCOMPARE(SearchBarTestsHelpers::sorted(window.searchController()->ranking().itemIds),
            matching(QStringLiteral("kind:asset")));
    }

    void cleanupTestCase() { m_reference.reset(); }
};

FOLIO_TEST(TestSearchBar, "searchbar")
#include "tst_searchbar.moc"
