// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/pdfpagerasterizer.h"

#include "ingest/extractors/pdfdocuments.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace Folio {

namespace {

using PdfDocuments::MaxPageArea;
using PdfDocuments::MaxPageEdge;
// QImage and Tesseract (whose boxes hold 16-bit coordinates) both stop at this edge.
constexpr double MaxRasterEdge = 32767.0;

// What Poppler's abort callback polls while drawing: it receives only a QVariant, which carries this address.
struct RenderStop
{
    QDeadlineTimer deadline;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    bool operator()() const { return cancelled() || deadline.hasExpired(); }
};

bool shouldStopRendering(const QVariant &closure)
{
    return (*static_cast<const RenderStop *>(closure.value<void *>()))();
}

} // namespace

PdfPageRasterizer::PdfPageRasterizer(
    std::unique_ptr<Poppler::Document> document, QString path, const PdfRasterLimits &limits)
    : m_document(std::move(document))
    , m_path(std::move(path))
    , m_name(QFileInfo(m_path).fileName())
    , m_limits(limits)
{ }

PdfPageRasterizer::~PdfPageRasterizer() = default;

Result<std::unique_ptr<PdfPageRasterizer>> PdfPageRasterizer::open(
    const QString &path, const QString &password, const PdfRasterLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    if (auto readable = PdfDocuments::checkReadable(path); !readable) {
        return std::unexpected(readable.error());
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return fail(Error::Code::Corrupt,
            tr("Cannot read \"%1\": it is not a PDF, or it is damaged beyond repair.").arg(name), path);
    }
    if (document->isLocked()) {
        if (password.isEmpty()) {
            return fail(Error::Code::PermissionDenied,
                tr("Cannot render \"%1\": it is encrypted, and no password was given.").arg(name), path);
        }
        if (!PdfDocuments::unlock(*document, password)) {
            return fail(Error::Code::PermissionDenied, tr("Cannot open \"%1\": wrong password.").arg(name), path);
        }
    }
    // After unlock(): Poppler reopens the document then, and the hints live with it. Smooth edges and
    // smoothly scaled images are what OCR reads best.
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    return std::unique_ptr<PdfPageRasterizer>(new PdfPageRasterizer(std::move(document), path, limits));
}

int PdfPageRasterizer::pageCount() const
{
    return m_document->numPages();
}

Result<std::unique_ptr<Poppler::Page>> PdfPageRasterizer::loadPage(int page) const
{
    const int count = pageCount();
    if (page < 0 || page >= count) {
        return fail(Error::Code::InvalidArgument,
            tr("\"%1\" has no page %2: it has %n page(s).", nullptr, count).arg(m_name).arg(qint64(page) + 1), m_path);
    }
    std::unique_ptr<Poppler::Page> loaded = m_document->page(page);
    if (!loaded) {
        return fail(Error::Code::Corrupt, tr("Page %1 of \"%2\" could not be read.").arg(page + 1).arg(m_name), m_path);
    }
    return loaded;
}

Result<QSizeF> PdfPageRasterizer::pageSize(int page) const
{
    const auto loaded = loadPage(page);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    return (*loaded)->pageSizeF();
}

Result<qsizetype> PdfPageRasterizer::textCharCount(int page) const
{
    const auto loaded = loadPage(page);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const QString text = (*loaded)->text(QRectF());
    return qsizetype(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
}

Result<PdfPageRaster> PdfPageRasterizer::render(int page, double dpi, const std::atomic_bool *cancel) const
{
    if (!std::isfinite(dpi) || dpi < 1.0 || dpi > MaxDpi) {
        return fail(Error::Code::InvalidArgument,
            tr("Cannot render \"%1\" at %2 dpi: the resolution must be between 1 and %3 dpi.")
                .arg(m_name)
                .arg(dpi)
                .arg(MaxDpi),
            m_path);
    }
    const auto loaded = loadPage(page);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const Poppler::Page &popplerPage = **loaded;
    const QSizeF size = popplerPage.pageSizeF();
    if (!std::isfinite(size.width()) || !std::isfinite(size.height()) || size.width() < 1.0 || size.height() < 1.0) {
        return fail(Error::Code::Corrupt,
            tr("Page %1 of \"%2\" has no usable size: it cannot be rendered.").arg(page + 1).arg(m_name), m_path);
    }
    if (std::max(size.width(), size.height()) > MaxPageEdge || size.width() * size.height() > MaxPageArea) {
        return fail(Error::Code::LimitExceeded,
            tr("Page %1 of \"%2\" measures %3 x %4 cm, larger than any paper: it is not rendered.")
                .arg(page + 1)
                .arg(m_name)
                .arg(size.width() / 72.0 * 2.54, 0, 'f', 0)
                .arg(size.height() / 72.0 * 2.54, 0, 'f', 0),
            m_path);
    }

    // The largest resolution not above DPI at which the raster stays within the pixel and edge limits.
    PdfPageRaster raster;
    raster.dpi = dpi;
    const double pixelsAtDpi = (size.width() / 72.0 * dpi) * (size.height() / 72.0 * dpi);
    if (pixelsAtDpi > double(m_limits.maxPixels)) {
        raster.dpi = dpi * std::sqrt(double(m_limits.maxPixels) / pixelsAtDpi);
    }
    raster.dpi = std::min(raster.dpi, MaxRasterEdge * 72.0 / std::max(size.width(), size.height()));
    if (raster.dpi < dpi) {
        // Poppler rounds the raster's size up: stay a hair below the limits rather than a pixel above them.
        raster.dpi *= 0.999;
        raster.reduced = true;
    }

    RenderStop stop { QDeadlineTimer(std::chrono::seconds(m_limits.renderSeconds)), cancel };
    const QImage rendered = popplerPage.renderToImage(raster.dpi, raster.dpi, -1, -1, -1, -1, Poppler::Page::Rotate0,
        nullptr, nullptr, shouldStopRendering, QVariant::fromValue(static_cast<void *>(&stop)));
    if (stop.cancelled()) {
        return fail(
            Error::Code::Cancelled, tr("Rendering page %1 of \"%2\" was cancelled.").arg(page + 1).arg(m_name), m_path);
    }
    if (stop.deadline.hasExpired()) {
        return fail(Error::Code::LimitExceeded,
            tr("Page %1 of \"%2\" took longer than %n second(s) to render.", nullptr, m_limits.renderSeconds)
                .arg(page + 1)
                .arg(m_name),
            m_path);
    }
    if (rendered.isNull()) {
        return fail(
            Error::Code::Corrupt, tr("Page %1 of \"%2\" could not be rendered.").arg(page + 1).arg(m_name), m_path);
    }
    raster.image = rendered.convertToFormat(QImage::Format_Grayscale8);
    if (raster.image.isNull()) {
        return fail(Error::Code::LimitExceeded,
            tr("Page %1 of \"%2\" could not be converted to gray: out of memory.").arg(page + 1).arg(m_name), m_path);
    }
    const int dotsPerMeter = qRound(raster.dpi / 0.0254);
    raster.image.setDotsPerMeterX(dotsPerMeter);
    raster.image.setDotsPerMeterY(dotsPerMeter);
    return raster;
}

} // namespace Folio
