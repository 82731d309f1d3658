// SPDX-License-Identifier: GPL-3.0-or-later
// ItemWindowModel over a generated library of 12,000 items (more than the loader reads by OFFSET, so the
// far rows go through the anchors), checked by QAbstractItemModelTester: every row loads and matches
// BrowseRepository's order; the last row loads without the rows between; sorting and scopes go to SQL and
// a newer query discards the answers of an older one; reload() follows a change; a fast scroll's stale
// page requests are dropped; thumbnails repaint their rows; drags carry item ids.

#include "itempageloader.h"
#include "itemwindowmodel.h"
#include "thumbnailcache.h"

#include "blobs/blobstore.h"
#include "ingest/fileimporter.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "library/librarygenerator.h"
#include "store/browserepository.h"
#include "store/database.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>


using namespace Folio;

namespace TestItemWindowModelHelpers {

// Waits until every page asked for (and the count) has arrived.
bool settle(const ItemWindowModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return model.pendingPages() == 0; }, timeoutMs);
}

// Asks for every row, then waits: all of them load.
bool loadAll(ItemWindowModel &model)
{
    for (int row = 0; row < model.rowCount(); row += ItemWindowModel::PageSize) {
        (void)model.rowAt(row);
    }
    return settle(model);
}

QList<qint64> referenceIds(Database &db, const BrowseScope &scope, const BrowseSort &sort, qint64 offset, int limit)
{
    BrowseRepository repository(db);
    if (scope.kind == BrowseScope::Kind::Items) {
        (void)repository.setItemSet(*scope.items);
    }
    QList<qint64> ids;
    auto rows = repository.pageAt(scope, sort, offset, limit);
    if (rows) {
        for (const BrowseRow &row : std::as_const(*rows)) {
            ids.append(row.id);
        }
    }
    return ids;
}

QList<qint64> modelIds(const ItemWindowModel &model, int from, int count)
{
    QList<qint64> ids;
    for (int row = from; row < std::min(model.rowCount(), from + count); ++row) {
        const BrowseRow *loaded = model.rowAt(row);
        ids.append(loaded ? loaded->id : -1);
    }
    return ids;
}

class TestItemWindowModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_databasePath;

    Database &db() { return m_library->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(path, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
        GenerateOptions options;
        options.items = 12'000;
        options.seed = 5;
        options.now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        FOLIO_VERIFY_OK(LibraryGenerator(*m_library).generate(options));
        m_databasePath = QDir(path).filePath(Library::databaseFileName());
    }

    void cleanupTestCase() { m_library.reset(); }

    void everyRowLoads()
    {
        ItemWindowModel model(m_databasePath, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ItemWindowModel::countChanged);
        QSignalSpy idle(&model, &ItemWindowModel::idle);
        QVERIFY(settle(model));
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.first().first().toLongLong(), 12'000);
        QCOMPARE(model.rowCount(), 12'000);
        QCOMPARE(model.columnCount(), int(ItemWindowModel::ColumnCount));
        QVERIFY(idle.count() >= 1);

        QVERIFY(loadAll(model));
        const QList<qint64> expected = referenceIds(db(), {}, {}, 0, 12'000);
        QCOMPARE(expected.size(), 12'000);
        QCOMPARE(modelIds(model, 0, 12'000), expected);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.loadedRowOf(expected.at(11'000)), 11'000);

        // What the views read of a row.
        const BrowseRow *row = model.rowAt(0);
        QVERIFY(row);
        auto at = [&](int column, int role = Qt::DisplayRole) { return model.data(model.index(0, column), role); };
        QCOMPARE(at(ItemWindowModel::NameColumn).toString(), row->title);
        QCOMPARE(at(ItemWindowModel::SizeColumn).toString(), QLocale().formattedDataSize(row->size));
        QCOMPARE(at(ItemWindowModel::VersionColumn).toString(), QStringLiteral("1"));
        QVERIFY(!at(ItemWindowModel::TypeColumn).toString().isEmpty());
        QVERIFY(!at(ItemWindowModel::StatusColumn).toString().contains(QLatin1Char('_')));
        QVERIFY(!at(ItemWindowModel::ModifiedColumn).toString().isEmpty());
        QCOMPARE(
            at(ItemWindowModel::SizeColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(at(ItemWindowModel::NameColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        QVERIFY(at(ItemWindowModel::NameColumn, Qt::ToolTipRole).toString().contains(row->title));
        QCOMPARE(at(0, ItemWindowModel::ItemIdRole).toLongLong(), row->id);
        QCOMPARE(at(0, ItemWindowModel::UuidRole).toString(), row->uuid);
        QCOMPARE(at(0, ItemWindowModel::KindRole).toString(), row->kind);
        QCOMPARE(at(0, ItemWindowModel::LoadedRole).toBool(), true);
        QCOMPARE(at(0, ItemWindowModel::RowRole).value<BrowseRow>().id, row->id);
        QCOMPARE(at(0, ItemWindowModel::SizeBytesRole).toLongLong(), row->size);
        QVERIFY(at(0, ItemWindowModel::ThumbnailRole).value<QImage>().isNull()); // no cache here
        QCOMPARE(model.headerData(ItemWindowModel::PagesColumn, Qt::Horizontal).toString(), QStringLiteral("Pages"));

        // Status and classification show their names, not their codes.
        for (int r = 0; r < 2000; ++r) {
            const QString status = model.data(model.index(r, ItemWindowModel::StatusColumn)).toString();
            const QString classification = model.data(model.index(r, ItemWindowModel::ClassificationColumn)).toString();
            QVERIFY2(!status.isEmpty() && status.at(0).isUpper(), qPrintable(status));
            QVERIFY2(!classification.isEmpty() && classification.at(0).isUpper(), qPrintable(classification));
        }
    }

    void jumpToTheEndAndBack()
    {
        ItemWindowModel model(m_databasePath, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        const int last = model.rowCount() - 1;
        QVERIFY(!model.rowAt(last));
        QVERIFY(model.pendingPages() > 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(settle(model));
        qInfo("the last page of 12,000 rows (anchors, then a keyset page) arrived in %lld ms", timer.elapsed());
        const BrowseRow *row = model.rowAt(last);
        QVERIFY(row);
        QCOMPARE(row->id, referenceIds(db(), {}, {}, last, 1).value(0));
        QCOMPARE(modelIds(model, last - 100, 101), referenceIds(db(), {}, {}, last - 100, 101));
        // Only the pages asked for were read, not the 11,000 rows between.
        const QList<qint64> middle = referenceIds(db(), {}, {}, 6000, 1);
        QCOMPARE(model.loadedRowOf(middle.value(0)), -1);
        QVERIFY(model.rowAt(0)); // the top is still there
        QVERIFY(model.rowAt(6000) == nullptr);
        QVERIFY(settle(model));
        QCOMPARE(model.rowAt(6000)->id, middle.value(0));
    }

    void sortGoesToSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < ItemWindowModel::ColumnCount; ++column) {
            QTest::addRow("column%d-asc", column) << column << false;
            QTest::addRow("column%d-desc", column) << column << true;
        }
    }

    void sortGoesToSql()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        ItemWindowModel model(m_databasePath, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.browseSort().column, ItemWindowModel::sortColumnFor(column));
        QCOMPARE(model.browseSort().descending, descending);
        QVERIFY(settle(model));
        (void)model.rowAt(11'999);
        (void)model.rowAt(300);
        QVERIFY(settle(model));
        const BrowseSort sort = model.browseSort();
        QCOMPARE(modelIds(model, 0, 512), referenceIds(db(), {}, sort, 0, 512));
        QCOMPARE(modelIds(model, 11'900, 100), referenceIds(db(), {}, sort, 11'900, 100));
    }

    void scopeChangeDiscardsStaleAnswers()
    {
        ItemWindowModel model(m_databasePath, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ItemWindowModel::countChanged);
        BrowseScope media;
        media.kind = BrowseScope::Kind::Media;
        BrowseScope documents;
        documents.kind = BrowseScope::Kind::Documents;
        model.setScope(media);
        model.sort(ItemWindowModel::SizeColumn, Qt::DescendingOrder);
        model.setScope(documents);
        QVERIFY(settle(model));
        // Only the newest query's count reached the model.
        QCOMPARE(counted.count(), 1);
        const qint64 expected = BrowseRepository(db()).count(documents).value_or(-1);
        QCOMPARE(counted.first().first().toLongLong(), expected);
        QCOMPARE(model.rowCount(), int(expected));
        QVERIFY(loadAll(model));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowAt(row)->kind, QStringLiteral("document"));
        }
        const BrowseSort bySize { BrowseSort::Column::Size, true };
        QCOMPARE(modelIds(model, 0, 1000), referenceIds(db(), documents, bySize, 0, 1000));

        // A found set, in its found order.
        QList<qint64> found = referenceIds(db(), {}, {}, 500, 40);
        std::reverse(found.begin(), found.end());
        BrowseScope items;
        items.kind = BrowseScope::Kind::Items;
        items.items = std::make_shared<const QList<qint64>>(found);
        model.setScope(items);
        model.setBrowseSort({ BrowseSort::Column::Position, false });
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(modelIds(model, 0, 40), found);
    }

    void reloadFollowsChanges()
    {
        ItemWindowModel model(m_databasePath, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QVERIFY(model.rowAt(0));
        const int before = model.rowCount();
        const qint64 first = model.rowAt(0)->id;
        const qint64 second = model.rowAt(1)->id;
        ItemOperations ops(*m_library);
        FOLIO_VERIFY_OK(
            ops.rename(ItemRepository(db()).byId(first).value_or(Item {}), QStringLiteral("zzzz last by name")));
        FOLIO_VERIFY_OK(ops.trash(ItemRepository(db()).byId(second).value_or(Item {})));
        // Nothing changes until reload().
        QCOMPARE(model.rowAt(0)->id, first);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(removed.count(), 1);
        auto renamed = BrowseRepository(db()).rowOf({}, {}, first);
        FOLIO_VERIFY_OK(renamed);
        QVERIFY(*renamed > 0);
        (void)model.rowAt(int(*renamed));
        QVERIFY(settle(model));
        QCOMPARE(modelIds(model, 0, 256), referenceIds(db(), {}, {}, 0, 256));
        QCOMPARE(model.rowAt(int(*renamed))->id, first);
        QCOMPARE(model.rowAt(int(*renamed))->title, QStringLiteral("zzzz last by name"));
        QCOMPARE(model.loadedRowOf(second), -1);
        FOLIO_VERIFY_OK(ops.restore(ItemRepository(db()).byId(second).value_or(Item {})));
    }

    // The loader alone, on this thread: a request batch drops the pending pages far from it.
    void fastScrollDropsFarPages()
    {
        ItemPageLoader loader(m_databasePath, ItemWindowModel::PageSize);
        QSignalSpy loaded(&loader, &ItemPageLoader::pageLoaded);
        QSignalSpy dropped(&loader, &ItemPageLoader::pagesDropped);
        QSignalSpy counted(&loader, &ItemPageLoader::counted);
        loader.setLatest(1);
        loader.setQuery(1, {}, {}, std::make_shared<std::atomic_bool>(false));
        QCOMPARE(counted.count(), 1);
        QCOMPARE(loaded.count(), 1); // page 0 comes with the count
        QList<int> scrolled;
        for (int page = 1; page <= 40; ++page) {
            scrolled.append(page);
        }
        loader.request(1, scrolled);
        loader.request(1, { 44, 45 });
        QCOMPARE(dropped.count(), 1);
        const QList<int> gone = dropped.first().at(1).value<QList<int>>();
        QCOMPARE(gone.size(), 37); // 1..37: further than KeepDistance from 44 and 45
        QVERIFY(!gone.contains(38) && !gone.contains(40) && gone.contains(1) && gone.contains(37));
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() == 1 + 3 + 2; }, 30000));
        QSet<int> pages;
        for (const QList<QVariant> &answer : std::as_const(loaded)) {
            QCOMPARE(answer.at(0).toULongLong(), quint64(1));
            pages.insert(answer.at(1).toInt());
            QCOMPARE(answer.at(2).value<QList<BrowseRow>>().size(), ItemWindowModel::PageSize);
        }
        QCOMPARE(pages, (QSet<int> { 0, 38, 39, 40, 44, 45 }));
        // A newer generation makes the loader stop the older one's work.
        loader.request(1, { 10 });
        loader.setLatest(2);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 6);
    }

    void dragsCarryItemIds()
    {
        ItemWindowModel model(m_databasePath, nullptr);
        QVERIFY(settle(model));
        QVERIFY(model.rowAt(0));
        const QModelIndexList indexes = { model.index(0, 0), model.index(0, 3), model.index(2, 0), model.index(5, 1) };
        std::unique_ptr<QMimeData> data(model.mimeData(indexes));
        QVERIFY(data);
        QVERIFY(model.mimeTypes().contains(ItemWindowModel::ItemIdsMime));
        QCOMPARE(itemIdsFromMime(data.get()),
            (QList<qint64> { model.rowAt(0)->id, model.rowAt(2)->id, model.rowAt(5)->id }));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QMimeData other;
        other.setText(QStringLiteral("1\n2\n"));
        QVERIFY(itemIdsFromMime(&other).isEmpty());
    }

    // A row's thumbnail comes from the cache; when it is ready, the row is repainted.
    void thumbnailsRepaintTheirRows()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        ImportOptions options;
        options.folder = QStringLiteral("/");
        auto imported = FileImporter(**library).import({ Test::corpus(QStringLiteral("images/DSCN0010.jpg")),
                                                           Test::corpus(QStringLiteral("images/Canon_40D.jpg")) },
            options);
        FOLIO_VERIFY_OK(imported);
        // The originals are small JPEGs: let them stand as their own thumbnails.
        FOLIO_VERIFY_OK((*library)->database().execute(QStringLiteral(
            "INSERT INTO rendition (version_id, name, blob_id, mime_type, created_at) SELECT v.id, 'thumb', v.blob_id, "
            "'image/jpeg', '2025-01-01T00:00:00.000Z' FROM item i JOIN version v ON v.id = i.current_version_id")));
        BlobStore &blobs = (*library)->blobs();
        ThumbnailCache cache([&blobs](const QString &sha) { return blobs.pathFor(sha); });
        ItemWindowModel model(
            QDir(dir.filePath(QStringLiteral("library"))).filePath(Library::databaseFileName()), &cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThumbnailSize(QSize(64, 64));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowAt(1));
        QVERIFY(!model.rowAt(1)->thumbSha256.isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.data(model.index(1, 0), ItemWindowModel::ThumbnailRole).value<QImage>().isNull()); // queued
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &signal : std::as_const(changed)) {
                    if (signal.at(0).toModelIndex().row() == 1
                        && signal.at(2).value<QList<int>>().contains(ItemWindowModel::ThumbnailRole)) {
                        return true;
                    }
                }
                return false;
            },
            20000));
        const QImage image = model.data(model.index(1, 0), ItemWindowModel::ThumbnailRole).value<QImage>();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 64 && image.height() <= 64);
        QCOMPARE(model.data(model.index(1, 0), Qt::DecorationRole).value<QImage>().size(), image.size());
    }
};

} // namespace TestItemWindowModelHelpers

using TestItemWindowModel = TestItemWindowModelHelpers::TestItemWindowModel;
FOLIO_TEST(TestItemWindowModel, "itemwindowmodel")
#include "tst_itemwindowmodel.moc"
