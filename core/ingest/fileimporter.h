// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stores files and whole folders as items: hash and copy into the blob store, item + version 1 with
// basic metadata (filename, size, MIME type, file time), one audit event each. Files go in batches with
// group commit: a batch's blob files are made durable together, then one transaction records the batch,
// so a crash at any point leaves no half item and no orphan blob (BlobStore::recover cleans up).
// Each file fails alone, with its reason; the rest of the batch goes on.
//
// Thread safety: one thread at a time, like its Library.

#include "error.h"

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

class FileImporter
{
    Q_DECLARE_TR_FUNCTIONS(Folio::FileImporter)

public:
    // PROGRESS is called after each file; returning false cancels after the current batch is committed.
    using ProgressCallback = std::function<bool(const ImportProgress &)>;

    explicit FileImporter(Library &library) : m_library(library) {}

    Result<ImportSummary> import(const QStringList &paths, const ImportOptions &options,
                                 const ProgressCallback &progress = {});

    // Whether a MIME type makes an item an asset (media) or a document.
    static QString kindFor(const QString &mimeType);

private:
    Library &m_library;
};

} // namespace Folio
