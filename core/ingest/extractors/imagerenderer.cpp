// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/imagerenderer.h"

#include "ingest/extractors/perceptualhash.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <vips/vips.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

namespace Folio {

namespace {

struct GObjectUnref
{
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct GFree
{
    void operator()(gpointer memory) const { g_free(memory); }
};
struct AreaUnref
{
    void operator()(VipsArrayDouble *array) const { vips_area_unref(VIPS_AREA(array)); }
};
using ImagePtr = std::unique_ptr<VipsImage, GObjectUnref>;
using SourcePtr = std::unique_ptr<VipsSource, GObjectUnref>;
using GMemoryPtr = std::unique_ptr<void, GFree>;
using DoublesPtr = std::unique_ptr<VipsArrayDouble, AreaUnref>;

// The loader families Folio reads (each with its _buffer/_source variants); every other loader is blocked.
constexpr const char *AllowedLoaders[] = {
    "VipsForeignLoadJpeg",
    "VipsForeignLoadPng",
    "VipsForeignLoadWebp",
    "VipsForeignLoadNsgif",
    "VipsForeignLoadTiff",
    "VipsForeignLoadHeif",
    "VipsForeignLoadSvg",
};
constexpr int PreviewQuality = 85;

bool isAllowedLoader(const char *loader)
{
    if (!loader) {
        return false;
    }
    for (const char *allowed : AllowedLoaders) {
        if (std::strncmp(loader, allowed, std::strlen(allowed)) == 0) {
            return true;
        }
    }
    return false;
}

bool isLoader(const char *loader, const char *family)
{
    return std::strncmp(loader, family, std::strlen(family)) == 0;
}

// libvips keeps its error text in one buffer per process; take it and leave the buffer empty.
QString takeVipsError()
{
    const QString text = QString::fromUtf8(vips_error_buffer()).trimmed();
    vips_error_clear();
    return text.isEmpty() ? QStringLiteral("libvips gave no reason")
                          : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
}

struct VipsSetup
{
    bool ready = false;
    QString detail;
};

const VipsSetup &vipsSetup()
{
    static VipsSetup setup;
    static std::once_flag once;
    std::call_once(once, [] {
        if (VIPS_INIT("folio") != 0) {
            setup.detail = takeVipsError();
            return;
        }
        // Files run in parallel in the ingest pipeline; more threads per call would only contend.
        vips_concurrency_set(1);
        // Every file is rendered once: a cache would only hold memory and open files.
        vips_cache_set_max(0);
        vips_block_untrusted_set(TRUE);
        vips_operation_block_set("VipsForeignLoad", TRUE);
        // svgload is marked untrusted in 8.14, but librsvg runs no scripts and fetches nothing outside.
        for (const char *loader : AllowedLoaders) {
            vips_operation_block_set(loader, FALSE);
        }
        setup.ready = true;
    });
    return setup;
}

// Where the image comes from: a file or encoded bytes, opened as often as libvips needs.
struct Input
{
    QString name;
    QByteArray nativePath;
    const QByteArray *bytes = nullptr;

    SourcePtr open() const
    {
        return SourcePtr(bytes ? vips_source_new_from_memory(bytes->constData(), size_t(bytes->size()))
                               : vips_source_new_from_file(nativePath.constData()));
    }
};

quint32 read32(const QByteArray &data, qsizetype at, bool littleEndian)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData() + at);
    return littleEndian ? qFromLittleEndian<quint32>(bytes) : qFromBigEndian<quint32>(bytes);
}

quint16 read16(const QByteArray &data, qsizetype at, bool littleEndian)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData() + at);
    return littleEndian ? qFromLittleEndian<quint16>(bytes) : qFromBigEndian<quint16>(bytes);
}

// TIFF-based camera RAW (DNG, CR2, NEF, PEF…): tiffload would render its first IFD, a tiny or stripped
// thumbnail, as if it were the picture.
bool isCameraRaw(QIODevice &device)
{
    if (!device.seek(0)) {
        return false;
    }
    const QByteArray head = device.read(16);
    if (head.size() < 10) {
        return false;
    }
    const bool little = head.startsWith(QByteArrayLiteral("II*\0"));
    if (!little && !head.startsWith(QByteArrayLiteral("MM\0*"))) {
        return false;
    }
    if (head.mid(8, 2) == "CR") {
        return true;
    }
    if (!device.seek(read32(head, 4, little))) {
        return false;
    }
    const QByteArray countBytes = device.read(2);
    if (countBytes.size() < 2) {
        return false;
    }
    const QByteArray entries = device.read(qint64(read16(countBytes, 0, little)) * 12);
    bool reducedResolution = false;
    bool hasSubIfds = false;
    for (qsizetype at = 0; at + 12 <= entries.size(); at += 12) {
        const quint16 tag = read16(entries, at, little);
        if (tag == 50706) { // DNGVersion
            return true;
        }
        if (tag == 254) { // NewSubfileType: bit 0 marks a reduced-resolution image
            const bool isShort = read16(entries, at + 2, little) == 3;
            reducedResolution
                = ((isShort ? read16(entries, at + 8, little) : read32(entries, at + 8, little)) & 1) != 0;
        } else if (tag == 330) { // SubIFDs, where RAW files keep the full-size image
            hasSubIfds = true;
        }
    }
    return reducedResolution && hasSubIfds;
}

// libpng allocates an ancillary chunk whole, at the size its header claims (up to 2 GiB), before it finds
// the file too short: refuse such a chunk first. Image data streams, so a truncated IDAT is left to the
// decoder, which shows what is there.
std::optional<QString> pngChunkDamage(QIODevice &device)
{
    if (!device.seek(0) || !device.read(8).startsWith("\x89PNG\r\n\x1a\n")) {
        return std::nullopt;
    }
    const qint64 size = device.size();
    for (int chunk = 0; chunk < 100'000; ++chunk) {
        const QByteArray header = device.read(8);
        if (header.size() < 8) {
            return std::nullopt;
        }
        const quint32 length = read32(header, 0, false);
        const QByteArray type = header.mid(4, 4);
        const qint64 left = size - device.pos();
        if (qint64(length) + 4 > left) {
            if (type == "IDAT") {
                return std::nullopt;
            }
            return ImageRenderer::tr("its %1 chunk claims %2 bytes, but only %3 follow")
                .arg(QString::fromLatin1(type.toPercentEncoding()))
                .arg(length)
                .arg(qMax<qint64>(left - 4, 0));
        }
        if (type == "IEND" || !device.seek(device.pos() + length + 4)) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::unique_ptr<QIODevice> openDevice(const Input &input)
{
    std::unique_ptr<QIODevice> device;
    if (input.bytes) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*input.bytes);
        device = std::move(buffer);
    } else {
        device = std::make_unique<QFile>(QFile::decodeName(input.nativePath));
    }
    if (!device->open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    return device;
}

// Converts whatever the loader produced (grey, 16-bit, Lab, extra channels) to 8-bit sRGB, with alpha
// when there is one.
Result<ImagePtr> toSrgb8(ImagePtr image, const QString &name)
{
    VipsImage *converted = nullptr;
    if (vips_image_get_interpretation(image.get()) != VIPS_INTERPRETATION_sRGB
        || vips_image_get_format(image.get()) != VIPS_FORMAT_UCHAR) {
        if (vips_colourspace(image.get(), &converted, VIPS_INTERPRETATION_sRGB, nullptr) != 0) {
            return fail(Error::Code::Unsupported,
                ImageRenderer::tr("%1: its colours cannot be converted to sRGB").arg(name), takeVipsError());
        }
        image.reset(converted);
    }
    if (vips_image_get_format(image.get()) != VIPS_FORMAT_UCHAR) {
        if (vips_cast_uchar(image.get(), &converted, nullptr) != 0) {
            return fail(Error::Code::Unsupported,
                ImageRenderer::tr("%1: its pixels cannot be converted to 8 bits").arg(name), takeVipsError());
        }
        image.reset(converted);
    }
    if (vips_image_get_bands(image.get()) > 4) {
        if (vips_extract_band(image.get(), &converted, 0, "n", 4, nullptr) != 0) {
            return fail(Error::Code::Unsupported,
                ImageRenderer::tr("%1: its extra channels cannot be dropped").arg(name), takeVipsError());
        }
        image.reset(converted);
    }
    return image;
}

// The preview, decoded into memory: the thumbnail and the hash read it without decoding again.
// FAILON is a loader option ("fail_on=warning"): in 8.14 vips_thumbnail_source() passes its own fail_on
// argument to no loader.
Result<ImagePtr> decodePreview(const Input &input, const RenderLimits &limits, const char *failOn, bool managed)
{
    SourcePtr source = input.open();
    VipsImage *raw = nullptr;
    // export_profile converts images with an embedded profile, and CMYK ones (through libvips' built-in
    // CMYK profile when they carry none), to sRGB. Without either (most camera JPEGs) it would run an
    // sRGB-to-sRGB transform through lcms for nothing: measured 12% of an ingest's CPU.
    const int failed = !source ? -1
                       : managed
                           ? vips_thumbnail_source(source.get(), &raw, limits.previewEdge, "height", limits.previewEdge,
                                                   "size", VIPS_SIZE_DOWN, "export_profile", "srgb", "option_string",
                                                   failOn, nullptr)
                           : vips_thumbnail_source(source.get(), &raw, limits.previewEdge, "height", limits.previewEdge,
                                                   "size", VIPS_SIZE_DOWN, "option_string", failOn, nullptr);
    if (failed != 0) {
        return fail(
            Error::Code::Corrupt, ImageRenderer::tr("%1: cannot decode the image").arg(input.name), takeVipsError());
    }
    auto srgb = toSrgb8(ImagePtr(raw), input.name);
    if (!srgb) {
        return std::unexpected(srgb.error());
    }
    // The pixels are decoded here: a damaged file fails now.
    ImagePtr memory(vips_image_copy_memory(srgb->get()));
    if (!memory) {
        return fail(
            Error::Code::Corrupt, ImageRenderer::tr("%1: cannot decode the image").arg(input.name), takeVipsError());
    }
    return memory;
}

Result<ImagePtr> shrunk(VipsImage *image, int edge, VipsSize size, const QString &name)
{
    VipsImage *raw = nullptr;
    if (vips_thumbnail_image(image, &raw, edge, "height", edge, "size", size, "no_rotate", TRUE, nullptr) != 0) {
        return fail(Error::Code::Unknown, ImageRenderer::tr("%1: cannot scale the image").arg(name), takeVipsError());
    }
    ImagePtr scaled(raw);
    ImagePtr memory(vips_image_copy_memory(scaled.get()));
    if (!memory) {
        return fail(Error::Code::Unknown, ImageRenderer::tr("%1: cannot scale the image").arg(name), takeVipsError());
    }
    return memory;
}

Result<RenderedImage> encode(VipsImage *image, const QString &name)
{
    const bool alpha = vips_image_hasalpha(image);
    void *raw = nullptr;
    size_t size = 0;
    // strip: the orientation is applied already, and renditions sync and get shared, so they carry no
    // EXIF (GPS above all) of their own.
    const int status = alpha ? vips_webpsave_buffer(image, &raw, &size, "Q", PreviewQuality, "strip", TRUE, nullptr)
                             : vips_jpegsave_buffer(image, &raw, &size, "Q", PreviewQuality, "strip", TRUE, nullptr);
    GMemoryPtr buffer(raw);
    if (status != 0) {
        return fail(
            Error::Code::Unknown, ImageRenderer::tr("%1: cannot encode the rendition").arg(name), takeVipsError());
    }
    RenderedImage rendered;
    rendered.bytes = QByteArray(static_cast<const char *>(buffer.get()), qsizetype(size));
    rendered.mimeType = alpha ? QStringLiteral("image/webp") : QStringLiteral("image/jpeg");
    rendered.width = vips_image_get_width(image);
    rendered.height = vips_image_get_height(image);
    return rendered;
}

Result<quint64> hashOf(VipsImage *image, const QString &name)
{
    ImagePtr opaque(VIPS_IMAGE(g_object_ref(image)));
    if (vips_image_hasalpha(image)) {
        // Transparent pixels hold arbitrary colours: hash the picture as it shows on a white page.
        DoublesPtr white(vips_array_double_newv(3, 255.0, 255.0, 255.0));
        VipsImage *flat = nullptr;
        if (vips_flatten(image, &flat, "background", white.get(), nullptr) != 0) {
            return fail(
                Error::Code::Unknown, ImageRenderer::tr("%1: cannot hash the image").arg(name), takeVipsError());
        }
        opaque.reset(flat);
    }
    auto samples = shrunk(opaque.get(), PerceptualHash::SampleEdge, VIPS_SIZE_FORCE, name);
    if (!samples) {
        return std::unexpected(samples.error());
    }
    VipsImage *grey = nullptr;
    if (vips_colourspace(samples->get(), &grey, VIPS_INTERPRETATION_B_W, nullptr) != 0) {
        return fail(Error::Code::Unknown, ImageRenderer::tr("%1: cannot hash the image").arg(name), takeVipsError());
    }
    ImagePtr greyImage(grey);
    size_t size = 0;
    GMemoryPtr pixels(vips_image_write_to_memory(greyImage.get(), &size));
    PerceptualHash::Samples grid {};
    if (!pixels || size != grid.size() || vips_image_get_format(greyImage.get()) != VIPS_FORMAT_UCHAR) {
        return fail(Error::Code::Unknown, ImageRenderer::tr("%1: cannot hash the image").arg(name),
            QStringLiteral("unexpected %1-byte sample image; %2").arg(size).arg(takeVipsError()));
    }
    std::memcpy(grid.data(), pixels.get(), grid.size());
    return PerceptualHash::fromSamples(grid);
}

Result<RenderResult> renderInput(const Input &input, const RenderLimits &limits)
{
    if (limits.maxPixels < 1 || limits.previewEdge < 1 || limits.thumbEdge < 1) {
        return fail(Error::Code::InvalidArgument,
            ImageRenderer::tr("%1: the rendering limits must be positive").arg(input.name));
    }
    if (const VipsSetup &setup = vipsSetup(); !setup.ready) {
        return fail(Error::Code::Unsupported,
            ImageRenderer::tr("%1: images cannot be rendered: libvips did not start").arg(input.name), setup.detail);
    }
    vips_error_clear();

    std::unique_ptr<QIODevice> device = openDevice(input);
    if (!device) {
        const bool denied = !input.bytes && QFileInfo(QFile::decodeName(input.nativePath)).exists();
        return fail(denied ? Error::Code::PermissionDenied : Error::Code::NotFound,
            denied ? ImageRenderer::tr("%1: cannot be read").arg(input.name)
                   : ImageRenderer::tr("%1: no such file").arg(input.name));
    }
    if (isCameraRaw(*device)) {
        return fail(Error::Code::Unsupported,
            ImageRenderer::tr("%1: is a camera RAW file; Folio renders only the preview embedded in it")
                .arg(input.name));
    }
    if (const auto damage = pngChunkDamage(*device)) {
        return fail(
            Error::Code::Corrupt, ImageRenderer::tr("%1: the PNG file is damaged: %2").arg(input.name, *damage));
    }
    device.reset();

    SourcePtr source = input.open();
    const char *loader = source ? vips_foreign_find_load_source(source.get()) : nullptr;
    if (!isAllowedLoader(loader)) {
        return fail(Error::Code::Unsupported,
            ImageRenderer::tr("%1: not an image format Folio renders").arg(input.name),
            loader ? QStringLiteral("%1 is blocked").arg(QLatin1String(loader)) : takeVipsError());
    }
    const bool jpeg = isLoader(loader, "VipsForeignLoadJpeg");
    const bool vector = isLoader(loader, "VipsForeignLoadSvg");

    // The header only: nothing is decoded until the pixel count is known to be sane.
    ImagePtr header(vips_image_new_from_source(source.get(), "", "access", VIPS_ACCESS_SEQUENTIAL, nullptr));
    if (!header) {
        return fail(
            Error::Code::Corrupt, ImageRenderer::tr("%1: cannot read the image: %2").arg(input.name, takeVipsError()));
    }
    RenderResult result;
    const bool managed = vips_image_get_typeof(header.get(), VIPS_META_ICC_NAME) != 0
                         || vips_image_get_interpretation(header.get()) == VIPS_INTERPRETATION_CMYK;
    result.sourceWidth = vips_image_get_width(header.get());
    result.sourceHeight = vips_image_get_height(header.get());
    result.pages = qMax(1, vips_image_get_n_pages(header.get()));
    if (vips_image_get_orientation_swap(header.get())) {
        std::swap(result.sourceWidth, result.sourceHeight);
    }
    header.reset();
    source.reset();
    // SVG is exempt: librsvg draws it straight at the preview's size, whatever size it declares.
    const qint64 pixels = qint64(result.sourceWidth) * result.sourceHeight;
    if (!vector && pixels > limits.maxPixels) {
        return fail(Error::Code::LimitExceeded,
            ImageRenderer::tr("%1: %2 × %3 pixels (%4 megapixels) is over the limit of %5 megapixels; "
                              "the image was not decoded")
                .arg(input.name)
                .arg(result.sourceWidth)
                .arg(result.sourceHeight)
                .arg(QString::number(double(pixels) / 1e6, 'f', 1))
                .arg(QString::number(double(limits.maxPixels) / 1e6, 'g', 6)));
    }

    // Strict first, so damage is noticed (libjpeg reports corrupt data only as warnings); then leniently,
    // because most of a damaged picture is better than none.
    auto preview = decodePreview(input, limits, jpeg ? "fail_on=warning" : "fail_on=truncated", managed);
    if (!preview) {
        const QString reason = preview.error().detail();
        preview = decodePreview(input, limits, "fail_on=none", managed);
        if (!preview) {
            return std::unexpected(Error(preview.error().code(),
                ImageRenderer::tr("%1: cannot decode the image: %2").arg(input.name, reason),
                preview.error().detail()));
        }
        result.warnings << ImageRenderer::tr("%1: the image is damaged (%2); its renditions may be incomplete")
                               .arg(input.name, reason);
    }
    auto thumb = shrunk(preview->get(), limits.thumbEdge, VIPS_SIZE_DOWN, input.name);
    if (!thumb) {
        return std::unexpected(thumb.error());
    }
    auto hash = hashOf(thumb->get(), input.name);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    auto previewImage = encode(preview->get(), input.name);
    if (!previewImage) {
        return std::unexpected(previewImage.error());
    }
    auto thumbImage = encode(thumb->get(), input.name);
    if (!thumbImage) {
        return std::unexpected(thumbImage.error());
    }
    result.perceptualHash = *hash;
    result.preview = std::move(*previewImage);
    result.thumb = std::move(*thumbImage);
    return result;
}

} // namespace

Result<RenderResult> ImageRenderer::render(const QString &path, const RenderLimits &limits)
{
    return renderInput(Input { path, QFile::encodeName(path), nullptr }, limits);
}

Result<RenderResult> ImageRenderer::renderBuffer(
    const QByteArray &encoded, const QString &what, const RenderLimits &limits)
{
    if (encoded.isEmpty()) {
        return fail(Error::Code::Corrupt, tr("%1: holds no image data").arg(what));
    }
    return renderInput(Input { what, {}, &encoded }, limits);
}

bool ImageRenderer::canDecode(const QString &path)
{
    if (!vipsSetup().ready) {
        return false;
    }
    const Input input { path, QFile::encodeName(path), nullptr };
    std::unique_ptr<QIODevice> device = openDevice(input);
    if (!device || isCameraRaw(*device)) {
        return false;
    }
    SourcePtr source = input.open();
    const bool allowed = source && isAllowedLoader(vips_foreign_find_load_source(source.get()));
    vips_error_clear();
    return allowed;
}

} // namespace Folio
