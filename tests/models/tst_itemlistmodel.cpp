// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistmodel.h"
#include "library/library.h"
#include "store/database.h"
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
        auto insert = db.prepare(QStringLiteral("INSERT INTO item (uuid, kind, title) VALUES (?, ?, ?)"));
        QVERIFY(insert);
        for (int i = 0; i < 1000; ++i) {
            Statement &stmt = *insert;
            stmt.bindAll(QStringLiteral("uuid-%1").arg(i), i % 3 ? "asset" : "document",
                         QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(stmt.run());
            stmt = {};
            insert = db.prepare(QStringLiteral("INSERT INTO item (uuid, kind, title) VALUES (?, ?, ?)"));
            QVERIFY(insert);
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
