// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Makes the preview and thumbnail renditions of an image and its perceptual hash, with libvips. Each file
// is decoded once: shrink-on-load straight into the preview (EXIF orientation applied, colour converted to
// sRGB), then the thumbnail and the hash are made from the preview in memory.
//
// Untrusted input: only the loaders Folio means to use run (JPEG, PNG, WebP, GIF, TIFF, HEIF, SVG through
// librsvg, which runs no scripts); ImageMagick and every other loader libvips carries are blocked. Images
// over RenderLimits::maxPixels are refused from their header, before a pixel is decoded; camera RAW files
// are refused (their embedded preview, which Exiv2 finds, goes through renderBuffer()); PNG chunks that
// claim more bytes than the file holds are refused before libpng allocates them.
//
// Thread safety: every function is static and may run on several threads at once. libvips is set up once
// per process (std::call_once) with one worker thread per call, since the ingest pipeline parallelises
// across files, and no operation cache. libvips has one error buffer per process: under concurrency an
// error's reason may be missing or carry another call's text; the message always names the right file.
// Ownership: results are plain values.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Folio {

struct RenderLimits
{
    qint64 maxPixels = 100'000'000; // width × height of the first page, from the header (SVG, drawn at size, is exempt)
    int previewEdge = 1600; // the preview's long edge at most (never upscaled)
    int thumbEdge = 320; // the thumbnail's long edge at most (never upscaled)
};

struct RenderedImage
{
    QByteArray bytes;
    QString mimeType; // image/jpeg, or image/webp when the image has an alpha channel
    int width = 0;
    int height = 0;
};

struct RenderResult
{
    RenderedImage preview; // sRGB, upright, JPEG quality 85; WebP (with alpha) when the source has alpha
    RenderedImage thumb; // made from the preview, same format rules
    quint64 perceptualHash = 0; // PerceptualHash of the picture, made from the thumbnail
    int sourceWidth = 0; // as displayed, after orientation
    int sourceHeight = 0;
    int pages = 1; // pages of a multi-page TIFF, frames of an animated GIF or WebP; renditions show the first
    QStringList warnings; // what went wrong without stopping the rendering (a truncated file…)
};

class ImageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ImageRenderer)

public:
    static Result<RenderResult> render(const QString &path, const RenderLimits &limits = {});
    // The same from encoded bytes (a camera RAW's embedded JPEG preview, an image inside an archive);
    // WHAT names them in messages.
    static Result<RenderResult> renderBuffer(
        const QByteArray &encoded, const QString &what, const RenderLimits &limits = {});
    // Whether a loader Folio allows recognises the file (by content, not by name), and it is no camera RAW.
    static bool canDecode(const QString &path);
};

} // namespace Folio
