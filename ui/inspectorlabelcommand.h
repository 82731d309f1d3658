// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The undoable "rate / label these items" edit of the inspector: redo() sets the rating and/or colour label of
// every item through ItemAnnotations (one audited transaction), remembering what each item had; undo() puts
// exactly that back (audited too). Both run on the session's thread in the order pushed, so an undo posted
// before the redo's answer arrived still finds what to restore.
//
// Thread safety: GUI thread. Borrows the session; ONFAILURE is called on CONTEXT's thread while it lives.

#include <QList>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace Folio {

class LibrarySession;
struct ItemLabels;

class InspectorLabelCommand : public QUndoCommand
{
public:
    InspectorLabelCommand(LibrarySession &session, QObject *context, const QList<qint64> &itemIds,
        std::optional<int> rating, std::optional<QString> colorLabel, std::function<void(const QString &)> onFailure);
    ~InspectorLabelCommand() override;

    void redo() override;
    void undo() override;

private:
    LibrarySession &m_session;
    QPointer<QObject> m_context;
    QList<qint64> m_itemIds;
    std::optional<int> m_rating;
    std::optional<QString> m_colorLabel;
    std::function<void(const QString &)> m_onFailure;
    std::shared_ptr<QList<ItemLabels>> m_previous; // written and read on the session's thread only
};

} // namespace Folio
