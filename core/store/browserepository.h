// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reads behind the client's browsers (DESIGN.md rule 3): a scope's row count, and pages of rows by
// keyset in any sort the browsers offer, each backed by an index (schema v3), so the first page, the last
// page and any page in between of a million items take milliseconds. To jump to row N, callers first read
// the anchors (the key of every STEP-th row, one scan of an index) and then read the page after the anchor.
//
// Items scopes (BrowseScope::Kind::Items) live in a TEMP table of this connection: setItemSet() installs
// them, and every later read with an Items scope uses the last set installed.
//
// Borrowed Database (read-only is enough); one thread at a time.

#include "error.h"
#include "store/browsequery.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <optional>

namespace Folio {

class Database;

class BrowseRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::BrowseRepository)

public:
    explicit BrowseRepository(Database &db)
        : m_db(db)
    { }

    Result<void> setItemSet(const QList<qint64> &items);

    Result<qint64> count(const BrowseScope &scope);
    // Up to LIMIT rows at or after FROM in SORT order (from the first row when FROM is empty).
    Result<QList<BrowseRow>> page(
        const BrowseScope &scope, const BrowseSort &sort, const std::optional<BrowseKey> &from, int limit);
    // Up to LIMIT rows from row OFFSET (an OFFSET scan: for rows near the start, before anchors are read).
    Result<QList<BrowseRow>> pageAt(const BrowseScope &scope, const BrowseSort &sort, qint64 offset, int limit);
    // The key of rows 0, STEP, 2·STEP… in SORT order. Stops early with Error::Code::Cancelled when CANCEL
    // becomes true.
    Result<QList<BrowseKey>> anchors(
        const BrowseScope &scope, const BrowseSort &sort, int step, const std::atomic_bool *cancel = nullptr);
    // The row number of ITEMID in SCOPE and SORT; NotFound when it is not in the scope.
    Result<qint64> rowOf(const BrowseScope &scope, const BrowseSort &sort, qint64 itemId);
    // SQLite's plan (EXPLAIN QUERY PLAN, one line per step) for page() from a key: tests and benchmarks
    // check that each sort of the big scopes walks an index instead of sorting.
    Result<QStringList> explainPage(const BrowseScope &scope, const BrowseSort &sort);

private:
    // A scope and sort as SQL (browserepository.cpp builds it): FROM and WHERE with the values of their
    // parameters, and the sort key expression.
    struct KeyQuery
    {
        QString from;
        QString countFrom; // FROM for count(): the scope's smallest index, named, for a plan that never varies
        QString where;
        QVariantList args;
        QString key;
        bool descending = false;
        QString order() const;
        // SELECT key, id of the scope's rows that also meet CONDITION (parameters after the scope's), in
        // order (by id alone when BYID: the rows of one value), with LIMIT ? when LIMITED.
        QString select(const QString &condition, bool limited, bool byId = false) const;
        // The two conditions of keysFrom(): the key's own value from its id on (?, ?), then the values after
        // it (?), each one index range.
        QString sameValueFrom() const;
        QString valuesAfter() const;
    };
    Result<KeyQuery> prepare(const BrowseScope &scope, const BrowseSort &sort);
    Result<void> ensureItemSet();
    // Appends the keys SQL reads with ARGS to KEYS.
    Result<void> readKeys(const QString &sql, const QVariantList &args, QList<BrowseKey> &keys);
    // Up to LIMIT keys at or after FROM: the rest of FROM's value by id, then the values after it.
    Result<QList<BrowseKey>> keysFrom(const KeyQuery &q, const BrowseKey &from, int limit);
    // The rows of the keys READKEYS gives, in their order, each with its key, read in one snapshot.
    Result<QList<BrowseRow>> readPage(const std::function<Result<QList<BrowseKey>>()> &readKeys);
    Result<QList<BrowseRow>> rowsFor(const QList<BrowseKey> &keys);

    Database &m_db;
    bool m_itemSetReady = false;
    qint64 m_itemSetSize = -1; // -1: not known yet (a set installed by another repository on this connection)
};

} // namespace Folio
