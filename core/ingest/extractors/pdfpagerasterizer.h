// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renders the pages of one PDF, one at a time, to grayscale images for OCR, with Poppler (its Qt 6
// interface), and tells how much text each page already has, so callers OCR only the pages without any.
// Pages are numbered from 0 here (as Poppler does, and as ContentExtraction::pageTexts is indexed); messages
// for the user count from 1.
//
// Untrusted input, bounded as PdfExtractor bounds page 1: a page larger than any paper (4A0) or than the PDF
// format allows is refused (LimitExceeded), a page that would exceed PdfRasterLimits::maxPixels at the asked
// resolution is rendered at the resolution that fits (PdfPageRaster::reduced says so), and a page whose
// content takes longer than renderSeconds is abandoned. Poppler renders into 32-bit pixels before the
// conversion to gray, so one render holds about 5 bytes per pixel (200 MB at the default limit). What these
// cannot bound (the CPU Poppler spends decoding one huge embedded image) is bounded by the sandbox process
// OCR runs in (DESIGN.md rule 5).
//
// Thread safety: one instance holds one open Poppler document and may be used by one thread at a time;
// instances on different threads are independent. Ownership: the rasterizer owns its document; images are
// values (QImage shares its pixels implicitly).

#include "error.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QtGui/QImage>

#include <atomic>
#include <memory>

namespace Poppler {
class Document;
class Page;
} // namespace Poppler

namespace Folio {

struct PdfRasterLimits
{
    qint64 maxPixels = 40'000'000; // width × height of one rendered page (A4 at 600 dpi is 35 million)
    int renderSeconds = 30; // rendering one page is abandoned after this long (checked between operators)
};

struct PdfPageRaster
{
    QImage image; // Format_Grayscale8; its dots per metre say its resolution
    double dpi = 0; // the resolution rendered at: the one asked for, or less when maxPixels required
    bool reduced = false; // dpi is lower than asked, to stay within maxPixels
};

class PdfPageRasterizer
{
    Q_DECLARE_TR_FUNCTIONS(Folio::PdfPageRasterizer)

public:
    static constexpr double MaxDpi = 2400;

    // Opens the PDF at PATH. PASSWORD, when given, unlocks an encrypted document (as user or owner password).
    // Errors: NotFound, InvalidArgument (not a regular file), Io (unreadable), Corrupt (Poppler cannot open
    // it at all), PermissionDenied (encrypted, and PASSWORD is missing or wrong).
    static Result<std::unique_ptr<PdfPageRasterizer>> open(
        const QString &path, const QString &password = {}, const PdfRasterLimits &limits = {});
    ~PdfPageRasterizer();
    PdfPageRasterizer(const PdfPageRasterizer &) = delete;
    PdfPageRasterizer &operator=(const PdfPageRasterizer &) = delete;

    int pageCount() const;
    // The size of page PAGE (0-based) as displayed (its /Rotate applied), in points.
    Result<QSizeF> pageSize(int page) const;
    // The characters of page PAGE's text layer, not counting white space: 0 for a page that needs OCR.
    Result<qsizetype> textCharCount(int page) const;
    // Page PAGE (0-based) at DPI (1 to MaxDpi), in gray, on white paper. CANCEL, when given, is polled while
    // rendering; setting it ends the render with Cancelled. Errors: InvalidArgument (no such page, DPI out of
    // range), Corrupt (the page cannot be read or has no usable size), LimitExceeded (larger than any paper;
    // slower than renderSeconds), Cancelled.
    Result<PdfPageRaster> render(int page, double dpi, const std::atomic_bool *cancel = nullptr) const;

private:
    PdfPageRasterizer(std::unique_ptr<Poppler::Document> document, QString path, const PdfRasterLimits &limits);
    Result<std::unique_ptr<Poppler::Page>> loadPage(int page) const;

    std::unique_ptr<Poppler::Document> m_document;
    QString m_path;
    QString m_name; // the file name, for messages
    PdfRasterLimits m_limits;
};

} // namespace Folio
