// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's metadata editor, generated from the library's schema: one typed editor per field (text,
// number, date, boolean, controlled vocabulary with completion, item reference), required fields marked,
// invalid input shown inline under its field and never saved. Given many items it edits them as a batch:
// fields whose values differ show "Mixed values" and stay untouched unless the user types a new value.
// Every applied change (one field or a batch) is one QUndoCommand on the window's undo stack, so Ctrl+Z
// reverts it for every item at once; each item's change is audited by the core (ItemOperations).
//
// Thread safety: GUI thread; reads and writes go through the LibrarySession. Borrows session and stack.

#include <QList>
#include <QWidget>

class QUndoStack;

namespace Folio {

class LibrarySession;

class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    MetadataEditor(LibrarySession &session, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~MetadataEditor() override;

    // Shows (and edits) the metadata of these items (by item id); empty shows nothing.
    void setItems(const QList<qint64> &itemIds);
    QList<qint64> items() const;

Q_SIGNALS:
    // An applied change was stored (or undone/redone) for COUNT items.
    void changed(int count);
    void failed(const QString &message);
};

} // namespace Folio
