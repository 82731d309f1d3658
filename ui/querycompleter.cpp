// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycompleter.h"

#include "searchcontroller.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

#include <algorithm>

namespace Folio {

QueryCompleter::QueryCompleter(QLineEdit *edit, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    // The candidates are filtered here (values match after their quote too), so the pop-up shows them all.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setAccessibleName(tr("Query completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &QueryCompleter::insert);
    connect(m_edit, &QLineEdit::textEdited, this, &QueryCompleter::update);
}

void QueryCompleter::setTerms(const LibrarySearch::QueryTerms &terms)
{
    m_terms = terms;
}

QStringList QueryCompleter::proposals() const
{
    return m_completer->popup()->isVisible() ? m_model->stringList() : QStringList();
}

void QueryCompleter::update()
{
    m_proposal = propose(m_edit->text(), m_edit->cursorPosition(), m_terms);
    if (m_proposal.candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_model->setStringList(m_proposal.candidates);
    m_completer->setCompletionPrefix(QString());
    QRect rect = m_edit->rect();
    rect.setWidth(std::max(rect.width() / 2, 240));
    m_completer->complete(rect);
    // Nothing highlighted until the user goes into the list (Down): Enter searches for what was typed.
    m_completer->popup()->setCurrentIndex(QModelIndex());
}

void QueryCompleter::insert(const QString &completion)
{
    QString text = m_edit->text();
    const int start = std::min<int>(m_proposal.start, int(text.size()));
    const int length = std::min<int>(m_proposal.length, int(text.size()) - start);
    // A value ends the term: a space follows, ready for the next one. A field name waits for its value.
    const QString inserted
        = completion.endsWith(QLatin1Char(':')) ? completion : QString(completion + QLatin1Char(' '));
    text.replace(start, length, inserted);
    m_edit->setText(text);
    m_edit->setCursorPosition(start + int(inserted.size()));
    if (completion.endsWith(QLatin1Char(':'))) {
        // The pop-up is still closing from this choice: offer the field's values once it has.
        QTimer::singleShot(0, this, &QueryCompleter::update);
    }
}

QueryCompleter::Proposal QueryCompleter::propose(
    const QString &text, int cursor, const LibrarySearch::QueryTerms &terms)
{
    Proposal proposal;
    cursor = std::clamp(cursor, 0, int(text.size()));
    // Only at the end of a word: completing in the middle of one would cut it.
    if (cursor < text.size() && !text.at(cursor).isSpace() && text.at(cursor) != QLatin1Char(')')) {
        return proposal;
    }
    int start = 0;
    bool quoted = false;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c.isSpace() || c == QLatin1Char('('))) {
            start = i + 1;
        }
    }
    while (start < cursor && (text.at(start) == QLatin1Char('-') || text.at(start) == QLatin1Char('('))) {
        ++start;
    }
    const QString word = text.mid(start, cursor - start);
    proposal.start = start;
    proposal.length = int(word.size());
    const qsizetype colon = word.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        if (word.size() < MinFieldPrefix || word.startsWith(QLatin1Char('"'))) {
            return proposal;
        }
        for (const QString &name : terms.fieldNames) {
            if (name.startsWith(word, Qt::CaseInsensitive) && proposal.candidates.size() < MaxCandidates) {
                proposal.candidates.append(name + QLatin1Char(':'));
            }
        }
        return proposal;
    }
    const QString field = word.left(colon);
    QString typed = word.mid(colon + 1);
    if (typed.startsWith(QLatin1Char('='))) {
        typed.remove(0, 1);
    }
    if (typed.startsWith(QLatin1Char('"'))) {
        typed.remove(0, 1);
    }
    for (const QString &value : terms.valuesFor(field)) {
        if (value.startsWith(typed, Qt::CaseInsensitive) && proposal.candidates.size() < MaxCandidates) {
            // facetTerm quotes what needs quotes; the name stays as typed (an alias is kept).
            const QString term = SearchController::facetTerm(QStringLiteral("value"), value);
            proposal.candidates.append(field + term.mid(term.indexOf(QLatin1Char(':'))));
        }
    }
    // The value typed in full: nothing left to propose.
    if (proposal.candidates.size() == 1 && proposal.candidates.first().compare(word, Qt::CaseInsensitive) == 0) {
        proposal.candidates.clear();
    }
    return proposal;
}

} // namespace Folio
