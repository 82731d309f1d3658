// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Archives inside the folio-extract sandbox (DESIGN.md rule 5: libarchive reads hostile bytes there, never in
// folio or folioctl). Extraction lists an archive — its format, how many entries, whether some are encrypted
// and which members would be refused — and the "unpack" task writes its members into a folder the engine
// made for it under the library. ArchiveReader reads and keeps every byte inside that folder; this class
// gives the results their shape and their names (the file is a blob named by its hash: a lone .gz's member
// takes the name the user knows, less its suffix).
//
// Thread safety: stateless; every function may run on any number of threads at once.

#include "ingest/extractionresult.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

// What an archive's extraction record holds in its fields. Prefixed, so that no schema field of the same
// name takes these values.
namespace ArchiveFields {
inline constexpr QLatin1String format("archive-format"); // "zip", "tar+gzip", "gzip" (a lone file)…
inline constexpr QLatin1String entries("archive-entries"); // entries listed
inline constexpr QLatin1String encrypted("archive-encrypted"); // some member is encrypted
inline constexpr QLatin1String refused("archive-refused"); // [{"path", "reason"}]: members not stored
inline constexpr QLatin1String unpacked("archive-unpacked"); // members stored as items; set once unpacked
} // namespace ArchiveFields

class ArchiveExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ArchiveExtractor)

public:
    // At most this many refusals are listed in a record; a warning counts the rest.
    static constexpr int MaxListedRefusals = 1000;

    // True for the archive and lone compressed-file types Folio unpacks (zip, tar and compressed tars, 7z,
    // gzip, bzip2, xz, lzma, zstd), by name or alias. Packages built on zip (OOXML, ODF, EPUB, JAR) are not
    // archives here: they are documents.
    static bool handles(const QString &mimeType);

    // Lists the archive at PATH into RESULT: the fields above (but "unpacked"), the listing's warnings, and
    // isProtected when some member is encrypted and no password came with the request. An archive that
    // cannot be read at all sets RESULT's error. ORIGINALNAME names a lone compressed file's member.
    static void list(const QString &path, const QString &originalName, bool withPassword, ExtractionResult &result);

    // Unpacks the archive at PATH into DESTINATION (an existing empty folder) within LIMITS, PASSWORD opening
    // encrypted members; the result holds every member with its refusal, the fields above (but "unpacked")
    // and the warnings, or the error when the archive cannot be read at all.
    static ExtractionResult unpack(const QString &path, const QString &destination, const QString &originalName,
        const QString &password, const ArchiveLimits &limits = {});

    // The refusals of MEMBERS as the record lists them ([{"path", "reason"}], at most MaxListedRefusals);
    // WARNINGS gets one more line when some are left out.
    static QJsonArray refusals(const QList<ArchiveMember> &members, QStringList &warnings);
};

} // namespace Folio
