// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes to the folder tree, each one audited transaction: make (with parents), rename, move.
// One thread at a time, like its Library.

#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>

namespace Folio {

class Library;

class FolderOperations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::FolderOperations)

public:
    explicit FolderOperations(Library &library) : m_library(library) {}

    // The id of the folder at PATH, made (with its parents) when missing. Runs inside an open
    // transaction when there is one, else in its own.
    Result<qint64> ensure(const QString &path);
    // Makes PATH with its parents; AlreadyExists when it is there.
    Result<Folder> make(const QString &path);
    Result<Folder> rename(const QString &path, const QString &newName);
    // Moves the folder at PATH into the folder at DESTINATION.
    Result<Folder> move(const QString &path, const QString &destination);

private:
    Result<qint64> ensureInTransaction(const QString &path, bool *created);
    Library &m_library;
};

} // namespace Folio
