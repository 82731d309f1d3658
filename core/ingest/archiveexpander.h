// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns archives into items (issue 5). Once an archive's listing is recorded it decides whether the archive
// is unpacked: not while encrypted members wait for a password (folioctl unlock), not when it is nested
// deeper than the depth limit (it gets a warning instead), never twice for one version. Once the sandbox has
// unpacked it, it stores the members as items in a folder named after the archive, beside it in the
// archive's folder (" (2)" when the name is taken), the members' sub-folders kept, each item related
// extracted-from the archive, each queued for extraction like any ingested file. The members, folders,
// relations, the archive's updated record (what was refused and why) and the end of the job are one
// transaction: after a crash there is every member or none, and the job runs again.
//
// Thread safety: one thread at a time, like its Library. Ownership: borrows the Library.

#include "error.h"
#include "ingest/extractionapplier.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

class Library;
struct ExtractionRecord;
struct Item;

// What unpacking one archive gave, for the summary of a run.
struct ArchiveExpansion
{
    QString itemUuid; // the archive
    QString file; // its file name
    int stored = 0; // members stored as items
    int refused = 0; // members not stored, each named with its reason in the archive's extraction record
    bool locked = false; // its encrypted members could not be opened: a password is needed, or was wrong
    QString problem; // why nothing was unpacked (the archive could not be read, the sandbox stopped it)
};

class ArchiveExpander
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ArchiveExpander)

public:
    explicit ArchiveExpander(Library &library)
        : m_library(library)
    { }

    // Inside the transaction that records RECORD, the extraction of a version of ARCHIVE (before it is
    // saved): keeps what an earlier unpacking of the same version found, or warns that the archive is nested
    // MAXDEPTH archives deep or more, or queues its "unpack" job. Leaves other records alone.
    Result<void> afterListing(const Item &archive, ExtractionRecord &record, int maxDepth);

    // Stores the members the sandbox unpacked into STAGING for UNPACKED's archive version and finishes its
    // job. A member that cannot be stored is refused with its reason, the others go on; the call fails only
    // when the library cannot be written.
    Result<ArchiveExpansion> expand(const ExtractedVersion &unpacked, const QString &staging);

private:
    Library &m_library;
};

} // namespace Folio
