// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditrepository.h"

#include "store/database.h"

namespace Folio {

namespace {

// Reads a row of the columns forEachEvent() and eventsOf() select, in their order.
AuditRow readRow(const Statement &row)
{
    AuditRow read;
    read.event.seq = row.int64(0);
    read.event.uuid = row.text(1);
    read.event.at = row.text(2);
    read.event.actor = row.text(3);
    read.event.action = row.text(4);
    read.event.entityKind = row.text(5);
    read.event.entityUuid = row.text(6);
    read.event.itemUuid = row.text(7);
    read.event.digest = row.text(8);
    read.event.prevHash = row.text(9);
    read.event.hash = row.text(10);
    read.value.exists = row.int64(11) != 0;
    read.value.salt = row.text(12);
    if (!row.isNull(13)) {
        read.value.valuesJson = row.blob(13);
    }
    read.value.redacted = !row.isNull(14);
    return read;
}

} // namespace

Result<std::optional<AuditLink>> AuditRepository::lastEvent()
{
    auto stmt = m_db.query(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::nullopt;
    }
    return AuditLink { stmt->int64(0), stmt->text(1) };
}

Result<void> AuditRepository::insertEvent(const AuditEventRow &event)
{
    auto inserted = m_db.execute(
        QStringLiteral("INSERT INTO audit_event (seq, uuid, at, actor, action, entity_kind, entity_uuid, item_uuid, "
                       "digest, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        event.seq, event.uuid, event.at, event.actor, event.action, event.entityKind, event.entityUuid,
        event.itemUuid.isEmpty() ? QVariant() : QVariant(event.itemUuid), event.digest, event.prevHash, event.hash);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return {};
}

Result<void> AuditRepository::insertValues(qint64 seq, const QString &salt, const QByteArray &valuesJson)
{
    auto inserted
        = m_db.execute(QStringLiteral("INSERT INTO audit_value (event_seq, salt, values_json) VALUES (?1, ?2, ?3)"),
            seq, salt, QString::fromUtf8(valuesJson));
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return {};
}

Result<void> AuditRepository::forEachEvent(const std::function<bool(const AuditRow &)> &visit)
{
    auto stmt = m_db.query(QStringLiteral(
        "SELECT e.seq, e.uuid, e.at, e.actor, e.action, e.entity_kind, e.entity_uuid, e.item_uuid, e.digest, "
        "e.prev_hash, e.hash, v.event_seq IS NOT NULL, v.salt, v.values_json, v.redacted_at "
        "FROM audit_event e LEFT JOIN audit_value v ON v.event_seq = e.seq ORDER BY e.seq"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    for (;;) {
        auto more = stmt->next();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more || !visit(readRow(*stmt))) {
            return {};
        }
    }
}

Result<QList<AuditRow>> AuditRepository::eventsOf(const QString &itemOrEntityUuid)
{
    auto stmt = m_db.query(
        QStringLiteral(
            "SELECT e.seq, e.uuid, e.at, e.actor, e.action, e.entity_kind, e.entity_uuid, e.item_uuid, e.digest, "
            "e.prev_hash, e.hash, v.event_seq IS NOT NULL, v.salt, v.values_json, v.redacted_at "
            "FROM audit_event e LEFT JOIN audit_value v ON v.event_seq = e.seq "
            "WHERE e.item_uuid = ?1 OR e.entity_uuid = ?1 ORDER BY e.seq"),
        itemOrEntityUuid);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<AuditRow> rows;
    if (auto ok = stmt->forEach([&](Statement &row) { rows.append(readRow(row)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

Result<qint64> AuditRepository::count()
{
    auto events = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_event"));
    if (!events) {
        return std::unexpected(events.error());
    }
    return events->toLongLong();
}

Result<int> AuditRepository::redactItem(const QString &itemOrEntityUuid, const QString &now)
{
    return m_db.execute(QStringLiteral("UPDATE audit_value SET values_json = NULL, salt = NULL, redacted_at = ?1 "
                                       "WHERE redacted_at IS NULL AND event_seq IN "
                                       "(SELECT seq FROM audit_event WHERE item_uuid = ?2 OR entity_uuid = ?2)"),
        now, itemOrEntityUuid);
}

} // namespace Folio
