// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorrelationspage.h"

#include "itemwindowmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio {

namespace {
enum Column { RelationColumn, ItemColumn, KindColumn };
constexpr int IndexRole = Qt::UserRole + 1;
} // namespace

InspectorRelationsPage::InspectorRelationsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove Link"), this))
{
    m_list->setAccessibleName(tr("Related items"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Relation"), tr("Item"), tr("Kind") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setAcceptDrops(true);
    m_list->viewport()->setAcceptDrops(true);
    m_list->setDropIndicatorShown(false);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    m_hint->setText(tr("Drag items here from the browser to link them. Double-click a link to show that item."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_remove->setAccessibleName(tr("Remove the selected link"));
    m_remove->setToolTip(tr("Remove the selected link (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_remove, &QPushButton::clicked, this, &InspectorRelationsPage::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &InspectorRelationsPage::updateButtons);
    // itemActivated: double-click, or Enter on the current row.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const int index = row ? row->data(RelationColumn, IndexRole).toInt() : -1;
        if (index >= 0 && index < m_links.size()) {
            Q_EMIT jumpRequested(m_links.at(index).otherItemId, m_links.at(index).otherTitle);
        }
    });
    updateButtons();
}

InspectorRelationsPage::~InspectorRelationsPage() = default;

QMenu *InspectorRelationsPage::typeMenu() const
{
    return m_typeMenu;
}

QString InspectorRelationsPage::typePhrase(const QString &type)
{
    if (type == QLatin1String("specification-of")) {
        return tr("is the specification of");
    }
    if (type == QLatin1String("contract-for")) {
        return tr("is the contract for");
    }
    if (type == QLatin1String("derived-from")) {
        return tr("is derived from");
    }
    if (type == QLatin1String("translation-of")) {
        return tr("is a translation of");
    }
    if (type == QLatin1String("supersedes")) {
        return tr("supersedes");
    }
    if (type == QLatin1String("extracted-from")) {
        return tr("was extracted from");
    }
    return type;
}

void InspectorRelationsPage::setLinks(qint64 itemId, const QString &title, const QList<ItemLink> &links)
{
    const qint64 selectedRelation = [this] {
        const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
        const int index = rows.isEmpty() ? -1 : rows.first()->data(RelationColumn, IndexRole).toInt();
        return index >= 0 && index < m_links.size() ? m_links.at(index).relationId : 0;
    }();
    if (itemId != m_itemId && m_typeMenu) {
        m_typeMenu->close(); // a drop meant for the previous item
    }
    m_itemId = itemId;
    m_title = title;
    m_links = links;
    m_list->clear();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const ItemLink &link = links.at(i);
        auto *row = new QTreeWidgetItem(m_list);
        // Read from this item: "is derived from X" when it is the source, "X is derived from this" otherwise.
        row->setText(RelationColumn,
            link.outgoing ? tr("This %1").arg(typePhrase(link.type)) : tr("%1 this").arg(typePhrase(link.type)));
        row->setData(RelationColumn, IndexRole, int(i));
        row->setText(ItemColumn, link.otherTrashed ? tr("%1 (in the Trash)").arg(link.otherTitle) : link.otherTitle);
        row->setToolTip(ItemColumn,
            link.outgoing ? tr("“%1” %2 “%3”").arg(title, typePhrase(link.type), link.otherTitle)
                          : tr("“%1” %2 “%3”").arg(link.otherTitle, typePhrase(link.type), title));
        row->setText(KindColumn, link.otherKind == QLatin1String("document") ? tr("Document") : tr("Asset"));
        if (link.relationId == selectedRelation) {
            row->setSelected(true);
            m_list->setCurrentItem(row);
        }
    }
    m_hint->setText(links.isEmpty() ? tr("No links yet. Drag items here from the browser to link them.")
                                    : tr("Drag items here to link them. Double-click a link to show that item."));
    updateButtons();
}

void InspectorRelationsPage::offerLinks(const QList<qint64> &otherIds, const QPoint &globalPosition)
{
    QList<qint64> others;
    for (const qint64 id : otherIds) {
        if (id != m_itemId && id > 0 && !others.contains(id)) {
            others.append(id);
        }
    }
    if (others.isEmpty() || m_itemId == 0) {
        return;
    }
    if (m_typeMenu) {
        m_typeMenu->close();
    }
    // A popup, not exec(): the drop returns at once, and the menu closes itself when the user chooses.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("relationTypeMenu"));
    menu->setAccessibleName(tr("Relation type"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 self = m_itemId;
    const QString dropped
        = others.size() == 1 ? tr("the dropped item") : tr("the %n dropped items", nullptr, int(others.size()));
    menu->addSection(tr("“%1” …").arg(m_title));
    for (const QString &type : ItemLinkRepository::userTypes()) {
        QAction *action = menu->addAction(tr("… %1 %2").arg(typePhrase(type), dropped));
        action->setData(QStringList { type, QStringLiteral("out") });
        connect(action, &QAction::triggered, this,
            [this, type, self, others] { Q_EMIT linkRequested(type, self, others, true); });
    }
    menu->addSection(tr("%1 …").arg(others.size() == 1 ? tr("The dropped item") : tr("The dropped items")));
    for (const QString &type : ItemLinkRepository::userTypes()) {
        QAction *action = menu->addAction(tr("… %1 “%2”").arg(typePhrase(type), m_title));
        action->setData(QStringList { type, QStringLiteral("in") });
        connect(action, &QAction::triggered, this,
            [this, type, self, others] { Q_EMIT linkRequested(type, self, others, false); });
    }
    m_typeMenu = menu;
    menu->popup(globalPosition);
}

void InspectorRelationsPage::removeSelected()
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    const int index = rows.isEmpty() ? -1 : rows.first()->data(RelationColumn, IndexRole).toInt();
    if (index < 0 || index >= m_links.size()) {
        return;
    }
    const ItemLink &link = m_links.at(index);
    if (link.type == QLatin1String("extracted-from")) {
        return; // ingest's record of where a member came from, not a user's link
    }
    Q_EMIT unlinkRequested(link, m_itemId);
}

void InspectorRelationsPage::updateButtons()
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    const int index = rows.isEmpty() ? -1 : rows.first()->data(RelationColumn, IndexRole).toInt();
    m_remove->setEnabled(
        index >= 0 && index < m_links.size() && m_links.at(index).type != QLatin1String("extracted-from"));
}

bool InspectorRelationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        return false;
    }
    if (watched != m_list->viewport()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_itemId != 0 && drag->mimeData()->hasFormat(ItemWindowModel::ItemIdsMime)) {
            drag->setDropAction(Qt::LinkAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<qint64> ids = itemIdsFromMime(drop->mimeData());
        if (ids.isEmpty() || m_itemId == 0) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::LinkAction);
        drop->accept();
        offerLinks(ids, m_list->viewport()->mapToGlobal(drop->position().toPoint()));
        return true;
    }
    default: return false;
    }
}

} // namespace Folio
