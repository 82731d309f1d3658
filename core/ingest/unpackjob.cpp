// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/unpackjob.h"

#include "blobs/blobstore.h"
#include "library/library.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace Folio {

UnpackJob::~UnpackJob()
{
    for (const QString &staging : std::as_const(m_staging)) {
        QDir(staging).removeRecursively();
    }
}

Result<ExtractionRequest> UnpackJob::prepare(const Job &job)
{
    Library &library = m_context.library;
    auto version = VersionRepository(library.database()).byId(job.versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    const QString temp = QDir(library.blobs().blobsPath()).filePath(QStringLiteral("tmp"));
    const QString staging = QDir(temp).filePath(QStringLiteral("unpack-") + job.uuid);
    // A job given back to the queue after a crash finds its old folder when recovery could not run (another
    // process had the library open): the unpacking starts again from an empty one.
    if (QFileInfo::exists(staging) && !QDir(staging).removeRecursively()) {
        return fail(Error::Code::Io, tr("Could not empty the folder %1.").arg(staging));
    }
    QDir().mkpath(temp);
    // Only this user may look inside or plant anything there while the sandbox writes.
    if (::mkdir(QFile::encodeName(staging).constData(), 0700) != 0) {
        const int error = errno;
        return fail(
            Error::Code::Io, tr("Could not make the folder %1: %2").arg(staging, DurableFile::errnoText(error)));
    }
    m_staging.insert(job.id, staging);
    ExtractionRequest request;
    request.id = job.id;
    request.task = job.kind;
    request.path = library.blobs().pathFor(version->sha256);
    request.outputDir = staging;
    request.originalName = version->filename;
    request.password = m_context.passwords.value(job.versionId);
    return request;
}

Result<void> UnpackJob::record(const QList<ExtractedVersion> &results)
{
    for (const ExtractedVersion &unpacked : results) {
        const QString staging = m_staging.take(unpacked.jobId);
        auto expanded = ArchiveExpander(m_context.library).expand(unpacked, staging);
        if (!staging.isEmpty()) {
            QDir(staging).removeRecursively();
        }
        if (!expanded) {
            return std::unexpected(expanded.error());
        }
        m_context.expansions.append(*expanded);
    }
    return {};
}

} // namespace Folio
