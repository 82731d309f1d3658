// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LibrarySearch is a library's search: the query language (QueryParser) over an in-memory SearchIndex
// that it keeps exact. The index is loaded from a snapshot file (<library>/search/index.bin) and brought
// up to date before every search from the change log the schema's triggers write in the same
// transaction as each change (schema v2), so a renamed item is found by its new title at the next search
// and a purged one is gone. Hits come back with what a result list shows and a snippet with the query's
// words marked. Searches are logged for local analytics (not audited, not synced).
//
// Thread safety: one thread at a time, the thread that owns the Library. Borrows the Library.

#include "error.h"
#include "search/searchindex.h"
#include "store/searchrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Folio {

class Library;

class LibrarySearch
{
    Q_DECLARE_TR_FUNCTIONS(Folio::LibrarySearch)

public:
    struct Options
    {
        QString query;
        Search::SortKey sort = Search::SortKey::Relevance;
        std::optional<bool> descending; // default: relevance and dates descending, title and size ascending
        int limit = 50;
        QString after;
        bool facets = false;
        bool snippets = true; // passages with the matches marked (reads each hit's text)
        bool log = true; // record the search for analytics (skipped on a read-only library)
    };

    struct Hit
    {
        qint64 itemId = 0;
        QString uuid;
        QString title;
        QString kind;
        QString type;
        QString filename;
        QString folder;
        QString modifiedAt;
        qint64 size = 0;
        double score = 0;
        QString snippet; // a short passage with the query's words between « and »
        QString cursor;
    };

    struct Response
    {
        qint64 total = 0;
        QList<Hit> hits;
        QList<Search::Facet> facets;
        QString nextCursor; // empty on the last page
        QString parsed; // the query as understood (Search::describe)
        double elapsedMs = 0; // answering: parsing, the index, the hits' rows and snippets
        double refreshMs = 0; // bringing the index up to date first (loading the snapshot in a new process)
    };

    // A query's whole result for a browser (the client's search bar): every match, the best by relevance
    // first, with the facets of the whole result.
    struct Ranking
    {
        qint64 total = 0;
        QList<qint64> itemIds; // the best RANKED by relevance, then the other matches by ascending id
        QList<Search::Facet> facets;
        QString parsed; // the query as understood (Search::describe)
        double elapsedMs = 0; // parsing, ranking and listing, without the refresh
    };

    // What completion offers in a query: the names that can stand before ':' and the values known for
    // each field (its controlled vocabulary's terms and the values the library's facets hold).
    struct QueryTerms
    {
        QStringList fieldNames; // built-ins, the schema's keys and aliases, has and is; lower case, sorted
        QHash<QString, QString> canonical; // lower-case name → the field it means ("author" → "creator")
        QHash<QString, QStringList> values; // canonical key → known values, sorted, no case-insensitive repeats

        // The values for NAME as typed (any case, aliases allowed); empty for an unknown name.
        QStringList valuesFor(const QString &name) const;
    };

    explicit LibrarySearch(Library &library);
    ~LibrarySearch();

    // Loads the snapshot (or builds the index when there is none or it is damaged) and applies the
    // changes logged since. PROGRESS(done, total) reports a rebuild.
    Result<void> refresh(const std::function<void(qint64, qint64)> &progress = {});
    // Rebuilds the index from the database and writes a new snapshot.
    Result<void> rebuild(const std::function<void(qint64, qint64)> &progress = {});

    Result<Response> search(const Options &options);
    // Every item QUERY matches, by ascending id (a smart collection in a browser); not logged.
    Result<QList<qint64>> matchingItems(const QString &query);
    // Every item QUERY matches, the best RANKED by relevance first (ranking all of a million matches would
    // cost more than anybody scrolls through), with facets when FACETS. Logged like search() when LOG.
    Result<Ranking> rankItems(const QString &query, int ranked = 10000, bool facets = true, bool log = true);
    // Field names and known values for completion, at most VALUESPERFIELD values of each facet.
    Result<QueryTerms> queryTerms(int valuesPerField = 200);

    // Reports that the user opened ITEMUUID from a result list (search success rate).
    Result<void> recordOpen(const QString &itemUuid);
    Result<SearchLogSummary> report(int days, int limit = 20);

    qint64 indexedItems() const;
    QString snapshotPath() const;

private:
    // QUERY parsed with the library's fields, aliases and languages.
    Result<Search::QueryNodePtr> parse(const QString &query);
    Result<void> applyChanges(
        const std::optional<QList<qint64>> &items, qint64 seq, const std::function<void(qint64, qint64)> &progress);
    Result<void> saveSnapshot();
    Result<QList<Hit>> describeHits(const QList<Search::SearchHit> &hits, const QStringList &words);

    Library &m_library;
    Search::SearchIndex m_index;
    qint64 m_seq = -1; // the change-log position the index reflects; -1 before the first refresh
    qint64 m_unsaved = 0; // changes applied since the snapshot was written
};

} // namespace Folio
