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
    // A batch ends at batchSize files or batchBytes, whichever comes first: small files share one disk
    // flush, and large ones reach the extractors soon instead of after the whole import.
    qsizetype count = 0;
    qint64 bytes = 0;
    while (m_next + count < m_candidates.size() && count < m_options.batchSize
           && (count == 0 || bytes + m_candidates.at(m_next + count).size <= m_options.batchBytes)) {
        bytes += m_candidates.at(m_next + count).size;
        ++count;
    }
    const auto batch = m_candidates.mid(m_next, count);
    m_next += batch.size();

    auto staged = stageFiles(batch);
    if (!staged) {
        return std::unexpected(staged.error());
    }
    const QList<qint64> folders(batch.size(), m_folderId);
    if (auto written = m_library.write([&] { return recordFiles(*staged, folders, m_options); }); !written) {
        return written;
    }
    m_summary.outcomes.append(staged->outcomes);

    for (const Candidate &candidate : batch) {
        m_progress.filesDone += 1;
        m_progress.bytesDone += candidate.size;
        m_progress.currentFile = candidate.path;
        if (progress && !progress(m_progress)) {
            m_summary.cancelled = true;
        }
    }
    return {};
}

Result<StagedFiles> FileImporter::stageFiles(const QList<ImportCandidate> &batch)
{
    static int batchCounter = 0;
    BlobStore &blobs = m_library.blobs();
    StagedFiles staged;
    staged.candidates = batch;
    staged.owner = QStringLiteral("import-%1-%2").arg(::getpid()).arg(++batchCounter);
    // Outcomes keep the order of the files given, whatever happens to each.
    staged.outcomes.resize(batch.size());
    staged.companionProblems.resize(batch.size());

    // 1. Copy and hash each file into the blob store's temp folder; a file that fails, fails alone.
    // A file's companions (an XMP sidecar, a RAW's camera JPEG) are stored with it, as renditions of its
    // version named by their role.
    QList<StagedBlob> all; // every file of the batch, companions included, for commitFiles()
    QStringList sources;
    QList<std::pair<qsizetype, QString>> sourceOf; // candidate, role ("" for the file itself)
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Candidate &candidate = batch.at(i);
        if (!candidate.error.isEmpty()) {
            staged.outcomes[i] = {ImportOutcome::Kind::Failed, candidate.path, {}, 0, candidate.error};
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
    for (qsizetype k = 0; k < copied.size(); ++k) {
        const auto &[i, role] = sourceOf.at(k);
        if (!copied.at(k)) {
            if (role.isEmpty()) {
                staged.outcomes[i] = {ImportOutcome::Kind::Failed, batch.at(i).path, {}, 0, copied.at(k).error().message()};
            } else {
                staged.companionProblems[i] = copied.at(k).error().message();
            }
            continue;
        }
        all.append(*copied.at(k));
        if (role.isEmpty()) {
            staged.files.append(*copied.at(k));
            staged.fileOf.append(i);
        } else {
            staged.companions.append({i, role,
                                      role == QLatin1String("sidecar:xmp") ? QStringLiteral("application/rdf+xml")
                                                                           : QStringLiteral("image/jpeg"),
                                      *copied.at(k)});
        }
    }

    // 2. Make the batch's files durable together (group commit).
    if (auto ok = blobs.commitFiles(all, staged.owner); !ok) {
        return std::unexpected(ok.error());
    }
    return staged;
}

// 3. Inside the caller's transaction: the batch's items, versions and audit events.
Result<void> FileImporter::recordFiles(StagedFiles &staged, const QList<qint64> &folderIds,
                                       const ImportOptions &options, const CreatedCallback &created)
{
    const QMimeDatabase mimeDb;
    Database &db = m_library.database();
    BlobStore &blobs = m_library.blobs();
    ItemRepository items(db);
    VersionRepository versions(db);
    for (qsizetype i = 0; i < staged.files.size(); ++i) {
        const StagedBlob &blob = staged.files.at(i);
        const qsizetype candidate = staged.fileOf.at(i);
        const Candidate &source = staged.candidates.at(candidate);
        const qint64 folder = folderIds.at(candidate);
        ImportOutcome &outcome = staged.outcomes[candidate];
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
        auto blobId = blobs.addReference(blob.sha256, blob.size, staged.owner);
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
            auto found = items.findByFilename(folder, version.filename);
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
            item.folderId = folder;
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
        for (const StagedFiles::Companion &companion : std::as_const(staged.companions)) {
            if (companion.candidate != candidate) {
                continue;
            }
            auto companionBlob = blobs.addReference(companion.blob.sha256, companion.blob.size, staged.owner);
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
        if (!sameName && created) {
            if (auto linked = created(candidate, item); !linked) {
                return linked;
            }
        }
        outcome = {sameName ? ImportOutcome::Kind::NewVersion : ImportOutcome::Kind::Imported, source.path, item.uuid,
                   version.number, {}};
        if (!staged.companionProblems.at(candidate).isEmpty()) {
            outcome.reason = tr("stored without its companion file: %1").arg(staged.companionProblems.at(candidate));
        }
    }
    return {};
}

} // namespace Folio
