// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkitemwriter.h"

#include "domain/canonicaljson.h"
#include "store/database.h"

#include <QJsonArray>

namespace Folio {

namespace {
QString json(const QJsonValue &value)
{
    return QString::fromUtf8(CanonicalJson::serialize(value));
}

QVariant positive(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

// INSERT ... VALUES with ROWS rows of COLUMNS parameters each.
QString rowsOf(const QString &insert, int columns, qsizetype rows)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i) {
        row += QStringLiteral(", ?");
    }
    row += QLatin1Char(')');
    QString sql = insert + row;
    for (qsizetype i = 1; i < rows; ++i) {
        sql += QStringLiteral(", ") + row;
    }
    return sql;
}
} // namespace

BulkItemWriter::BulkItemWriter(Database &db, qint64 actorId)
    : m_db(db)
    , m_actorId(actorId)
{ }

Result<void> BulkItemWriter::write(BulkItem &b)
{
    if (!m_db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("The item %1 can only be written inside the transaction of its batch.").arg(b.item.uuid));
    }
    // The same columns as ItemRepository::insert + setCurrentVersion, VersionRepository::insert,
    // MetadataRepository::set, ExtractionRepository::save and saveText write for a new item; the
    // Database keeps each statement prepared between calls.
    const Item &item = b.item;
    auto inserted = m_db.execute(
        QStringLiteral("INSERT INTO item (uuid, kind, title, folder_id, classification, status, rating, created_at, "
                       "created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        item.uuid, item.kind, item.title, item.folderId, item.classification, item.status,
        b.rating >= 0 ? QVariant(b.rating) : QVariant(), item.createdAt, m_actorId, item.modifiedAt, m_actorId);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    b.item.id = m_db.lastInsertRowId();

    Version &version = b.version;
    version.itemId = b.item.id;
    version.number = 1;
    inserted = m_db.execute(
        QStringLiteral("INSERT INTO version (uuid, item_id, number, blob_id, filename, size, mime_type, author_id, "
                       "created_at, file_modified_at, comment) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
        version.uuid, version.itemId, version.blobId, version.filename, version.size, version.mimeType, m_actorId,
        version.createdAt, version.fileModifiedAt.isEmpty() ? QVariant() : QVariant(version.fileModifiedAt),
        version.comment.isNull() ? QStringLiteral("") : version.comment);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    version.id = m_db.lastInsertRowId();
    b.item.currentVersionId = version.id;
    inserted = m_db.execute(
        QStringLiteral("UPDATE item SET current_version_id = ?, rev = rev + 1 WHERE id = ?"), version.id, b.item.id);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }

    // All of an item's values in one statement, and all its terms in another: the triggers run per row
    // all the same, but each statement costs its own savepoint and setup.
    if (!b.metadata.isEmpty()) {
        auto values = m_db.prepare(rowsOf(QStringLiteral("INSERT INTO metadata (item_id, field_id, value_json, "
                                                         "value_text, value_num, value_date, set_by, set_at) VALUES "),
            8, b.metadata.size()));
        if (!values) {
            return std::unexpected(values.error());
        }
        int index = 1;
        qsizetype terms = 0;
        for (const BulkMetadata &value : std::as_const(b.metadata)) {
            values->bind(index, b.item.id)
                .bind(index + 1, value.fieldId)
                .bind(index + 2, value.valueJson.isEmpty() ? json(value.value.json) : value.valueJson);
            values->bind(index + 3, value.value.text)
                .bind(index + 4, value.value.number)
                .bind(index + 5, value.value.date);
            values->bind(index + 6, m_actorId).bind(index + 7, item.createdAt);
            index += 8;
            terms += value.value.terms.size();
        }
        if (auto done = values->run(); !done) {
            return done;
        }
        if (terms > 0) {
            auto termRows = m_db.prepare(rowsOf(
                QStringLiteral("INSERT OR IGNORE INTO metadata_term (item_id, field_id, term) VALUES "), 3, terms));
            if (!termRows) {
                return std::unexpected(termRows.error());
            }
            index = 1;
            for (const BulkMetadata &value : std::as_const(b.metadata)) {
                for (const QString &term : value.value.terms) {
                    termRows->bind(index, b.item.id).bind(index + 1, value.fieldId).bind(index + 2, term);
                    index += 3;
                }
            }
            if (auto done = termRows->run(); !done) {
                return done;
            }
        }
    }

    ExtractionRecord &r = b.extraction;
    if (!r.state.isEmpty()) {
        r.versionId = version.id;
        inserted = m_db.execute(
            QStringLiteral("INSERT INTO extraction (version_id, state, detected_type, extension_mismatch, protected, "
                           "pages, width, height, tags_json, fields_json, warnings_json, error, extractor_version, "
                           "extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            r.versionId, r.state, r.detectedType, r.extensionMismatch, r.isProtected, positive(r.pages),
            positive(r.width), positive(r.height), json(r.tags), json(r.fields),
            json(QJsonArray::fromStringList(r.warnings)), r.error.isEmpty() ? QVariant() : QVariant(r.error),
            r.extractorVersion, r.extractedAt);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
    }
    for (qsizetype page = 0; page < b.pageTexts.size(); ++page) {
        inserted = m_db.execute(
            QStringLiteral("INSERT INTO extracted_text (version_id, page, source, text) VALUES (?, ?, 'layer', ?)"),
            version.id, qint64(page + 1), b.pageTexts.at(page));
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
    }
    return {};
}

Result<void> BulkItemWriter::addBlobReferences(qint64 blobId, qint64 count)
{
    if (count == 0) {
        return {};
    }
    auto updated = m_db.execute(QStringLiteral("UPDATE blob SET refs = refs + ? WHERE id = ?"), count, blobId);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    if (*updated != 1) {
        return fail(Error::Code::NotFound, tr("There is no stored file with id %1 to refer to.").arg(blobId));
    }
    return {};
}

Result<bool> BulkItemWriter::hasItem(const QString &uuid)
{
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM item WHERE uuid = ?"), uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->isValid();
}

Result<void> BulkItemWriter::tuneForBulkWrites(bool on)
{
    // A 1 GB page cache: bulk inserts touch index pages all over a file of gigabytes (a negative
    // cache_size counts KiB; -2000 is SQLite's default). Statement journals (the undo of one statement
    // whose triggers or constraints may abort it half-way) go to a temp file by default, one write per
    // page touched; in memory they cost nothing, and they never matter after a crash. Checkpoints every
    // 256 MB of log instead of every 4 MB copy an index page into the database once for several batches
    // that changed it.
    if (on) {
        return m_db.exec(QStringLiteral("PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY; "
                                        "PRAGMA wal_autocheckpoint = 65536"));
    }
    return m_db.exec(QStringLiteral("PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; "
                                    "PRAGMA wal_autocheckpoint = 1000; PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Folio
