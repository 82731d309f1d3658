// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/fileimporter.h"

#include "ingest/filepairing.h"
#include "ingest/typedetector.h"

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "store/database.h"
#include "store/itemrepository.h"
#include "store/extractionrepository.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

#include <unistd.h>

namespace Folio {

namespace {
QString titleFor(const QString &filename)
{
    const QFileInfo info(filename);
    const QString base = info.completeBaseName();
    return base.isEmpty() ? filename : base;
}
} // namespace

// Expands folders recursively (sorted, so runs are reproducible); keeps missing paths as failures.
QList<FileImporter::Candidate> FileImporter::expand(const QStringList &paths)
{
    QList<Candidate> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink()) {
            QStringList found;
            // System: FIFOs, sockets and devices are listed too, so each is refused with its reason
            // instead of being skipped without a word.
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                found.append(it.next());
            }
            found.sort();
            for (const QString &file : std::as_const(found)) {
                const QFileInfo entry(file);
                if (entry.isFile()) {
                    files.append({file, entry.size(), {}, {}, {}});
                } else if (!entry.isDir()) {
                    files.append({file, 0, FileImporter::tr("%1: not a regular file (a device, socket or pipe)").arg(file),
                                  {}, {}});
                }
            }
        } else if (!info.exists()) {
            files.append({path, 0, FileImporter::tr("%1: no such file or folder").arg(path), {}, {}});
        } else if (!info.isFile()) {
            files.append({path, 0, FileImporter::tr("%1: not a regular file (a device, socket or pipe)").arg(path), {}, {}});
        } else {
            files.append({info.absoluteFilePath(), info.size(), {}, {}, {}});
        }
    }
    return FilePairing::pair(files);
}

int ImportSummary::count(ImportOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [kind](const ImportOutcome &o) { return o.kind == kind; }));
}

QString FileImporter::kindFor(const QString &mimeType)
{
    return TypeDetector::kindFor(mimeType);
}

Result<ImportSummary> FileImporter::import(const QStringList &paths, const ImportOptions &options,
                                           const ProgressCallback &progress)
{
    if (auto started = begin(paths, options); !started) {
        return std::unexpected(started.error());
    }
    while (hasMore()) {
        if (auto done = importNextBatch(progress); !done) {
            return std::unexpected(done.error());
        }
    }
    return m_summary;
}

Result<void> FileImporter::begin(const QStringList &paths, const ImportOptions &options)
{
    m_options = options;
    auto folder = FolderOperations(m_library).ensure(options.folder);
    if (!folder) {
        return std::unexpected(folder.error());
    }
    m_folderId = *folder;
    m_candidates = expand(paths);
    m_next = 0;
    m_summary = {};
    m_progress = {};
    m_progress.filesTotal = int(m_candidates.size());
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        m_progress.bytesTotal += candidate.size;
    }
    return {};
}

Result<void> FileImporter::importNextBatch(const ProgressCallback &progress)
{
    static int batchCounter = 0;
    const QMimeDatabase mimeDb;
    Database &db = m_library.database();
    BlobStore &blobs = m_library.blobs();
    const ImportOptions &options = m_options;
    const qint64 *folder = &m_folderId;
    ImportProgress &state = m_progress;
    ImportSummary &summary = m_summary;
    {
        // A batch ends at batchSize files or batchBytes, whichever comes first: small files share one
        // disk flush, and large ones reach the extractors soon instead of after the whole import.
        qsizetype count = 0;
        qint64 bytes = 0;
        while (m_next + count < m_candidates.size() && count < options.batchSize
               && (count == 0 || bytes + m_candidates.at(m_next + count).size <= options.batchBytes)) {
            bytes += m_candidates.at(m_next + count).size;
            ++count;
        }
        const auto batch = m_candidates.mid(m_next, count);
        m_next += batch.size();
        const QString owner = QStringLiteral("import-%1-%2").arg(::getpid()).arg(++batchCounter);

        // 1. Copy and hash each file into the blob store's temp folder; a file that fails, fails alone.
        // Outcomes keep the order of the files given, whatever happens to each.
        QList<ImportOutcome> outcomes(batch.size());
        // A file's companions (an XMP sidecar, a RAW's camera JPEG) are stored with it, as renditions of
        // its version named by their role.
        struct Companion
        {
            qsizetype candidate;
            QString role;
            QString mimeType;
            StagedBlob blob;
        };
        QList<StagedBlob> staged; // every file of the batch, companions included, for commitFiles()
        QList<StagedBlob> files;  // the files themselves, each with its candidate in stagedFrom
        QList<qsizetype> stagedFrom;
        QList<Companion> companions;
        QStringList sources;
        QList<std::pair<qsizetype, QString>> sourceOf; // candidate, role ("" for the file itself)
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Candidate &candidate = batch.at(i);
            if (!candidate.error.isEmpty()) {
                outcomes[i] = {ImportOutcome::Kind::Failed, candidate.path, {}, 0, candidate.error};
                continue;
            }
            sources.append(candidate.path);
            sourceOf.append({i, QString()});
            if (!candidate.sidecar.isEmpty()) {
                sources.append(candidate.sidecar);
                sourceOf.append({i, QStringLiteral("sidecar:xmp")});
            }
            if (!candidate.companionJpeg.isEmpty()) {
                sources.append(candidate.companionJpeg);
                sourceOf.append({i, QStringLiteral("companion:jpeg")});
            }
        }
        const QList<Result<StagedBlob>> copied = blobs.stageAll(sources);
        QStringList companionProblems(batch.size());
        for (qsizetype k = 0; k < copied.size(); ++k) {
            const auto &[i, role] = sourceOf.at(k);
            if (!copied.at(k)) {
                if (role.isEmpty()) {
                    outcomes[i] = {ImportOutcome::Kind::Failed, batch.at(i).path, {}, 0, copied.at(k).error().message()};
                } else {
                    companionProblems[i] = copied.at(k).error().message();
                }
                continue;
            }
            staged.append(*copied.at(k));
            if (role.isEmpty()) {
                files.append(*copied.at(k));
                stagedFrom.append(i);
            } else {
                companions.append({i, role,
                                   role == QLatin1String("sidecar:xmp") ? QStringLiteral("application/rdf+xml")
                                                                        : QStringLiteral("image/jpeg"),
                                   *copied.at(k)});
            }
        }

        // 2. Make the batch's files durable together (group commit).
        if (auto ok = blobs.commitFiles(staged, owner); !ok) {
            return std::unexpected(ok.error());
        }

        // 3. One transaction records the batch's items, versions and audit events.
        auto written = m_library.write([&]() -> Result<void> {
            ItemRepository items(db);
            VersionRepository versions(db);
            for (qsizetype i = 0; i < files.size(); ++i) {
                const StagedBlob &blob = files.at(i);
                const Candidate &source = batch.at(stagedFrom.at(i));
                ImportOutcome &outcome = outcomes[stagedFrom.at(i)];
                const QFileInfo info(source.path);
                const QString now = Ids::now();

                if (options.onDuplicate != ImportOptions::OnDuplicate::Keep) {
                    auto existing = versions.itemWithContent(blob.sha256);
                    if (!existing) {
                        return std::unexpected(existing.error());
                    }
                    if (!existing->isEmpty()) {
                        outcome = {ImportOutcome::Kind::Duplicate, source.path, *existing, 0,
                                   tr("the same content is already item %1").arg(*existing)};
                        continue;
                    }
                }
                auto blobId = blobs.addReference(blob.sha256, blob.size, owner);
                if (!blobId) {
                    return std::unexpected(blobId.error());
                }

                Version version;
                version.uuid = Ids::newUuid();
                version.blobId = *blobId;
                version.filename = info.fileName();
                version.size = blob.size;
                version.mimeType = mimeDb.mimeTypeForFile(info).name();
                version.createdAt = now;
                version.fileModifiedAt = Ids::format(info.lastModified());

                qint64 sameName = 0;
                if (options.onDuplicate == ImportOptions::OnDuplicate::NewVersion) {
                    auto found = items.findByFilename(*folder, version.filename);
                    if (!found) {
                        return std::unexpected(found.error());
                    }
                    sameName = *found;
                }

                Item item;
                if (sameName) {
                    auto existing = items.byId(sameName);
                    if (!existing) {
                        return std::unexpected(existing.error());
                    }
                    item = *existing;
                    auto latest = versions.latestNumber(item.id);
                    if (!latest) {
                        return std::unexpected(latest.error());
                    }
                    version.number = *latest + 1;
                    version.parentNumber = *latest;
                    version.comment = tr("Imported from %1").arg(source.path);
                } else {
                    item.uuid = Ids::newUuid();
                    item.kind = kindFor(version.mimeType);
                    item.title = titleFor(version.filename);
                    item.folderId = *folder;
                    item.classification = QStringLiteral("internal");
                    item.status = QStringLiteral("draft");
                    item.createdAt = item.modifiedAt = now;
                    item.createdBy = item.modifiedBy = m_library.actorName();
                    auto id = items.insert(item);
                    if (!id) {
                        return std::unexpected(id.error());
                    }
                    item.id = *id;
                    version.number = 1;
                }
                version.itemId = item.id;
                auto versionId = versions.insert(version, m_library.actorId());
                if (!versionId) {
                    return std::unexpected(versionId.error());
                }
                if (auto ok = items.setCurrentVersion(item.id, *versionId, now, m_library.actorId()); !ok) {
                    return ok;
                }
                for (const Companion &companion : std::as_const(companions)) {
                    if (companion.candidate != stagedFrom.at(i)) {
                        continue;
                    }
                    auto companionBlob = blobs.addReference(companion.blob.sha256, companion.blob.size, owner);
                    if (!companionBlob) {
                        return std::unexpected(companionBlob.error());
                    }
                    auto saved = ExtractionRepository(db).saveRendition(
                        {*versionId, companion.role, *companionBlob, companion.blob.sha256, companion.mimeType, 0, 0,
                         companion.blob.size},
                        now);
                    if (!saved) {
                        return std::unexpected(saved.error());
                    }
                }
                if (options.queueExtraction) {
                    auto job = JobRepository(db).enqueue(QStringLiteral("extract"), *versionId, 10, {}, now);
                    if (!job) {
                        return std::unexpected(job.error());
                    }
                }
                const QJsonObject values{{QStringLiteral("title"), item.title},
                                         {QStringLiteral("filename"), version.filename},
                                         {QStringLiteral("sha256"), blob.sha256},
                                         {QStringLiteral("size"), double(blob.size)},
                                         {QStringLiteral("version"), version.number}};
                if (auto recorded = m_library.record(sameName ? QStringLiteral("version.add") : QStringLiteral("item.create"),
                                                     sameName ? QStringLiteral("version") : QStringLiteral("item"),
                                                     sameName ? version.uuid : item.uuid, item.uuid, values);
                    !recorded) {
                    return recorded;
                }
                outcome = {sameName ? ImportOutcome::Kind::NewVersion : ImportOutcome::Kind::Imported, source.path,
                           item.uuid, version.number, {}};
                if (!companionProblems.at(stagedFrom.at(i)).isEmpty()) {
                    outcome.reason = tr("stored without its companion file: %1").arg(companionProblems.at(stagedFrom.at(i)));
                }
            }
            return {};
        });
        if (!written) {
            return std::unexpected(written.error());
        }
        summary.outcomes.append(outcomes);

        for (const Candidate &candidate : batch) {
            state.filesDone += 1;
            state.bytesDone += candidate.size;
            state.currentFile = candidate.path;
            if (progress && !progress(state)) {
                summary.cancelled = true;
            }
        }
    }
    return {};
}

} // namespace Folio
