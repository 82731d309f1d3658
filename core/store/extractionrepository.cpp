// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/extractionrepository.h"

#include "domain/canonicaljson.h"
#include "store/database.h"

#include <QJsonDocument>

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
} // namespace

Result<void> ExtractionRepository::save(const ExtractionRecord &r)
{
    auto saved = m_db.execute(
        QStringLiteral("INSERT OR REPLACE INTO extraction (version_id, state, detected_type, extension_mismatch, protected, "
                       "pages, width, height, tags_json, fields_json, warnings_json, error, extractor_version, extracted_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        r.versionId, r.state, r.detectedType, r.extensionMismatch, r.isProtected, positive(r.pages), positive(r.width), positive(r.height),
        json(r.tags), json(r.fields), json(QJsonArray::fromStringList(r.warnings)),
        r.error.isEmpty() ? QVariant() : QVariant(r.error), r.extractorVersion, r.extractedAt);
    if (!saved) {
        return std::unexpected(saved.error());
    }
    return {};
}

Result<std::optional<ExtractionRecord>> ExtractionRepository::forVersion(qint64 versionId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT state, detected_type, extension_mismatch, ifnull(pages, 0), ifnull(width, 0), "
                                          "ifnull(height, 0), tags_json, fields_json, warnings_json, ifnull(error, ''), "
                                          "extractor_version, extracted_at, protected FROM extraction WHERE version_id = ?"),
                           versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<ExtractionRecord>();
    }
    ExtractionRecord r;
    r.versionId = versionId;
    r.state = stmt->text(0);
    r.detectedType = stmt->text(1);
    r.extensionMismatch = stmt->int64(2) != 0;
    r.pages = int(stmt->int64(3));
    r.width = int(stmt->int64(4));
    r.height = int(stmt->int64(5));
    r.tags = QJsonDocument::fromJson(stmt->text(6).toUtf8()).array();
    r.fields = QJsonDocument::fromJson(stmt->text(7).toUtf8()).object();
    for (const QJsonValue &warning : QJsonDocument::fromJson(stmt->text(8).toUtf8()).array()) {
        r.warnings.append(warning.toString());
    }
    r.error = stmt->text(9);
    r.extractorVersion = int(stmt->int64(10));
    r.extractedAt = stmt->text(11);
    r.isProtected = stmt->int64(12) != 0;
    return std::optional<ExtractionRecord>(r);
}

Result<qint64> ExtractionRepository::saveRendition(const RenditionRecord &r, const QString &now)
{
    auto previous = m_db.scalar(QStringLiteral("SELECT blob_id FROM rendition WHERE version_id = ? AND name = ?"),
                                r.versionId, r.name);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    auto saved = m_db.execute(QStringLiteral("INSERT INTO rendition (version_id, name, blob_id, mime_type, width, height, "
                                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version_id, name) DO "
                                             "UPDATE SET blob_id = excluded.blob_id, mime_type = excluded.mime_type, "
                                             "width = excluded.width, height = excluded.height, created_at = excluded.created_at"),
                              r.versionId, r.name, r.blobId, r.mimeType, positive(r.width), positive(r.height), now);
    if (!saved) {
        return std::unexpected(saved.error());
    }
    return previous->isValid() ? previous->toLongLong() : 0;
}

Result<QList<RenditionRecord>> ExtractionRepository::renditions(qint64 versionId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT r.name, r.blob_id, b.sha256, r.mime_type, ifnull(r.width, 0), "
                                          "ifnull(r.height, 0), b.size FROM rendition r JOIN blob b ON b.id = r.blob_id "
                                          "WHERE r.version_id = ? ORDER BY r.name"),
                           versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<RenditionRecord> list;
    auto ok = stmt->forEach([&](Statement &row) {
        list.append({versionId, row.text(0), row.int64(1), row.text(2), row.text(3), int(row.int64(4)), int(row.int64(5)),
                     row.int64(6)});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return list;
}

Result<void> ExtractionRepository::saveHash(qint64 itemId, qint64 versionId, quint64 hash)
{
    auto saved = m_db.execute(QStringLiteral("INSERT OR REPLACE INTO image_hash (version_id, item_id, phash) VALUES (?, ?, ?)"),
                              versionId, itemId, qint64(hash));
    if (!saved) {
        return std::unexpected(saved.error());
    }
    return {};
}

Result<void> ExtractionRepository::saveText(qint64 versionId, const QStringList &pages, const QString &source)
{
    auto cleared = m_db.execute(QStringLiteral("DELETE FROM extracted_text WHERE version_id = ? AND source = ?"), versionId, source);
    if (!cleared) {
        return std::unexpected(cleared.error());
    }
    for (qsizetype page = 0; page < pages.size(); ++page) {
        auto saved = m_db.execute(QStringLiteral("INSERT OR REPLACE INTO extracted_text (version_id, page, source, text) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  versionId, qint64(page + 1), source, pages.at(page));
        if (!saved) {
            return std::unexpected(saved.error());
        }
    }
    return {};
}

Result<QStringList> ExtractionRepository::text(qint64 versionId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT text FROM extracted_text WHERE version_id = ? ORDER BY page, source"), versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QStringList pages;
    if (auto ok = stmt->forEach([&](Statement &row) { pages.append(row.text(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return pages;
}

Result<void> ExtractionRepository::savePages(qint64 versionId, const QList<PageText> &pages)
{
    for (const PageText &page : pages) {
        auto saved
            = m_db.execute(QStringLiteral("INSERT OR REPLACE INTO extracted_text (version_id, page, source, text) "
                                          "VALUES (?, ?, ?, ?)"),
                versionId, qint64(page.page), page.source, page.text);
        if (!saved) {
            return std::unexpected(saved.error());
        }
    }
    return {};
}

Result<QList<PageText>> ExtractionRepository::pages(qint64 versionId)
{
    auto stmt = m_db.query(
        QStringLiteral("SELECT page, source, text FROM extracted_text WHERE version_id = ? ORDER BY page"), versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<PageText> list;
    auto ok = stmt->forEach([&](Statement &row) { list.append({ int(row.int64(0)), row.text(1), row.text(2) }); });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return list;
}

Result<QList<HashedImage>> ExtractionRepository::currentHashes()
{
    auto stmt = m_db.query(QStringLiteral("SELECT h.item_id, h.version_id, h.phash FROM image_hash h JOIN item i ON "
                                          "i.current_version_id = h.version_id WHERE i.tombstone = 0 AND i.trashed_at IS NULL"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<HashedImage> list;
    auto ok = stmt->forEach([&](Statement &row) { list.append({row.int64(0), row.int64(1), quint64(row.int64(2))}); });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return list;
}

} // namespace Folio
