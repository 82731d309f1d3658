// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which files of an import belong together: an XMP sidecar (IMG_1.xmp beside IMG_1.CR2) belongs to its
// image, and a camera's RAW + JPEG pair (IMG_1.NEF + IMG_1.JPG) is one photo — one item with two files,
// not two items. Files pair by folder and base name, case-insensitively. Stateless; thread-safe.

#include <QList>
#include <QString>

namespace Folio {

struct ImportCandidate
{
    QString path;
    qint64 size = 0;
    QString error;         // set when the path cannot be imported at all
    QString sidecar;       // an XMP sidecar stored and read with it
    QString companionJpeg; // the camera's JPEG of a RAW, stored with it
};

namespace FilePairing {
// Folds sidecars and RAW+JPEG companions into the candidate they belong to; the rest is unchanged and
// keeps its order.
QList<ImportCandidate> pair(const QList<ImportCandidate> &files);
bool isCameraRaw(const QString &path);
} // namespace FilePairing

} // namespace Folio
