// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataeditor.h"

namespace Folio {

MetadataEditor::MetadataEditor(LibrarySession &session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
{
    Q_UNUSED(session);
    Q_UNUSED(undoStack);
}

MetadataEditor::~MetadataEditor() = default;

void MetadataEditor::setItems(const QList<qint64> &itemIds)
{
    Q_UNUSED(itemIds);
}

QList<qint64> MetadataEditor::items() const
{
    return {};
}

} // namespace Folio
