// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "serverschemav2.h"

namespace Folio::Server::ServerSchema {

namespace {

// Version 1. Times are UTC ISO-8601 text with milliseconds (Ids::now()), which sorts as time does.
// The audit tables are the library's (core/store/schema.cpp) so that core's AuditLog chains the
// security events too; keep them in step with it.
const char *const version1 = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'librarian', 'editor', 'approver', 'reviewer', 'viewer', 'external')),
    password_hash TEXT NOT NULL,
    -- The raw TOTP secret (NULL until enrolled) and the last step accepted, refused the second time.
    totp_secret BLOB,
    totp_last_step INTEGER,
    disabled INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
-- One row per signed-in device. Only the SHA-256 of the refresh token is kept.
CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    created TEXT NOT NULL,
    last_used TEXT NOT NULL,
    expires TEXT NOT NULL,
    revoked TEXT
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY,
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
    event_seq INTEGER PRIMARY KEY REFERENCES audit_event (seq),
    salt TEXT,
    values_json TEXT,
    redacted_at TEXT
);
)sql";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all { { 1, version1 }, { 2, version2 } };
    return all;
}

int currentVersion()
{
    return migrations().last().version;
}

} // namespace Folio::Server::ServerSchema
