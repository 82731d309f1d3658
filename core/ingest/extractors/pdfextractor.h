// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a PDF with Poppler (its Qt 6 interface): the Info dictionary and the XMP packet mapped to Folio's
// unified fields (title, creator, description, keywords, created, modified, pdfa), the page count and the
// size of page 1, the text of every page, the outline, the embedded files, whether it has forms or
// JavaScript, and the thumb and preview renditions of page 1.
//
// Untrusted input: Poppler-Qt6 has no JavaScript engine, so scripts are only found and flagged
// ("has-javascript"), never run. Page 1 is rendered with its long edge at PdfLimits::renderEdge pixels
// whatever its size, so the raster is bounded; pages larger than any paper (4A0) or the PDF format
// allows are not rendered at all, and a content stream that takes longer than renderSeconds is abandoned.
// Text stops at maxTextChars. What these cannot bound (the CPU time Poppler spends decoding one huge image,
// memory for a huge metadata stream) is bounded by the sandbox process extraction runs in (DESIGN.md rule 5).
// Damage Poppler repaired (a rebuilt cross-reference table, syntax errors) comes back as warnings.
//
// Encrypted documents: without the password, the result only says so (isProtected, a warning); with the
// right user or owner password everything is extracted; a wrong one is an error.
//
// Thread safety: extract() may run on several threads at once; each call opens its own Poppler document.
// Poppler reports its messages through one process-wide function, which Folio installs once: a message
// goes to the extraction running on the thread that raised it, and is dropped outside an extraction.
// Ownership: results are plain values.

#include "error.h"
#include "ingest/extractors/contentextraction.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

struct PdfLimits
{
    qsizetype maxTextChars = qsizetype { 10 } * 1024 * 1024; // text of all pages together; later pages get none
    int renderEdge = 1600; // the long edge of the rendered page 1, in pixels; 0: no renditions (text only)
    int renderSeconds = 5; // rendering page 1 is abandoned after this long (checked between operators)
};

class PdfExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::PdfExtractor)

public:
    // Everything Folio reads from the PDF at PATH. PASSWORD, when given, unlocks an encrypted document
    // (as user or owner password). Errors: NotFound, InvalidArgument (not a regular file), Io (unreadable),
    // Corrupt (Poppler cannot open it at all), PermissionDenied (encrypted and PASSWORD is wrong).
    // Fields, only those the file has: title, creator, description, keywords (array), created, modified (ISO-8601 UTC),
    // pdfa ("PDF/A-1b"), pages, page-width, page-height (page 1, in points), attachments (count), has-forms,
    // has-javascript, needs-ocr (no page holds text: a scan). Tags: pdf.<Info key>, pdf.xmp, pdf.outline ("title >
    // child" lines), pdf.attachments, pdf.PageSize, pdf.PageSizes (when pages differ), pdf.FormType, pdf.encrypted.
    // pageTexts[i] is page i + 1; it is shorter than the page count when the text limit stopped extraction
    // (with a warning). Renditions "thumb" and "preview" show page 1; when it cannot be rendered, a warning
    // says why.
    static Result<ContentExtraction> extract(
        const QString &path, const QString &password = {}, const PdfLimits &limits = {});
};

} // namespace Folio
