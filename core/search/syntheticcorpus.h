// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SyntheticCorpus makes the items of a realistic library for benchmarks and tests of search (`folioctl dev
// generate`, issue 6): 60% assets (photos, graphics, video, audio, fonts) and 40% documents (reports,
// contracts, invoices, policies, …) with their titles, file names and types, long-tailed sizes, ten years
// of creation and modification dates ending at `now` (growing over time, a share changed in the last 30
// days), status, classification and rating, registry metadata (keywords, creator, campaign, product,
// region, language, description, camera, GPS, dates…), technical numbers (width, height, pages,
// duration) and, for documents, a body of realistic length per page in the item's language, written
// with a Zipf-distributed vocabulary of ~50,000 words and business phrases. Every condition of the
// search query set (report, "brand guidelines", tag:summer, creator:"Ada Lovelace", campaign:spring2025,
// product:P-1234, type:pdf pages:1..5, …) matches a realistic, non-empty share of items.
//
// Pure and deterministic: item I depends only on the seed, the count, `now` and I (not on the items
// generated before it), so the same arguments give the same items, and batches can be generated on
// several threads. Creation times grow with I, so the items' UUIDv7s and row ids follow creation order
// as in a real library.
//
// Thread safety: at() and the accessors are const and may run on several threads at once; next() and
// nextBatch() move the cursor and belong to one thread.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Folio::Search {

struct GeneratedItem
{
    qint64 index = 0; // position in the corpus, 0-based
    QString uuid; // UUIDv7 whose time is createdAt
    QString versionUuid;
    QString kind; // asset | document
    // photo, graphic, video, audio, font (assets); report, contract, invoice, policy, procedure,
    // guidelines, specification, presentation, spreadsheet, minutes, memo, proposal, manual, press,
    // brief, email, notes (documents)
    QString category;
    QString title;
    QString folder; // path of its folder, "/Finance/Invoices/2024"
    QString filename;
    QString mimeType; // the detected type
    qint64 size = 0; // bytes of the (synthetic) original
    QDateTime createdAt; // UTC
    QDateTime modifiedAt; // UTC, createdAt <= modifiedAt <= now
    QString status; // draft | in_review | approved | published | archived | disposed
    QString classification; // public | internal | confidential | restricted
    int rating = -1; // 0..5; -1 when not rated
    QString language; // ISO 639-1 of its text
    // Registry metadata by canonical field key, as the field stores it: strings (text, person, enum,
    // dates as ISO text), numbers, booleans, and an array of strings for keywords.
    QList<std::pair<QString, QJsonValue>> metadata;
    // The unified fields extraction would have read from the file itself (ExtractionResult::fields).
    QJsonObject extractedFields;
    int width = 0; // pixels (images, video)
    int height = 0;
    int pages = 0; // pages or slides of paged documents
    double duration = 0; // seconds (video, audio)
    bool gps = false; // has gps-latitude / gps-longitude
    QStringList pageTexts; // documents' text per page (one entry for formats without pages); may be empty
    quint64 contentKey = 0; // picks the stored content shared with other items (a blob of a pool)

    // The value of metadata field KEY; undefined when the item has none.
    QJsonValue value(const QString &key) const;
    // What a full-text index sees of it: title, description, keywords and body.
    QString text() const;
};

struct SyntheticCorpusOptions
{
    qint64 count = 1000; // how many items the corpus holds
    QDateTime now; // the end of its ten years; invalid = the current time
};

class SyntheticCorpus
{
public:
    using Options = SyntheticCorpusOptions;

    explicit SyntheticCorpus(quint64 seed, const Options &options = {});

    quint64 seed() const { return m_seed; }
    qint64 count() const { return m_count; }
    QDateTime now() const { return m_now; }
    // The start of its ten years: now minus ten years.
    QDateTime start() const { return m_start; }

    // Item INDEX (0 <= INDEX < count()).
    GeneratedItem at(qint64 index) const;

    // The next item / up to MAXIMUM next items, from the cursor; atEnd() when all were given.
    bool atEnd() const { return m_position >= m_count; }
    qint64 position() const { return m_position; }
    GeneratedItem next();
    QList<GeneratedItem> nextBatch(int maximum);

private:
    quint64 m_seed = 0;
    qint64 m_count = 0;
    QDateTime m_now;
    QDateTime m_start;
    qint64 m_position = 0;
};

} // namespace Folio::Search
