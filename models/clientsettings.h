// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop client's preferences, in one place: the keys of QSettings (the user's configuration file,
// organisation "Folio", application "folio") and their defaults. The settings dialog writes them; ingest,
// the browsers, OCR and the translations read them. Library-wide settings (the schema, retention) live in the
// library, not here.
//
// Thread safety: QSettings is reentrant; read these on any thread. No ownership.

#include <QString>

namespace Folio::ClientSettings {

// The library folio opens when no --library is given and FOLIO_LIBRARY is unset; empty: the platform's
// data location (LibraryPaths::resolve).
QString libraryLocation();
void setLibraryLocation(const QString &path);

// The grid's thumbnail edge in pixels (the browser's size slider writes it too).
int thumbnailEdge();
void setThumbnailEdge(int pixels);
inline constexpr int MinThumbnailEdge = 64;
inline constexpr int MaxThumbnailEdge = 512;

// Extraction worker processes an ingest runs (1…16; default: half the cores, at least 1).
int ingestJobs();
void setIngestJobs(int jobs);

// Tesseract languages joined by '+' ("eng+deu"); empty: the library's own setting.
QString ocrLanguages();
void setOcrLanguages(const QString &languages);

// The interface language ("de", "fr", "en"); empty: follow the system locale.
QString language();
void setLanguage(const QString &language);

} // namespace Folio::ClientSettings
