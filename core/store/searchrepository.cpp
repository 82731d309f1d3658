// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchrepository.h"

#include "store/database.h"

namespace Folio {

namespace {

// The scope of a scan: every live item, or the ids in temp.search_scope.
QString scope(bool only, const QString &itemColumn)
{
    return only ? QStringLiteral(" AND %1 IN (SELECT item_id FROM temp.search_scope)").arg(itemColumn) : QString();
}

Result<void> fillScope(Database &db, const QList<qint64> &ids)
{
    if (auto made = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_scope (item_id INTEGER PRIMARY KEY);"
                                           "DELETE FROM temp.search_scope;"));
        !made) {
        return made;
    }
    for (qint64 id : ids) {
        if (auto added = db.execute(QStringLiteral("INSERT OR IGNORE INTO temp.search_scope (item_id) VALUES (?)"), id);
            !added) {
            return std::unexpected(added.error());
        }
    }
    return {};
}

// One ordered cursor of a merge join: the rows of one table for the item the main scan is on.
class Cursor
{
public:
    explicit Cursor(Statement statement)
        : m_statement(std::move(statement))
    { }

    Result<void> start() { return advance(); }

    // Calls TAKE for each row of ITEMID (rows of smaller ids, of items the main scan skipped, are passed).
    template<typename F> Result<void> rowsOf(qint64 itemId, F &&take)
    {
        while (m_hasRow && m_statement.int64(0) <= itemId) {
            if (m_statement.int64(0) == itemId) {
                take(m_statement);
            }
            if (auto moved = advance(); !moved) {
                return moved;
            }
        }
        return {};
    }

private:
    Result<void> advance()
    {
        auto row = m_statement.next();
        if (!row) {
            return std::unexpected(row.error());
        }
        m_hasRow = *row;
        return {};
    }

    Statement m_statement;
    bool m_hasRow = false;
};

} // namespace

Result<void> SearchRepository::consistentRead(const std::function<Result<void>()> &work)
{
    if (auto begun = m_db.exec(QStringLiteral("BEGIN DEFERRED")); !begun) {
        return begun;
    }
    Result<void> worked = work();
    // A read transaction has nothing to keep: end it either way, and report WORK's error first.
    auto ended = m_db.exec(worked ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (!worked) {
        return worked;
    }
    return ended;
}

Result<qint64> SearchRepository::currentSeq()
{
    auto value = m_db.scalar(QStringLiteral("SELECT value FROM search_seq WHERE id = 1"));
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->toLongLong();
}

Result<QList<qint64>> SearchRepository::changedItems(qint64 seq)
{
    auto stmt = m_db.query(QStringLiteral("WITH RECURSIVE moved (id) AS ("
                                          "  SELECT folder_id FROM search_folder_change WHERE seq > ?1"
                                          "  UNION SELECT f.id FROM folder f JOIN moved m ON f.parent_id = m.id) "
                                          "SELECT item_id FROM search_change WHERE seq > ?1 "
                                          "UNION SELECT i.id FROM item i JOIN moved m ON i.folder_id = m.id"),
        seq);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<qint64> ids;
    auto done = stmt->forEach([&](Statement &row) { ids.append(row.int64(0)); });
    if (!done) {
        return std::unexpected(done.error());
    }
    return ids;
}

Result<void> SearchRepository::scan(
    const std::optional<QList<qint64>> &only, const std::function<Result<void>(SearchItemRows &&)> &row, bool withText)
{
    if (only) {
        if (auto filled = fillScope(m_db, *only); !filled) {
            return filled;
        }
    }
    const bool scoped = only.has_value();
    // Trashed items are not searched (the Trash view lists them); purged ones are gone.
    const QString live = QStringLiteral(" i.tombstone = 0 AND i.trashed_at IS NULL");
    auto items = m_db.prepare(
        QStringLiteral(
            "SELECT i.id, i.uuid, i.kind, i.title, i.status, i.classification, ifnull(i.rating, -1), i.created_at, "
            "i.modified_at, i.folder_id, ifnull(v.filename, ''), ifnull(v.size, 0), ifnull(v.mime_type, ''), "
            "ifnull(e.detected_type, ''), ifnull(e.protected, 0), ifnull(e.pages, 0), ifnull(e.width, 0), "
            "ifnull(e.height, 0), "
            // Another live item whose current version has the same blob (joined by rowid: item has
            // no index on current_version_id).
            "  EXISTS (SELECT 1 FROM version v2 JOIN item i2 ON i2.id = v2.item_id "
            "          WHERE v2.blob_id = v.blob_id AND i2.current_version_id = v2.id AND i2.id <> i.id "
            "          AND i2.tombstone = 0 AND i2.trashed_at IS NULL) "
            "FROM item i LEFT JOIN version v ON v.id = i.current_version_id "
            "LEFT JOIN extraction e ON e.version_id = v.id WHERE")
        + live + scope(scoped, QStringLiteral("i.id")) + QStringLiteral(" ORDER BY i.id"));
    auto metadata = m_db.prepare(QStringLiteral("SELECT m.item_id, f.key, f.type, m.value_json FROM metadata m "
                                                "JOIN field f ON f.id = m.field_id WHERE 1")
        + scope(scoped, QStringLiteral("m.item_id")) + QStringLiteral(" ORDER BY m.item_id"));
    auto text = m_db.prepare(
        QStringLiteral("SELECT i.id, t.text FROM item i JOIN extracted_text t ON t.version_id = i.current_version_id "
                       "WHERE")
        + live + (withText ? QString() : QStringLiteral(" AND 0")) + scope(scoped, QStringLiteral("i.id"))
        + QStringLiteral(" ORDER BY i.id, t.page"));
    auto collections = m_db.prepare(QStringLiteral("SELECT ci.item_id, c.name FROM collection_item ci "
                                                   "JOIN collection c ON c.id = ci.collection_id "
                                                   "WHERE c.trashed_at IS NULL")
        + scope(scoped, QStringLiteral("ci.item_id")) + QStringLiteral(" ORDER BY ci.item_id"));
    for (const auto *prepared : { &items, &metadata, &text, &collections }) {
        if (!*prepared) {
            return std::unexpected(prepared->error());
        }
    }
    Cursor metadataRows(std::move(*metadata));
    Cursor textRows(std::move(*text));
    Cursor collectionRows(std::move(*collections));
    for (Cursor *cursor : { &metadataRows, &textRows, &collectionRows }) {
        if (auto started = cursor->start(); !started) {
            return started;
        }
    }
    while (true) {
        auto next = items->next();
        if (!next) {
            return std::unexpected(next.error());
        }
        if (!*next) {
            return {};
        }
        const Statement &s = *items;
        SearchItemRows r;
        r.itemId = s.int64(0);
        r.uuid = s.text(1);
        r.kind = s.text(2);
        r.title = s.text(3);
        r.status = s.text(4);
        r.classification = s.text(5);
        r.rating = int(s.int64(6));
        r.createdAt = s.text(7);
        r.modifiedAt = s.text(8);
        r.folderId = s.int64(9);
        r.filename = s.text(10);
        r.size = s.int64(11);
        r.mimeType = s.text(12);
        r.detectedType = s.text(13);
        r.isProtected = s.int64(14) != 0;
        r.pages = int(s.int64(15));
        r.width = int(s.int64(16));
        r.height = int(s.int64(17));
        r.duplicate = s.int64(18) != 0;
        auto gotMetadata = metadataRows.rowsOf(r.itemId, [&](const Statement &m) {
            r.metadata.append({ m.text(1), m.text(2), m.text(3) });
        });
        auto gotText = textRows.rowsOf(r.itemId, [&](const Statement &t) { r.text.append(t.text(1)); });
        auto gotCollections
            = collectionRows.rowsOf(r.itemId, [&](const Statement &c) { r.collections.append(c.text(1)); });
        for (const auto *got : { &gotMetadata, &gotText, &gotCollections }) {
            if (!*got) {
                return *got;
            }
        }
        if (auto taken = row(std::move(r)); !taken) {
            return taken;
        }
    }
}

Result<QHash<qint64, QString>> SearchRepository::folderPaths()
{
    auto stmt = m_db.query(QStringLiteral(
        "WITH RECURSIVE path (id, path) AS ("
        "  SELECT id, '' FROM folder WHERE parent_id IS NULL "
        "  UNION ALL SELECT f.id, p.path || '/' || f.name FROM folder f JOIN path p ON f.parent_id = p.id) "
        "SELECT id, path FROM path"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QHash<qint64, QString> paths;
    auto done = stmt->forEach([&](Statement &row) {
        const QString path = row.text(1);
        paths.insert(row.int64(0), path.isEmpty() ? QStringLiteral("/") : path);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return paths;
}

Result<QStringList> SearchRepository::languages()
{
    auto stmt = m_db.query(
        QStringLiteral("SELECT m.value_text, count(*) AS n FROM metadata m JOIN field f ON f.id = m.field_id "
                       "WHERE f.key = 'language' AND m.value_text IS NOT NULL "
                       "GROUP BY m.value_text ORDER BY n DESC LIMIT 20"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QStringList languages;
    auto done = stmt->forEach([&](Statement &row) { languages.append(row.text(0)); });
    if (!done) {
        return std::unexpected(done.error());
    }
    return languages;
}

Result<qint64> SearchRepository::logSearch(const QString &query, qint64 results, const QString &at)
{
    // A null QString binds NULL; the empty query (browse everything) is logged as ''.
    auto added
        = m_db.execute(QStringLiteral("INSERT INTO search_log (query, result_count, searched_at) VALUES (?, ?, ?)"),
            query.isNull() ? QStringLiteral("") : query, results, at);
    if (!added) {
        return std::unexpected(added.error());
    }
    auto id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id) {
        return std::unexpected(id.error());
    }
    return id->toLongLong();
}

Result<bool> SearchRepository::logOpen(const QString &itemUuid, const QString &at)
{
    // ISO timestamps compare as text; two minutes back is computed by SQLite from the same text.
    auto marked
        = m_db.execute(QStringLiteral("UPDATE search_log SET opened_item_uuid = ?1, opened_at = ?2 WHERE id = ("
                                      "  SELECT id FROM search_log WHERE searched_at <= ?2 AND opened_at IS NULL "
                                      "  AND julianday(?2) - julianday(searched_at) <= 2.0 / 1440 "
                                      "  ORDER BY searched_at DESC, id DESC LIMIT 1)"),
            itemUuid, at);
    if (!marked) {
        return std::unexpected(marked.error());
    }
    return *marked > 0;
}

Result<SearchLogSummary> SearchRepository::summary(const QString &since, int limit)
{
    SearchLogSummary summary;
    auto totals
        = m_db.query(QStringLiteral("SELECT count(*), count(opened_at) FROM search_log WHERE searched_at >= ?"), since);
    if (!totals) {
        return std::unexpected(totals.error());
    }
    if (auto row = totals->next(); !row) {
        return std::unexpected(row.error());
    } else if (*row) {
        summary.searches = totals->int64(0);
        summary.successful = totals->int64(1);
    }
    const auto queries = [&](const QString &having, QList<SearchLogSummary::Query> &into) -> Result<void> {
        auto stmt = m_db.query(QStringLiteral("SELECT query, count(*) AS n, "
                                              "  (SELECT result_count FROM search_log l2 WHERE l2.query = l.query "
                                              "   ORDER BY searched_at DESC, id DESC LIMIT 1) AS latest "
                                              "FROM search_log l WHERE searched_at >= ? GROUP BY query ")
                + having + QStringLiteral(" ORDER BY n DESC, query LIMIT ?"),
            since, limit);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        return stmt->forEach([&](Statement &row) { into.append({ row.text(0), row.int64(1), row.int64(2) }); });
    };
    if (auto top = queries(QString(), summary.top); !top) {
        return std::unexpected(top.error());
    }
    if (auto zero = queries(QStringLiteral("HAVING max(result_count) = 0"), summary.zeroResults); !zero) {
        return std::unexpected(zero.error());
    }
    return summary;
}

} // namespace Folio
