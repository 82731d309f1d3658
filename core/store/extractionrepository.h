// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What ingest learnt about versions: the extraction record (type, raw tags, fields, warnings or the
// failure), renditions (blobs derived from a version) and perceptual hashes. Borrowed Database; writes
// run inside the caller's transaction.

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Folio {

class Database;

struct ExtractionRecord
{
    qint64 versionId = 0;
    QString state; // done | failed
    QString detectedType;
    bool extensionMismatch = false;
    bool isProtected = false;
    int pages = 0;
    int width = 0;
    int height = 0;
    QJsonArray tags;
    QJsonObject fields;
    QStringList warnings;
    QString error;
    int extractorVersion = 0;
    QString extractedAt;
};

struct RenditionRecord
{
    qint64 versionId = 0;
    QString name; // thumb | preview | page:N | poster…
    qint64 blobId = 0;
    QString sha256;
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 size = 0;
};

// One page of a version's text and where it came from.
struct PageText
{
    int page = 0;   // from 1
    QString source; // layer (the file's own text) | ocr
    QString text;
};

struct HashedImage
{
    qint64 itemId = 0;
    qint64 versionId = 0;
    quint64 hash = 0;
};

class ExtractionRepository
{
public:
    explicit ExtractionRepository(Database &db) : m_db(db) {}

    Result<void> save(const ExtractionRecord &record);
    Result<std::optional<ExtractionRecord>> forVersion(qint64 versionId);

    // Replaces the rendition NAME of a version; returns the blob id it used before (0 if none), for release.
    Result<qint64> saveRendition(const RenditionRecord &rendition, const QString &now);
    Result<QList<RenditionRecord>> renditions(qint64 versionId);

    Result<void> saveHash(qint64 itemId, qint64 versionId, quint64 hash);
    // Replaces the text of a version (layer text; OCR text arrives with source "ocr").
    Result<void> saveText(qint64 versionId, const QStringList &pages, const QString &source);
    Result<QStringList> text(qint64 versionId);
    // Replaces the text of PAGES only, each with its source, and keeps the other pages': OCR of the pages
    // that had no text layer.
    Result<void> savePages(qint64 versionId, const QList<PageText> &pages);
    // Every page's text with its source, by page.
    Result<QList<PageText>> pages(qint64 versionId);
    // The hash of every live item's current version.
    Result<QList<HashedImage>> currentHashes();

private:
    Database &m_db;
};

} // namespace Folio
