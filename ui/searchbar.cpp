// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include "querycompleter.h"
#include "searchhistory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

namespace Folio {

namespace {

QString helpText()
{
    return SearchBar::tr("The query language: words, \"phrases\", field:value (type:, creator:, tag:, status:…), "
                         "size:>10MB, created:2024, OR, -word. Enter searches, Escape clears.");
}

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_completer(new QueryCompleter(m_edit, this))
    , m_recentButton(new QToolButton(this))
    , m_recentMenu(new QMenu(this))
    , m_saveButton(new QToolButton(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_edit->setObjectName(QStringLiteral("searchField"));
    m_edit->setPlaceholderText(tr("Search (Ctrl+F) — e.g. invoice type:pdf created:2024 -status:archived"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setToolTip(helpText());
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(320);
    m_edit->installEventFilter(this);

    m_recentButton->setText(tr("Recent"));
    m_recentButton->setAccessibleName(tr("Recent searches"));
    m_recentButton->setToolTip(tr("Run one of the last searches again"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setMenu(m_recentMenu);
    m_recentButton->setFocusPolicy(Qt::TabFocus);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SearchBar::fillRecentMenu);

    m_saveButton->setIcon(QIcon(QStringLiteral(":/icons/smart-collection.svg")));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveButton->setAccessibleName(tr("Save as smart collection"));
    m_saveButton->setToolTip(tr("Save this search as a smart collection in the sidebar"));
    m_saveButton->setFocusPolicy(Qt::TabFocus);
    connect(m_saveButton, &QToolButton::clicked, this, &SearchBar::saveRequested);

    m_errorLabel->setObjectName(QStringLiteral("searchError"));
    m_errorLabel->setAccessibleName(tr("Search error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A style sheet, not the palette: the theme (Appearance) replaces palettes when it changes.
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_errorLabel->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_recentButton);
    row->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::submit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT engaged();
        clearError();
        // The clear button empties the field: the same as Escape.
        if (text.isEmpty()) {
            Q_EMIT cleared();
        }
    });
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    clearError();
    m_edit->setText(text);
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::submit()
{
    QAbstractItemView *popup = m_completer->completer()->popup();
    if (popup->isVisible()) {
        // Enter picks the highlighted completion (QCompleter inserts it); with none highlighted it searches.
        if (popup->currentIndex().isValid()) {
            return;
        }
        popup->hide();
    }
    Q_EMIT submitted(m_edit->text().trimmed());
}

void SearchBar::showError(const QString &message, int column)
{
    m_errorMessage = message;
    m_errorColumn = column;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_edit->setToolTip(message);
    m_edit->setAccessibleDescription(message);
    const QString text = m_edit->text();
    if (column <= 0 || text.isEmpty()) {
        setUnderline(0, 0);
        return;
    }
    // The word that starts at the column, or the last character when the column is past the end (a query that
    // stops too early).
    const int start = std::min(column - 1, int(text.size()) - 1);
    int end = start + 1;
    if (!QStringLiteral("()\"").contains(text.at(start))) { // a bracket or a quote is marked alone
        while (end < text.size() && !text.at(end).isSpace()) {
            ++end;
        }
    }
    m_edit->setCursorPosition(start);
    setUnderline(start, end - start);
}

void SearchBar::clearError()
{
    if (m_errorMessage.isEmpty()) {
        return;
    }
    m_errorMessage.clear();
    m_errorColumn = 0;
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_edit->setToolTip(helpText());
    m_edit->setAccessibleDescription(QString());
    setUnderline(0, 0);
}

void SearchBar::setUnderline(int start, int length)
{
    m_errorSpan = { start, length };
    // QLineEdit draws text formats only as input-method attributes; an event with no preedit or commit text
    // changes nothing else. Its positions count from the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    if (length > 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
        format.setBackground(QColor(0xf6, 0xc6, 0xca)); // a wavy line under one character is easy to miss
        format.setForeground(QColor(0x80, 0x10, 0x18));
        attributes.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, start - m_edit->cursorPosition(), length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void SearchBar::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = SearchHistory::recent();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent searches"))->setEnabled(false);
        return;
    }
    for (const QString &query : recent) {
        QAction *action = m_recentMenu->addAction(query);
        connect(action, &QAction::triggered, this, [this, query] {
            setText(query);
            Q_EMIT submitted(query);
        });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent Searches"), this, [] { SearchHistory::clear(); });
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn) {
        Q_EMIT engaged();
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            m_edit->clear();
            clearError();
            Q_EMIT cleared();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_edit->text().isEmpty()) {
            m_recentButton->showMenu();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Folio
