// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stores files and whole folders as items: hash and copy into the blob store, item + version 1 with
// basic metadata (filename, size, MIME type, file time), one audit event each. Files go in batches with
// group commit: a batch's blob files are made durable together, then one transaction records the batch,
// so a crash at any point leaves no half item and no orphan blob (BlobStore::recover cleans up).
// Each file fails alone, with its reason; the rest of the batch goes on.
//
// Thread safety: one thread at a time, like its Library.

#include "blobs/blobstore.h"
#include "domain/records.h"
#include "error.h"
#include "ingest/filepairing.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Folio {

class Library;

struct ImportOptions
{
    enum class OnDuplicate {
        Skip,      // the same bytes are already an item: store nothing (default)
        Keep,      // store another item for the same bytes
        NewVersion // the same name in the same folder with other bytes becomes its new version
    };
    QString folder = QStringLiteral("/"); // made when missing
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    int batchSize = 256;
    qint64 batchBytes = qint64(64) << 20;
    bool queueExtraction = true; // each new version gets an "extract" job in the same transaction
};

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
};

struct ImportOutcome
{
    enum class Kind { Imported, NewVersion, Duplicate, Failed };
    Kind kind = Kind::Failed;
    QString source;
    QString itemUuid;   // the item stored, versioned, or duplicated
    int version = 0;
    QString reason;     // for Failed and Duplicate
};

struct ImportSummary
{
    QList<ImportOutcome> outcomes;
    bool cancelled = false;
    int count(ImportOutcome::Kind kind) const;
};

// Files of one batch copied into the blob store and made durable (FileImporter::stageFiles()), waiting to be
// recorded as items. Opaque to callers but for the outcomes.
struct StagedFiles
{
    struct Companion
    {
        qsizetype candidate;
        QString role; // sidecar:xmp | companion:jpeg
        QString mimeType;
        StagedBlob blob;
    };
    QList<ImportCandidate> candidates;
    QList<ImportOutcome> outcomes; // one per candidate, in order; failures of staging are filled in already
    QString owner;                 // the blob_pending owner the files were committed under
    QList<StagedBlob> files;       // the candidates' own files…
    QList<qsizetype> fileOf;       // …and the candidate each belongs to
    QList<Companion> companions;
    QStringList companionProblems; // per candidate
};

class FileImporter
{
    Q_DECLARE_TR_FUNCTIONS(Folio::FileImporter)

public:
    // PROGRESS is called after each file; returning false cancels after the current batch is committed.
    using ProgressCallback = std::function<bool(const ImportProgress &)>;

    explicit FileImporter(Library &library) : m_library(library) {}

    // Imports everything at once (folioctl add without extraction, tests).
    Result<ImportSummary> import(const QStringList &paths, const ImportOptions &options,
                                 const ProgressCallback &progress = {});

    // The same a batch at a time, so an event loop can run between batches (the ingest engine).
    Result<void> begin(const QStringList &paths, const ImportOptions &options);
    bool hasMore() const { return m_next < m_candidates.size() && !m_summary.cancelled; }
    Result<void> importNextBatch(const ProgressCallback &progress = {});
    void cancel() { m_summary.cancelled = true; }
    const ImportSummary &summary() const { return m_summary; }
    const ImportProgress &progress() const { return m_progress; }

    // A batch in two halves, for a caller that records more in the same transaction as the items (an
    // archive's members with their folders and extracted-from relations): stageFiles() copies, hashes and
    // makes durable, outside any transaction; recordFiles(), inside the caller's Library::write(), makes the
    // items (or new versions), candidate I in folder FOLDERIDS[I], calls CREATED for each new item and fills
    // in the outcomes. Files the transaction does not record are left to BlobStore::recover().
    using CreatedCallback = std::function<Result<void>(qsizetype candidate, const Item &item)>;
    Result<StagedFiles> stageFiles(const QList<ImportCandidate> &candidates);
    Result<void> recordFiles(StagedFiles &staged, const QList<qint64> &folderIds, const ImportOptions &options,
                             const CreatedCallback &created = {});

    // Whether a MIME type makes an item an asset (media) or a document.
    static QString kindFor(const QString &mimeType);

private:
    using Candidate = ImportCandidate;
    static QList<Candidate> expand(const QStringList &paths);

    Library &m_library;
    ImportOptions m_options;
    qint64 m_folderId = 0;
    QList<Candidate> m_candidates;
    qsizetype m_next = 0;
    ImportSummary m_summary;
    ImportProgress m_progress;
};

} // namespace Folio
