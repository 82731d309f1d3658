// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttableview.h"

#include "itemwindowmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyledItemDelegate>

namespace Folio {

namespace {
QString settingsKey(const QString &stateKey)
{
    return QStringLiteral("browser/%1/header").arg(stateKey);
}

// The model's thumbnails are made for the grid; a table row shows them at the view's icon size.
class DetailsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option->widget);
            view && (option->features & QStyleOptionViewItem::HasDecoration)) {
            option->decorationSize = view->iconSize(); // the picture keeps its aspect inside; names line up
        }
    }
};
} // namespace

DocumentTableView::DocumentTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    setIconSize(QSize(20, 20));
    setItemDelegate(new DetailsDelegate(this));
    setSortingEnabled(true);
    // A million uniform rows: fixed heights keep the vertical header's work constant per row.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DocumentTableView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveState(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveState(); });
}

void DocumentTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    restoreState();
}

void DocumentTableView::setStateKey(const QString &key)
{
    if (key == m_stateKey) {
        return;
    }
    saveState();
    m_stateKey = key;
    restoreState();
}

void DocumentTableView::saveState() const
{
    if (!m_stateKey.isEmpty() && model()) {
        QSettings().setValue(settingsKey(m_stateKey), horizontalHeader()->saveState());
    }
}

void DocumentTableView::restoreState()
{
    if (!model()) {
        return;
    }
    const QByteArray state
        = m_stateKey.isEmpty() ? QByteArray() : QSettings().value(settingsKey(m_stateKey)).toByteArray();
    const QSignalBlocker blocker(horizontalHeader()); // restoring is not a change to save again
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)) {
        applyDefaultColumns();
    }
    // The restored sort indicator is the sort the model must use.
    model()->sort(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

void DocumentTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), column);
    }
    header->setSectionHidden(ItemWindowModel::CreatedColumn, true);
    header->setSectionHidden(ItemWindowModel::RatingColumn, true);
    const int unit = fontMetrics().averageCharWidth();
    header->resizeSection(ItemWindowModel::NameColumn, unit * 36);
    header->resizeSection(ItemWindowModel::TypeColumn, unit * 16);
    header->resizeSection(ItemWindowModel::VersionColumn, unit * 8);
    header->resizeSection(ItemWindowModel::StatusColumn, unit * 12);
    header->resizeSection(ItemWindowModel::CreatorColumn, unit * 18);
    header->resizeSection(ItemWindowModel::ModifiedColumn, unit * 22);
    header->resizeSection(ItemWindowModel::ClassificationColumn, unit * 14);
    header->resizeSection(ItemWindowModel::PagesColumn, unit * 7);
    header->resizeSection(ItemWindowModel::SizeColumn, unit * 13);
    header->setSortIndicator(ItemWindowModel::NameColumn, Qt::AscendingOrder);
}

void DocumentTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row: it cannot be hidden.
        action->setEnabled(column != ItemWindowModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveState();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        applyDefaultColumns();
        saveState();
    });
    menu.exec(header->mapToGlobal(position));
}

std::pair<int, int> DocumentTableView::visibleRows() const
{
    if (!model() || model()->rowCount() == 0) {
        return { -1, -1 };
    }
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0) {
        last = model()->rowCount() - 1;
    }
    return { first, last };
}

void DocumentTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    announceVisibleRows();
}

void DocumentTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    announceVisibleRows();
}

void DocumentTableView::announceVisibleRows()
{
    const auto rows = visibleRows();
    if (rows != m_announced) {
        m_announced = rows;
        Q_EMIT visibleRowsChanged(rows.first, rows.second);
    }
}

} // namespace Folio
