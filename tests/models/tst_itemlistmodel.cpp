// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistmodel.h"
#include "library/library.h"
#include "domain/ids.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLibraryHasNoRows()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.path(), Library::OpenMode::Create);
        QVERIFY(library);
        ItemListModel model(**library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ItemListModel::ColumnCount));
        QVERIFY(model.lastError().isEmpty());
    }

    void pagesThroughManyItems()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.path(), Library::OpenMode::Create);
        QVERIFY(library);
        Database &db = (*library)->database();
        auto tx = Transaction::begin(db);
        QVERIFY(tx);
        ItemRepository items(db);
        for (int i = 0; i < 1000; ++i) {
            Item item;
            item.uuid = Ids::newUuid();
            item.kind = i % 3 ? QStringLiteral("asset") : QStringLiteral("document");
            item.title = QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0'));
            item.folderId = FolderRepository::rootId;
            item.classification = QStringLiteral("internal");
            item.status = QStringLiteral("draft");
            item.createdAt = item.modifiedAt = Ids::now();
            QVERIFY(items.insert(item));
        }
        QVERIFY(tx->commit());

        ItemListModel model(**library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, ItemListModel::TitleColumn).data().toString(), QStringLiteral("Item 0000"));
        QCOMPARE(model.index(999, ItemListModel::TitleColumn).data().toString(), QStringLiteral("Item 0999"));
        QCOMPARE(model.index(300, ItemListModel::KindColumn).data().toString(), QStringLiteral("Document"));
        QCOMPARE(model.index(301, ItemListModel::KindColumn).data().toString(), QStringLiteral("Asset"));
    }
};

FOLIO_TEST(TestItemListModel, "itemlistmodel")
#include "tst_itemlistmodel.moc"
