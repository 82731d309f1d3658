// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "render" task of the folio-extract sandbox (DESIGN.md rule 5): one page of an untrusted PDF, or an
// image (one page of a multi-page TIFF, one frame of an animation), drawn in colour at up to a given size
// and written as a PNG for the client's quick look, which never parses the original itself.
//
// PDF pages are drawn by Poppler with the limits PdfPageRasterizer applies (PdfDocuments' page sizes,
// a pixel budget, a time limit checked between drawing operators). Images are decoded at full quality by
// Qt's decoder for the formats ImageRenderer's libvips loaders also accept (PNG, JPEG, TIFF, WebP, GIF),
// only after ImageRenderer::canDecode() accepted the file and within a pixel limit read from the header;
// the other formats it allows (HEIF, SVG) and camera RAW (its embedded preview) go through ImageRenderer
// itself (libvips stays there), as a JPEG or WebP of the asked size.
//
// Thread safety: stateless; render() may run on several threads at once. Ownership: results are values;
// the PNG is the caller's to delete.

#include "ingest/extractionresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSize>
#include <QString>

namespace Folio {

// What the "render" task draws; it travels in ExtractionRequest::options.
struct RenderTask
{
    int page = 0; // 0-based
    // The picture fits in this box, kept at its aspect ratio. A PDF page is scaled to fit (up or down); an
    // image is never scaled up.
    QSize maxSize { 2048, 2048 };
    qint64 maxImagePixels = 100'000'000; // an image with more pixels is refused from its header
    qint64 maxPagePixels = 40'000'000; // a PDF page is drawn smaller rather than over this
    int renderSeconds = 25; // a PDF page drawing longer is abandoned (within the pool's watchdog of 30 s)

    QJsonObject toJson() const;
    static RenderTask fromJson(const QJsonObject &options);
};

class PageRender
{
    Q_DECLARE_TR_FUNCTIONS(Folio::PageRender)

public:
    // Renders TASK's page of the file at PATH into the PNG file OUTPUT. ORIGINALNAME is the file's name as
    // the user knows it (PATH is a blob named by its hash): it helps type detection. PASSWORD unlocks an
    // encrypted PDF. The result has the detected type, the page count (pages), the source's size in pixels
    // (an image's, after its orientation) or points (a PDF page's), and one rendition named "page:N" (N
    // counted from 1) with the PNG's size; or an error naming the file and the reason.
    static ExtractionResult render(const QString &path, const RenderTask &task, const QString &output,
        const QString &originalName = {}, const QString &password = {});
};

} // namespace Folio
