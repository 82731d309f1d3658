// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "serverschemav2.h"

namespace Folio::Server::ServerSchema {

namespace {

// Version 1. Times are UTC ISO-8601 text with milliseconds (Ids::now()), which sorts as time does. The audit tables are
// the library's (core/store/schema.cpp) so that core's AuditLog chains the security events too; keep them in step with
// it. {id} is the row id each back end numbers itself; the audit seq is {int} PRIMARY KEY because AuditLog numbers
// events itself (on SQLite both expand to INTEGER PRIMARY KEY, as before). TEXT is the same word on both back ends.
const char *const version1 = R"sql(
CREATE TABLE users (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'librarian', 'editor', 'approver', 'reviewer', 'viewer', 'external')),
    password_hash TEXT NOT NULL,
    -- The raw TOTP secret (NULL until enrolled) and the last step accepted, refused the second time.
    totp_secret {blob},
    totp_last_step {int},
    disabled {int} NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
-- One row per signed-in device. Only the SHA-256 of the refresh token is kept.
CREATE TABLE refresh_tokens (
    id {id},
    user_id {int} NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    created TEXT NOT NULL,
    last_used TEXT NOT NULL,
    expires TEXT NOT NULL,
    revoked TEXT
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
CREATE TABLE audit_event (
    seq {int} PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    item_uuid TEXT,
    digest TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_event_item ON audit_event (item_uuid) WHERE item_uuid IS NOT NULL;
CREATE INDEX audit_event_entity ON audit_event (entity_uuid);
CREATE TABLE audit_value (
    event_seq {int} PRIMARY KEY REFERENCES audit_event (seq),
    salt TEXT,
    values_json TEXT,
    redacted_at TEXT
);
)sql";

// PostgreSQL numbers the change feed with a sequence (server/library/changelog.cpp); SQLite counts under its one write
// lock instead.
const char *const version2PostgresOnly = "CREATE SEQUENCE change_seq;";

// Version 3: failed sign-ins per account name (case-folded) and per remote address, for LoginThrottle. In the database
// so that every foliod node on it sees, and continues, the same lockouts. Times are milliseconds since the Unix epoch,
// which the throttle computes with. An unknown name gets a row like a known one, so the table does not tell which names
// exist (it holds no more than a failed login's request did).
const char *const version3 = R"sql(
CREATE TABLE login_failures (
    kind TEXT NOT NULL CHECK (kind IN ('account', 'address')),
    subject TEXT NOT NULL,
    failures {int} NOT NULL,
    last_failure_ms {int} NOT NULL,
    locked_until_ms {int},
    PRIMARY KEY (kind, subject)
);
CREATE INDEX login_failures_stalest ON login_failures (kind, last_failure_ms);
)sql";

} // namespace

const QList<ServerMigration> &migrations()
{
    static const QList<ServerMigration> all {
        { 1, version1, nullptr },
        { 2, version2, version2PostgresOnly },
        { 3, version3, nullptr },
    };
    return all;
}

int currentVersion()
{
    return migrations().last().version;
}

} // namespace Folio::Server::ServerSchema
