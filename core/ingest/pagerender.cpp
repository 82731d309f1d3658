// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/pagerender.h"

#include "ingest/extractors/exivreader.h"
#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/pdfdocuments.h"
#include "ingest/typedetector.h"

#include <QColorSpace>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QVariant>
#include <QtGui/QImage>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Folio {

namespace {

// QImage (and so the PNG writer) stops at this edge.
constexpr double MaxRasterEdge = 32767.0;
constexpr double MaxDpi = 2400.0;
// Qt's PNG writer maps quality to zlib's level as (100 - quality) / 10. Level 1: an 8-megapixel photo is
// written in 0.4 s instead of 2.7 s at the default level 6, into 9.6 MB instead of 8.2 (24 MB stored, which
// a temporary folder on tmpfs would hold in memory); a text page in 19 ms, 220 KB.
constexpr int PngQuality = 85;

struct Drawn
{
    QImage image;
    QSize sourceSize; // an image's pixels (upright), a PDF page's points
    int pages = 1;
    QStringList warnings;
};

// What Poppler's abort callback polls while drawing: it receives only a QVariant, which carries this address.
bool deadlinePassed(const QVariant &closure)
{
    return static_cast<const QDeadlineTimer *>(closure.value<void *>())->hasExpired();
}

Result<Drawn> drawPdfPage(const QString &path, const QString &name, const RenderTask &task, const QString &password)
{
    if (auto readable = PdfDocuments::checkReadable(path); !readable) {
        return std::unexpected(readable.error());
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return fail(Error::Code::Corrupt,
            PageRender::tr("Cannot show \"%1\": it is not a PDF, or it is damaged beyond repair.").arg(name), path);
    }
    if (document->isLocked()) {
        if (password.isEmpty()) {
            return fail(Error::Code::PermissionDenied,
                PageRender::tr("Cannot show \"%1\": it is encrypted, and no password was given.").arg(name), path);
        }
        if (!PdfDocuments::unlock(*document, password)) {
            return fail(
                Error::Code::PermissionDenied, PageRender::tr("Cannot open \"%1\": wrong password.").arg(name), path);
        }
    }
    // After unlock(): Poppler reopens the document then, and the hints live with it.
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::TextHinting);
    document->setPaperColor(Qt::white);

    Drawn drawn;
    drawn.pages = document->numPages();
    if (task.page < 0 || task.page >= drawn.pages) {
        return fail(Error::Code::InvalidArgument,
            PageRender::tr("\"%1\" has no page %2: it has %n page(s).", nullptr, drawn.pages)
                .arg(name)
                .arg(qint64(task.page) + 1),
            path);
    }
    const std::unique_ptr<Poppler::Page> page = document->page(task.page);
    if (!page) {
        return fail(Error::Code::Corrupt,
            PageRender::tr("Page %1 of \"%2\" could not be read.").arg(task.page + 1).arg(name), path);
    }
    const QSizeF size = page->pageSizeF();
    if (!std::isfinite(size.width()) || !std::isfinite(size.height()) || size.width() < 1.0 || size.height() < 1.0) {
        return fail(Error::Code::Corrupt,
            PageRender::tr("Page %1 of \"%2\" has no usable size: it cannot be shown.").arg(task.page + 1).arg(name),
            path);
    }
    if (std::max(size.width(), size.height()) > PdfDocuments::MaxPageEdge
        || size.width() * size.height() > PdfDocuments::MaxPageArea) {
        return fail(Error::Code::LimitExceeded,
            PageRender::tr("Page %1 of \"%2\" measures %3 x %4 cm, larger than any paper: it is not shown.")
                .arg(task.page + 1)
                .arg(name)
                .arg(size.width() / 72.0 * 2.54, 0, 'f', 0)
                .arg(size.height() / 72.0 * 2.54, 0, 'f', 0),
            path);
    }
    drawn.sourceSize = size.toSize();

    // The resolution at which the page fits the box, then the largest not above it within the pixel and
    // edge limits; Poppler rounds the raster's size up, so stay a hair below.
    double dpi = 72.0 * std::min(task.maxSize.width() / size.width(), task.maxSize.height() / size.height());
    dpi = std::min(dpi, MaxDpi);
    const double pixels = (size.width() / 72.0 * dpi) * (size.height() / 72.0 * dpi);
    if (pixels > double(task.maxPagePixels)) {
        dpi *= std::sqrt(double(task.maxPagePixels) / pixels) * 0.999;
        drawn.warnings.append(PageRender::tr("Page %1 of \"%2\" is shown smaller, within %3 megapixels.")
                                  .arg(task.page + 1)
                                  .arg(name)
                                  .arg(task.maxPagePixels / 1'000'000));
    }
    dpi = std::min(dpi, MaxRasterEdge * 72.0 / std::max(size.width(), size.height()) * 0.999);
    dpi = std::max(dpi, 1.0);

    QDeadlineTimer deadline { std::chrono::seconds(task.renderSeconds) };
    drawn.image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
        deadlinePassed, QVariant::fromValue(static_cast<void *>(&deadline)));
    if (deadline.hasExpired()) {
        return fail(Error::Code::LimitExceeded,
            PageRender::tr("Page %1 of \"%2\" took longer than %n second(s) to draw.", nullptr, task.renderSeconds)
                .arg(task.page + 1)
                .arg(name),
            path);
    }
    if (drawn.image.isNull()) {
        return fail(Error::Code::Corrupt,
            PageRender::tr("Page %1 of \"%2\" could not be drawn.").arg(task.page + 1).arg(name), path);
    }
    if (drawn.image.hasAlphaChannel()) {
        drawn.image = drawn.image.convertToFormat(QImage::Format_RGB32); // on white paper: opaque
    }
    return drawn;
}

// The Qt decoder for MIMETYPE, for the formats ImageRenderer's libvips loaders also accept.
QByteArray qtFormatFor(const QString &mimeType)
{
    static const std::pair<const char *, const char *> formats[] = { { "image/png", "png" }, { "image/jpeg", "jpeg" },
        { "image/tiff", "tiff" }, { "image/webp", "webp" }, { "image/gif", "gif" } };
    for (const auto &[mime, format] : formats) {
        if (mimeType == QLatin1String(mime)) {
            return QByteArray(format);
        }
    }
    return {};
}

// Whether the JPEG at PATH has four components (CMYK or YCCK). Qt turns those into RGB without their
// profile, visibly off from the preview libvips made through one: they go through ImageRenderer too.
bool isFourComponentJpeg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(2) != QByteArrayLiteral("\xFF\xD8")) {
        return false;
    }
    // Segments up to the frame header; EXIF, XMP and ICC segments before it are skipped by their lengths.
    for (int segment = 0; segment < 1000; ++segment) {
        const QByteArray marker = file.read(4);
        if (marker.size() < 4 || uchar(marker.at(0)) != 0xFF) {
            return false;
        }
        const uchar type = uchar(marker.at(1));
        const int length = (uchar(marker.at(2)) << 8) | uchar(marker.at(3));
        const bool frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
        if (frame) {
            const QByteArray header = file.read(6); // precision, height, width, components
            return header.size() == 6 && uchar(header.at(5)) == 4;
        }
        if (length < 2 || !file.seek(file.pos() + length - 2)) {
            return false;
        }
    }
    return false;
}

// Full quality, by Qt's decoder for FORMAT alone (no guessing from the content), upright and in sRGB.
Result<Drawn> decodeWithQt(const QString &path, const QString &name, const QByteArray &format, const RenderTask &task)
{
    QImageReader reader(path, format);
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true);
    // Qt refuses images over 256 MB by default; the pixel limit below is the one that counts (4 bytes each,
    // and a scaled copy).
    reader.setAllocationLimit(int(std::min<qint64>(task.maxImagePixels * 8 / (1 << 20) + 1, 1 << 20)));
    if (!reader.canRead()) {
        return fail(Error::Code::Corrupt,
            PageRender::tr("\"%1\" cannot be decoded as %2: %3")
                .arg(name, QString::fromLatin1(format), reader.errorString()),
            path);
    }
    Drawn drawn;
    drawn.pages = std::max(1, reader.imageCount());
    if (task.page < 0 || task.page >= drawn.pages) {
        return fail(Error::Code::InvalidArgument,
            PageRender::tr("\"%1\" has no page %2: it has %n page(s).", nullptr, drawn.pages)
                .arg(name)
                .arg(qint64(task.page) + 1),
            path);
    }
    // Animations are read frame after frame (Qt's GIF and WebP readers cannot jump).
    if (task.page > 0 && !reader.jumpToImage(task.page)) {
        for (int frame = 0; frame < task.page; ++frame) {
            if (QImage skipped; !reader.read(&skipped)) {
                return fail(Error::Code::Corrupt,
                    PageRender::tr("Page %1 of \"%2\" cannot be decoded: %3")
                        .arg(task.page + 1)
                        .arg(name, reader.errorString()),
                    path);
            }
        }
    }
    const QSize stored = reader.size();
    if (stored.isValid() && qint64(stored.width()) * stored.height() > task.maxImagePixels) {
        return fail(Error::Code::LimitExceeded,
            PageRender::tr("\"%1\" has %2 × %3 pixels, over the limit of %4 megapixels: it is not shown.")
                .arg(name)
                .arg(stored.width())
                .arg(stored.height())
                .arg(task.maxImagePixels / 1'000'000),
            path);
    }
    // The decoder scales before it turns the picture upright: a box for the upright picture is turned too.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize box = turned ? task.maxSize.transposed() : task.maxSize;
    if (stored.isValid() && (stored.width() > box.width() || stored.height() > box.height())) {
        reader.setScaledSize(stored.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    if (!reader.read(&drawn.image)) {
        return fail(
            Error::Code::Corrupt, PageRender::tr("\"%1\" cannot be decoded: %2").arg(name, reader.errorString()), path);
    }
    drawn.sourceSize = turned ? stored.transposed() : stored;
    if (!drawn.sourceSize.isValid()) {
        drawn.sourceSize = drawn.image.size();
    }
    const QColorSpace colorSpace = drawn.image.colorSpace();
    if (colorSpace.isValid() && colorSpace != QColorSpace(QColorSpace::SRgb)) {
        drawn.image.convertToColorSpace(QColorSpace::SRgb);
    }
    return drawn;
}

// HEIF, SVG and camera RAW through ImageRenderer's libvips (the first page only): a JPEG or WebP as large
// as the box, decoded here again (it is our own output).
Result<Drawn> drawWithLibvips(const QString &path, const QString &name, const RenderTask &task)
{
    RenderLimits limits;
    limits.maxPixels = task.maxImagePixels;
    limits.previewEdge = std::max(task.maxSize.width(), task.maxSize.height());
    limits.thumbEdge = 16; // made all the same, and thrown away
    Drawn drawn;
    auto rendered = ImageRenderer::render(path, limits);
    if (!rendered) {
        // A camera RAW: its embedded preview is the photo as the camera showed it.
        auto preview = ExivReader::largestPreview(path);
        if (!preview) {
            return std::unexpected(rendered.error());
        }
        auto fromPreview = ImageRenderer::renderBuffer(*preview, name, limits);
        if (!fromPreview) {
            return std::unexpected(rendered.error());
        }
        rendered = std::move(fromPreview);
        drawn.warnings.append(PageRender::tr("\"%1\" is shown from the camera's embedded preview.").arg(name));
    }
    drawn.pages = rendered->pages;
    if (task.page != 0) {
        return fail(
            Error::Code::Unsupported, PageRender::tr("Only the first page of \"%1\" can be shown.").arg(name), path);
    }
    drawn.sourceSize = QSize(rendered->sourceWidth, rendered->sourceHeight);
    drawn.image = QImage::fromData(rendered->preview.bytes);
    if (drawn.image.isNull()) {
        return fail(Error::Code::Unknown, PageRender::tr("\"%1\" could not be drawn.").arg(name), path);
    }
    if (drawn.image.width() > task.maxSize.width() || drawn.image.height() > task.maxSize.height()) {
        drawn.image = drawn.image.scaled(task.maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return drawn;
}

Result<void> writePng(const QImage &image, const QString &output, const QString &name)
{
    QImageWriter writer(output, "png");
    writer.setQuality(PngQuality);
    if (!writer.write(image)) {
        return fail(Error::Code::Io,
            PageRender::tr("Cannot write the picture of \"%1\": %2").arg(name, writer.errorString()), output);
    }
    return {};
}

Result<Drawn> draw(
    const QString &path, const QString &name, const QString &mimeType, const RenderTask &task, const QString &password)
{
    if (mimeType == QLatin1String("application/pdf")) {
        return drawPdfPage(path, name, task, password);
    }
    if (mimeType.startsWith(QLatin1String("image/"))) {
        const QByteArray format = qtFormatFor(mimeType);
        const bool withQt
            = !format.isEmpty() && ImageRenderer::canDecode(path) && !(format == "jpeg" && isFourComponentJpeg(path));
        return withQt ? decodeWithQt(path, name, format, task) : drawWithLibvips(path, name, task);
    }
    if (mimeType == QLatin1String("application/x-zerosize")) {
        return fail(Error::Code::Corrupt, PageRender::tr("\"%1\" is empty: there is nothing to show.").arg(name), path);
    }
    return fail(Error::Code::Unsupported,
        PageRender::tr("\"%1\" is %2: Folio draws only PDF pages and images.").arg(name, mimeType), path);
}

} // namespace

QJsonObject RenderTask::toJson() const
{
    return { { QStringLiteral("page"), page }, { QStringLiteral("maxWidth"), maxSize.width() },
        { QStringLiteral("maxHeight"), maxSize.height() }, { QStringLiteral("maxImagePixels"), double(maxImagePixels) },
        { QStringLiteral("maxPagePixels"), double(maxPagePixels) },
        { QStringLiteral("renderSeconds"), renderSeconds } };
}

RenderTask RenderTask::fromJson(const QJsonObject &options)
{
    RenderTask task;
    task.page = options.value(QStringLiteral("page")).toInt(task.page);
    // A box beyond QImage's edge could not be drawn anyway; an empty one would draw nothing.
    const auto edge = [&](const char *key, int fallback) {
        return std::clamp(options.value(QLatin1String(key)).toInt(fallback), 1, int(MaxRasterEdge));
    };
    task.maxSize = QSize(edge("maxWidth", task.maxSize.width()), edge("maxHeight", task.maxSize.height()));
    // Limits out of any sensible range (or not numbers) keep their defaults.
    const auto limit = [&](const char *key, qint64 fallback, double most) {
        const double value = options.value(QLatin1String(key)).toDouble(double(fallback));
        return value >= 1 && value <= most ? qint64(value) : fallback;
    };
    task.maxImagePixels = limit("maxImagePixels", task.maxImagePixels, 1e12);
    task.maxPagePixels = limit("maxPagePixels", task.maxPagePixels, 1e12);
    task.renderSeconds = int(limit("renderSeconds", task.renderSeconds, 3600));
    return task;
}

ExtractionResult PageRender::render(const QString &path, const RenderTask &task, const QString &output,
    const QString &originalName, const QString &password)
{
    const QString name = QFileInfo(originalName.isEmpty() ? path : originalName).fileName();
    auto type = TypeDetector::detect(path, originalName);
    if (!type) {
        return ExtractionResult::failure(type.error().message());
    }
    ExtractionResult result;
    result.detectedType = type->mimeType;
    result.kind = type->kind;
    result.extensionMismatch = type->extensionMismatch;

    const Result<Drawn> drawn = draw(path, name, type->mimeType, task, password);
    if (!drawn) {
        result.error = drawn.error().message();
        if (drawn.error().code() == Error::Code::PermissionDenied
            && type->mimeType == QLatin1String("application/pdf")) {
            result.isProtected = true;
        }
        return result;
    }
    result.pages = drawn->pages;
    result.width = drawn->sourceSize.width();
    result.height = drawn->sourceSize.height();
    result.warnings = drawn->warnings;
    if (auto written = writePng(drawn->image, output, name); !written) {
        result.error = written.error().message();
        return result;
    }
    result.renditions.append({ QStringLiteral("page:%1").arg(task.page + 1), output, QStringLiteral("image/png"),
        drawn->image.width(), drawn->image.height() });
    return result;
}

} // namespace Folio
