// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "extract" job: a new version's file read in the sandbox (Extractor) — type, metadata, renditions,
// text, an archive's listing — and recorded by ExtractionApplier, several versions per transaction.
// Thread safety: one thread, the engine's. Ownership: borrows its JobContext.

#include "ingest/jobhandler.h"

namespace Folio {

class ExtractJob : public JobHandler
{
public:
    explicit ExtractJob(JobContext &context)
        : m_context(context)
    { }

    Result<ExtractionRequest> prepare(const Job &job) override;
    Result<void> record(const QList<ExtractedVersion> &results) override;

private:
    QString outputFor(qint64 jobId) const;
    JobContext &m_context;
};

} // namespace Folio
