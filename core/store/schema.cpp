// SPDX-License-Identifier: GPL-3.0-or-later
// The library schema: version 1 here, later versions in schemav<N>.cpp (schemaversions.h), listed below.
// Released versions are never edited: a change is a new migration in a new file, listed here,
// with a fixture database for the released version under tests/data/schema/ (tst_migrations checks both).
//
// Conventions: every record has an integer rowid for joins and a UUIDv7 `uuid` as its global id (made by
// whoever creates it, so offline creation never collides); times are UTC ISO-8601 text with
// milliseconds; `rev` counts accepted changes for optimistic concurrency in sync.
#include "store/migrations.h"
#include "store/schemaversions.h"

namespace Folio::Schema {

namespace {
constexpr char v1[] = R"sql(
CREATE TABLE library_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- People who act on the library: the local OS user until a server login replaces it.
CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'server')),
    role TEXT NOT NULL DEFAULT 'editor',
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

-- Permissions as the server grants them (cached for offline use): principal x target x permissions.
CREATE TABLE access_grant (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    principal_kind TEXT NOT NULL CHECK (principal_kind IN ('user', 'role')),
    principal TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('folder', 'item')),
    target_uuid TEXT NOT NULL,
    permissions TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX access_grant_target ON access_grant (target_kind, target_uuid);

CREATE TABLE folder (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES folder (id),
    name TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    trashed_at TEXT,
    CHECK ((parent_id IS NULL) = (id = 1))
);
CREATE UNIQUE INDEX folder_live_name ON folder (parent_id, name) WHERE trashed_at IS NULL;
INSERT INTO folder (id, uuid, parent_id, name, created_at, modified_at)
VALUES (1, '00000000-0000-7000-8000-000000000001', NULL, '', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));

-- Content-addressed files. refs counts the versions and renditions that use a blob; a blob with no refs
-- is garbage. blob_pending records files written or being removed, so recovery after a crash deletes a
-- file that no committed row owns (no orphans).
CREATE TABLE blob (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    refs INTEGER NOT NULL DEFAULT 0 CHECK (refs >= 0),
    created_at TEXT NOT NULL,
    verified_at TEXT
);
CREATE INDEX blob_unreferenced ON blob (refs) WHERE refs = 0;
CREATE TABLE blob_pending (
    sha256 TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (sha256, owner)
) WITHOUT ROWID;

CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('asset', 'document')),
    title TEXT NOT NULL,
    folder_id INTEGER NOT NULL REFERENCES folder (id),
    classification TEXT NOT NULL DEFAULT 'internal'
        CHECK (classification IN ('public', 'internal', 'confidential', 'restricted')),
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'archived', 'disposed')),
    current_version_id INTEGER REFERENCES version (id) DEFERRABLE INITIALLY DEFERRED,
    rating INTEGER CHECK (rating BETWEEN 0 AND 5),
    color_label TEXT,
    rev INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES actor (id),
    modified_at TEXT NOT NULL,
    modified_by INTEGER REFERENCES actor (id),
    trashed_at TEXT,
    tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX item_folder ON item (folder_id, title) WHERE tombstone = 0;
CREATE INDEX item_title ON item (title, id) WHERE tombstone = 0;
CREATE INDEX item_modified ON item (modified_at, id) WHERE tombstone = 0;
CREATE INDEX item_trashed ON item (trashed_at) WHERE trashed_at IS NOT NULL;

-- Immutable versions: every content change is a new one; originals are never overwritten.
CREATE TABLE version (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    blob_id INTEGER NOT NULL REFERENCES blob (id),
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    author_id INTEGER REFERENCES actor (id),
    created_at TEXT NOT NULL,
    file_modified_at TEXT,
    comment TEXT NOT NULL DEFAULT '',
    parent_version_id INTEGER REFERENCES version (id),
    conflict INTEGER NOT NULL DEFAULT 0,
    UNIQUE (item_id, number)
);
CREATE INDEX version_blob ON version (blob_id);

CREATE TABLE rendition (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES version (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    blob_id INTEGER NOT NULL REFERENCES blob (id),
    mime_type TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (version_id, name)
);
CREATE INDEX rendition_blob ON rendition (blob_id);

-- What ingest learnt from a version's file: detected type, every raw tag (EXIF/IPTC/XMP… as JSON, so
-- nothing is lost), the unified fields it mapped, warnings, or why it failed. One row per version.
CREATE TABLE extraction (
    version_id INTEGER PRIMARY KEY REFERENCES version (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('done', 'failed')),
    detected_type TEXT NOT NULL DEFAULT '',
    extension_mismatch INTEGER NOT NULL DEFAULT 0,
    protected INTEGER NOT NULL DEFAULT 0,
    pages INTEGER,
    width INTEGER,
    height INTEGER,
    tags_json TEXT NOT NULL DEFAULT '[]',
    fields_json TEXT NOT NULL DEFAULT '{}',
    warnings_json TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    extractor_version INTEGER NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE INDEX extraction_failed ON extraction (state) WHERE state = 'failed';

-- The text of a version, per page (one row for formats without pages): from its text layer, or OCR.
CREATE TABLE extracted_text (
    version_id INTEGER NOT NULL REFERENCES version (id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'layer' CHECK (source IN ('layer', 'ocr')),
    text TEXT NOT NULL,
    PRIMARY KEY (version_id, page)
);

-- 64-bit perceptual hashes of images, for near-duplicate search (stored as signed 64-bit integers).
CREATE TABLE image_hash (
    version_id INTEGER PRIMARY KEY REFERENCES version (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    phash INTEGER NOT NULL
);
CREATE INDEX image_hash_item ON image_hash (item_id);

-- The metadata schema: typed fields, aliases, controlled (hierarchical) vocabularies.
CREATE TABLE vocabulary (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    hierarchical INTEGER NOT NULL DEFAULT 0,
    open INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE vocabulary_term (
    id INTEGER PRIMARY KEY,
    vocabulary_id INTEGER NOT NULL REFERENCES vocabulary (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES vocabulary_term (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX vocabulary_term_value ON vocabulary_term (vocabulary_id, ifnull(parent_id, 0), value);
CREATE TABLE field (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'bool', 'enum', 'multi-enum', 'person', 'item')),
    applies_to TEXT NOT NULL DEFAULT 'both' CHECK (applies_to IN ('asset', 'document', 'both')),
    required INTEGER NOT NULL DEFAULT 0,
    vocabulary_id INTEGER REFERENCES vocabulary (id),
    builtin INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE field_alias (
    alias TEXT PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES field (id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Item x field -> JSON value, with who and when it was last set (per field, for sync). Comparable values
-- are also stored typed (value_num, value_date) and indexed, so range queries use indexes; each term of
-- a multi-valued field gets a metadata_term row.
CREATE TABLE metadata (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES field (id),
    value_json TEXT NOT NULL,
    value_text TEXT,
    value_num REAL,
    value_date TEXT,
    set_by INTEGER REFERENCES actor (id),
    set_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (item_id, field_id)
) WITHOUT ROWID;
CREATE INDEX metadata_text ON metadata (field_id, value_text) WHERE value_text IS NOT NULL;
CREATE INDEX metadata_num ON metadata (field_id, value_num) WHERE value_num IS NOT NULL;
CREATE INDEX metadata_date ON metadata (field_id, value_date) WHERE value_date IS NOT NULL;
-- Columns in primary-key order: SQLite 3.40's quick_check misreports NULLs in WITHOUT ROWID tables
-- whose key order differs from the column order.
CREATE TABLE metadata_term (
    field_id INTEGER NOT NULL REFERENCES field (id),
    term TEXT NOT NULL,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (field_id, term, item_id)
) WITHOUT ROWID;
CREATE INDEX metadata_term_item ON metadata_term (item_id);
CREATE TABLE metadata_conflict (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES field (id),
    losing_value_json TEXT NOT NULL,
    losing_set_by TEXT NOT NULL,
    losing_set_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);

CREATE TABLE collection (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('manual', 'smart')),
    query TEXT,
    rev INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    trashed_at TEXT,
    CHECK ((kind = 'smart') = (query IS NOT NULL))
);
CREATE TABLE collection_item (
    collection_id INTEGER NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    PRIMARY KEY (collection_id, item_id)
) WITHOUT ROWID;
CREATE INDEX collection_item_item ON collection_item (item_id);

CREATE TABLE relation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('specification-of', 'contract-for', 'derived-from', 'translation-of',
                                       'supersedes', 'extracted-from')),
    source_item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    target_item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES actor (id),
    UNIQUE (type, source_item_id, target_item_id)
);
CREATE INDEX relation_target ON relation (target_item_id);

-- Review: annotations anchored to a version + page or time range + normalised geometry; threads by parent.
CREATE TABLE annotation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    version_id INTEGER REFERENCES version (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES annotation (id) ON DELETE CASCADE,
    page INTEGER,
    time_start REAL,
    time_end REAL,
    geometry_json TEXT,
    body TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES actor (id),
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX annotation_item ON annotation (item_id, version_id);

-- Workflows: templates, instances on items, tasks per stage, decisions (optionally Ed25519-signed).
CREATE TABLE workflow_template (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    definition_json TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE workflow_instance (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    template_id INTEGER NOT NULL REFERENCES workflow_template (id),
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('running', 'approved', 'rejected', 'cancelled')),
    stage TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_by INTEGER REFERENCES actor (id),
    finished_at TEXT
);
CREATE TABLE workflow_task (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    instance_id INTEGER NOT NULL REFERENCES workflow_instance (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    assignee TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'done', 'cancelled')),
    due_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE workflow_decision (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    task_id INTEGER NOT NULL REFERENCES workflow_task (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES actor (id),
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject', 'request-changes')),
    comment TEXT NOT NULL DEFAULT '',
    signature BLOB,
    public_key BLOB,
    decided_at TEXT NOT NULL
);

-- Governance: rights grants, retention policies, legal holds.
CREATE TABLE rights_grant (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    channels_json TEXT NOT NULL DEFAULT '[]',
    territories_json TEXT NOT NULL DEFAULT '[]',
    starts_at TEXT,
    ends_at TEXT,
    exclusive INTEGER NOT NULL DEFAULT 0,
    source_item_id INTEGER REFERENCES item (id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX rights_grant_item ON rights_grant (item_id);
CREATE INDEX rights_grant_ends ON rights_grant (ends_at) WHERE ends_at IS NOT NULL;
CREATE TABLE retention_policy (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    trigger_event TEXT NOT NULL CHECK (trigger_event IN ('created', 'modified', 'effective', 'expiry', 'approved')),
    period_days INTEGER NOT NULL CHECK (period_days >= 0),
    disposition TEXT NOT NULL CHECK (disposition IN ('review', 'archive', 'dispose')),
    created_at TEXT NOT NULL
);
CREATE TABLE retention_assignment (
    policy_id INTEGER NOT NULL REFERENCES retention_policy (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('folder', 'item')),
    target_uuid TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (policy_id, target_kind, target_uuid)
) WITHOUT ROWID;
CREATE TABLE legal_hold (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    released_at TEXT
);
CREATE TABLE legal_hold_item (
    hold_id INTEGER NOT NULL REFERENCES legal_hold (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (hold_id, item_id)
) WITHOUT ROWID;

-- The audit trail: append-only, hash-chained. An event holds ids, the action, the actor, the time and a
-- salted digest of the values it changed; the values live in audit_value, which can be redacted without
-- breaking the chain. Views and downloads go to access_log (not chained).
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
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('view', 'download', 'export', 'search-open')),
    item_uuid TEXT NOT NULL,
    version_number INTEGER
);
CREATE INDEX access_log_item ON access_log (item_uuid, at);

-- Persisted work: ingest and other jobs survive restarts.
CREATE TABLE job (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    batch_uuid TEXT,
    kind TEXT NOT NULL,
    version_id INTEGER REFERENCES version (id) ON DELETE CASCADE,
    owner TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    priority INTEGER NOT NULL DEFAULT 0,
    payload_json TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
);
CREATE INDEX job_queue ON job (state, priority DESC, id) WHERE state IN ('queued', 'running');
CREATE INDEX job_version ON job (version_id);

-- Sync: the outbox of local ops (pushed in order, idempotent by op uuid) and the client's sync state.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    op_uuid TEXT NOT NULL UNIQUE,
    entity_kind TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    base_rev INTEGER NOT NULL,
    op_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'applied', 'merged', 'rejected')),
    result_json TEXT
);
CREATE INDEX outbox_pending ON outbox (id) WHERE state IN ('pending', 'sent');
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, v1},
        {2, v2Sql},
        {3, v3Sql},
    };
    return all;
}

int currentVersion()
{
    return migrations().last().version;
}

} // namespace Folio::Schema
