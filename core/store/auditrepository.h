// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AuditStore over a connection with Folio::Database's API: core's Database (a library) or foliod's
// SqlConnection (SQLite or PostgreSQL). A template so the statements are written once for both; the SQL is
// what both engines accept (plain ? placeholders, no engine-only functions).
//
// Thread safety: one thread at a time, like the connection. Ownership: borrows the connection, which must
// outlive it.

#include "store/auditstore.h"
#include "store/database.h"

#include <QVariant>

namespace Folio {

template<class Connection>
class BasicAuditRepository : public AuditStore
{
public:
    explicit BasicAuditRepository(Connection &db)
        : m_db(db)
    { }

    bool inTransaction() const override { return m_db.inTransaction(); }

    Result<std::optional<AuditLink>> lastEvent() override
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

    Result<void> insertEvent(const AuditEventRow &event) override
    {
        auto inserted = m_db.execute(
            QStringLiteral("INSERT INTO audit_event (seq, uuid, at, actor, action, entity_kind, entity_uuid, item_uuid, "
                           "digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            event.seq, event.uuid, event.at, event.actor, event.action, event.entityKind, event.entityUuid,
            event.itemUuid.isEmpty() ? QVariant() : QVariant(event.itemUuid), event.digest, event.prevHash,
            event.hash);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        return {};
    }

    Result<void> insertValues(qint64 seq, const QString &salt, const QByteArray &valuesJson) override
    {
        auto inserted
            = m_db.execute(QStringLiteral("INSERT INTO audit_value (event_seq, salt, values_json) VALUES (?, ?, ?)"),
                seq, salt, QString::fromUtf8(valuesJson));
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        return {};
    }

    Result<void> forEachEvent(const std::function<bool(const AuditRow &)> &visit) override
    {
        auto stmt = m_db.query(selectRows() + QStringLiteral(" ORDER BY e.seq"));
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

    Result<QList<AuditRow>> eventsOf(const QString &itemOrEntityUuid) override
    {
        auto stmt = m_db.query(
            selectRows() + QStringLiteral(" WHERE e.item_uuid = ? OR e.entity_uuid = ? ORDER BY e.seq"),
            itemOrEntityUuid, itemOrEntityUuid);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        QList<AuditRow> rows;
        if (auto ok = stmt->forEach([&rows](const auto &row) { rows.append(readRow(row)); }); !ok) {
            return std::unexpected(ok.error());
        }
        return rows;
    }

    Result<qint64> count() override
    {
        auto events = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_event"));
        if (!events) {
            return std::unexpected(events.error());
        }
        return events->toLongLong();
    }

    Result<int> redactItem(const QString &itemOrEntityUuid, const QString &now) override
    {
        return m_db.execute(QStringLiteral("UPDATE audit_value SET values_json = NULL, salt = NULL, redacted_at = ? "
                                           "WHERE redacted_at IS NULL AND event_seq IN "
                                           "(SELECT seq FROM audit_event WHERE item_uuid = ? OR entity_uuid = ?)"),
            now, itemOrEntityUuid, itemOrEntityUuid);
    }

private:
    static QString selectRows()
    {
        return QStringLiteral(
            "SELECT e.seq, e.uuid, e.at, e.actor, e.action, e.entity_kind, e.entity_uuid, e.item_uuid, e.digest, "
            "e.prev_hash, e.hash, CASE WHEN v.event_seq IS NULL THEN 0 ELSE 1 END, v.salt, v.values_json, "
            "v.redacted_at FROM audit_event e LEFT JOIN audit_value v ON v.event_seq = e.seq");
    }

    // Reads a row of the columns selectRows() selects, in their order.
    template<class Row>
    static AuditRow readRow(const Row &row)
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

    Connection &m_db;
};

// A library's audit rows.
using AuditRepository = BasicAuditRepository<Database>;

} // namespace Folio
