// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TypeDetector names what a file is from its bytes, not from its name. QMimeDatabase alone misnames files
// (OOXML comes out as zip, DNG as TIFF, a text file named .odt as ODT), so detection sniffs the content
// first, then looks inside containers (the ODF/EPUB `mimetype` member, the OOXML `[Content_Types].xml`, the
// TIFF directory through Exiv2 for camera RAW, the ISO-BMFF brands for HEIC/AVIF), and uses the extension
// only to break ties (text named .md is Markdown) and to warn when name and content disagree.
//
// It reads a bounded amount of each file: the first 64 KiB, the last 64 KiB of a zip (its directory
// record), the zip's directory through libarchive (at most 2,000 entries, at most 1 MiB of member data,
// never a member's full contents), and the TIFF directories Exiv2 parses. It never writes, never extracts
// and never waits on a FIFO or device.
//
// Thread safety: stateless; every function may be called from any number of threads at once.
// Ownership: holds nothing; results are values.

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

struct DetectedType
{
    // The content's type, e.g. "image/jpeg", "application/vnd.oasis.opendocument.text".
    QString mimeType;
    // "asset" (image, video, audio, design files, fonts) or "document" (everything else), see kindFor().
    QString kind;
    // What the file name alone suggests; empty when the name suggests nothing (no known extension).
    QString extensionMimeType;
    // Content and name disagree (a text file named .odt, a PNG named .jpg, unrecognised bytes named .jpg).
    bool extensionMismatch = false;
    // Sentences for the user (translated) when name and content disagree, the content is unrecognised,
    // empty or damaged; empty otherwise.
    QString warning;
};

class TypeDetector
{
    Q_DECLARE_TR_FUNCTIONS(Folio::TypeDetector)

public:
    // Fails only when PATH cannot be read as a file: missing, unreadable, a folder, a FIFO, socket or
    // device. Unrecognised, empty or damaged content is a result with a warning, not a failure.
    static Result<DetectedType> detect(const QString &path);
    // The same for a file stored under another name (a blob named by its hash): NAMEFORTYPE's extension
    // is the one compared with the content, and names the file in warnings.
    static Result<DetectedType> detect(const QString &path, const QString &nameForType);

    // "asset" for media and design files: image/*, video/*, audio/*, font/*, model/*, PostScript/EPS,
    // Illustrator, Photoshop, Krita, raw Ogg/Matroska/MXF containers; "document" for everything else.
    // Accepts aliases (application/x-font-ttf, image/psd).
    static QString kindFor(const QString &mimeType);
};

} // namespace Folio
