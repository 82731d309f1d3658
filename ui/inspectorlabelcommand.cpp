// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorlabelcommand.h"

#include "library/itemannotations.h"
#include "librarysession.h"

#include <QCoreApplication>

namespace Folio {

InspectorLabelCommand::InspectorLabelCommand(LibrarySession &session, QObject *context, const QList<qint64> &itemIds,
    std::optional<int> rating, std::optional<QString> colorLabel, std::function<void(const QString &)> onFailure)
    : m_session(session)
    , m_context(context)
    , m_itemIds(itemIds)
    , m_rating(rating)
    , m_colorLabel(std::move(colorLabel))
    , m_onFailure(std::move(onFailure))
    , m_previous(std::make_shared<QList<ItemLabels>>())
{
    const int count = int(itemIds.size());
    if (rating && m_colorLabel) {
        setText(QCoreApplication::translate("Folio::InspectorLabelCommand", "Mark %n item(s)", nullptr, count));
    } else if (rating) {
        setText(*rating == 0 ? QCoreApplication::translate(
                    "Folio::InspectorLabelCommand", "Clear Rating of %n Item(s)", nullptr, count)
                             : QCoreApplication::translate(
                                 "Folio::InspectorLabelCommand", "Rate %n Item(s) %1 Star(s)", nullptr, count)
                                   .arg(*rating));
    } else {
        setText(m_colorLabel && m_colorLabel->isEmpty()
                ? QCoreApplication::translate(
                    "Folio::InspectorLabelCommand", "Clear Label of %n Item(s)", nullptr, count)
                : QCoreApplication::translate("Folio::InspectorLabelCommand", "Label %n Item(s)", nullptr, count));
    }
}

InspectorLabelCommand::~InspectorLabelCommand() = default;

void InspectorLabelCommand::redo()
{
    auto previous = m_previous;
    const QList<qint64> ids = m_itemIds;
    const std::optional<int> rating = m_rating;
    const std::optional<QString> label = m_colorLabel;
    // Without its context (the dock is gone) nobody is left to tell of a failure.
    auto onFailure = m_context ? m_onFailure : nullptr;
    m_session.run<bool>(
        LibrarySession::Kind::Mutation,
        [previous, ids, rating, label](SessionContext &cx) -> Result<bool> {
            auto before = ItemAnnotations(cx.library()).set(ids, rating, label);
            if (!before) {
                previous->clear();
                return std::unexpected(before.error());
            }
            *previous = *before;
            return true;
        },
        m_context.data(),
        [onFailure](const Result<bool> &done) {
            if (!done && onFailure) {
                onFailure(done.error().message());
            }
        });
}

void InspectorLabelCommand::undo()
{
    auto previous = m_previous;
    // Without its context (the dock is gone) nobody is left to tell of a failure.
    auto onFailure = m_context ? m_onFailure : nullptr;
    m_session.run<bool>(
        LibrarySession::Kind::Mutation,
        [previous](SessionContext &cx) -> Result<bool> {
            if (auto ok = ItemAnnotations(cx.library()).restore(*previous); !ok) {
                return std::unexpected(ok.error());
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
