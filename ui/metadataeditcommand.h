// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One applied metadata change — one field set on one or many items — as a step of the window's undo
// stack: undo puts back every item's previous value (clearing the field where it had none), redo sets the
// new value again, each in one audited transaction on the session's thread (MetadataBatch). The command is
// pushed after the change was stored, so its first redo() does nothing.
//
// Thread safety: GUI thread. Ownership: owned by the QUndoStack; borrows the session and the editor, and
// outlives neither safely: both are guarded (a gone session makes undo report a failure, a gone editor
// is simply not told).

#include "library/metadatabatch.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace Folio {

class LibrarySession;
class MetadataEditor;

class MetadataEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Folio::MetadataEditCommand)

public:
    // FIELDKEY (shown as FIELDLABEL) was set to APPLIED's texts; PREVIOUS holds what the items held.
    MetadataEditCommand(LibrarySession &session, MetadataEditor *editor, const QString &fieldKey,
        const QString &fieldLabel, QList<MetadataAssignment> applied, QList<MetadataAssignment> previous);

    void undo() override;
    void redo() override;

    QString fieldKey() const { return m_fieldKey; }
    int itemCount() const { return int(m_applied.size()); }

private:
    void run(const QList<MetadataAssignment> &assignments);

    QPointer<LibrarySession> m_session;
    QPointer<MetadataEditor> m_editor;
    QString m_fieldKey;
    QList<MetadataAssignment> m_applied;
    QList<MetadataAssignment> m_previous;
    bool m_firstRedo = true;
};

} // namespace Folio
