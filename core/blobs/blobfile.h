// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file side of the blob store: reading a file once while hashing it with SHA-256 (optionally copying it
// into a new file at the same time), checking a file against its hash, and the folder, flush and rename
// steps of a durable commit. Reads and writes go through one 1 MiB buffer, so memory stays flat whatever a
// file's size. Errors name the file and the reason. Stateless functions; thread-safe.

#include "error.h"

#include <QString>
#include <QStringList>

namespace Folio {

// The content of a file: its SHA-256 (64 lower-case hex digits) and its size in bytes.
struct FileDigest
{
    QString sha256;
    qint64 size = 0;
};

namespace BlobFile {

enum class Sync { No, Yes };

// True when TEXT is a SHA-256 as the store writes it: 64 lower-case hex digits.
bool isSha256(const QString &text);

// The Error::Code for an errno value (ENOENT is NotFound, ENOSPC and EFBIG are LimitExceeded...).
Error::Code codeForErrno(int error);

// Hashes the regular file PATH. Fails when it is missing, unreadable, a folder or another kind of
// special file, or when it changes, shrinks or vanishes while being read.
Result<FileDigest> hash(const QString &path);

// Reads SOURCE once, hashing it while writing it to TARGET, which must not exist yet and is created with
// PERMISSIONS (less the umask). With EXPECTEDSHA256 set, other content fails with Error::Code::Corrupt.
// With Sync::Yes TARGET's content is on disk when this returns (its folder entry is not synced).
// On any failure TARGET is removed. Read errors name SOURCE, write errors name TARGET.
Result<FileDigest> copy(
    const QString &source, const QString &target, int permissions, Sync sync, const QString &expectedSha256 = {});

// fsyncs the file PATH.
Result<void> syncFile(const QString &path);

// fsyncs each of PATHS, from several threads at once: an fsync waits for the file system's journal commit,
// and fsyncs in flight together share one commit (group commit in ext4, XFS, btrfs), so a batch of small
// files costs a few commits instead of one each. Writeback of all of them is started first. Stops at the
// first failure and returns it.
Result<void> syncFiles(const QStringList &paths);

// Removes the file PATH: true when it was removed, false when it was not there.
Result<bool> remove(const QString &path);

// True when PATH is a regular file (following symbolic links).
bool isRegularFile(const QString &path);

// Creates the folder PATH and any missing parents, appending each folder it created to CREATED (whose
// parents must then be synced for the new entries to survive a crash).
Result<void> makeFolders(const QString &path, QStringList *created);

// fsyncs each of FOLDERS once, several at a time as syncFiles() does.
Result<void> syncFolders(QStringList folders);

// Removes every file in the folder PATH (not its subfolders) and returns how many there were.
Result<int> removeFilesIn(const QString &path);

// A file name unique to this process: "<prefix><pid>-<counter>.tmp".
QString uniqueName(const QString &prefix);

// Why the file PATH does not hold the content SHA256 of SIZE bytes ("missing", "size differs (...)",
// "content does not match its hash (...)", a read error), or an empty string when it does.
QString problemWith(const QString &path, const QString &sha256, qint64 size);

// Renames FROM to TO, failing with AlreadyExists rather than replacing TO, and syncs TO's folder.
Result<void> moveWithoutReplacing(const QString &from, const QString &to);

} // namespace BlobFile
} // namespace Folio
