// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataeditcommand.h"

#include "librarysession.h"
#include "metadataeditor.h"

namespace Folio {

MetadataEditCommand::MetadataEditCommand(LibrarySession &session, MetadataEditor *editor, const QString &fieldKey,
    const QString &fieldLabel, QList<MetadataAssignment> applied, QList<MetadataAssignment> previous)
    : m_session(&session)
    , m_editor(editor)
    , m_fieldKey(fieldKey)
    , m_applied(std::move(applied))
    , m_previous(std::move(previous))
{
    const int count = int(m_applied.size());
    setText(count == 1 ? tr("Edit %1").arg(fieldLabel) : tr("Edit %1 of %n items", nullptr, count).arg(fieldLabel));
}

void MetadataEditCommand::undo()
{
    run(m_previous);
}

void MetadataEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // pushed after the change was stored
        return;
    }
    run(m_applied);
}

void MetadataEditCommand::run(const QList<MetadataAssignment> &assignments)
{
    if (m_editor) {
        m_editor->commandStarted();
    }
    if (!m_session) {
        if (m_editor) {
            m_editor->commandFinished(m_fieldKey,
                fail(Error::Code::Cancelled,
                    tr("The change to %1 cannot be undone or redone: its library is closed.").arg(m_fieldKey)));
        }
        return;
    }
    const QString key = m_fieldKey;
    // Restore mode: both directions put back a state the items were in, which the schema accepted then.
    m_session->run<MetadataBatchResult>(
        LibrarySession::Kind::Mutation,
        [key, assignments](SessionContext &cx) {
            return MetadataBatch(cx.library()).apply(key, assignments, MetadataBatch::Mode::Restore);
        },
        nullptr,
        [editor = m_editor, key](const Result<MetadataBatchResult> &result) {
            if (editor) {
                editor->commandFinished(key, result);
            }
        });
}

} // namespace Folio
