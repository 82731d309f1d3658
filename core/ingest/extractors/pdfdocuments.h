// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every reader of untrusted PDFs in Folio shares (PdfExtractor, PdfPageRasterizer): the page-size
// limits that tell a document from a render bomb, the check that the path is a readable regular file
// before Poppler sees it, and unlocking with a password as Poppler-Qt6 needs it.
//
// Thread safety: stateless; every function may run on any number of threads at once.

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Poppler {
class Document;
} // namespace Poppler

namespace Folio::PdfDocuments {

// The PDF format's own limit (ISO 32000, annex C: 14,400 units of 1/72 inch, 5.08 m) and the area of 4A0
// (1682 × 2378 mm), the largest paper there is: a page beyond either is a render bomb, not a document.
inline constexpr double MaxPageEdge = 14400.0;
inline constexpr double MaxPageArea = (1682.0 / 25.4 * 72.0) * (2378.0 / 25.4 * 72.0);

// NotFound, InvalidArgument (not a regular file) or Io (unreadable), naming the file, for PATH.
Result<void> checkReadable(const QString &path);

// Unlocks DOCUMENT with PASSWORD; true when it is open now.
bool unlock(Poppler::Document &document, const QString &password);

} // namespace Folio::PdfDocuments
