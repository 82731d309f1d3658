// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads office packages — Word, Excel and PowerPoint (OOXML, macro-enabled and template variants too),
// OpenDocument text, spreadsheets, presentations and drawings, and EPUB books — for the ingest engine:
// their document properties mapped to Folio's fields (title, creator, description, keywords, created,
// modified, language, pages), every raw property kept as a tag ("ooxml.dc:title", "ooxml.app:Pages",
// "ooxml.custom.Client", "odf.meta:initial-creator", "odf.custom.Reviewer", "epub.dc:creator"), their text
// for full-text search (one page text per slide or presentation page, one for the rest), the sheets an Excel
// workbook hides (tag "ooxml.hidden-sheets", field "hidden-sheets") and the thumbnail the application saved
// into the package (docProps/thumbnail.jpeg, Thumbnails/thumbnail.png, an EPUB's cover) as the thumb and
// preview renditions.
//
// Packages are untrusted zips. They are read with libarchive straight from the file, member by member,
// into memory: nothing is ever extracted to disk. Members that hold nothing Folio reads are skipped without
// being inflated (bad/zbsm.zip, 5.46 GB of overlapping members, is done with in milliseconds);
// PackageLimits bound the members looked at, the bytes inflated from one member and from the whole package,
// and the text kept, so a bomb in a part Folio reads stops at a limit with a warning (64 MiB of dense XML
// take a few seconds to parse on a loaded machine; the sandbox's watchdog bounds the rest). A damaged
// package (cut short, a member that fails its checksum, broken XML) gives what could be read with a
// warning; one that is no zip at all, or holds none of its format's parts, is an error. Encrypted
// OpenDocument content and encrypted zip members set isProtected.
//
// Thread safety: stateless; every function may run on any number of threads at once (each call has its own
// libarchive handle). Ownership: holds nothing; results are values.

#include "error.h"
#include "ingest/extractors/contentextraction.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

struct PackageLimits
{
    // Members: a package whose directory declares more is refused before libarchive loads that directory;
    // one without a directory (cut short) is read up to this many, with a warning.
    int maxEntries = 5000;
    qint64 maxPartBytes = qint64(64) << 20; // inflated bytes read from one member; the rest is left out
    qint64 maxTotalBytes = qint64(512) << 20; // inflated bytes read from the whole package
    qint64 maxTextChars = qint64(10) << 20; // text kept, all members together
    qint64 maxImageBytes = qint64(16) << 20; // an embedded thumbnail or cover larger than this is not read
};

class OfficeExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::OfficeExtractor)

public:
    // Whether extract() reads packages of MIMETYPE (as TypeDetector names them).
    static bool handles(const QString &mimeType);
    // The properties, text and thumbnail of the package at PATH, whose content type is MIMETYPE. Fails with
    // Unsupported for a type handles() refuses, NotFound/Io/InvalidArgument when the file cannot be read,
    // Corrupt when it is no zip or holds none of its format's parts, LimitExceeded when its directory
    // declares more than maxEntries members.
    static Result<ContentExtraction> extract(const QString &path, const QString &mimeType);
    static Result<ContentExtraction> extract(const QString &path, const QString &mimeType, const PackageLimits &limits);
};

} // namespace Folio
