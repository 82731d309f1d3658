// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads image metadata with Exiv2 0.27: every EXIF, IPTC and XMP tag as text, and the unified fields
// (keys of Folio's field registry: title, keywords, creator, captured, camera, gps, …) mapped from them,
// so the ingest engine and the inspector see one vocabulary whatever the file wrote. Also reads XMP
// sidecars and the largest embedded preview of camera RAW files. It reads only metadata: no pixels are
// decoded, which keeps read() at a few milliseconds per file.
//
// Thread safety: all functions are static and may run on any number of threads at once; Exiv2 is
// initialised once, with a lock for its XMP toolkit. Exiv2's exceptions never leave this class: every
// failure becomes a Folio::Error that names the file and the reason. Results are plain values.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Folio {

struct RawTag
{
    QString key; // "Exif.Image.Model", "Iptc.Application2.Keywords", "Xmp.dc.creator"
    QString type; // Exiv2's type name: "Ascii", "Rational", "String", "XmpBag", "LangAlt", …
    QString value; // interpreted value as text, at most 4 KiB; binary blobs as "<N bytes>"
};

struct ImageMetadata
{
    QList<RawTag> tags; // every EXIF, IPTC and XMP tag, in file order
    QJsonObject fields; // unified fields by registry key; only what the file has
    QStringList warnings; // damage that did not stop the reading ("The EXIF data is damaged: …")
};

class ExivReader
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ExivReader)

public:
    // The metadata of the image file at PATH. Unsupported (a format Exiv2 does not read, e.g. SVG),
    // NotFound, Io or Corrupt (nothing could be read) otherwise. Metadata that is damaged part way is
    // returned as far as it could be read, with a warning.
    static Result<ImageMetadata> read(const QString &path);
    // An XMP sidecar (IMG_1.xmp beside IMG_1.CR2): its XMP tags and the fields they map to.
    static Result<ImageMetadata> readSidecar(const QString &xmpPath);
    // An XMP packet found inside a file Exiv2 does not read (an SVG's <x:xmpmeta>); WHAT names the file.
    static Result<ImageMetadata> readXmpPacket(const QByteArray &packet, const QString &what);
    // Lays SIDECAR over IMAGE: the sidecar's fields win (a sidecar holds the user's edits), its tags and
    // warnings are appended.
    static void mergeSidecar(ImageMetadata &image, const ImageMetadata &sidecar);
    // The largest embedded preview (a camera RAW's JPEG, an EXIF thumbnail), as stored; NotFound when
    // the file has none.
    static Result<QByteArray> largestPreview(const QString &path);
};

} // namespace Folio
