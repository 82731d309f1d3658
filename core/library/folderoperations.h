// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes to the folder tree, each one audited transaction: make (with parents), rename, move, Trash and
// restore, and moving items into a folder.
//
// A folder in the Trash hides its whole subtree: only the folder itself is marked trashed (its sub-folders
// become unreachable by path), and the items in it and in its sub-folders move to the Trash in the same
// transaction with the folder's trashed time, which is how restore() tells them from items trashed
// before (those stay in the Trash).
//
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
    // Moves the folder at PATH to the Trash with the items of its subtree (one "folder.trash" event and
    // an "item.trash" event per item). Returns the trashed folder.
    Result<Folder> trash(const QString &path);
    // Brings the trashed folder FOLDERID back where it was, with the items that went to the Trash with
    // it. Refused while its parent is in the Trash, or when a live folder has taken its name.
    Result<Folder> restore(qint64 folderId);
    // Moves the items ITEMIDS into the folder at DESTINATION in one transaction (an "item.move" event
    // each, as ItemOperations::move writes). Returns how many moved (items already there do not).
    Result<int> moveItems(const QList<qint64> &itemIds, const QString &destination);

private:
    Result<qint64> ensureInTransaction(const QString &path, bool *created);
    // FOLDER and its live descendants, parents before children.
    Result<QList<Folder>> subtree(const Folder &folder);
    Library &m_library;
};

} // namespace Folio
