// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the search index knows of one item: its text by field (analysed by the index), its exact-match
// values (facets and field:value), its numbers and dates (ranges and sorting) and its flags (has:, is:).
// Built from the library database by SearchDocumentBuilder and by the synthetic-data generator. Plain
// data.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Folio::Search {

struct SearchDocument
{
    qint64 itemId = 0; // the item's rowid (fits 32 bits in any real library; the index refuses more)
    QString language; // ISO 639-1 of the item's text; empty = English

    // Analysed text fields, weighted title > keywords > description > body.
    QString title;
    QStringList keywords; // also exact values under "tag"
    QString description;
    QString body; // extracted text (all pages), and free-text registry fields

    // Exact-match values by canonical field key, as stored (the index folds them): "kind", "type"
    // (detected MIME type and its short name, e.g. "application/pdf" and "pdf"), "ext", "creator",
    // "status", "classification", "camera", "campaign", "product", "region", "language", "collection",
    // "folder" (the path of the item's folder and of each ancestor, "/Projects/2024"), and every
    // enum/person/text registry field.
    QHash<QString, QStringList> values;

    // Numbers by canonical key: "created", "modified" (seconds since the epoch, UTC), "size" (bytes),
    // "width", "height", "pages", "duration" (seconds), "rating", and number/date registry fields.
    QHash<QString, double> numbers;

    // Flags for has: and is: ("text", "gps", "duplicate", "protected", …).
    QSet<QString> flags;
};

} // namespace Folio::Search
