// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows behind the audit log: audit_event (the hash-chained events) and audit_value (the values each
// event changed, which can be redacted). Hashing, chaining and checking are AuditLog's business; this
// class only runs the statements.
//
// Thread safety: one thread at a time, like the Database it uses. Writes run inside the caller's
// transaction.
// Ownership: borrows the Database, which must outlive it.

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Folio {

class Database;

// An event's place in the chain.
struct AuditLink
{
    qint64 seq = 0;
    QString hash;
};

// One audit_event row.
struct AuditEventRow
{
    qint64 seq = 0;
    QString uuid;
    QString at;
    QString actor;
    QString action;
    QString entityKind;
    QString entityUuid;
    QString itemUuid; // empty for none (stored as NULL)
    QString digest;
    QString prevHash;
    QString hash;
};

// The audit_value row of an event, as read beside it.
struct AuditValueRow
{
    bool exists = false; // false when the event has no audit_value row at all
    QString salt; // empty once redacted
    std::optional<QByteArray> valuesJson; // none once redacted (or removed)
    bool redacted = false;
};

struct AuditRow
{
    AuditEventRow event;
    AuditValueRow value;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    { }

    // The newest event; none while the log is empty.
    Result<std::optional<AuditLink>> lastEvent();
    Result<void> insertEvent(const AuditEventRow &event);
    // Records the values of event SEQ; VALUESJSON is stored as text, so it stays readable with any SQLite tool.
    Result<void> insertValues(qint64 seq, const QString &salt, const QByteArray &valuesJson);

    // Calls VISIT with every event and its values, oldest first, until VISIT returns false. Rows are read
    // one at a time, so VISIT must not use the database.
    Result<void> forEachEvent(const std::function<bool(const AuditRow &)> &visit);
    // The events whose item or entity is ITEMORENTITYUUID, oldest first.
    Result<QList<AuditRow>> eventsOf(const QString &itemOrEntityUuid);
    Result<qint64> count();

    // Clears the values and salts of the events whose item or entity is ITEMORENTITYUUID and that are not
    // redacted yet, marking them redacted at NOW; returns how many were.
    Result<int> redactItem(const QString &itemOrEntityUuid, const QString &now);

private:
    Database &m_db;
};

} // namespace Folio
