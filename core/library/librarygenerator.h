// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LibraryGenerator fills a library with a synthetic corpus (`folioctl dev generate`, issue 6): the items
// of a SyntheticCorpus, each written as an ingest and its extraction would have written it (item,
// version, metadata, extraction record, text, one audited "item.create" event), in transactions of
// thousands of items, so that a million items take minutes. The generated library passes
// `folioctl verify`.
//
// The content of the files is not generated: versions refer to a pool of small distinct blobs stored
// through the BlobStore, so that a million items do not need a million files. A version's `size` is the
// synthetic original's size (what search and the browsers show); its blob is the pool file, much smaller,
// and exporting the original gives that file. Items sharing a pool blob look like exact duplicates of
// each other to anything that compares content.
//
// Thread safety: one thread at a time, like its Library; generation runs on a helper thread meanwhile.

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Folio {

class Library;

struct GenerateOptions
{
    qint64 items = 0;
    quint64 seed = 1;
    QDateTime now; // the end of the corpus's ten years; invalid = the current time
    // When set, every item also gets <textFolder>/<uuid>.txt holding what a full-text index sees of it
    // (title, description, keywords, body), for comparisons with other search engines.
    QString textFolder;
    int batchSize = 5000; // items per transaction
    int blobPool = 0; // distinct blobs the versions share; 0 picks one for the item count
};

struct GenerateReport
{
    qint64 items = 0; // written (fewer than asked when cancelled)
    qint64 assets = 0;
    qint64 documents = 0;
    qint64 blobs = 0; // pool blobs in use
    qint64 textFiles = 0;
    bool cancelled = false;
};

class LibraryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Folio::LibraryGenerator)

public:
    explicit LibraryGenerator(Library &library)
        : m_library(library)
    { }

    // The pool size used for COUNT items when GenerateOptions::blobPool is 0.
    static int defaultBlobPool(qint64 count);

    // Writes OPTIONS.items items. PROGRESS gets the items written and the total after each batch;
    // returning false stops after that batch (the report says cancelled; what was written stays, each
    // batch being complete). Fails with AlreadyExists when the library holds this seed's items already.
    Result<GenerateReport> generate(
        const GenerateOptions &options, const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Library &m_library;
};

} // namespace Folio
