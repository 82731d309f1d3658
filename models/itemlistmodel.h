// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The item list of a library as a table: title and kind. Row count comes from SQL and rows are read in
// pages as the view asks for them. Lives on the GUI thread; reads its library's database there until
// the windowed, threaded models of the browsers replace it (issue 7).

#include <QAbstractTableModel>
#include <QHash>

#include "store/itemrepository.h"

namespace Folio {

class Library;

class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, ColumnCount };

    explicit ItemListModel(Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the count and drops cached pages.
    void reload();
    // The last error reading the library, empty when none.
    QString lastError() const { return m_lastError; }

private:
    static constexpr int pageSize = 256;
    const ItemRow *rowAt(int row) const;

    Library &m_library;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<ItemRow>> m_pages;
    mutable QString m_lastError;
};

} // namespace Folio
