// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drag-out of items: made a child of an ItemWindowModel, it makes that model's drags carry copies of the
// items' originals (the current versions, under their original file names) besides their ids, so a drop on
// the desktop or in another application receives the files. The copies are exported with
// ItemOperations::exportOriginal on the LibrarySession's thread as soon as the drag starts (never the blob
// files themselves: those are the store's read-only files), each into a folder of its own under a temporary
// folder removed with this object; the drag's ExportingMimeData hands out their URLs when a drop asks.
// Starting at the drag rather than at the drop keeps the GUI thread's wait at a drop short: the copying ran
// while the user moved the mouse. The price is copies made for drags that end inside Folio.
//
// Thread safety: a QObject of the GUI thread. Borrows the session.

#include "store/browsequery.h"

#include <QObject>
#include <QTemporaryDir>

class QMimeData;

namespace Folio {

class LibrarySession;

class ItemDragExporter : public QObject
{
    Q_OBJECT

public:
    // MODEL: the ItemWindowModel whose drags this exporter serves (its parent).
    ItemDragExporter(LibrarySession &session, QObject *model);

    // The exporter of MODEL, null when it has none (its drags carry the ids only).
    static ItemDragExporter *of(const QObject *model);
    // The drag data of ROWS: ITEMIDS under ItemWindowModel::ItemIdsMime, and their originals' copies.
    QMimeData *mimeData(const QList<BrowseRow> &rows, const QByteArray &itemIds);
    QString exportFolder() const { return m_folder.path(); }

private:
    LibrarySession &m_session;
    QTemporaryDir m_folder;
    int m_drags = 0;
};

} // namespace Folio
