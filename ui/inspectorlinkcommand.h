// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The undoable "link / unlink two items" edit of the inspector: redo() makes (or removes) the relation
// "SOURCE is TYPE TARGET" through Relations (audited), undo() does the opposite — but only when redo()
// changed something, so undoing a link that was already there does not remove it.
//
// Thread safety: GUI thread. Borrows the session; ONFAILURE is called on CONTEXT's thread while it lives.

#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Folio {

class LibrarySession;

class InspectorLinkCommand : public QUndoCommand
{
public:
    enum class Action { Link, Unlink };

    InspectorLinkCommand(LibrarySession &session, QObject *context, Action action, QString type, qint64 sourceItemId,
        qint64 targetItemId, const QString &otherTitle, std::function<void(const QString &)> onFailure);

    void redo() override;
    void undo() override;

private:
    void post(bool link, bool isUndo);

    LibrarySession &m_session;
    QPointer<QObject> m_context;
    Action m_action;
    QString m_type;
    qint64 m_source;
    qint64 m_target;
    std::function<void(const QString &)> m_onFailure;
    std::shared_ptr<bool> m_applied; // redo changed the store; on the session's thread only
};

} // namespace Folio
