// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of search: the change log the schema's triggers write (schema v2), the rows an item's search
// document is built from, read as one ordered scan per table and merged by item id (so a full rebuild
// streams a million items without holding their text), and the local search analytics.
//
// Borrowed Database; one thread at a time, like the Database.

#include "error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Folio {

class Database;

// Everything stored about one live item that search can see.
struct SearchItemRows
{
    qint64 itemId = 0;
    QString uuid;
    QString kind;
    QString title;
    QString status;
    QString classification;
    int rating = -1; // -1: none
    QString createdAt;
    QString modifiedAt;
    qint64 folderId = 0;
    QString filename;
    qint64 size = 0;
    QString mimeType;
    QString detectedType; // empty until extracted
    bool isProtected = false;
    int pages = 0;
    int width = 0;
    int height = 0;
    bool duplicate = false; // another live item's current version has the same bytes
    struct Value
    {
        QString fieldKey;
        QString fieldType; // the field table's type name
        QString json; // value_json
    };
    QList<Value> metadata;
    QStringList text; // the current version's extracted text, by page
    QStringList collections; // names of the live manual collections holding it
};

struct SearchLogSummary
{
    struct Query
    {
        QString query;
        qint64 count = 0;
        qint64 results = 0; // of the latest run
    };
    qint64 searches = 0;
    qint64 successful = 0; // followed by opening a result within two minutes
    QList<Query> top;
    QList<Query> zeroResults;
};

class SearchRepository
{
public:
    explicit SearchRepository(Database &db)
        : m_db(db)
    { }

    // Runs WORK in one read transaction, so the change log's position and the rows read agree.
    Result<void> consistentRead(const std::function<Result<void>()> &work);

    // The change log's position: every change up to it is logged.
    Result<qint64> currentSeq();
    // Items changed after SEQ: logged themselves, or under a folder renamed or moved after SEQ. Items that
    // no longer exist (purged) are among them.
    Result<QList<qint64>> changedItems(qint64 seq);

    // Calls ROW for every live (not trashed, not purged) item, in item id order; with ONLY set, just for
    // those ids; without WITHTEXT, SearchItemRows::text stays empty (listing hits). Stops at ROW's first error.
    Result<void> scan(const std::optional<QList<qint64>> &only,
        const std::function<Result<void>(SearchItemRows &&)> &row, bool withText = true);

    // Folder id -> its path ("/Projects/2024"); the root is "/".
    Result<QHash<qint64, QString>> folderPaths();
    // The ISO 639-1 codes or names in the library's language field, most used first.
    Result<QStringList> languages();

    // Analytics (not audited, not synced).
    Result<qint64> logSearch(const QString &query, qint64 results, const QString &at);
    // Marks the latest search before AT (within two minutes) as followed by opening ITEMUUID.
    Result<bool> logOpen(const QString &itemUuid, const QString &at);
    Result<SearchLogSummary> summary(const QString &since, int limit);

private:
    Database &m_db;
};

} // namespace Folio
