// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots.h"

#include "sql/sqlconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Folio::Server::Snapshots {

namespace {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Snapshots)
};

// Runs SQL (one row expected) and hands the row to BUILD; NotFound when there is no row.
template<typename Build, typename... Args>
Result<QJsonObject> one(SqlConnection &db, const QString &sql, Build &&build, const Args &...args)
{
    auto row = db.query(sql, args...);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto found = row->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(Error::Code::NotFound, SnapshotText::tr("The record to deliver no longer exists."));
    }
    return build(*row);
}

QJsonValue textOrNull(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QJsonValue() : QJsonValue(row.text(column));
}

} // namespace

// Values are stored as JSON documents wrapped in an array, so scalars round-trip through QJsonDocument.
QString encodeValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

Result<QJsonObject> folder(SqlConnection &db, qint64 id)
{
    return one(
        db,
        QStringLiteral("SELECT f.uuid, f.name, p.uuid, u.name, f.revision, f.deleted, f.created FROM folders f "
                       "LEFT JOIN folders p ON p.id = f.parent_id LEFT JOIN users u ON u.id = f.owner_id "
                       "WHERE f.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) }, { QStringLiteral("name"), row.text(1) },
                { QStringLiteral("parent"), textOrNull(row, 2) }, { QStringLiteral("owner"), textOrNull(row, 3) },
                { QStringLiteral("revision"), double(row.int64(4)) }, { QStringLiteral("deleted"), row.int64(5) != 0 },
                { QStringLiteral("created"), row.text(6) } };
        },
        id);
}

Result<QJsonObject> item(SqlConnection &db, qint64 id)
{
    auto base = one(
        db,
        QStringLiteral("SELECT i.uuid, f.uuid, i.classification, i.trashed, u.name, i.revision, i.deleted, "
                       "i.created, i.modified FROM items i LEFT JOIN folders f ON f.id = i.folder_id "
                       "LEFT JOIN users u ON u.id = i.owner_id WHERE i.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) },
                { QStringLiteral("folder"), textOrNull(row, 1) }, { QStringLiteral("classification"), row.text(2) },
                { QStringLiteral("trashed"), row.int64(3) != 0 }, { QStringLiteral("owner"), textOrNull(row, 4) },
                { QStringLiteral("revision"), double(row.int64(5)) }, { QStringLiteral("deleted"), row.int64(6) != 0 },
                { QStringLiteral("created"), row.text(7) }, { QStringLiteral("modified"), row.text(8) } };
        },
        id);
    if (!base) {
        return base;
    }
    auto fields = db.query(QStringLiteral("SELECT field, value FROM item_fields WHERE item_id = ? ORDER BY field"), id);
    if (!fields) {
        return std::unexpected(fields.error());
    }
    QJsonObject values;
    auto read
        = fields->forEach([&values](const SqlStatement &row) { values.insert(row.text(0), jsonValue(row.text(1))); });
    if (!read) {
        return std::unexpected(read.error());
    }
    base->insert(QStringLiteral("fields"), values);
    return base;
}

Result<QJsonObject> version(SqlConnection &db, qint64 id)
{
    return one(
        db,
        QStringLiteral("SELECT v.uuid, i.uuid, v.number, v.sha256, v.size, v.filename, v.comment, v.conflict, "
                       "u.name, v.revision, v.created FROM versions v JOIN items i ON i.id = v.item_id "
                       "LEFT JOIN users u ON u.id = v.author_id WHERE v.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) }, { QStringLiteral("item"), row.text(1) },
                { QStringLiteral("number"), double(row.int64(2)) }, { QStringLiteral("sha256"), row.text(3) },
                { QStringLiteral("size"), double(row.int64(4)) }, { QStringLiteral("filename"), row.text(5) },
                { QStringLiteral("comment"), row.text(6) }, { QStringLiteral("conflict"), row.int64(7) != 0 },
                { QStringLiteral("author"), textOrNull(row, 8) }, { QStringLiteral("revision"), double(row.int64(9)) },
                { QStringLiteral("created"), row.text(10) } };
        },
        id);
}

Result<QJsonObject> collection(SqlConnection &db, qint64 id)
{
    return one(
        db,
        QStringLiteral("SELECT c.uuid, c.name, u.name, c.revision, c.deleted, c.created FROM collections c "
                       "LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) }, { QStringLiteral("name"), row.text(1) },
                { QStringLiteral("owner"), textOrNull(row, 2) }, { QStringLiteral("revision"), double(row.int64(3)) },
                { QStringLiteral("deleted"), row.int64(4) != 0 }, { QStringLiteral("created"), row.text(5) } };
        },
        id);
}

Result<QJsonObject> membership(SqlConnection &db, qint64 collectionId, qint64 itemId)
{
    return one(
        db,
        QStringLiteral("SELECT c.uuid, i.uuid, m.revision, m.deleted FROM collection_items m "
                       "JOIN collections c ON c.id = m.collection_id JOIN items i ON i.id = m.item_id "
                       "WHERE m.collection_id = ? AND m.item_id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("collection"), row.text(0) }, { QStringLiteral("item"), row.text(1) },
                { QStringLiteral("revision"), double(row.int64(2)) },
                { QStringLiteral("deleted"), row.int64(3) != 0 } };
        },
        collectionId, itemId);
}

Result<QJsonObject> relation(SqlConnection &db, qint64 id)
{
    return one(
        db,
        QStringLiteral("SELECT r.uuid, s.uuid, t.uuid, r.type, r.revision, r.deleted FROM relations r "
                       "JOIN items s ON s.id = r.source_id JOIN items t ON t.id = r.target_id WHERE r.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) }, { QStringLiteral("source"), row.text(1) },
                { QStringLiteral("target"), row.text(2) }, { QStringLiteral("type"), row.text(3) },
                { QStringLiteral("revision"), double(row.int64(4)) },
                { QStringLiteral("deleted"), row.int64(5) != 0 } };
        },
        id);
}

Result<QJsonObject> conflict(SqlConnection &db, qint64 id)
{
    return one(
        db,
        QStringLiteral("SELECT c.uuid, i.uuid, c.field, c.kept_value, c.kept_user, c.lost_value, c.lost_user, c.at, "
                       "c.revision, c.resolved FROM field_conflicts c JOIN items i ON i.id = c.item_id WHERE c.id = ?"),
        [](const SqlStatement &row) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("uuid"), row.text(0) }, { QStringLiteral("item"), row.text(1) },
                { QStringLiteral("field"), row.text(2) }, { QStringLiteral("kept"), jsonValue(row.text(3)) },
                { QStringLiteral("kept_by"), row.text(4) }, { QStringLiteral("lost"), jsonValue(row.text(5)) },
                { QStringLiteral("lost_by"), row.text(6) }, { QStringLiteral("at"), row.text(7) },
                { QStringLiteral("revision"), double(row.int64(8)) },
                { QStringLiteral("resolved"), row.int64(9) != 0 } };
        },
        id);
}

} // namespace Folio::Server::Snapshots
