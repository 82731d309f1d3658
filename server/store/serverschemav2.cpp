// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschemav2.h"

namespace Folio::Server::ServerSchema {

// Version 2: the shared library that clients sync with (issue 10). Every entity keeps its row after it is
// deleted (deleted = 1, a tombstone) so the change feed can still decide who may see the deletion.
// `revision` is the change sequence number that last changed the row; an item field's own revision lets the
// op applier tell "someone else changed this field since your base" (a conflict) from "someone changed
// another field" (a merge). Values are JSON text so one column holds every field type of the registry.
// The SQL sticks to what SQLite and PostgreSQL both accept, with SqlDialect's {word}s for the types that
// differ; changes.seq is {int} because the change log numbers it (a sequence on PostgreSQL: serverschema.cpp).
const char *const version2 = R"sql(
CREATE TABLE folders (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    parent_id {int} REFERENCES folders (id),
    name TEXT NOT NULL,
    owner_id {int} REFERENCES users (id),
    revision {int} NOT NULL,
    deleted {int} NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE INDEX folders_parent ON folders (parent_id);
CREATE TABLE items (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    folder_id {int} REFERENCES folders (id),
    owner_id {int} REFERENCES users (id),
    classification TEXT NOT NULL DEFAULT 'internal',
    trashed {int} NOT NULL DEFAULT 0,
    revision {int} NOT NULL,
    deleted {int} NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX items_folder ON items (folder_id);
CREATE TABLE item_fields (
    item_id {int} NOT NULL REFERENCES items (id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    revision {int} NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (item_id, field)
);
CREATE TABLE versions (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    item_id {int} NOT NULL REFERENCES items (id),
    number {int} NOT NULL,
    sha256 TEXT NOT NULL,
    size {int} NOT NULL,
    filename TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    -- 1 when the version was added on a base that was no longer the head: both are kept, this one flagged.
    conflict {int} NOT NULL DEFAULT 0,
    author_id {int} REFERENCES users (id),
    revision {int} NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (item_id, number)
);
CREATE INDEX versions_sha256 ON versions (sha256);
CREATE TABLE collections (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    owner_id {int} REFERENCES users (id),
    revision {int} NOT NULL,
    deleted {int} NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE TABLE collection_items (
    id {id},
    collection_id {int} NOT NULL REFERENCES collections (id),
    item_id {int} NOT NULL REFERENCES items (id),
    revision {int} NOT NULL,
    deleted {int} NOT NULL DEFAULT 0,
    UNIQUE (collection_id, item_id)
);
CREATE TABLE relations (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    source_id {int} NOT NULL REFERENCES items (id),
    target_id {int} NOT NULL REFERENCES items (id),
    type TEXT NOT NULL,
    revision {int} NOT NULL,
    deleted {int} NOT NULL DEFAULT 0
);
CREATE INDEX relations_source ON relations (source_id);
CREATE INDEX relations_target ON relations (target_id);
-- A metadata field whose value was overwritten by a later accepted write made on an older base: the loser
-- is kept here until a user resolves it.
CREATE TABLE field_conflicts (
    id {id},
    uuid TEXT NOT NULL UNIQUE,
    item_id {int} NOT NULL REFERENCES items (id),
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    kept_user TEXT NOT NULL,
    lost_value TEXT NOT NULL,
    lost_user TEXT NOT NULL,
    at TEXT NOT NULL,
    revision {int} NOT NULL,
    resolved {int} NOT NULL DEFAULT 0
);
-- principal_kind 'user' (principal = the user's uuid) or 'role' (principal = the role); target_kind 'root'
-- (target = ''), 'folder' or 'item' (target = its uuid). perms is a bit set (server/library/permissions.h).
CREATE TABLE grants (
    id {id},
    principal_kind TEXT NOT NULL CHECK (principal_kind IN ('user', 'role')),
    principal TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('root', 'folder', 'item')),
    target TEXT NOT NULL,
    perms {int} NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (principal_kind, principal, target_kind, target)
);
CREATE INDEX grants_target ON grants (target_kind, target);
-- Every op received, by its client-chosen id: a replay answers the stored result instead of applying twice.
CREATE TABLE ops (
    op_id TEXT PRIMARY KEY,
    user_id {int} NOT NULL REFERENCES users (id),
    result TEXT NOT NULL,
    received TEXT NOT NULL
);
-- The change feed: one row per accepted change in one global order. audience_id limits a row to one user
-- (an "access lost" entry, or an item re-delivered because it became readable); NULL rows are filtered by
-- each reader's permissions when read.
CREATE TABLE changes (
    seq {int} PRIMARY KEY,
    entity_kind TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    item_id {int},
    other_item_id {int},
    folder_id {int},
    change TEXT NOT NULL,
    payload TEXT NOT NULL,
    audience_id {int},
    at TEXT NOT NULL
);
CREATE INDEX changes_audience ON changes (audience_id, seq) WHERE audience_id IS NOT NULL;
-- Defaults as grants on the library's root, so an administrator can narrow them; roles cap what any grant
-- gives (permissions.cpp).
INSERT INTO grants (principal_kind, principal, target_kind, target, perms, created) VALUES
    ('role', 'librarian', 'root', '', 31, '1970-01-01T00:00:00.000Z'),
    ('role', 'editor', 'root', '', 7, '1970-01-01T00:00:00.000Z'),
    ('role', 'approver', 'root', '', 9, '1970-01-01T00:00:00.000Z'),
    ('role', 'reviewer', 'root', '', 1, '1970-01-01T00:00:00.000Z'),
    ('role', 'viewer', 'root', '', 1, '1970-01-01T00:00:00.000Z');
)sql";

} // namespace Folio::Server::ServerSchema
