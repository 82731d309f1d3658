// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows behind an audit log — audit_event (the hash-chained events) and audit_value (the values each event
// changed, which can be redacted) — as AuditLog reads and writes them. AuditStore is what AuditLog needs of
// a database, so the same chain runs on a library's SQLite database (AuditRepository) and on foliod's
// database, SQLite or PostgreSQL (server/store). Hashing, chaining and checking are AuditLog's business.
//
// Thread safety: one thread at a time, like the connection behind it. Writes run inside the caller's
// transaction.

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Folio {

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

class AuditStore
{
public:
    virtual ~AuditStore() = default;

    virtual bool inTransaction() const = 0;
    // Called first by every append, inside its transaction: where writers can run side by side (PostgreSQL),
    // makes appenders take turns so two never chain to the same predecessor. Nothing by default.
    virtual Result<void> lockChain() { return {}; }
    // The newest event; none while the log is empty.
    virtual Result<std::optional<AuditLink>> lastEvent() = 0;
    virtual Result<void> insertEvent(const AuditEventRow &event) = 0;
    // Records the values of event SEQ; VALUESJSON is stored as text, so it stays readable with any SQL tool.
    virtual Result<void> insertValues(qint64 seq, const QString &salt, const QByteArray &valuesJson) = 0;
    // Calls VISIT with every event and its values, oldest first, until VISIT returns false. Rows are read
    // one at a time, so VISIT must not use the database.
    virtual Result<void> forEachEvent(const std::function<bool(const AuditRow &)> &visit) = 0;
    // The events whose item or entity is ITEMORENTITYUUID, oldest first.
    virtual Result<QList<AuditRow>> eventsOf(const QString &itemOrEntityUuid) = 0;
    virtual Result<qint64> count() = 0;
    // Clears the values and salts of the events whose item or entity is ITEMORENTITYUUID and that are not
    // redacted yet, marking them redacted at NOW; returns how many were.
    virtual Result<int> redactItem(const QString &itemOrEntityUuid, const QString &now) = 0;
};

} // namespace Folio
