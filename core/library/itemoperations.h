// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes to items, each one audited transaction: new versions (check in, revert), rename, move,
// Trash and restore, purge, metadata edits validated against the schema, and export of originals.
// Originals are never overwritten: every content change is a new version.
// One thread at a time, like its Library.

#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Folio {

class Library;

class ItemOperations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ItemOperations)

public:
    explicit ItemOperations(Library &library) : m_library(library) {}

    Result<Version> checkIn(const Item &item, const QString &file, const QString &comment);
    Result<Version> revert(const Item &item, int number);
    Result<void> rename(const Item &item, const QString &title);
    Result<void> move(const Item &item, const QString &folderPath);
    Result<void> trash(const Item &item);
    Result<void> restore(const Item &item);
    // Removes the item and its versions for good: its blobs are released (and collected when unused),
    // its audit values are redacted, and a tombstone keeps its id for sync. The audit chain stays valid.
    Result<void> purge(const Item &item);
    // Applies FIELD=VALUE assignments (keys or aliases) in one transaction; nothing is written when one
    // of them does not fit the schema. Returns the canonical keys that changed.
    Result<QStringList> setMetadata(const Item &item, const QStringList &assignments);
    // Copies version NUMBER (0 = current) byte-identically to DESTINATION (a file that must not exist,
    // or a folder, to which the version's file name is added).
    Result<QString> exportOriginal(const Item &item, int number, const QString &destination);

private:
    Result<Version> addVersion(const Item &item, const QString &sha256, qint64 size, const QString &filename,
                               const QString &mimeType, const QString &fileModifiedAt, const QString &comment,
                               const QString &owner, const QString &action);
    Library &m_library;
};

} // namespace Folio
