// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Completion inside a query, for the search bar's line edit: the word under the cursor is completed, not the
// whole text. A word without ':' proposes field names ("cre" → "creator:", aliases too); after "field:" it
// proposes the field's known values (its controlled vocabulary, the values the library holds), quoted when
// they need it. The candidates come from LibrarySearch::queryTerms (read by SearchController, off the GUI
// thread).
//
// Thread safety: GUI thread. Borrows the line edit; owns its QCompleter.

#include "library/librarysearch.h"

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Folio {

class QueryCompleter : public QObject
{
    Q_OBJECT

public:
    // What completion offers for a text with the cursor at a position: the candidates replace the characters
    // [start, start + length).
    struct Proposal
    {
        int start = 0;
        int length = 0;
        QStringList candidates;
    };

    // Words shorter than this propose no field names (every second word would open the pop-up otherwise).
    static constexpr int MinFieldPrefix = 2;
    static constexpr int MaxCandidates = 50;

    QueryCompleter(QLineEdit *edit, QObject *parent = nullptr);

    void setTerms(const LibrarySearch::QueryTerms &terms);
    const LibrarySearch::QueryTerms &terms() const { return m_terms; }
    QCompleter *completer() const { return m_completer; }
    // The candidates offered now (empty when the pop-up is closed).
    QStringList proposals() const;

    // Looks at the word under the line edit's cursor and opens, updates or closes the pop-up.
    void update();

    static Proposal propose(const QString &text, int cursor, const LibrarySearch::QueryTerms &terms);

private:
    void insert(const QString &completion);

    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    LibrarySearch::QueryTerms m_terms;
    Proposal m_proposal;
};

} // namespace Folio
