// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search bar's work, away from the GUI thread: runs a query through the LibrarySession (the ranked ids of
// every match and the facets of the result), reads what completion offers (field names, aliases and known
// values), records that a result was opened (search analytics) and saves a query as a smart collection. A
// newer search supersedes an older one: the older one is skipped when it has not started yet, and its answer
// is dropped when it has. Also the rules that turn a facet value into a query term and back.
//
// Thread safety: a QObject of the GUI thread. Borrows the session.

#include "library/librarysearch.h"
#include "store/browsequery.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Folio {

class LibrarySession;

class SearchController : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(LibrarySession &session, QObject *parent = nullptr);
    ~SearchController() override;

    // Runs QUERY in the background; finished() or failed() follows unless a newer search or cancel() comes
    // first.
    void search(const QString &query);
    // Drops the answer of the search in flight, if any.
    void cancel();
    bool isBusy() const { return m_busy; }
    // The query of the last search that finished, and its answer.
    const QString &query() const { return m_query; }
    const LibrarySearch::Ranking &ranking() const { return m_ranking; }

    // Whether the browser shows the results now, and the scope it showed before them (Escape goes back there).
    bool isShowingResults() const { return m_showingResults; }
    void setShowingResults(bool showing) { m_showingResults = showing; }
    const BrowseScope &returnScope() const { return m_returnScope; }
    void setReturnScope(const BrowseScope &scope) { m_returnScope = scope; }

    // Reads the field names and known values again; termsReady() follows.
    void loadTerms();
    // Reads them the first time they are wanted (the search bar is used): loading the index of a large
    // library takes a while, and the sidebar's first read should not wait behind it.
    void ensureTerms();
    bool termsRequested() const { return m_termsGeneration > 0; }
    const LibrarySearch::QueryTerms &terms() const { return m_terms; }

    // Reports that ITEMUUID was opened from the results (LibrarySearch::recordOpen); openRecorded() follows.
    void recordOpen(const QString &itemUuid);
    // Saves QUERY as the smart collection NAME (SavedSearches::add); saved() or saveFailed() follows.
    void saveSmartCollection(const QString &name, const QString &query);

    // The query field a facet narrows by: "keywords" → "tag", "year" → "created", others by their name.
    static QString facetField(const QString &facetName);
    // FACETNAME's VALUE as a term of the query language (quoted when it needs to be): type:"image/png".
    static QString facetTerm(const QString &facetName, const QString &value);
    // Whether QUERY holds TERM as a whole term (not negated, not part of a longer one).
    static bool containsTerm(const QString &query, const QString &term);
    // QUERY without TERM when it holds it, else QUERY narrowed by TERM (an OR is put in parentheses first,
    // so the term narrows all of it).
    static QString toggleTerm(const QString &query, const QString &term);

Q_SIGNALS:
    void finished(const QString &query, qint64 total);
    // COLUMN: the 1-based column of a query that cannot be read, 0 when the search failed otherwise.
    void failed(const QString &query, const QString &message, int column);
    void termsReady();
    void openRecorded(const QString &itemUuid);
    void saved(const QString &name);
    void saveFailed(const QString &message);

private:
    LibrarySession &m_session;
    // The number of the latest search, shared with the work posted so a superseded one does not even start.
    std::shared_ptr<std::atomic_int> m_latest;
    bool m_busy = false;
    bool m_showingResults = false;
    BrowseScope m_returnScope;
    QString m_query;
    LibrarySearch::Ranking m_ranking;
    LibrarySearch::QueryTerms m_terms;
    int m_termsGeneration = 0;
};

} // namespace Folio
