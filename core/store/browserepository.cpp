// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/browserepository.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Folio {

namespace {

// How often anchors() looks at its cancel flag: a few thousand index entries take well under a millisecond.
constexpr int CancelCheckRows = 4096;
// A found set up to this size is read from the set and sorted (a few tens of milliseconds); a bigger one by
// walking the item index of the sort and keeping the rows in the set, which is fast only when most rows
// are in it. SQLite, without statistics, cannot tell the two apart.
constexpr qint64 ItemSetSortLimit = 20'000;

// The sort keys of the scopes with indexes are the expressions of schema v3's browse_* indexes, character
// for character: SQLite uses an index on an expression only for the same expression.
const QString StatusRank
    = QStringLiteral("(CASE i.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 "
                     "WHEN 'published' THEN 3 WHEN 'archived' THEN 4 ELSE 5 END)");
const QString ClassificationRank = QStringLiteral("(CASE i.classification WHEN 'public' THEN 0 WHEN 'internal' THEN 1 "
                                                  "WHEN 'confidential' THEN 2 ELSE 3 END)");

// The display columns of the rows whose ids are the JSON array ?. Per-row extras are correlated
// subqueries, which is fine for the 256 rows of a page.
const QString RowColumns = QStringLiteral(
    "SELECT i.id, i.uuid, i.kind, i.title, i.current_mime_type, ifnull(v.filename, ''), i.version_count, i.status, "
    "i.classification, i.creator, i.created_at, i.modified_at, ifnull(i.trashed_at, ''), i.pages, i.current_size, "
    "ifnull(i.rating, 0), ifnull(i.color_label, ''), "
    "ifnull((SELECT m.value_num FROM metadata m WHERE m.item_id = i.id "
    "AND m.field_id = (SELECT id FROM field WHERE key = 'duration')), 0), "
    "EXISTS (SELECT 1 FROM version v2 JOIN item i2 ON i2.id = v2.item_id AND i2.current_version_id = v2.id "
    "WHERE v2.blob_id = v.blob_id AND v2.item_id <> i.id AND i2.tombstone = 0 AND i2.trashed_at IS NULL), "
    "EXISTS (SELECT 1 FROM extraction e WHERE e.version_id = i.current_version_id AND e.state = 'failed'), "
    "ifnull((SELECT b.sha256 FROM rendition r JOIN blob b ON b.id = r.blob_id "
    "WHERE r.version_id = i.current_version_id AND r.name = 'thumb'), ''), "
    "ifnull((SELECT b.sha256 FROM rendition r JOIN blob b ON b.id = r.blob_id "
    "WHERE r.version_id = i.current_version_id AND r.name = 'preview'), ''), "
    "ifnull((SELECT b.sha256 FROM rendition r JOIN blob b ON b.id = r.blob_id "
    "WHERE r.version_id = i.current_version_id AND r.name = 'filmstrip'), ''), "
    "ifnull(ob.sha256, '') "
    "FROM item i LEFT JOIN version v ON v.id = i.current_version_id LEFT JOIN blob ob ON ob.id = v.blob_id "
    "WHERE i.id IN (SELECT value FROM json_each(?))");

BrowseRow readRow(const Statement &s)
{
    BrowseRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.kind = s.text(2);
    r.title = s.text(3);
    r.mimeType = s.text(4);
    r.filename = s.text(5);
    r.versionCount = int(s.int64(6));
    r.status = s.text(7);
    r.classification = s.text(8);
    r.creator = s.text(9);
    r.createdAt = s.text(10);
    r.modifiedAt = s.text(11);
    r.trashedAt = s.text(12);
    r.pages = int(s.int64(13));
    r.size = s.int64(14);
    r.rating = int(s.int64(15));
    r.colorLabel = s.text(16);
    r.durationSeconds = s.real(17);
    r.duplicate = s.int64(18) != 0;
    r.extractionFailed = s.int64(19) != 0;
    r.thumbSha256 = s.text(20);
    r.previewSha256 = s.text(21);
    r.filmstripSha256 = s.text(22);
    r.originalSha256 = s.text(23);
    return r;
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(double(id));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void bindAll(Statement &stmt, const QVariantList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        stmt.bind(int(i + 1), args.at(i));
    }
}

} // namespace

QString BrowseRepository::KeyQuery::order() const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY %1%2, i.id%2").arg(key, direction);
}

QString BrowseRepository::KeyQuery::select(const QString &condition, bool limited, bool byId) const
{
    // Within one value, SQLite sees that an index on (value, id) gives id order only when told so: with an
    // index on an expression it would sort again for ORDER BY value, id.
    const QString ordered
        = byId ? QStringLiteral(" ORDER BY i.id%1").arg(descending ? QStringLiteral(" DESC") : QString()) : order();
    return QStringLiteral("SELECT %1, i.id FROM %2 WHERE %3%4%5%6")
        .arg(key, from, where, condition, ordered, limited ? QStringLiteral(" LIMIT ?") : QString());
}

QString BrowseRepository::KeyQuery::sameValueFrom() const
{
    return descending ? QStringLiteral(" AND %1 = ? AND i.id <= ?").arg(key)
                      : QStringLiteral(" AND %1 = ? AND i.id >= ?").arg(key);
}

QString BrowseRepository::KeyQuery::valuesAfter() const
{
    return descending ? QStringLiteral(" AND %1 < ?").arg(key) : QStringLiteral(" AND %1 > ?").arg(key);
}

Result<BrowseRepository::KeyQuery> BrowseRepository::prepare(const BrowseScope &scope, const BrowseSort &sort)
{
    KeyQuery q;
    q.descending = sort.descending;
    const QString live = QStringLiteral("i.tombstone = 0 AND i.trashed_at IS NULL");
    QString position = QStringLiteral("i.id");
    switch (scope.kind) {
    case BrowseScope::Kind::All:
        q.from = QStringLiteral("item i");
        q.countFrom = QStringLiteral("item i INDEXED BY browse_rating");
        q.where = live;
        break;
    case BrowseScope::Kind::Media:
        q.from = QStringLiteral("item i");
        q.countFrom = QStringLiteral("item i INDEXED BY browse_rating");
        q.where = live + QStringLiteral(" AND i.kind = 'asset'");
        break;
    case BrowseScope::Kind::Documents:
        q.from = QStringLiteral("item i");
        q.countFrom = QStringLiteral("item i INDEXED BY browse_rating");
        q.where = live + QStringLiteral(" AND i.kind = 'document'");
        break;
    case BrowseScope::Kind::Folder:
        // browse_folder_title finds the folder's rows, in name order; other orders sort them (a folder is
        // small enough).
        q.from = QStringLiteral("item i");
        q.countFrom = QStringLiteral("item i INDEXED BY browse_folder_title");
        q.where = QStringLiteral("i.folder_id = ? AND ") + live;
        q.args.append(scope.folderId);
        break;
    case BrowseScope::Kind::Collection:
        q.from = QStringLiteral("collection_item c JOIN item i ON i.id = c.item_id");
        q.where = QStringLiteral("c.collection_id = ? AND ") + live;
        q.args.append(scope.collectionId);
        position = QStringLiteral("c.position");
        break;
    case BrowseScope::Kind::Items: {
        if (auto ready = ensureItemSet(); !ready) {
            return std::unexpected(ready.error());
        }
        if (m_itemSetSize < 0) {
            auto size = m_db.scalar(QStringLiteral("SELECT count(*) FROM temp.browse_set"));
            if (!size) {
                return std::unexpected(size.error());
            }
            m_itemSetSize = size->toLongLong();
        }
        // CROSS JOIN keeps the set as the outer loop (SQLite's hint for the join order).
        const bool fromSet = sort.column == BrowseSort::Column::Position || m_itemSetSize <= ItemSetSortLimit;
        q.from = fromSet ? QStringLiteral("temp.browse_set s CROSS JOIN item i ON i.id = s.item_id")
                         : QStringLiteral("temp.browse_set s JOIN item i ON i.id = s.item_id");
        q.countFrom = m_itemSetSize <= ItemSetSortLimit
            ? q.from
            : QStringLiteral("temp.browse_set s JOIN item i ON i.id = s.item_id");
        q.where = live;
        position = QStringLiteral("s.position");
        break;
    }
    case BrowseScope::Kind::Trash:
        q.from = QStringLiteral("item i");
        q.countFrom = QStringLiteral("item i INDEXED BY browse_trash_rating");
        q.where = QStringLiteral("i.tombstone = 0 AND i.trashed_at IS NOT NULL");
        break;
    }
    if (q.countFrom.isEmpty()) {
        q.countFrom = q.from;
    }
    switch (sort.column) {
    case BrowseSort::Column::Name: q.key = QStringLiteral("i.title COLLATE NOCASE"); break;
    case BrowseSort::Column::Type: q.key = QStringLiteral("i.current_mime_type"); break;
    case BrowseSort::Column::Versions: q.key = QStringLiteral("i.version_count"); break;
    case BrowseSort::Column::Status: q.key = StatusRank; break;
    case BrowseSort::Column::Creator: q.key = QStringLiteral("i.creator COLLATE NOCASE"); break;
    case BrowseSort::Column::Modified: q.key = QStringLiteral("i.modified_at"); break;
    case BrowseSort::Column::Created: q.key = QStringLiteral("i.created_at"); break;
    case BrowseSort::Column::Classification: q.key = ClassificationRank; break;
    case BrowseSort::Column::Pages: q.key = QStringLiteral("i.pages"); break;
    case BrowseSort::Column::Size: q.key = QStringLiteral("i.current_size"); break;
    case BrowseSort::Column::Rating: q.key = QStringLiteral("ifnull(i.rating, 0)"); break;
    case BrowseSort::Column::Position: q.key = position; break;
    }
    if (q.key.isEmpty() || q.from.isEmpty()) {
        return fail(Error::Code::InvalidArgument,
            tr("The browser has no scope %1 or no sort %2.").arg(int(scope.kind)).arg(int(sort.column)));
    }
    return q;
}

Result<void> BrowseRepository::ensureItemSet()
{
    if (m_itemSetReady) {
        return {};
    }
    // TEMP: private to this connection, and writable on a read-only one.
    auto made = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS browse_set (position INTEGER PRIMARY KEY, "
                                         "item_id INTEGER NOT NULL UNIQUE)"));
    if (!made) {
        return made;
    }
    m_itemSetReady = true;
    return {};
}

Result<void> BrowseRepository::setItemSet(const QList<qint64> &items)
{
    if (auto ready = ensureItemSet(); !ready) {
        return ready;
    }
    m_itemSetSize = -1;
    if (auto cleared = m_db.execute(QStringLiteral("DELETE FROM temp.browse_set")); !cleared) {
        return std::unexpected(cleared.error());
    }
    if (items.isEmpty()) {
        m_itemSetSize = 0;
        return {};
    }
    // One statement for the whole set (a million ids take a fraction of a second), and no transaction,
    // which a read-only connection could not begin as a writer. An id found twice keeps its first place.
    auto inserted = m_db.execute(
        QStringLiteral("INSERT OR IGNORE INTO temp.browse_set (position, item_id) SELECT key, value FROM json_each(?)"),
        jsonIds(items));
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    m_itemSetSize = *inserted;
    return {};
}

Result<qint64> BrowseRepository::count(const BrowseScope &scope)
{
    auto q = prepare(scope, {});
    if (!q) {
        return std::unexpected(q.error());
    }
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(q->countFrom, q->where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindAll(*stmt, q->args);
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    return stmt->int64(0);
}

Result<QList<BrowseRow>> BrowseRepository::page(
    const BrowseScope &scope, const BrowseSort &sort, const std::optional<BrowseKey> &from, int limit)
{
    auto q = prepare(scope, sort);
    if (!q) {
        return std::unexpected(q.error());
    }
    return readPage([&]() -> Result<QList<BrowseKey>> {
        if (from) {
            return keysFrom(*q, *from, limit);
        }
        QList<BrowseKey> keys;
        if (auto read = readKeys(q->select({}, true), q->args + QVariantList { limit }, keys); !read) {
            return std::unexpected(read.error());
        }
        return keys;
    });
}

Result<QList<BrowseKey>> BrowseRepository::keysFrom(const KeyQuery &q, const BrowseKey &from, int limit)
{
    // Two index ranges rather than one row-value condition: SQLite 3.40 seeks an index only on the first
    // column of (value, id) > (?, ?), and then walks every row of a common value (all the items with one
    // version, or no rating) to find the id.
    QList<BrowseKey> keys;
    if (auto read
        = readKeys(q.select(q.sameValueFrom(), true, true), q.args + QVariantList { from.value, from.id, limit }, keys);
        !read) {
        return std::unexpected(read.error());
    }
    if (keys.size() < limit) {
        const int rest = limit - int(keys.size());
        if (auto read = readKeys(q.select(q.valuesAfter(), true), q.args + QVariantList { from.value, rest }, keys);
            !read) {
            return std::unexpected(read.error());
        }
    }
    return keys;
}

Result<QList<BrowseRow>> BrowseRepository::pageAt(
    const BrowseScope &scope, const BrowseSort &sort, qint64 offset, int limit)
{
    auto q = prepare(scope, sort);
    if (!q) {
        return std::unexpected(q.error());
    }
    return readPage([&]() -> Result<QList<BrowseKey>> {
        QList<BrowseKey> keys;
        const QVariantList args = q->args + QVariantList { limit, std::max<qint64>(0, offset) };
        if (auto read = readKeys(q->select({}, true) + QStringLiteral(" OFFSET ?"), args, keys); !read) {
            return std::unexpected(read.error());
        }
        return keys;
    });
}

Result<QList<BrowseKey>> BrowseRepository::anchors(
    const BrowseScope &scope, const BrowseSort &sort, int step, const std::atomic_bool *cancel)
{
    if (step < 1) {
        return fail(Error::Code::InvalidArgument, tr("Anchors need a step of at least one row."));
    }
    auto q = prepare(scope, sort);
    if (!q) {
        return std::unexpected(q.error());
    }
    auto stmt = m_db.prepare(q->select({}, false));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindAll(*stmt, q->args);
    QList<BrowseKey> keys;
    for (qint64 row = 0;; ++row) {
        if (cancel && row % CancelCheckRows == 0 && cancel->load(std::memory_order_relaxed)) {
            return fail(Error::Code::Cancelled, tr("Reading the positions of the rows was cancelled."));
        }
        auto more = stmt->next();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            break;
        }
        if (row % step == 0) {
            keys.append({ stmt->value(0), stmt->int64(1) });
        }
    }
    return keys;
}

Result<qint64> BrowseRepository::rowOf(const BrowseScope &scope, const BrowseSort &sort, qint64 itemId)
{
    auto q = prepare(scope, sort);
    if (!q) {
        return std::unexpected(q.error());
    }
    auto own = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND i.id = ?").arg(q->key, q->from, q->where));
    if (!own) {
        return std::unexpected(own.error());
    }
    bindAll(*own, q->args + QVariantList { itemId });
    auto found = own->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(Error::Code::NotFound, tr("The item %1 is not among the items shown.").arg(itemId));
    }
    const QVariant value = own->value(0);
    own = Statement(); // done with it before the next reads
    // The rows before it: those of its value with a smaller id, and those of earlier values (two index
    // ranges, as in keysFrom()).
    const QString sameValue = q->descending ? QStringLiteral(" AND %1 = ? AND i.id > ?").arg(q->key)
                                            : QStringLiteral(" AND %1 = ? AND i.id < ?").arg(q->key);
    const QString earlierValues
        = q->descending ? QStringLiteral(" AND %1 > ?").arg(q->key) : QStringLiteral(" AND %1 < ?").arg(q->key);
    qint64 before = 0;
    const QList<std::pair<QString, QVariantList>> counts
        = { { sameValue, { value, itemId } }, { earlierValues, { value } } };
    for (const auto &[condition, args] : counts) {
        auto stmt
            = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2%3").arg(q->from, q->where, condition));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        bindAll(*stmt, q->args + args);
        auto counted = stmt->next();
        if (!counted) {
            return std::unexpected(counted.error());
        }
        before += stmt->int64(0);
    }
    return before;
}

Result<QStringList> BrowseRepository::explainPage(const BrowseScope &scope, const BrowseSort &sort)
{
    auto q = prepare(scope, sort);
    if (!q) {
        return std::unexpected(q.error());
    }
    // The two reads of keysFrom(); unbound parameters are NULL, which is all a plan needs.
    QStringList plan;
    for (const QString &sql : { q->select(q->sameValueFrom(), true, true), q->select(q->valuesAfter(), true) }) {
        auto stmt = m_db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        auto ok = stmt->forEach([&](Statement &row) { plan.append(row.text(3)); });
        if (!ok) {
            return std::unexpected(ok.error());
        }
    }
    return plan;
}

Result<QList<BrowseRow>> BrowseRepository::readPage(const std::function<Result<QList<BrowseKey>>()> &readKeys)
{
    // The keys and the rows from one snapshot, so a row changed or purged between the reads cannot come
    // back with another position or without its values. A caller already in a transaction has one.
    const bool own = !m_db.inTransaction();
    if (own) {
        if (auto begun = m_db.exec(QStringLiteral("BEGIN DEFERRED")); !begun) {
            return std::unexpected(begun.error());
        }
    }
    auto keys = readKeys();
    Result<QList<BrowseRow>> rows = keys ? rowsFor(*keys) : Result<QList<BrowseRow>>(std::unexpected(keys.error()));
    if (own) {
        // Only reads ran: ending them loses nothing, whatever happened to them.
        if (auto ended = m_db.exec(QStringLiteral("COMMIT")); !ended && rows) {
            return std::unexpected(ended.error());
        }
    }
    return rows;
}

Result<void> BrowseRepository::readKeys(const QString &sql, const QVariantList &args, QList<BrowseKey> &keys)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindAll(*stmt, args);
    return stmt->forEach([&](Statement &row) { keys.append({ row.value(0), row.int64(1) }); });
}

Result<QList<BrowseRow>> BrowseRepository::rowsFor(const QList<BrowseKey> &keys)
{
    if (keys.isEmpty()) {
        return QList<BrowseRow>();
    }
    QList<qint64> ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        ids.append(keys.at(i).id);
        at.insert(keys.at(i).id, i);
    }
    auto stmt = m_db.query(RowColumns, jsonIds(ids));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<BrowseRow> rows(keys.size());
    auto ok = stmt->forEach([&](Statement &s) {
        BrowseRow row = readRow(s);
        if (const qsizetype i = at.value(row.id, -1); i >= 0) {
            row.key = keys.at(i);
            rows[i] = std::move(row);
        }
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

} // namespace Folio
