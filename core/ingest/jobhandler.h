// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One kind of job of the ingest queue: how IngestEngine turns a claimed job of that kind into a request for
// the folio-extract sandbox, and how it records what comes back. The engine knows the kinds only through
// JobHandler::create(), a table in jobhandler.cpp ("extract", "unpack", "ocr"): another kind is one more
// row there and a class of its own, and touches neither the engine nor the other kinds.
//
// Thread safety: one thread, the engine's. Ownership: a handler borrows its JobContext, which the engine
// owns and which outlives every handler.

#include "error.h"
#include "ingest/archiveexpander.h"
#include "ingest/extractionapplier.h"
#include "ingest/extractionpool.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Folio {

class Library;
struct Job;

// What the engine shares with its handlers.
struct JobContext
{
    Library &library;
    QString workDir; // the engine's own folder in the library's temp area
    int maxArchiveDepth = 3; // archives nested deeper are stored but not unpacked
    const QHash<qint64, QString> &passwords; // version id → password (folioctl unlock), kept in memory only
    QList<ArchiveExpansion> expansions = {}; // what each unpacked archive gave, for the run's summary
    QString ocrLanguages = {}; // this run's OCR languages (folioctl ingest --ocr-lang); empty: the library's
};

class JobHandler
{
public:
    virtual ~JobHandler() = default;

    // The handler for jobs of KIND, or null when this build knows no such kind.
    static std::unique_ptr<JobHandler> create(const QString &kind, JobContext &context);

    // The sandbox request for JOB; an error fails the job without running it.
    virtual Result<ExtractionRequest> prepare(const Job &job) = 0;
    // Records finished jobs of this kind, each result finishing its job, then cleans up after them. Fails
    // only when the library cannot be written (which stops the run).
    virtual Result<void> record(const QList<ExtractedVersion> &results) = 0;
};

} // namespace Folio
