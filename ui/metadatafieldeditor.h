// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One field of the metadata editor: its label (marked when required, and saying so to screen readers), the
// typed input made for the field's type — a line of text (or several, for descriptions), a number or a date
// checked as typed, yes/no, a vocabulary term with completion, a comma-separated list of terms completing
// the term being typed, an item reference — and, under it, the reason a value was refused.
//
// The widget only reports what the user did: edited() as they type, committed() when they finish editing a
// value they changed (Enter, leaving the field, picking a term). An untouched field, "Mixed values" ones
// included, never commits. Values shown by setValue() do not replace what the user is still editing.
//
// Thread safety: GUI thread. Ownership: a child of its parent widget; owns its label.

#include "domain/field.h"

#include <QLabel>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

namespace Folio {

class MetadataFieldEditor : public QWidget
{
    Q_OBJECT

public:
    MetadataFieldEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~MetadataFieldEditor() override;

    const FieldDefinition &field() const { return m_field; }
    QString key() const { return m_field.key; }
    // The label to put beside the field (a form row); this widget owns it.
    QLabel *label() const { return m_label.data(); }
    // The control the user types in or picks from (a QLineEdit, QPlainTextEdit or QComboBox).
    QWidget *input() const { return m_input; }
    QLabel *errorLabel() const { return m_error; }
    // The completer over the vocabulary's terms (null for fields without a vocabulary).
    QCompleter *completer() const { return m_completer; }

    // Shows the items' common value TEXT, or "Mixed values" when MIXED. Kept out while the user edits.
    void setValue(const QString &text, bool mixed);
    void setTerms(const QStringList &terms);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isMixed() const { return m_mixed; }

    // What the input holds now, as text the validator reads.
    QString text() const;
    // True from the user's first change until acceptEdit() or discardEdit().
    bool isEdited() const { return m_edited; }
    // The edit was applied (or changed nothing): the field follows setValue() again.
    void acceptEdit();
    // Drops what the user typed and shows the items' value again.
    void discardEdit();

    // Shows MESSAGE under the field (empty hides it) and announces it to screen readers.
    void setError(const QString &message);
    QString error() const;

Q_SIGNALS:
    void edited(const QString &text);
    void committed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildInput();
    void show(const QString &text);
    void userEdited();
    void commit();
    static bool isMultiLine(const FieldDefinition &field);

    FieldDefinition m_field;
    QPointer<QLabel> m_label; // may be deleted by the form layout it was added to
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr; // text, number, date, person, item, multi-enum; an enum combo's editor
    QPlainTextEdit *m_lines = nullptr; // multi-line text
    QComboBox *m_combo = nullptr; // enum (editable) and bool (fixed choices)
    QLabel *m_error = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_terms = nullptr;
    QString m_shownText; // the items' value last shown
    bool m_mixed = false;
    bool m_edited = false;
    bool m_updating = false; // set while the program, not the user, changes the input
    bool m_readOnly = false;
};

} // namespace Folio
