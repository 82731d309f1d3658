// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafieldeditor.h"

#include "policy/defaultschema.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Folio {

namespace {
// The last comma-separated part of TEXT, where a list field's completion works.
qsizetype lastPartStart(const QString &text)
{
    return text.lastIndexOf(QLatin1Char(',')) + 1;
}
} // namespace

MetadataFieldEditor::MetadataFieldEditor(const FieldDefinition &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    const QString name = SchemaJson::displayLabel(m_field);
    setObjectName(QStringLiteral("metadataField-%1").arg(m_field.key));
    m_label = new QLabel(m_field.required ? tr("%1 *", "a required field's label").arg(name) : name);
    m_label->setAccessibleName(m_field.required ? tr("%1 (required)").arg(name) : name);
    if (!m_field.description.isEmpty()) {
        m_label->setToolTip(m_field.description);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildInput();
    m_input->setObjectName(QStringLiteral("metadataInput-%1").arg(m_field.key));
    m_input->setAccessibleName(name);
    QStringList description;
    if (m_field.required) {
        description.append(tr("Required"));
    }
    if (!m_field.description.isEmpty()) {
        description.append(m_field.description);
        m_input->setToolTip(m_field.description);
    }
    m_input->setAccessibleDescription(description.join(QStringLiteral(". ")));
    if (m_line && m_line != m_input) {
        m_line->setAccessibleName(name); // an editable combo box's own line edit
    }
    m_label->setBuddy(m_input);
    layout->addWidget(m_input);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("metadataError-%1").arg(m_field.key));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error in %1").arg(name));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // readable on light and dark themes
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
}

MetadataFieldEditor::~MetadataFieldEditor()
{
    // The label sits in the parent's form layout, which owns it once added; delete it when it never was.
    if (m_label && !m_label->parent()) {
        delete m_label;
    }
}

bool MetadataFieldEditor::isMultiLine(const FieldDefinition &field)
{
    // The schema has no "multi-line" flag: prose fields are known by their registry key or alias.
    static const QStringList prose = { QStringLiteral("description"), QStringLiteral("caption"),
        QStringLiteral("abstract"), QStringLiteral("rights"), QStringLiteral("usage-terms"), QStringLiteral("notes"),
        QStringLiteral("comment") };
    if (field.type != FieldType::Text) {
        return false;
    }
    if (prose.contains(field.key)) {
        return true;
    }
    return std::any_of(
        field.aliases.cbegin(), field.aliases.cend(), [](const QString &alias) { return prose.contains(alias); });
}

void MetadataFieldEditor::buildInput()
{
    switch (m_field.type) {
    case FieldType::Bool:
        m_combo = new QComboBox(this);
        m_combo->addItem(tr("Not set"), QString());
        m_combo->addItem(tr("Yes"), QStringLiteral("true"));
        m_combo->addItem(tr("No"), QStringLiteral("false"));
        m_combo->setPlaceholderText(tr("Mixed values"));
        connect(m_combo, &QComboBox::activated, this, [this] {
            userEdited();
            commit();
        });
        m_input = m_combo;
        return;
    case FieldType::Enum:
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_line = m_combo->lineEdit();
        m_terms = new QStringListModel(this);
        m_combo->setModel(m_terms);
        m_completer = new QCompleter(m_terms, this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchStartsWith);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->setCompleter(m_completer);
        connect(m_combo, &QComboBox::activated, this, [this] {
            if (!m_updating) {
                userEdited();
                commit();
            }
        });
        m_input = m_combo;
        break;
    case FieldType::MultiEnum:
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(tr("Terms, separated by commas"));
        m_terms = new QStringListModel(this);
        m_completer = new QCompleter(m_terms, this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setWidget(m_line);
        // Completes the term being typed (after the last comma), keeping the terms before it.
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &term) {
            const QString text = m_line->text();
            const QString before = text.left(lastPartStart(text));
            m_line->setText(before.isEmpty() ? term : before + QLatin1Char(' ') + term);
            userEdited();
        });
        connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString part = text.mid(lastPartStart(text)).trimmed();
            m_completer->setCompletionPrefix(part);
            if (part.isEmpty() || m_completer->completionCount() == 0) {
                m_completer->popup()->hide();
            } else {
                m_completer->complete();
            }
        });
        m_input = m_line;
        break;
    case FieldType::Text:
        if (isMultiLine(m_field)) {
            m_lines = new QPlainTextEdit(this);
            m_lines->setTabChangesFocus(true);
            m_lines->setMaximumHeight(m_lines->fontMetrics().lineSpacing() * 5);
            m_lines->installEventFilter(this);
            connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_updating) {
                    userEdited();
                }
            });
            m_input = m_lines;
            return;
        }
        [[fallthrough]];
    case FieldType::Number:
    case FieldType::Date:
    case FieldType::Person:
    case FieldType::ItemRef:
        m_line = new QLineEdit(this);
        if (m_field.type == FieldType::Date) {
            m_line->setPlaceholderText(tr("YYYY-MM-DD"));
        } else if (m_field.type == FieldType::ItemRef) {
            m_line->setPlaceholderText(tr("Item id"));
        }
        m_input = m_line;
        break;
    }
    connect(m_line, &QLineEdit::textEdited, this, [this] { userEdited(); });
    connect(m_line, &QLineEdit::editingFinished, this, [this] { commit(); });
}

bool MetadataFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lines) {
        if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            commit(); // as QLineEdit does: a context menu does not end the edit
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                commit();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetadataFieldEditor::setValue(const QString &text, bool mixed)
{
    m_shownText = text;
    m_mixed = mixed;
    if (!m_edited) {
        show(text);
    }
}

void MetadataFieldEditor::setTerms(const QStringList &terms)
{
    if (!m_terms || m_terms->stringList() == terms) {
        return;
    }
    const QString current = text();
    m_updating = true;
    m_terms->setStringList(terms);
    m_updating = false;
    show(m_edited ? current : m_shownText);
}

void MetadataFieldEditor::show(const QString &text)
{
    m_updating = true;
    const QString placeholder = m_mixed && !m_edited ? tr("Mixed values") : QString();
    if (m_field.type == FieldType::Bool) {
        m_combo->setCurrentIndex(m_mixed && !m_edited ? -1 : std::max(0, m_combo->findData(text)));
    } else if (m_lines) {
        m_lines->setPlaceholderText(placeholder);
        if (m_lines->toPlainText() != text) {
            m_lines->setPlainText(text);
        }
    } else {
        if (m_combo) {
            m_combo->setCurrentIndex(-1);
        }
        if (m_field.type != FieldType::Date && m_field.type != FieldType::ItemRef
            && m_field.type != FieldType::MultiEnum) {
            m_line->setPlaceholderText(placeholder);
        } else {
            m_line->setPlaceholderText(!placeholder.isEmpty() ? placeholder
                    : m_field.type == FieldType::Date         ? tr("YYYY-MM-DD")
                    : m_field.type == FieldType::ItemRef      ? tr("Item id")
                                                              : tr("Terms, separated by commas"));
        }
        if (m_line->text() != text) {
            m_line->setText(text);
        }
    }
    m_updating = false;
}

void MetadataFieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_combo) {
        m_combo->setEnabled(!readOnly);
    } else if (m_lines) {
        m_lines->setReadOnly(readOnly);
    } else {
        m_line->setReadOnly(readOnly);
    }
}

QString MetadataFieldEditor::text() const
{
    if (m_field.type == FieldType::Bool) {
        return m_combo->currentData().toString();
    }
    if (m_lines) {
        return m_lines->toPlainText();
    }
    return m_line->text();
}

void MetadataFieldEditor::userEdited()
{
    if (m_readOnly) {
        return;
    }
    m_edited = true;
    Q_EMIT edited(text());
}

void MetadataFieldEditor::commit()
{
    if (!m_edited || m_readOnly) {
        return; // an untouched field (a mixed one included) changes nothing
    }
    Q_EMIT committed(text());
}

void MetadataFieldEditor::acceptEdit()
{
    m_edited = false;
    setError({});
}

void MetadataFieldEditor::discardEdit()
{
    m_edited = false;
    setError({});
    show(m_shownText);
}

void MetadataFieldEditor::setError(const QString &message)
{
    if (message == m_error->text() && m_error->isHidden() == message.isEmpty()) {
        return;
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    QStringList description;
    if (m_field.required) {
        description.append(tr("Required"));
    }
    if (!message.isEmpty()) {
        description.append(message);
    } else if (!m_field.description.isEmpty()) {
        description.append(m_field.description);
    }
    m_input->setAccessibleDescription(description.join(QStringLiteral(". ")));
    if (!message.isEmpty()) {
        QAccessibleEvent alert(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString MetadataFieldEditor::error() const
{
    return m_error->text();
}

} // namespace Folio
