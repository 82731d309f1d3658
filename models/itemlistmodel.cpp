// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistmodel.h"

#include "library/library.h"

namespace Folio {

ItemListModel::ItemListModel(Library &library, QObject *parent) : QAbstractTableModel(parent), m_library(library)
{
    reload();
}

void ItemListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    auto count = ItemRepository(m_library.database()).count();
    m_count = count ? *count : 0;
    m_lastError = count ? QString() : count.error().toString();
    endResetModel();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ItemRow *ItemListModel::rowAt(int row) const
{
    const qint64 page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = ItemRepository(m_library.database()).page(page * pageSize, pageSize);
        if (!rows) {
            m_lastError = rows.error().toString();
            return nullptr;
        }
        it = m_pages.insert(page, *rows);
    }
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole) {
        return {};
    }
    const ItemRow *item = rowAt(index.row());
    if (!item) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn: return item->title;
    case KindColumn: return item->kind == QLatin1String("asset") ? tr("Asset") : tr("Document");
    default: return {};
    }
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn: return tr("Title");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

} // namespace Folio
