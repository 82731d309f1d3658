// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "mainwindow.h"
#include "testregistry.h"

#include <QStatusBar>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLibraryAndItsItemList()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.path(), Library::OpenMode::Create);
        QVERIFY(library);
        MainWindow window(**library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains((*library)->path()));
        QVERIFY(window.itemView()->isVisible());
        QCOMPARE(window.itemView()->model()->rowCount(), 0);
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        const bool saysEmpty = std::any_of(labels.begin(), labels.end(),
                                           [](QLabel *label) { return label->text().contains(QLatin1Char('0')); });
        QVERIFY(saysEmpty);
    }
};

FOLIO_TEST(TestMainWindow, "mainwindow")
#include "tst_mainwindow.moc"
