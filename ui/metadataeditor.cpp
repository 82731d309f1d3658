// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataeditor.h"

#include "policy/defaultschema.h"

#include "librarysession.h"
#include "metadataeditcommand.h"
#include "metadatafieldeditor.h"
#include "metadataformmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Folio {

MetadataEditor::MetadataEditor(LibrarySession &session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_model(new MetadataFormModel(this))
{
    setObjectName(QStringLiteral("metadataEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("metadataHeader"));
    m_header->setWordWrap(true);
    m_header->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_header);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("metadataScroll"));
    m_scroll->setAccessibleName(tr("Metadata fields"));
    m_scroll->verticalScrollBar()->setAccessibleName(tr("Scroll the metadata fields"));
    m_scroll->horizontalScrollBar()->setAccessibleName(tr("Scroll the metadata fields sideways"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields themselves
    m_form = new QWidget;
    m_layout = new QFormLayout(m_form);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scroll->setWidget(m_form);
    layout->addWidget(m_scroll, 1);

    // Changes made elsewhere (another window, folioctl, an ingest, undo) come as libraryChanged(); bursts of
    // them make one read.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(100);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_model->itemIds().isEmpty()) {
            m_model->load(m_session, m_model->itemIds());
        }
    });
    connect(&m_session, &LibrarySession::libraryChanged, this, &MetadataEditor::refresh);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MetadataEditor::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MetadataEditor::updateValues);
    connect(m_model, &MetadataFormModel::loaded, this, [this] {
        updateHeader();
        Q_EMIT loaded();
    });
    connect(m_model, &MetadataFormModel::loadFailed, this, [this](const QString &message) {
        m_header->setText(message);
        Q_EMIT failed(message);
    });
    updateHeader();
}

MetadataEditor::~MetadataEditor() = default;

void MetadataEditor::setItems(const QList<qint64> &itemIds)
{
    if (itemIds == m_model->itemIds() && (m_model->isLoading() || !itemIds.isEmpty())) {
        return; // the same selection again (selection models repeat themselves)
    }
    // What the user typed belonged to the previous selection.
    for (MetadataFieldEditor *editor : std::as_const(m_editors)) {
        editor->discardEdit();
    }
    m_refreshTimer->stop();
    m_model->load(m_session, itemIds);
    updateHeader();
}

QList<qint64> MetadataEditor::items() const
{
    return m_model->itemIds();
}

bool MetadataEditor::isBusy() const
{
    return m_model->isLoading() || m_pending > 0 || m_refreshTimer->isActive();
}

void MetadataEditor::refresh()
{
    if (!m_model->itemIds().isEmpty()) {
        m_refreshTimer->start();
    }
}

void MetadataEditor::updateHeader()
{
    const qsizetype count = m_model->itemIds().size();
    if (count == 0) {
        m_header->setText(tr("No item selected."));
    } else if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_header->setText(tr("Reading metadata…"));
    } else if (count == 1) {
        m_header->setText(
            m_session.isReadOnly() ? tr("The library is read-only: metadata can be viewed, not changed.") : QString());
    } else {
        m_header->setText(m_session.isReadOnly()
                ? tr("%n items selected. The library is read-only: metadata can be viewed, not changed.", nullptr,
                    int(count))
                : tr("Editing %n items: a value you change goes to every one of them.", nullptr, int(count)));
    }
    m_header->setVisible(!m_header->text().isEmpty());
}

void MetadataEditor::rebuild()
{
    QWidget *focused = m_form->focusWidget();
    const QString focusedKey = focused && m_form->isAncestorOf(focused)
        ? m_editors.key(qobject_cast<MetadataFieldEditor *>(focused->parentWidget()))
        : QString();
    m_editors.clear();
    while (m_layout->rowCount() > 0) {
        m_layout->removeRow(0); // deletes the label and the field editor
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *editor = new MetadataFieldEditor(m_model->field(row), m_form);
        m_layout->addRow(editor->label(), editor);
        m_editors.insert(editor->key(), editor);
        connect(editor, &MetadataFieldEditor::edited, this,
            [this, editor](const QString &text) { validate(editor, text); });
        connect(editor, &MetadataFieldEditor::committed, this,
            [this, editor](const QString &text) { apply(editor, text); });
    }
    updateValues();
    if (MetadataFieldEditor *editor = m_editors.value(focusedKey)) {
        editor->input()->setFocus();
    }
}

void MetadataEditor::updateValues()
{
    const bool readOnly = m_session.isReadOnly();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        MetadataFieldEditor *editor = m_editors.value(m_model->field(row).key);
        if (!editor) {
            continue;
        }
        editor->setTerms(m_model->terms(row));
        editor->setValue(m_model->valueText(row), m_model->isMixed(row));
        editor->setReadOnly(readOnly || m_model->isReadOnly(row));
    }
}

void MetadataEditor::validate(MetadataFieldEditor *editor, const QString &text)
{
    const int row = m_model->rowOfKey(editor->key());
    if (row < 0) {
        return;
    }
    auto value = m_model->parse(row, text);
    editor->setError(value ? QString() : value.error().message());
}

void MetadataEditor::apply(MetadataFieldEditor *editor, const QString &text)
{
    const int row = m_model->rowOfKey(editor->key());
    if (row < 0 || m_applying.value(editor->key()) == text) {
        return; // already being stored (Enter, then leaving the field)
    }
    auto value = m_model->parse(row, text);
    if (!value) {
        editor->setError(value.error().message()); // and nothing is saved
        return;
    }
    editor->setError({});
    if (!m_model->wouldChange(row, *value)) {
        editor->acceptEdit();
        return;
    }
    const QString key = editor->key();
    const QString label = SchemaJson::displayLabel(editor->field());
    const QList<MetadataAssignment> assignments = m_model->assignments(row, text);
    const QList<qint64> items = m_model->itemIds();
    m_applying.insert(key, text);
    ++m_pending;
    m_session.run<MetadataBatchResult>(
        LibrarySession::Kind::Mutation,
        [key, assignments](SessionContext &cx) { return MetadataBatch(cx.library()).apply(key, assignments); }, this,
        [this, key, label, text, assignments, items](const Result<MetadataBatchResult> &result) {
            --m_pending;
            if (m_applying.value(key) == text) {
                m_applying.remove(key);
            }
            // The field editor may show other items by now: touch it only for the same selection.
            MetadataFieldEditor *editor = items == m_model->itemIds() ? m_editors.value(key) : nullptr;
            if (!result) {
                if (editor && editor->isEdited() && editor->text() == text) {
                    editor->setError(result.error().message());
                }
                Q_EMIT failed(result.error().message());
                return;
            }
            if (editor && editor->text() == text) {
                editor->acceptEdit();
            }
            if (result->changed > 0 && m_undoStack) {
                m_undoStack->push(new MetadataEditCommand(m_session, this, key, label, assignments, result->previous));
            }
            refresh();
            Q_EMIT changed(result->changed);
        });
}

void MetadataEditor::commandFinished(const QString &fieldKey, const Result<MetadataBatchResult> &result)
{
    m_pending = std::max(0, m_pending - 1);
    if (!result) {
        Q_EMIT failed(result.error().message());
        return;
    }
    // What the user was typing in that field is overtaken by the undo or redo.
    if (MetadataFieldEditor *editor = m_editors.value(fieldKey)) {
        editor->discardEdit();
    }
    refresh();
    Q_EMIT changed(result->changed);
}

} // namespace Folio
