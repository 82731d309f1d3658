// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records what extraction learnt about versions in the library, several versions per transaction: the
// renditions become blobs, the raw tags and warnings an extraction record, the perceptual hash an index
// entry, and the unified fields metadata values of the item — only where the item has no value yet, so
// a user's edit is never overwritten by a re-extraction. One audit event per version. An archive's listing
// also decides, in the same transaction, whether it is unpacked (ArchiveExpander::afterListing), and pages
// without text (ExtractionResult::ocrPages) are queued for OCR (OcrJob::enqueue).
// One thread at a time, like its Library.

#include "error.h"
#include "ingest/extractionresult.h"

#include <QCoreApplication>

namespace Folio {

class Library;

struct ExtractedVersion
{
    qint64 versionId = 0;
    qint64 jobId = 0;
    ExtractionResult result;
};

class ExtractionApplier
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ExtractionApplier)

public:
    // Archives nested MAXARCHIVEDEPTH archives deep or more are not unpacked.
    explicit ExtractionApplier(Library &library, int maxArchiveDepth = ArchiveLimits().maxDepth)
        : m_library(library)
        , m_maxArchiveDepth(maxArchiveDepth)
    { }

    // Applies every result and finishes its job, in one transaction (after the renditions' files are
    // stored). A result whose version has gone (purged meanwhile) is skipped.
    Result<void> apply(const QList<ExtractedVersion> &results);

private:
    Library &m_library;
    int m_maxArchiveDepth;
};

} // namespace Folio
