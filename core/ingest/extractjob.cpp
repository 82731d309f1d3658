// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractjob.h"

#include "blobs/blobstore.h"
#include "library/library.h"
#include "store/extractionrepository.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"

#include <QDir>

namespace Folio {

QString ExtractJob::outputFor(qint64 jobId) const
{
    return QDir(m_context.workDir).filePath(QString::number(jobId));
}

Result<ExtractionRequest> ExtractJob::prepare(const Job &job)
{
    Library &library = m_context.library;
    auto version = VersionRepository(library.database()).byId(job.versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    ExtractionRequest request;
    request.id = job.id;
    request.task = job.kind;
    request.path = library.blobs().pathFor(version->sha256);
    request.outputDir = outputFor(job.id);
    request.originalName = version->filename;
    request.password = m_context.passwords.value(job.versionId);
    // An XMP sidecar stored with the file is read with it (its fields win: they are the user's edits).
    auto renditions = ExtractionRepository(library.database()).renditions(job.versionId);
    if (!renditions) {
        return std::unexpected(renditions.error());
    }
    for (const RenditionRecord &r : std::as_const(*renditions)) {
        if (r.name == QLatin1String("sidecar:xmp")) {
            request.sidecar = library.blobs().pathFor(r.sha256);
        } else if (r.name == QLatin1String("companion:jpeg")) {
            request.companion = library.blobs().pathFor(r.sha256);
        }
    }
    return request;
}

Result<void> ExtractJob::record(const QList<ExtractedVersion> &results)
{
    if (auto applied = ExtractionApplier(m_context.library, m_context.maxArchiveDepth).apply(results); !applied) {
        return applied;
    }
    for (const ExtractedVersion &done : results) {
        if (!done.result.renditions.isEmpty()) {
            QDir(outputFor(done.jobId)).removeRecursively();
        }
    }
    return {};
}

} // namespace Folio
