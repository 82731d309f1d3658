// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What can be done to the selected items, as actions shared by the menu bar, the context menu and shortcuts:
// quick look, open (a read-only temporary copy in the system's default application — never the stored
// file), export the original, find similar images, copy a folio:// link, move to the Trash and restore from it. File
// work and mutations run on the LibrarySession's thread; results and errors come back as signals.
//
// Thread safety: GUI thread. Borrows the session.

#include "error.h"
#include "store/browsequery.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Folio {

class ItemOperations;
class LibrarySession;
struct Item;

class ItemActions : public QObject
{
    Q_OBJECT

public:
    // SELECTION gives the rows the actions apply to (loaded rows of the current selection).
    ItemActions(LibrarySession &session, std::function<QList<BrowseRow>()> selection, QWidget *parent);

    QAction *quickLook() const { return m_quickLook; }
    QAction *open() const { return m_open; }
    QAction *exportOriginal() const { return m_export; }
    QAction *findSimilar() const { return m_similar; }
    QAction *moveToTrash() const { return m_trash; }
    QAction *restore() const { return m_restore; }
    QAction *copyLink() const { return m_copyLink; }

    // Enables what fits the selection (INTRASH: the Trash is shown).
    void update(bool inTrash);
    void fillMenu(QMenu *menu) const;

    void openSelected();
    void exportSelected();
    void findSimilarToSelected();
    void trashSelected();
    void restoreSelected();
    // Puts folio://item/<uuid> of each selected item on the clipboard, as text and as URLs.
    void copyLinksOfSelected();

Q_SIGNALS:
    void quickLookRequested();
    // Show these items in this order in the browser under TITLE (similar images).
    void showItems(const QString &title, const QList<qint64> &itemIds);
    void failed(const QString &message);
    void message(const QString &text);

private:
    void changeSelected(const std::function<Result<void>(ItemOperations &, const Item &)> &change,
        const std::function<QString(int)> &describe);

    LibrarySession &m_session;
    std::function<QList<BrowseRow>()> m_selection;
    QWidget *m_parent;
    QAction *m_quickLook;
    QAction *m_open;
    QAction *m_export;
    QAction *m_similar;
    QAction *m_trash;
    QAction *m_restore;
    QAction *m_copyLink;
};

} // namespace Folio
