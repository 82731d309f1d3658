// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window tests share: finding a sidebar node, waiting until the browser has read its rows, and
// finding a row by file name. Header-only; the tests of this folder are one unity executable.

#include "itemwindowmodel.h"
#include "mainwindow.h"
#include "sidebarmodel.h"

#include <QSignalSpy>
#include <QTest>

namespace Folio::BrowserTest {

// The first node of KIND (named NAME when given) under PARENT, depth first.
inline QModelIndex findNode(const QAbstractItemModel &model, SidebarModel::NodeKind kind, const QString &name = {},
    const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (SidebarModel::NodeKind(index.data(SidebarModel::NodeKindRole).toInt()) == kind
            && (name.isEmpty() || index.data().toString() == name)) {
            return index;
        }
        if (const QModelIndex found = findNode(model, kind, name, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

// Asks for every row of MODEL and waits until each is read and there are at least ATLEAST of them.
inline bool loadAll(ItemWindowModel &model, int atLeast = 0)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        model.rowAt(row);
    }
    return QTest::qWaitFor(
        [&model, atLeast] {
            bool all = model.rowCount() >= atLeast;
            for (int row = 0; row < model.rowCount(); ++row) {
                all = model.rowAt(row) != nullptr && all;
            }
            return all;
        },
        20000);
}

// The row whose file is FILENAME among the rows read, or -1.
inline int rowOf(ItemWindowModel &model, const QString &fileName)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const BrowseRow *item = model.rowAt(row);
        if (item && item->filename == fileName) {
            return row;
        }
    }
    return -1;
}

// Shows the sidebar's NODE and waits until the browser has read the count of its scope (until then the
// previous scope's rows stay on screen) and then its rows.
inline bool showAndWait(MainWindow &window, const QModelIndex &node)
{
    QSignalSpy counted(window.itemModel(), &ItemWindowModel::countChanged);
    window.showNode(node);
    return (counted.count() > 0 || counted.wait(10000)) && loadAll(*window.itemModel());
}

} // namespace Folio::BrowserTest
