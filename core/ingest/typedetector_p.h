// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to TypeDetector: what the content sniffing (typedetector.cpp) and the look inside zip-based
// packages (zippackage.cpp) share. Stateless; thread-safe.

#include "error.h"

#include <QByteArray>
#include <QLatin1String>
#include <QMimeDatabase>
#include <QString>

namespace Folio::TypeDetection {

// Every magic rule QMimeDatabase knows lies in the first 16 KiB (it reads no more itself); 64 KiB also
// holds long ftyp boxes and XML prologues, and is the whole of most small files. Also libarchive's read size.
inline constexpr qint64 HeadBytes = qint64(64) * 1024;
inline constexpr QLatin1String ZipType("application/zip");

// LENGTH bytes of the open file FD from OFFSET (fewer when the file ends first); errors name PATH.
Result<QByteArray> readAt(int fd, qint64 offset, qint64 length, const QString &path);

struct ZipFindings
{
    QString type; // what the package declares; empty when it declares nothing Folio knows
    bool damaged = false; // no directory record or unreadable: probably cut short
    bool tooLarge = false; // directory beyond the limits: not inspected
};

// Types whose evidence lives inside the zip: only inspection may name them, never the extension.
bool isInspectedPackageType(const QMimeDatabase &db, const QString &mimeType);
// Reads the end-of-central-directory record to learn whether the zip is whole and how big its directory
// is, before libarchive (which loads the whole directory) is let loose on it. HEAD: the file's first bytes.
Result<ZipFindings> checkZipDirectory(int fd, qint64 size, const QByteArray &head, const QString &path);
// FINDINGS with the type the package declares, when its directory was whole and within the limits.
ZipFindings inspectZip(const QMimeDatabase &db, ZipFindings findings, int fd);

} // namespace Folio::TypeDetection
