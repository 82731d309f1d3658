// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "unpack" job, queued once an archive's listing is recorded (ArchiveExpander::afterListing): the
// sandbox writes the archive's members into a staging folder the engine makes for the job inside the library
// (<library>/blobs/tmp/unpack-<job uuid>, mode 0700: nothing is ever written outside the library, and a
// crash's leftovers go with the rest of blobs/tmp/ when the library is next opened alone); ArchiveExpander
// then stores them as items and the folder is removed.
// Thread safety: one thread, the engine's. Ownership: borrows its JobContext; owns its staging folders and
// removes those still there when it goes.

#include "ingest/jobhandler.h"

#include <QCoreApplication>

namespace Folio {

class UnpackJob : public JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(Folio::UnpackJob)

public:
    explicit UnpackJob(JobContext &context)
        : m_context(context)
    { }
    ~UnpackJob() override;

    Result<ExtractionRequest> prepare(const Job &job) override;
    Result<void> record(const QList<ExtractedVersion> &results) override;

private:
    JobContext &m_context;
    QHash<qint64, QString> m_staging; // job id → its staging folder
};

} // namespace Folio
