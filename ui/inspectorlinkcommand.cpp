// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorlinkcommand.h"

#include "library/relations.h"
#include "librarysession.h"

#include <QCoreApplication>

namespace Folio {

InspectorLinkCommand::InspectorLinkCommand(LibrarySession &session, QObject *context, Action action, QString type,
    qint64 sourceItemId, qint64 targetItemId, const QString &otherTitle, std::function<void(const QString &)> onFailure)
    : m_session(session)
    , m_context(context)
    , m_action(action)
    , m_type(std::move(type))
    , m_source(sourceItemId)
    , m_target(targetItemId)
    , m_onFailure(std::move(onFailure))
    , m_applied(std::make_shared<bool>(false))
{
    if (otherTitle.isEmpty()) {
        setText(action == Action::Link ? QCoreApplication::translate("Folio::InspectorLinkCommand", "Link Items")
                                       : QCoreApplication::translate("Folio::InspectorLinkCommand", "Remove Link"));
    } else {
        setText(action == Action::Link
                ? QCoreApplication::translate("Folio::InspectorLinkCommand", "Link to “%1”").arg(otherTitle)
                : QCoreApplication::translate("Folio::InspectorLinkCommand", "Remove Link to “%1”").arg(otherTitle));
    }
}

void InspectorLinkCommand::redo()
{
    post(m_action == Action::Link, false);
}

void InspectorLinkCommand::undo()
{
    post(m_action != Action::Link, true);
}

void InspectorLinkCommand::post(bool link, bool isUndo)
{
    auto applied = m_applied;
    const QString type = m_type;
    const qint64 source = m_source;
    const qint64 target = m_target;
    // Without its context (the dock is gone) nobody is left to tell of a failure.
    auto onFailure = m_context ? m_onFailure : nullptr;
    m_session.run<bool>(
        LibrarySession::Kind::Mutation,
        [applied, link, isUndo, type, source, target](SessionContext &cx) -> Result<bool> {
            if (isUndo && !*applied) {
                return false; // redo changed nothing: nothing to take back
            }
            Relations relations(cx.library());
            Result<void> ok = {};
            if (link) {
                auto made = relations.link(type, source, target);
                if (!made) {
                    ok = std::unexpected(made.error());
                }
            } else {
                ok = relations.unlink(type, source, target);
            }
            if (!ok) {
                if (!isUndo) {
                    *applied = false;
                }
                return std::unexpected(ok.error());
            }
            if (!isUndo) {
                *applied = true;
            }
            return true;
        },
        m_context.data(),
        [onFailure](const Result<bool> &done) {
            if (!done && onFailure) {
                onFailure(done.error().message());
            }
        });
}

} // namespace Folio
