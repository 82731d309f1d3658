// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's Relations page: the item's links to other items with their type and direction ("This is
// a translation of …", "… is derived from this"). Items dragged from the browser (ItemWindowModel::ItemIdsMime)
// and dropped on the list are linked: a menu asks for the type and the direction. Remove Link (or Delete)
// unlinks the selected one; double-click or Enter asks to show the linked item (jumpRequested).
// It only asks (linkRequested, unlinkRequested); the dock makes the undoable commands.
//
// Thread safety: GUI thread.

#include "store/itemlinkrepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace Folio {

class InspectorRelationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorRelationsPage(QWidget *parent = nullptr);
    ~InspectorRelationsPage() override;

    // The links of item ITEMID (titled TITLE).
    void setLinks(qint64 itemId, const QString &title, const QList<ItemLink> &links);
    QList<ItemLink> links() const { return m_links; }
    QTreeWidget *list() const { return m_list; }
    // The menu the last drop opened (to choose the type), while it is open.
    QMenu *typeMenu() const;
    // Opens the type menu for linking OTHERIDS to this item at GLOBALPOSITION (what a drop does).
    void offerLinks(const QList<qint64> &otherIds, const QPoint &globalPosition);
    void removeSelected();

    // The phrase for a link of TYPE read from its source ("is a translation of").
    static QString typePhrase(const QString &type);

Q_SIGNALS:
    // Links this item (ITEMID) with each of OTHERIDS: "this is TYPE other" when OUTGOING, else "other is TYPE this".
    void linkRequested(const QString &type, qint64 itemId, const QList<qint64> &otherIds, bool outgoing);
    void unlinkRequested(const ItemLink &link, qint64 itemId);
    void jumpRequested(qint64 itemId, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QTreeWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_remove;
    QPointer<QMenu> m_typeMenu;
    qint64 m_itemId = 0;
    QString m_title;
    QList<ItemLink> m_links;
};

} // namespace Folio
