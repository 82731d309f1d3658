// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BulkItemWriter writes many new items quickly, for synthetic libraries (`folioctl dev generate`,
// LibraryGenerator): for each item the rows an ingest followed by its extraction writes — the item, its
// first version (on a blob already stored), its metadata values with their typed copies and one
// metadata_term row per term (as MetadataRepository::set does), the extraction record (as
// ExtractionRepository::save does) and the extracted text per page — with the Database's cached prepared
// statements, inside the caller's transaction (one per batch of thousands of items). Blob reference
// counts are added once per blob and batch. The audit events stay the caller's (Library::record), as
// for every mutation.
//
// Thread safety: one thread at a time, like the Database it uses.
// Ownership: borrows the Database, which must outlive the writer.

#include "domain/records.h"
#include "error.h"
#include "store/extractionrepository.h"
#include "store/metadatarepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Folio {

class Database;

struct BulkMetadata
{
    qint64 fieldId = 0;
    TypedValue value;
    // CanonicalJson of value.json as stored in value_json; write() makes it when empty (a caller may make
    // it beforehand on another thread).
    QString valueJson;
};

// One new item with everything written about it. The writer fills in item.id, version.id, version.itemId
// and extraction.versionId.
struct BulkItem
{
    Item item; // uuid, kind, title, folderId, classification, status, createdAt, modifiedAt
    int rating = -1; // 0..5, or -1 for none
    Version version; // uuid, blobId, filename, size, mimeType, createdAt, fileModifiedAt; number 1
    QList<BulkMetadata> metadata;
    ExtractionRecord extraction; // written when its state is set
    QStringList pageTexts; // extracted text ("layer"), page 1 first
};

class BulkItemWriter
{
    Q_DECLARE_TR_FUNCTIONS(Folio::BulkItemWriter)

public:
    // Rows are written as set by ACTORID (created_by, modified_by, author, set_by).
    BulkItemWriter(Database &db, qint64 actorId);

    // Writes ITEM; call inside the caller's transaction.
    Result<void> write(BulkItem &item);
    // Adds COUNT references to blob BLOBID (its versions written in this transaction).
    Result<void> addBlobReferences(qint64 blobId, qint64 count);
    // True when an item with this uuid exists.
    Result<bool> hasItem(const QString &uuid);
    // Sets this connection up for writing thousands of items per transaction, or back to the defaults
    // (checkpointing what the bulk writes left in the write-ahead log). Durability is unchanged: every
    // commit is still synced.
    Result<void> tuneForBulkWrites(bool on);

private:
    Database &m_db;
    qint64 m_actorId = 0;
};

} // namespace Folio
