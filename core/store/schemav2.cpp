// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2, released: never edited (schema.cpp has the conventions and the list of versions).
#include "store/schemaversions.h"

namespace Folio::Schema {

// v2: search. The index itself lives outside the database (a snapshot file, core/search/searchindex.h);
// what makes it exact is this change log, written by triggers in the same transaction as every change
// a search can see, so no code path can forget it. A process brings its index up to date by
// re-reading the items logged after its snapshot's seq (LibrarySearch).
extern const char v2Sql[] = R"sql(
CREATE TABLE search_seq (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO search_seq (id, value) VALUES (1, 0);
-- One row per item changed since it was created (no foreign key: a purged item's row says "remove").
CREATE TABLE search_change (
    item_id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX search_change_seq ON search_change (seq);
-- Folders renamed or moved: their items' folder paths changed (triggers cannot walk the subtree).
CREATE TABLE search_folder_change (
    folder_id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX search_folder_change_seq ON search_folder_change (seq);

CREATE TRIGGER search_item_insert AFTER INSERT ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_item_update AFTER UPDATE ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_item_delete AFTER DELETE ON item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (OLD.id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_metadata_insert AFTER INSERT ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_metadata_update AFTER UPDATE ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_metadata_delete AFTER DELETE ON metadata BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (OLD.item_id, (SELECT value FROM search_seq WHERE id = 1));
END;
-- A version's extraction and text: logged for the version's item (only the current version is indexed,
-- the builder reads it).
CREATE TRIGGER search_extraction_insert AFTER INSERT ON extraction BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id;
END;
CREATE TRIGGER search_extraction_update AFTER UPDATE ON extraction BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id;
END;
CREATE TRIGGER search_text_insert AFTER INSERT ON extracted_text BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id;
END;
CREATE TRIGGER search_text_update AFTER UPDATE ON extracted_text BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE id = NEW.version_id;
END;
-- Exact duplicates share a blob: a version leaving or joining one changes is:duplicate of the others.
CREATE TRIGGER search_version_insert AFTER INSERT ON version BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT DISTINCT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE blob_id = NEW.blob_id;
END;
CREATE TRIGGER search_version_delete AFTER DELETE ON version BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT DISTINCT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM version WHERE blob_id = OLD.blob_id;
END;
CREATE TRIGGER search_collection_item_insert AFTER INSERT ON collection_item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (NEW.item_id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_collection_item_delete AFTER DELETE ON collection_item BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq) VALUES (OLD.item_id, (SELECT value FROM search_seq WHERE id = 1));
END;
CREATE TRIGGER search_collection_update AFTER UPDATE OF name, trashed_at ON collection BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_change (item_id, seq)
        SELECT item_id, (SELECT value FROM search_seq WHERE id = 1) FROM collection_item WHERE collection_id = NEW.id;
END;
CREATE TRIGGER search_folder_update AFTER UPDATE OF name, parent_id ON folder BEGIN
    UPDATE search_seq SET value = value + 1 WHERE id = 1;
    INSERT OR REPLACE INTO search_folder_change (folder_id, seq) VALUES (NEW.id, (SELECT value FROM search_seq WHERE id = 1));
END;

-- Local search analytics: not audited, not synced. One row per search; the opened result, when the
-- client reports one, on the same row.
CREATE TABLE search_log (
    id INTEGER PRIMARY KEY,
    query TEXT NOT NULL,
    result_count INTEGER NOT NULL,
    searched_at TEXT NOT NULL,
    opened_item_uuid TEXT,
    opened_at TEXT
);
CREATE INDEX search_log_time ON search_log (searched_at);

-- Items that exist when the migration runs are all logged, so the first search indexes them.
INSERT INTO search_change (item_id, seq) SELECT id, 0 FROM item;
)sql";

} // namespace Folio::Schema
