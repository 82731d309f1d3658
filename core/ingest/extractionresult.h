// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the extractor learnt from one file, as it crosses from the sandboxed folio-extract process to the
// ingest engine: one JSON object per file. Plain data with its JSON codec.

#include "ingest/extractors/archivereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Folio {

struct ExtractedRendition
{
    QString name; // thumb | preview
    QString file; // a file the extractor wrote in its output folder
    QString mimeType;
    int width = 0;
    int height = 0;
};

// One page the "ocr" task read.
struct RecognisedPage
{
    int page = 0; // 0-based, as in the job's payload
    QString text; // empty when the page holds nothing Tesseract recognised
    int confidence = 0; // Tesseract's mean word confidence, 0–100
};

struct ExtractionResult
{
    QString detectedType;
    QString kind; // asset | document
    bool extensionMismatch = false;
    QJsonArray tags; // every raw tag: {"key", "type", "value"}
    QJsonObject fields; // unified fields by registry key
    int pages = 0;
    int width = 0;
    int height = 0;
    std::optional<quint64> perceptualHash;
    QStringList pageTexts; // the text, per page
    bool isProtected = false; // encrypted: text and renditions wait for a password
    QList<ExtractedRendition> renditions;
    QList<ArchiveMember> members; // an unpacked archive's members, each with its refusal (the "unpack" task)
    // The pages OCR should read (0-based): a PDF's pages without a text layer, every page of an image that is
    // a scan (ScanClassifier). The engine queues an "ocr" job for them when it records the extraction.
    QList<int> ocrPages;
    QList<RecognisedPage> recognised; // what the "ocr" task read, page by page
    QStringList warnings; // what went wrong without stopping extraction ("no rendition: …")
    QString error; // when nothing could be extracted; the original is stored all the same

    QJsonObject toJson() const;
    static ExtractionResult fromJson(const QJsonObject &json);
    // A result that says only why extraction failed (crash, time limit, …).
    static ExtractionResult failure(const QString &reason);
};

} // namespace Folio
