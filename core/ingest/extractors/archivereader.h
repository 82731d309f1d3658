// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lists and safely unpacks archives someone else made: zip (including ZipCrypto and AES-encrypted zips), tar,
// tar compressed with gzip, bzip2, xz or zstd, 7z, and a lone gzip/bzip2/xz/zstd file (one member named after
// the file without its suffix). libarchive parses; this class writes every byte itself and never lets an
// archive choose where: member names are normalised (backslashes count as separators, "." and empty parts
// go), and absolute names, names with "..", links, device nodes and FIFOs are refused. Files are opened with
// O_CREAT|O_EXCL|O_NOFOLLOW relative to directory handles opened with O_NOFOLLOW under the destination, so
// neither a hostile name nor a link planted during extraction can lead outside it.
//
// Limits (ArchiveLimits): the number of entries, the bytes of one member, the bytes of all members, and the
// expansion ratio (bytes decompressed / archive size, applied once more than RatioFloorBytes are reached so
// that small archives of text are not refused). Declared sizes are checked before reading and the real bytes as
// they are written: a member that would pass a limit is cut off, its partial file deleted and its refusal
// reads "expands beyond …"; the next members still go on. A member with the archive's own size and SHA-256
// (a quine such as droste.zip) is deleted and refused. Nested archives are ordinary members: opening them,
// and honouring maxDepth, is the caller's job.
//
// Problems with one member are reported in that member's `refusal`; problems with the archive after its
// first entry (a truncated tar) end the listing with a warning. Only an archive that cannot be opened at all
// or whose first entry is unreadable (Corrupt, e.g. recursion.tar), or an unusable destination, makes the
// call fail.
//
// Thread safety: stateless; every function may run on any number of threads at once.
// Ownership: holds nothing; results are values. Files written belong to the caller.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Folio {

struct ArchiveLimits
{
    int maxEntries = 10000;
    qint64 maxTotalBytes = qint64(2) << 30;
    double maxRatio = 200.0;
    qint64 maxEntryBytes = qint64(1) << 30;
    int maxDepth = 3; // for callers that open nested archives; ArchiveReader itself never recurses
};

struct ArchiveMember
{
    QString path; // normalised relative path inside the archive ("a/b.txt"); the raw name if it is refused
    qint64 size = 0; // uncompressed bytes: declared by the archive in list(), written in extract(); 0 if unknown
    QString type; // file|dir|symlink|hardlink|device|fifo|other
    bool encrypted = false;
    QString refusal; // empty when extractable (extract(): extracted), else the reason, for the user
};

struct ArchiveListing
{
    QString format; // "zip", "7z", "tar", "tar+gzip", "tar+zstd"…, or the filter alone ("gzip") for a lone file
    QList<ArchiveMember> members;
    bool encrypted = false; // some member is encrypted
    QStringList warnings; // damage found after the first entry, entries left unread
};

class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ArchiveReader)

public:
    static constexpr qint64 RatioFloorBytes = qint64(1) << 20;

    // The members of the archive at PATH, read from its headers without unpacking data. Refusals name what
    // extract() would refuse from the headers alone (names, types, entry count, declared sizes); encrypted
    // members are marked, not refused. Fails with NotFound, InvalidArgument (not a regular file),
    // PermissionDenied, Io, Unsupported when no supported format recognises the file, or Corrupt when a
    // format recognises it but not even its first entry can be read.
    static Result<ArchiveListing> list(const QString &path, const ArchiveLimits &limits = {});

    // Extracts the extractable regular files (and directories) of the archive at PATH into DESTINATION, an
    // existing empty folder, never writing outside it; every member's refusal is reported in the listing and
    // the rest goes on. PASSWORD opens encrypted zip members (ZipCrypto, AES); without it they are refused
    // "needs a password". Fails, besides list()'s errors, with InvalidArgument when DESTINATION is not an
    // empty folder.
    static Result<ArchiveListing> extract(const QString &path, const QString &destination, const QString &password = {},
        const ArchiveLimits &limits = {});
};

} // namespace Folio
