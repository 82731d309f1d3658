// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a library lives when nobody says: the one rule shared by folio and folioctl.
// Stateless functions; thread-safe.

#include <QString>

namespace Folio::LibraryPaths {

// The environment variable that names a library when no --library option is given.
inline constexpr char environmentVariable[] = "FOLIO_LIBRARY";

// The platform's data location for Folio's default library (QStandardPaths::AppDataLocation/Library).
QString defaultLibrary();

// The library to open: EXPLICIT when not empty, else $FOLIO_LIBRARY when set, else defaultLibrary().
// The result is absolute and clean.
QString resolve(const QString &explicitPath);

} // namespace Folio::LibraryPaths
