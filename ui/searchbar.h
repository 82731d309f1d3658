// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search field of the main window's tool bar: a query in the query language of docs/SEARCH.md, run with
// Enter; completion of field names and values (QueryCompleter); recent searches in a drop-down; "Save as
// Smart Collection…". A query that cannot be read keeps its text: the column the parser names gets a red
// wavy underline and the cursor, and the message shows below the field (and in its tooltip and accessible
// description). Escape clears the field (cleared() tells the window to go back where it was).
//
// Thread safety: GUI thread.

#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Folio {

class QueryCompleter;

class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QueryCompleter *completer() const { return m_completer; }
    QToolButton *recentButton() const { return m_recentButton; }
    QToolButton *saveButton() const { return m_saveButton; }
    QString text() const;
    // Replaces the query shown (a facet added a term) without running it.
    void setText(const QString &text);
    // Focuses the field with its text selected (Ctrl+F).
    void focusSearch();

    // Shows MESSAGE below the field; COLUMN (1-based, 0 for none) is underlined and gets the cursor.
    void showError(const QString &message, int column);
    void clearError();
    QString errorMessage() const { return m_errorMessage; }
    int errorColumn() const { return m_errorColumn; }
    // The characters underlined as wrong: [start, start + length) of the text; length 0 when none.
    QPair<int, int> errorSpan() const { return m_errorSpan; }
    // The recent searches' menu, filled from SearchHistory each time it opens.
    QMenu *recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    void submitted(const QString &query);
    // The field got the focus or its text was edited: completion data is wanted from now on.
    void engaged();
    void cleared();
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void fillRecentMenu();
    // Marks [START, START + LENGTH) of the text with a red wavy underline (LENGTH 0 removes it).
    void setUnderline(int start, int length);

    QLineEdit *m_edit;
    QueryCompleter *m_completer;
    QToolButton *m_recentButton;
    QMenu *m_recentMenu;
    QToolButton *m_saveButton;
    QLabel *m_errorLabel;
    QString m_errorMessage;
    int m_errorColumn = 0;
    QPair<int, int> m_errorSpan { 0, 0 };
};

} // namespace Folio
