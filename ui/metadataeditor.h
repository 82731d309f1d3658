// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's metadata editor, generated from the library's schema: one typed editor per field (text,
// number, date, boolean, controlled vocabulary with completion, item reference), required fields marked,
// invalid input shown inline under its field and never saved. Given many items it edits them as a batch:
// fields whose values differ show "Mixed values" and stay untouched unless the user types a new value.
// Every applied change (one field or a batch) is one QUndoCommand on the window's undo stack, so Ctrl+Z
// reverts it for every item at once; each item's change is audited by the core (MetadataBatch, one
// transaction per change).
//
// Thread safety: GUI thread; reads and writes go through the LibrarySession. Borrows session and stack.

#include "error.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QUndoStack;

namespace Folio {

class LibrarySession;
class MetadataEditCommand;
class MetadataFieldEditor;
class MetadataFormModel;
struct MetadataBatchResult;

class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    MetadataEditor(LibrarySession &session, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~MetadataEditor() override;

    // Shows (and edits) the metadata of these items (by item id); empty shows nothing.
    void setItems(const QList<qint64> &itemIds);
    QList<qint64> items() const;

    // The form behind the widgets (fields, common values, mixed state).
    MetadataFormModel *model() const { return m_model; }
    // The editor of the field KEY, or null when the selected items do not have that field.
    MetadataFieldEditor *fieldEditor(const QString &key) const { return m_editors.value(key); }
    // True while the form is being read or a change is being stored.
    bool isBusy() const;

Q_SIGNALS:
    // An applied change was stored (or undone/redone) for COUNT items.
    void changed(int count);
    void failed(const QString &message);
    // The form shows the current items' values (after setItems() or a refresh).
    void loaded();

private:
    friend class MetadataEditCommand;

    void rebuild();
    void updateValues();
    void updateHeader();
    void refresh();
    void validate(MetadataFieldEditor *editor, const QString &text);
    void apply(MetadataFieldEditor *editor, const QString &text);
    // An undo or redo of a MetadataEditCommand was posted, and ended.
    void commandStarted() { ++m_pending; }
    void commandFinished(const QString &fieldKey, const Result<MetadataBatchResult> &result);

    LibrarySession &m_session;
    QPointer<QUndoStack> m_undoStack;
    MetadataFormModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QHash<QString, MetadataFieldEditor *> m_editors;
    QHash<QString, QString> m_applying; // field key → the text being stored for it
    int m_pending = 0; // changes posted and not answered yet
};

} // namespace Folio
