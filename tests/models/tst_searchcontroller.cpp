// SPDX-License-Identifier: GPL-3.0-or-later
// SearchController and the parts of LibrarySearch it stands on, over a real library of corpus files: a search
// lists every match, the best first as LibrarySearch::search ranks them; completion data names the fields
// (aliases, has:, is:) and their values (vocabularies, facets); a malformed query fails with its column; a
// newer search supersedes an older one; a smart collection is saved once per name.

#include "searchcontroller.h"

#include "library/library.h"
#include "library/librarysearch.h"
#include "library/savedsearches.h"
#include "librarysession.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace SearchControllerTestsHelpers {

const QStringList corpusFiles {
    QStringLiteral("images/jolla.jpg"),
    QStringLiteral("images/baiona_alpha.png"),
    QStringLiteral("pdf/pdflatex-4-pages.pdf"),
    QStringLiteral("pdf/minimal-document.pdf"),
    QStringLiteral("text/lorem-ipsum.txt"),
    QStringLiteral("text/testMARKDOWN.md"),
};

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace SearchControllerTestsHelpers

class TestSearchController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library; // the reference connection
    std::unique_ptr<LibrarySession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_path, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : SearchControllerTestsHelpers::corpusFiles) {
            paths.append(Test::corpus(file));
        }
        const QString failed = Test::ingest(**library, paths);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_library = std::move(*library);
        auto sessionLibrary = Library::open(m_path, Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(sessionLibrary);
        m_session = std::make_unique<LibrarySession>(std::move(*sessionLibrary));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_library.reset();
    }

    void aSearchListsEveryMatchBestFirst()
    {
        SearchController controller(*m_session);
        QSignalSpy finished(&controller, &SearchController::finished);
        const QString query = QStringLiteral("lorem OR minimal OR jolla OR baiona OR pdflatex");
        controller.search(query);
        QVERIFY(controller.isBusy());
        QVERIFY(finished.wait(20000));
        QVERIFY(!controller.isBusy());
        QCOMPARE(controller.query(), query);
        const LibrarySearch::Ranking &ranking = controller.ranking();
        LibrarySearch reference(*m_library);
        auto all = reference.matchingItems(query);
        FOLIO_VERIFY_OK(all);
        QVERIFY(all->size() >= 3);
        QCOMPARE(ranking.total, qint64(all->size()));
        QCOMPARE(finished.first().at(1).toLongLong(), ranking.total);
        QCOMPARE(SearchControllerTestsHelpers::sorted(ranking.itemIds), *all);
        LibrarySearch::Options options;
        options.query = query;
        options.snippets = false;
        options.log = false;
        auto hits = reference.search(options);
        FOLIO_VERIFY_OK(hits);
        QList<qint64> best;
        for (const LibrarySearch::Hit &hit : hits->hits) {
            best.append(hit.itemId);
        }
        QCOMPARE(ranking.itemIds, best);
        QVERIFY(!ranking.facets.isEmpty());

        // Ranking only the best one: it comes first, the other matches follow by id.
        auto one = reference.rankItems(query, 1, false, false);
        FOLIO_VERIFY_OK(one);
        QCOMPARE(one->itemIds.first(), best.first());
        QList<qint64> rest = *all;
        rest.removeOne(best.first());
        QCOMPARE(one->itemIds.mid(1), rest);
        QVERIFY(one->facets.isEmpty());
    }

    void completionDataNamesFieldsAndValues()
    {
        auto terms = LibrarySearch(*m_library).queryTerms();
        FOLIO_VERIFY_OK(terms);
        for (const char *name : { "creator", "author", "tag", "tags", "keywords", "subject", "type", "effective", "has",
                 "is", "size", "created" }) {
            QVERIFY2(terms->fieldNames.contains(QLatin1String(name)), name);
        }
        QCOMPARE(terms->canonical.value(QStringLiteral("author")), QStringLiteral("creator"));
        QCOMPARE(terms->canonical.value(QStringLiteral("tags")), QStringLiteral("tag"));
        const QStringList status = terms->valuesFor(QStringLiteral("STATUS"));
        for (const char *value : { "draft", "in_review", "approved", "published", "archived", "disposed" }) {
            QVERIFY2(status.contains(QLatin1String(value)), value);
        }
        QCOMPARE(status.count(QStringLiteral("draft")), 1); // in the vocabulary and a facet: once
        QVERIFY(terms->valuesFor(QStringLiteral("type")).contains(QStringLiteral("application/pdf")));
        QVERIFY(terms->valuesFor(QStringLiteral("type")).contains(QStringLiteral("pdf")));
        QCOMPARE(terms->valuesFor(QStringLiteral("kind")),
            QStringList({ QStringLiteral("asset"), QStringLiteral("document") }));
        QVERIFY(terms->valuesFor(QStringLiteral("label")).contains(QStringLiteral("Red")));
        QVERIFY(terms->valuesFor(QStringLiteral("is")).contains(QStringLiteral("duplicate")));
        QVERIFY(terms->valuesFor(QStringLiteral("created"))
                    .contains(QString::number(QDate::currentDate().year()))); // ingested this year
        QVERIFY(terms->valuesFor(QStringLiteral("nosuchfield")).isEmpty());

        SearchController controller(*m_session);
        QSignalSpy ready(&controller, &SearchController::termsReady);
        controller.loadTerms();
        QVERIFY(ready.wait(20000));
        QCOMPARE(controller.terms().fieldNames, terms->fieldNames);
    }

    void aMalformedQueryFailsWithItsColumn_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::newRow("unclosed") << "(policy OR procedure" << 1;
        QTest::newRow("stray") << "policy)" << 7;
        QTest::newRow("unknown field") << "lorem foo:bar" << 7;
    }

    void aMalformedQueryFailsWithItsColumn()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        SearchController controller(*m_session);
        QSignalSpy failed(&controller, &SearchController::failed);
        QSignalSpy finished(&controller, &SearchController::finished);
        controller.search(query);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), query);
        QCOMPARE(failed.first().at(2).toInt(), column);
        QVERIFY(failed.first().at(1).toString().contains(QString::number(column)));
        QCOMPARE(finished.count(), 0);
    }

    void aNewerSearchSupersedesAnOlderOne()
    {
        SearchController controller(*m_session);
        QSignalSpy finished(&controller, &SearchController::finished);
        QSignalSpy failed(&controller, &SearchController::failed);
        controller.search(QStringLiteral("policy)")); // would fail, but is superseded first
        controller.search(QStringLiteral("type:pdf"));
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(controller.query(), QStringLiteral("type:pdf"));

        // A cancelled search reports nothing.
        controller.search(QStringLiteral("kind:asset"));
        controller.cancel();
        QVERIFY(!finished.wait(500));
        QCOMPARE(controller.query(), QStringLiteral("type:pdf"));
    }

    void aSmartCollectionIsSavedOncePerName()
    {
        SearchController controller(*m_session);
        QSignalSpy saved(&controller, &SearchController::saved);
        QSignalSpy refused(&controller, &SearchController::saveFailed);
        QSignalSpy changed(m_session.get(), &LibrarySession::libraryChanged);
        controller.saveSmartCollection(QStringLiteral("Texts"), QStringLiteral("type:text"));
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().first().toString(), QStringLiteral("Texts"));
        QVERIFY(changed.count() > 0 || changed.wait(5000)); // the sidebar reads the library again
        auto found = SavedSearches(*m_library).find(QStringLiteral("Texts"));
        FOLIO_VERIFY_OK(found);
        QCOMPARE(found->query, QStringLiteral("type:text"));
        controller.saveSmartCollection(QStringLiteral("Texts"), QStringLiteral("kind:asset"));
        QVERIFY(refused.wait(20000));
        QVERIFY(!refused.first().first().toString().isEmpty());
        controller.saveSmartCollection(QStringLiteral("Broken"), QStringLiteral("title:(foo"));
        QVERIFY(refused.wait(20000));
        QCOMPARE(refused.size(), 2);
    }
};

FOLIO_TEST(TestSearchController, "searchcontroller")
#include "tst_searchcontroller.moc"
