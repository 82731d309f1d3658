// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 3, released: never edited (schema.cpp has the conventions and the list of versions).
#include "store/schemaversions.h"

namespace Folio::Schema {

// v3: the browsers (issue 7). Every sort a browser offers is served by an index that walks its order as
// (value, id), so the first, the last and any page between of a million items is a short index range
// (BrowseRepository, keyset paging) and no query sorts the library. Values a browser sorts by that live in
// other tables (the current version's type and size, the version count, the "creator" and "pages" fields)
// are copied onto the item by triggers in the same transaction as the change, so no path can forget them;
// they are NOT NULL so keys compare without NULLs. Each index also holds `kind`, so the Media and
// Documents scopes filter inside the index (60/40 of the rows) instead of reading the table.
//
// The search log's triggers are made again, for two reasons. (1) They logged with INSERT OR REPLACE, but a
// statement's own conflict clause overrides those of the triggers it fires: changing a metadata value that
// exists (an upsert) failed with "UNIQUE constraint failed: search_change.item_id" on every item already
// logged, and an INSERT OR IGNORE into collection_item would skip the log. An upsert in the trigger is not
// overridden. (2) search_item_update names the columns it watches: the copies written by the triggers
// below change nothing the search index reads (it reads versions and metadata, whose own triggers log the
// item), and logging them would make this migration mark every item changed. A column added to item later
// joins that list unless it is such a copy.
extern const char v3Sql[] = R"sql(
DROP TRIGGER search_item_insert;
DROP TRIGGER search_item_update;
DROP TRIGGER search_item_delete;
DROP TRIGGER search_metadata_insert;
DROP TRIGGER search_metadata_update;
DROP TRIGGER search_metadata_delete;
DROP TRIGGER search_extraction_insert;
DROP TRIGGER search_extraction_update;
DROP TRIGGER search_text_insert;
DROP TRIGGER search_text_update;
DROP TRIGGER search_version_insert;
DROP TRIGGER search_version_delete;
DROP TRIGGER search_collection_item_insert;
DROP TRIGGER search_collection_item_delete;
DROP TRIGGER search_collection_update;
DROP TRIGGER search_folder_update;
CREATE TRIGGER search_item_insert AFTER INSERT ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_item_update AFTER UPDATE OF uuid, kind, title, folder_id, classification, status,
    current_version_id, rating, color_label, rev, created_at, created_by, modified_at, modified_by, trashed_at,
    tombstone ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_item_delete AFTER DELETE ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (OLD.id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_metadata_insert AFTER INSERT ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_metadata_update AFTER UPDATE ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_metadata_delete AFTER DELETE ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (OLD.item_id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_extraction_insert AFTER INSERT ON extraction BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_extraction_update AFTER UPDATE ON extraction BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_text_insert AFTER INSERT ON extracted_text BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_text_update AFTER UPDATE ON extracted_text BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_version_insert AFTER INSERT ON version BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT DISTINCT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE blob_id = NEW.blob_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_version_delete AFTER DELETE ON version BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT DISTINCT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE blob_id = OLD.blob_id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_collection_item_insert AFTER INSERT ON collection_item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_collection_item_delete AFTER DELETE ON collection_item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq) VALUES (OLD.item_id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_collection_update AFTER UPDATE OF name, trashed_at ON collection BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM collection_item WHERE collection_id = NEW.id
        ON CONFLICT (item_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER search_folder_update AFTER UPDATE OF name, parent_id ON folder BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT INTO search_folder_change (folder_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1))
        ON CONFLICT (folder_id) DO UPDATE SET seq = excluded.seq;
END;

ALTER TABLE item ADD COLUMN current_mime_type TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN current_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE item ADD COLUMN version_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE item ADD COLUMN pages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE item ADD COLUMN creator TEXT NOT NULL DEFAULT '';

UPDATE item SET
    current_mime_type = ifnull((SELECT mime_type FROM version WHERE id = item.current_version_id), ''),
    current_size = ifnull((SELECT size FROM version WHERE id = item.current_version_id), 0),
    version_count = (SELECT count(*) FROM version WHERE item_id = item.id),
    creator = ifnull((SELECT value_text FROM metadata WHERE item_id = item.id
                      AND field_id = (SELECT id FROM field WHERE key = 'creator')), ''),
    pages = ifnull((SELECT CAST(value_num AS INTEGER) FROM metadata WHERE item_id = item.id
                    AND field_id = (SELECT id FROM field WHERE key = 'pages')), 0)
WHERE tombstone = 0;

CREATE TRIGGER item_version_insert AFTER INSERT ON version BEGIN
    UPDATE item SET version_count = version_count + 1 WHERE id = NEW.item_id;
END;
CREATE TRIGGER item_version_delete AFTER DELETE ON version BEGIN
    UPDATE item SET version_count = version_count - 1 WHERE id = OLD.item_id;
END;
CREATE TRIGGER item_current_version AFTER UPDATE OF current_version_id ON item
WHEN NEW.current_version_id IS NOT OLD.current_version_id BEGIN
    UPDATE item SET current_mime_type = ifnull((SELECT mime_type FROM version WHERE id = NEW.current_version_id), ''),
        current_size = ifnull((SELECT size FROM version WHERE id = NEW.current_version_id), 0)
    WHERE id = NEW.id;
END;
-- The fields by their canonical key (an alias resolves to the same field row), looked up per row: a
-- lookup of the unique key costs less than a second trigger firing on every other field.
CREATE TRIGGER item_creator_insert AFTER INSERT ON metadata
WHEN NEW.field_id = (SELECT id FROM field WHERE key = 'creator') BEGIN
    UPDATE item SET creator = ifnull(NEW.value_text, '') WHERE id = NEW.item_id;
END;
CREATE TRIGGER item_creator_update AFTER UPDATE OF value_text ON metadata
WHEN NEW.field_id = (SELECT id FROM field WHERE key = 'creator') BEGIN
    UPDATE item SET creator = ifnull(NEW.value_text, '') WHERE id = NEW.item_id;
END;
CREATE TRIGGER item_creator_delete AFTER DELETE ON metadata
WHEN OLD.field_id = (SELECT id FROM field WHERE key = 'creator') BEGIN
    UPDATE item SET creator = '' WHERE id = OLD.item_id;
END;
CREATE TRIGGER item_pages_insert AFTER INSERT ON metadata
WHEN NEW.field_id = (SELECT id FROM field WHERE key = 'pages') BEGIN
    UPDATE item SET pages = ifnull(CAST(NEW.value_num AS INTEGER), 0) WHERE id = NEW.item_id;
END;
CREATE TRIGGER item_pages_update AFTER UPDATE OF value_num ON metadata
WHEN NEW.field_id = (SELECT id FROM field WHERE key = 'pages') BEGIN
    UPDATE item SET pages = ifnull(CAST(NEW.value_num AS INTEGER), 0) WHERE id = NEW.item_id;
END;
CREATE TRIGGER item_pages_delete AFTER DELETE ON metadata
WHEN OLD.field_id = (SELECT id FROM field WHERE key = 'pages') BEGIN
    UPDATE item SET pages = 0 WHERE id = OLD.item_id;
END;

-- The browsers' orders (the expressions are BrowseRepository's, character for character: SQLite uses an
-- index on an expression only for the same expression). Names sort without regard to ASCII case; status
-- in lifecycle order; classification from public to restricted; no rating as 0. Live items outside the
-- Trash carry kind for the Media and Documents scopes; the Trash has its own, usually tiny, indexes.
-- They replace item_title and item_modified, which served the same orders without the Trash filter.
DROP INDEX item_title;
DROP INDEX item_modified;
CREATE INDEX browse_title ON item (title COLLATE NOCASE, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_type ON item (current_mime_type, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_versions ON item (version_count, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_status ON item ((CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2
    WHEN 'published' THEN 3 WHEN 'archived' THEN 4 ELSE 5 END), id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_creator ON item (creator COLLATE NOCASE, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_modified ON item (modified_at, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_created ON item (created_at, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_classification ON item ((CASE classification WHEN 'public' THEN 0 WHEN 'internal' THEN 1
    WHEN 'confidential' THEN 2 ELSE 3 END), id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_pages ON item (pages, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_size ON item (current_size, id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;
CREATE INDEX browse_rating ON item (ifnull(rating, 0), id, kind) WHERE tombstone = 0 AND trashed_at IS NULL;

-- A folder is small enough to sort, except by name, its usual order, which a big folder pages through by
-- this index; it also counts a folder's live items without reading the table.
CREATE INDEX browse_folder_title ON item (folder_id, title COLLATE NOCASE, id) WHERE tombstone = 0 AND trashed_at IS NULL;

CREATE INDEX browse_trash_title ON item (title COLLATE NOCASE, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_type ON item (current_mime_type, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_versions ON item (version_count, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_status ON item ((CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1
    WHEN 'approved' THEN 2 WHEN 'published' THEN 3 WHEN 'archived' THEN 4 ELSE 5 END), id)
    WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_creator ON item (creator COLLATE NOCASE, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_modified ON item (modified_at, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_created ON item (created_at, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_classification ON item ((CASE classification WHEN 'public' THEN 0 WHEN 'internal' THEN 1
    WHEN 'confidential' THEN 2 ELSE 3 END), id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_pages ON item (pages, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_size ON item (current_size, id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
CREATE INDEX browse_trash_rating ON item (ifnull(rating, 0), id) WHERE tombstone = 0 AND trashed_at IS NOT NULL;
)sql";

} // namespace Folio::Schema
