// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ChangeLog writes and reads the change feed: every accepted change in one global order (`seq`), each row
// the whole state of the entity after the change (Snapshots). Writers number changes inside their write
// transaction (next()), and the entity's revision is that number, so the feed's order is commit order: on
// SQLite one writer at a time holds the database (BEGIN IMMEDIATE), so no reader can see a later number
// commit before an earlier one. PostgreSQL numbers changes with a sequence and lets writers run side by side,
// so a change numbered 10 could commit after one numbered 11 that a reader has already passed — the reader
// would skip it for good. lockForWriting() therefore serializes the library's write transactions on
// PostgreSQL (a transaction-scoped advisory lock, so it works across foliod nodes): numbers are handed out
// and committed in one order. FOLIOD_TEST_UNSAFE_CHANGE_ORDER=1 switches that safeguard off, only so that a
// test can prove it catches the skip.
//
// Reading filters every row by the reader's permissions as they are now: a row about an item the reader may
// not read is skipped, yet the cursor moves past it, so a reader never re-reads what it may not see and
// never misses what it may. Rows addressed to one reader (audience) are "access lost" entries and
// re-deliveries of items that became readable.
//
// Thread safety: one per connection and transaction. Borrows the database.

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>


namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class PermissionResolver;

struct ChangeRow
{
    QString entityKind; // folder, item, version, collection, membership, relation, conflict
    QString entityUuid;
    qint64 itemId = 0; // the item whose read permission decides who sees the row
    qint64 otherItemId = 0; // a relation's target, also needed
    qint64 folderId = 0; // a folder row's folder
    QString change; // upsert, delete, access-lost
    QJsonObject payload;
    qint64 audienceId = 0; // 0: everyone who may read it
};

// One delivered change; its state stays the JSON text it was stored as, so a page is served without parsing
// and re-serializing every entity.
struct ChangeEntry
{
    qint64 seq = 0;
    QString kind;
    QString uuid;
    QString change;
    QByteArray state;
};

struct ChangePage
{
    QList<ChangeEntry> changes;
    // The cursor to ask with next: the last sequence number looked at, delivered or not.
    qint64 next = 0;
    // True when rows after `next` exist.
    bool more = false;

    // The page as GET /api/v1/changes answers it: {"changes": [...], "next": N, "more": B}.
    QByteArray toJson() const;
    // The changes as JSON values (tests, tools).
    QJsonArray changesJson() const;
};

class ChangeLog
{
public:
    explicit ChangeLog(SqlConnection &db)
        : m_db(db)
    { }

    // Called first in every write transaction that appends changes (see above); nothing on SQLite.
    Result<void> lockForWriting();
    // The next sequence number, inside the caller's write transaction.
    Result<qint64> next();
    // Appends ROW as change SEQ (from next()).
    Result<void> append(qint64 seq, const ChangeRow &row);
    // next() and append() in one.
    Result<qint64> append(const ChangeRow &row);
    // The newest sequence number (0 when the feed is empty).
    Result<qint64> head();

    // Up to LIMIT changes after SINCE that the resolver's caller may read, looking at no more than
    // scanLimit rows so a reader that may see little does not hold the database for long.
    Result<ChangePage> read(PermissionResolver &reader, qint64 since, int limit);

    static constexpr int maxPage = 1000;

private:
    SqlConnection &m_db;
    qint64 m_next = 0;
};

} // namespace Folio::Server
