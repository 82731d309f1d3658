// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AuditLog writes and checks a library's audit trail (DESIGN.md, "Audit event"). Every mutation appends
// one event inside its own transaction. Each event is hash-chained to the one before it, so editing,
// removing or reordering events breaks the chain; <library>/audit.head, written after each commit,
// records the newest event, so that removing the newest events is noticed too. The values a mutation
// changed live beside the event with a salted digest in the event, so they can be redacted (purge,
// disposition, privacy requests) without breaking the chain.
//
// Chain: hash = hex SHA-256(prev_hash || canonical form), where prev_hash is the previous event's hash
// (64 '0' for event 1) as hex text and the canonical form is CanonicalJson of {seq, uuid, at, actor,
// action, entity_kind, entity_uuid, item_uuid (null when empty), digest, prev_hash}; digest = hex
// SHA-256(salt || values_json), salt being 16 random bytes as hex text and values_json the CanonicalJson
// of the values.
//
// The database is reached through an AuditStore: a library's Database, or foliod's own connection.
//
// Thread safety: one thread at a time, like the Database it uses. Several processes may append to one
// library: seq is assigned inside the caller's write transaction, and publishHead() serialises writers
// of audit.head with a lock file.
// Ownership: borrows the Database or AuditStore, which must outlive the AuditLog.

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Folio {

class AuditStore;
class Database;

struct AuditEvent
{
    QString action; // "item.create", "item.rename", "version.add", "metadata.set", "item.trash", …
    QString entityKind; // what the action touched: "item", "version", "folder", …
    QString entityUuid;
    QString itemUuid; // the item the entity belongs to; empty when none (a folder)
    QString actor; // who did it
    QJsonObject values; // what changed, e.g. {"title": {"old": "a", "new": "b"}}
};

struct AuditRecord
{
    qint64 seq = 0;
    QString uuid;
    QString at;
    QString actor;
    QString action;
    QString entityKind;
    QString entityUuid;
    QString itemUuid;
    std::optional<QJsonObject> values; // none once redacted
    bool redacted = false;
};

struct AuditVerifyReport
{
    bool ok = true;
    qint64 events = 0;
    // The event where the first problem shows: the altered event, the first event after a gap, the
    // first missing newest event; 0 when the problem is not tied to one event (a missing or unreadable
    // head file) or when ok.
    qint64 firstBadSeq = 0;
    QString problem; // a sentence for the user; empty when ok
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Folio::AuditLog)

public:
    AuditLog(Database &db, QString libraryPath);
    // The chain in STORE, its head file in DIRECTORY/audit.head.
    AuditLog(AuditStore &store, QString directory);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Appends EVENT and returns its seq. Must run inside the caller's open transaction, which it does
    // not commit: the event is written together with the change it records, or not at all.
    Result<qint64> append(const AuditEvent &event);

    // Records the newest committed event in <library>/audit.head. Call after commit (it refuses inside
    // a transaction, whose events could still roll back). Never moves the head backwards, so a slower
    // process cannot undo a faster one's head; does nothing while the log is empty. Refuses to replace
    // a damaged head file, which is evidence for verify().
    Result<void> publishHead();

    // Walks the whole chain and the head file and reports the first problem found. An error is returned
    // only when the check itself cannot run (the database fails); tampering is a report.
    Result<AuditVerifyReport> verify();

    // Removes the recorded values (and their salts) of every event whose item or entity is ITEMUUID,
    // inside the caller's transaction. The events keep their digests, so the chain stays valid. Returns
    // how many events were redacted now (ones redacted before are not counted again).
    Result<int> redactItem(const QString &itemUuid);

    // The events whose item or entity is ITEMORENTITYUUID, oldest first.
    Result<QList<AuditRecord>> history(const QString &itemOrEntityUuid);
    Result<qint64> count();

    QString headPath() const;

private:
    std::unique_ptr<AuditStore> m_owned; // the repository over a Database given to the constructor
    AuditStore &m_store;
    QString m_libraryPath;
};

} // namespace Folio
