// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/metadatarepository.h"

#include "domain/canonicaljson.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Folio {

namespace {
QJsonValue parse(const QString &json)
{
    // Values are stored as a one-element array so that scalars round-trip through QJsonDocument.
    return QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]").array().at(0);
}
} // namespace

Result<QList<MetadataValue>> MetadataRepository::forItem(qint64 itemId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT f.key, m.value_json, ifnull(a.name, ''), m.set_at FROM metadata m "
                                          "JOIN field f ON f.id = m.field_id LEFT JOIN actor a ON a.id = m.set_by "
                                          "WHERE m.item_id = ? ORDER BY f.position, f.key"),
                           itemId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<MetadataValue> values;
    auto ok = stmt->forEach([&](Statement &row) { values.append({row.text(0), parse(row.text(1)), row.text(2), row.text(3)}); });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return values;
}

Result<std::optional<QJsonValue>> MetadataRepository::value(qint64 itemId, qint64 fieldId)
{
    auto json = m_db.scalar(QStringLiteral("SELECT value_json FROM metadata WHERE item_id = ? AND field_id = ?"), itemId,
                            fieldId);
    if (!json) {
        return std::unexpected(json.error());
    }
    if (!json->isValid()) {
        return std::optional<QJsonValue>();
    }
    return std::optional<QJsonValue>(parse(json->toString()));
}

Result<void> MetadataRepository::set(qint64 itemId, qint64 fieldId, const TypedValue &value, qint64 actorId,
                                     const QString &now)
{
    auto upsert = m_db.execute(
        QStringLiteral("INSERT INTO metadata (item_id, field_id, value_json, value_text, value_num, value_date, set_by, "
                       "set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, field_id) DO UPDATE SET "
                       "value_json = excluded.value_json, value_text = excluded.value_text, "
                       "value_num = excluded.value_num, value_date = excluded.value_date, set_by = excluded.set_by, "
                       "set_at = excluded.set_at, rev = rev + 1"),
        itemId, fieldId, QString::fromUtf8(CanonicalJson::serialize(value.json)), value.text, value.number, value.date,
        actorId, now);
    if (!upsert) {
        return std::unexpected(upsert.error());
    }
    auto cleared = m_db.execute(QStringLiteral("DELETE FROM metadata_term WHERE item_id = ? AND field_id = ?"), itemId, fieldId);
    if (!cleared) {
        return std::unexpected(cleared.error());
    }
    for (const QString &term : value.terms) {
        auto added = m_db.execute(QStringLiteral("INSERT OR IGNORE INTO metadata_term (item_id, field_id, term) VALUES (?, ?, ?)"),
                                  itemId, fieldId, term);
        if (!added) {
            return std::unexpected(added.error());
        }
    }
    return {};
}

Result<void> MetadataRepository::remove(qint64 itemId, qint64 fieldId)
{
    for (const QString &table : {QStringLiteral("metadata_term"), QStringLiteral("metadata")}) {
        auto removed = m_db.execute(QStringLiteral("DELETE FROM %1 WHERE item_id = ? AND field_id = ?").arg(table), itemId,
                                    fieldId);
        if (!removed) {
            return std::unexpected(removed.error());
        }
    }
    return {};
}

Result<void> MetadataRepository::deleteForItem(qint64 itemId)
{
    for (const QString &table : {QStringLiteral("metadata_term"), QStringLiteral("metadata"),
                                 QStringLiteral("metadata_conflict")}) {
        auto removed = m_db.execute(QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(table), itemId);
        if (!removed) {
            return std::unexpected(removed.error());
        }
    }
    return {};
}

} // namespace Folio
