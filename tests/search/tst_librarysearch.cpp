// SPDX-License-Identifier: GPL-3.0-or-later
// The library's search end to end on a real library: the index follows every change in the same
// transaction (rename, metadata, trash, purge, folder moves), survives a restart through its snapshot,
// saved searches and analytics work, and query text never reaches SQL.

#include "ingest/fileimporter.h"
#include "library/folderoperations.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "library/librarysearch.h"
#include "library/savedsearches.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace LibrarySearchTests {

using namespace Folio;

QStringList titles(const LibrarySearch::Response &response)
{
    QStringList list;
    for (const LibrarySearch::Hit &hit : response.hits) {
        list.append(hit.title);
    }
    return list;
}

} // namespace LibrarySearchTests

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Folio::Library> m_library;

    Folio::Item add(const QString &name, const QByteArray &content, const QString &folder = QStringLiteral("/"))
    {
        using namespace Folio;
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        file.close();
        ImportOptions options;
        options.folder = folder;
        auto summary = FileImporter(*m_library).import({ path }, options);
        if (!summary || summary->outcomes.isEmpty()) {
            return {};
        }
        return ItemRepository(m_library->database()).resolve(summary->outcomes.first().itemUuid).value_or(Item {});
    }

    // The text an extraction would have stored, written as the applier does (in a write transaction).
    bool setText(const Folio::Item &item, const QStringList &pages)
    {
        using namespace Folio;
        return bool(m_library->write([&]() -> Result<void> {
            return ExtractionRepository(m_library->database())
                .saveText(item.currentVersionId, pages, QStringLiteral("layer"));
        }));
    }

    Folio::Item reload(const Folio::Item &item)
    {
        return Folio::ItemRepository(m_library->database()).byId(item.id).value_or(Folio::Item {});
    }

    Folio::LibrarySearch::Response run(Folio::LibrarySearch &search, const QString &query, bool facets = false)
    {
        Folio::LibrarySearch::Options options;
        options.query = query;
        options.facets = facets;
        auto response = search.search(options);
        if (!response) {
            qWarning() << response.error().message();
            return {};
        }
        return *response;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto library
            = Folio::Library::open(m_dir->filePath(QStringLiteral("library")), Folio::Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
    }

    void cleanup()
    {
        m_library.reset();
        delete m_dir;
    }

    void findsByTitleTextAndMetadataWithSnippets()
    {
        using namespace LibrarySearchTests;
        const Item manual = add(QStringLiteral("manual.txt"), "x");
        QVERIFY(manual.id);
        QVERIFY(setText(manual, { QStringLiteral("Install the Widget Pro before reading the warranty terms.") }));
        const Item shot = add(QStringLiteral("widget-pro-shot.jpg"), "not really a jpeg");
        FOLIO_VERIFY_OK(ItemOperations(*m_library)
                            .setMetadata(shot, { QStringLiteral("product=P-1234"), QStringLiteral("tag=summer") }));
        FOLIO_VERIFY_OK(ItemOperations(*m_library).setMetadata(manual, { QStringLiteral("product=P-1234") }));
        add(QStringLiteral("unrelated.txt"), "y");

        LibrarySearch search(*m_library);
        const auto byProduct = run(search, QStringLiteral("product:P-1234"));
        QCOMPARE(byProduct.total, 2);
        const auto byText = run(search, QStringLiteral("warranty"));
        QCOMPARE(titles(byText), QStringList { QStringLiteral("manual") });
        QVERIFY2(byText.hits.first().snippet.contains(QStringLiteral("«warranty»")),
            qPrintable(byText.hits.first().snippet));
        QCOMPARE(run(search, QStringLiteral("tag:summer")).total, 1);
        QCOMPARE(run(search, QStringLiteral("ext:txt")).total, 2);
        QCOMPARE(run(search, QString()).total, 3);
    }

    void followsChangesInTheSameTransaction()
    {
        using namespace LibrarySearchTests;
        const Item item = add(QStringLiteral("draft.txt"), "a");
        const Item other = add(QStringLiteral("other.txt"), "b");
        LibrarySearch search(*m_library);
        QCOMPARE(run(search, QStringLiteral("zeppelin")).total, 0);

        FOLIO_VERIFY_OK(ItemOperations(*m_library).rename(item, QStringLiteral("Zeppelin brochure")));
        QCOMPARE(titles(run(search, QStringLiteral("zeppelin"))), QStringList { QStringLiteral("Zeppelin brochure") });
        QCOMPARE(run(search, QStringLiteral("draft")).total, 0);

        FOLIO_VERIFY_OK(FolderOperations(*m_library).make(QStringLiteral("/Projects/Air")));
        FOLIO_VERIFY_OK(ItemOperations(*m_library).move(reload(item), QStringLiteral("/Projects/Air")));
        QCOMPARE(run(search, QStringLiteral("folder:/Projects")).total, 1);
        FOLIO_VERIFY_OK(FolderOperations(*m_library).rename(QStringLiteral("/Projects"), QStringLiteral("Work")));
        QCOMPARE(run(search, QStringLiteral("folder:/Projects")).total, 0);
        QCOMPARE(run(search, QStringLiteral("folder:/Work/Air")).total, 1);

        FOLIO_VERIFY_OK(ItemOperations(*m_library).trash(reload(item)));
        QCOMPARE(run(search, QStringLiteral("zeppelin")).total, 0);
        FOLIO_VERIFY_OK(ItemOperations(*m_library).restore(reload(item)));
        QCOMPARE(run(search, QStringLiteral("zeppelin")).total, 1);
        FOLIO_VERIFY_OK(ItemOperations(*m_library).purge(reload(item)));
        QCOMPARE(run(search, QStringLiteral("zeppelin")).total, 0);
        QCOMPARE(run(search, QString()).total, 1);
        Q_UNUSED(other);
    }

    void anotherProcessSeesChangesThroughTheSnapshotAndLog()
    {
        using namespace LibrarySearchTests;
        add(QStringLiteral("alpha.txt"), "1");
        {
            LibrarySearch first(*m_library);
            QCOMPARE(run(first, QString()).total, 1);
            FOLIO_VERIFY_OK(first.rebuild());
            QVERIFY(QFile::exists(first.snapshotPath()));
        }
        const Item beta = add(QStringLiteral("beta.txt"), "2");
        QVERIFY(beta.id);
        LibrarySearch second(*m_library); // loads the snapshot, then applies the logged change
        QCOMPARE(run(second, QString()).total, 2);
        QCOMPARE(run(second, QStringLiteral("beta")).total, 1);

        // A damaged snapshot is rebuilt from the database, not trusted.
        QFile damaged(second.snapshotPath());
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(damaged.size() / 2);
        damaged.write("garbage");
        damaged.close();
        LibrarySearch third(*m_library);
        QCOMPARE(run(third, QString()).total, 2);
    }

    void malformedQueriesAreErrorsWithAColumn()
    {
        using namespace LibrarySearchTests;
        LibrarySearch search(*m_library);
        LibrarySearch::Options options;
        options.query = QStringLiteral("report (contract");
        auto response = search.search(options);
        QVERIFY(!response);
        QCOMPARE(response.error().code(), Error::Code::InvalidArgument);
        QVERIFY(!response.error().detail().isEmpty());
        options.query = QStringLiteral("nosuchfield:x");
        QVERIFY(!search.search(options));
    }

    void queryTextNeverReachesSql()
    {
        using namespace LibrarySearchTests;
        add(QStringLiteral("safe.txt"), "1");
        LibrarySearch search(*m_library);
        for (const QString &hostile : { QStringLiteral("'; DROP TABLE item; --"), QStringLiteral("\") OR 1=1 --"),
                 QStringLiteral("title:\"x' OR '1'='1\""), QStringLiteral("tag:%' --") }) {
            LibrarySearch::Options options;
            options.query = hostile;
            auto response = search.search(options);
            if (response) {
                QCOMPARE(response->total, 0);
            }
        }
        QCOMPARE(run(search, QString()).total, 1);
        auto stillThere = m_library->database().scalar(QStringLiteral("SELECT count(*) FROM item"));
        FOLIO_VERIFY_OK(stillThere);
        QCOMPARE(stillThere->toInt(), 1);
    }

    void savedSearchesAreSmartCollections()
    {
        using namespace LibrarySearchTests;
        add(QStringLiteral("invoice-2024.txt"), "1");
        LibrarySearch search(*m_library);
        SavedSearches saved(*m_library);
        FOLIO_VERIFY_OK(saved.add(QStringLiteral("Invoices"), QStringLiteral("invoice*"), search));
        QVERIFY(!saved.add(QStringLiteral("Invoices"), QStringLiteral("x"), search));
        QVERIFY(!saved.add(QStringLiteral("Broken"), QStringLiteral("(unclosed"), search));
        auto found = saved.find(QStringLiteral("Invoices"));
        FOLIO_VERIFY_OK(found);
        QCOMPARE(run(search, found->query).total, 1);
        auto all = saved.list();
        FOLIO_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        FOLIO_VERIFY_OK(saved.remove(QStringLiteral("Invoices")));
        QVERIFY(!saved.find(QStringLiteral("Invoices")));
    }

    void analyticsCountSearchesAndSuccess()
    {
        using namespace LibrarySearchTests;
        const Item item = add(QStringLiteral("logo.svg"), "<svg/>");
        LibrarySearch search(*m_library);
        run(search, QStringLiteral("logo"));
        FOLIO_VERIFY_OK(search.recordOpen(item.uuid));
        run(search, QStringLiteral("nothinghere"));
        run(search, QStringLiteral("nothinghere"));
        auto report = search.report(30);
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->searches, 3);
        QCOMPARE(report->successful, 1);
        QCOMPARE(report->zeroResults.size(), 1);
        QCOMPARE(report->zeroResults.first().query, QStringLiteral("nothinghere"));
        QCOMPARE(report->zeroResults.first().count, 2);
        QCOMPARE(report->top.first().query, QStringLiteral("nothinghere"));
    }
};

FOLIO_TEST(TestLibrarySearch, "librarysearch")
#include "tst_librarysearch.moc"
