// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractor.h"

#include "ingest/extractors/exivreader.h"
#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/mediaextractor.h"
#include "ingest/extractors/officeextractor.h"
#include "ingest/extractors/pdfextractor.h"
#include "ingest/extractors/textextractor.h"
#include "ingest/typedetector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Folio {

namespace {

bool isImage(const QString &mimeType)
{
    return mimeType.startsWith(QLatin1String("image/"));
}

QString extensionFor(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/png")) {
        return QStringLiteral("png");
    }
    if (mimeType == QLatin1String("image/webp")) {
        return QStringLiteral("webp");
    }
    return QStringLiteral("jpg");
}

// Writes a rendition into the output folder; a failure becomes a warning (the original is what matters).
void keep(ExtractionResult &result, const QString &name, const RenderedImage &image, const QString &outputDir)
{
    if (image.bytes.isEmpty()) {
        return;
    }
    // The output folder is made only when there is something to put in it: most files of a batch of
    // documents write nothing, and a folder per file costs an inode each.
    QDir().mkpath(outputDir);
    const QString file = QDir(outputDir).filePath(name + QLatin1Char('.') + extensionFor(image.mimeType));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(image.bytes) != image.bytes.size()) {
        result.warnings.append(Extractor::tr("Could not write the %1 rendition: %2").arg(name, out.errorString()));
        return;
    }
    result.renditions.append({name, file, image.mimeType, image.width, image.height});
}

void applyRender(ExtractionResult &result, const RenderResult &render, const QString &outputDir)
{
    keep(result, QStringLiteral("preview"), render.preview, outputDir);
    keep(result, QStringLiteral("thumb"), render.thumb, outputDir);
    result.perceptualHash = render.perceptualHash;
    result.width = render.sourceWidth;
    result.height = render.sourceHeight;
    result.pages = render.pages;
    result.warnings.append(render.warnings);
}

// Exiv2 reads no XMP from SVG (DESIGN.md pitfall): the packet is found in the text and parsed alone.
// NotFound when the SVG has none, which is no cause for a warning.
Result<ImageMetadata> svgMetadata(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, Extractor::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray text = file.read(16 << 20);
    // An <x:xmpmeta> packet, or a bare <rdf:RDF> in <metadata> as SVG 1.1 writes it.
    for (const auto &[open, close] : {std::pair{QByteArrayLiteral("<x:xmpmeta"), QByteArrayLiteral("</x:xmpmeta>")},
                                      std::pair{QByteArrayLiteral("<rdf:RDF"), QByteArrayLiteral("</rdf:RDF>")}}) {
        const qsizetype start = text.indexOf(open);
        const qsizetype end = start < 0 ? -1 : text.indexOf(close, start);
        if (end < 0) {
            continue;
        }
        QByteArray packet = text.mid(start, end - start + close.size());
        if (open.startsWith("<rdf")) {
            packet = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + packet + "</x:xmpmeta>";
        }
        return ExivReader::readXmpPacket(packet, path);
    }
    return fail(Error::Code::NotFound, Extractor::tr("%1 has no XMP.").arg(path));
}

// The format extractor for MIMETYPE, run on PATH; nothing when no extractor reads it (images have their own
// path above: metadata by Exiv2, pixels by libvips).
std::optional<Result<ContentExtraction>> extractContent(const QString &path, const QString &mimeType,
                                                        const QString &password)
{
    if (mimeType == QLatin1String("application/pdf")) {
        return PdfExtractor::extract(path, password);
    }
    if (mimeType.startsWith(QLatin1String("audio/")) || mimeType.startsWith(QLatin1String("video/"))) {
        return MediaExtractor::extract(path);
    }
    if (OfficeExtractor::handles(mimeType)) {
        return OfficeExtractor::extract(path, mimeType);
    }
    if (TextExtractor::handles(mimeType)) {
        return TextExtractor::extract(path, mimeType);
    }
    return std::nullopt;
}

void applyContent(ExtractionResult &result, const ContentExtraction &content, const QString &outputDir)
{
    result.fields = content.fields;
    result.tags = content.tags;
    result.pageTexts = content.pageTexts;
    result.isProtected = content.isProtected;
    result.warnings.append(content.warnings);
    result.pages = content.fields.value(QStringLiteral("pages")).toInt();
    result.width = content.fields.value(QStringLiteral("width")).toInt();
    result.height = content.fields.value(QStringLiteral("height")).toInt();
    for (const NamedRendition &rendition : content.renditions) {
        keep(result, rendition.name, rendition.image, outputDir);
    }
}

} // namespace

ExtractionResult Extractor::extract(const QString &path, const QString &sidecar, const QString &outputDir,
                                    const ExtractionLimits &limits, const QString &originalName,
                                    const QString &companion, const QString &password)
{
    ExtractionResult result = extractFrom(path, sidecar, outputDir, limits, originalName, companion, password);
    // Messages name the file as the user knows it, not the blob it is stored as.
    const QString name = QFileInfo(originalName).fileName();
    if (!name.isEmpty()) {
        for (QString &warning : result.warnings) {
            warning.replace(path, name);
            warning.replace(QFileInfo(path).fileName(), name);
        }
        result.error.replace(path, name);
        result.error.replace(QFileInfo(path).fileName(), name);
    }
    return result;
}

ExtractionResult Extractor::extractFrom(const QString &path, const QString &sidecar, const QString &outputDir,
                                        const ExtractionLimits &limits, const QString &originalName,
                                        const QString &companion, const QString &password)
{
    ExtractionResult result;
    auto type = TypeDetector::detect(path, originalName);
    if (!type) {
        return ExtractionResult::failure(type.error().message());
    }
    result.detectedType = type->mimeType;
    result.kind = type->kind;
    result.extensionMismatch = type->extensionMismatch;
    if (!type->warning.isEmpty()) {
        result.warnings.append(type->warning);
    }
    if (auto content = extractContent(path, type->mimeType, password); content) {
        if (*content) {
            applyContent(result, **content, outputDir);
        } else if (content->error().code() == Error::Code::PermissionDenied && !password.isEmpty()) {
            result.error = content->error().message(); // a wrong password: nothing was extracted
        } else {
            result.warnings.append(content->error().message());
        }
        return result;
    }
    if (!isImage(type->mimeType)) {
        return result; // a type Folio stores but does not read inside
    }

    auto metadata = type->mimeType == QLatin1String("image/svg+xml") ? svgMetadata(path) : ExivReader::read(path);
    if (metadata) {
        if (!sidecar.isEmpty()) {
            auto side = ExivReader::readSidecar(sidecar);
            if (side) {
                ExivReader::mergeSidecar(*metadata, *side);
            } else {
                result.warnings.append(side.error().message());
            }
        }
        for (const RawTag &tag : std::as_const(metadata->tags)) {
            result.tags.append(QJsonObject{{QStringLiteral("key"), tag.key},
                                           {QStringLiteral("type"), tag.type},
                                           {QStringLiteral("value"), tag.value}});
        }
        result.fields = metadata->fields;
        result.warnings.append(metadata->warnings);
    } else if (metadata.error().code() != Error::Code::NotFound) {
        result.warnings.append(metadata.error().message());
    }

    RenderLimits renderLimits;
    renderLimits.maxPixels = limits.maxPixels;
    auto rendered = ImageRenderer::render(path, renderLimits);
    bool fromPreview = false;
    if (!rendered && !companion.isEmpty()) {
        // Camera RAW with the camera's own JPEG beside it: the JPEG shows the photo as shot.
        rendered = ImageRenderer::render(companion, renderLimits);
        fromPreview = bool(rendered);
        if (rendered) {
            rendered->warnings.append(tr("Renditions come from the camera's JPEG stored with this RAW."));
        }
    }
    if (!rendered) {
        // Camera RAW whose pixels libvips cannot decode: the camera's own embedded preview will do.
        auto preview = ExivReader::largestPreview(path);
        if (preview) {
            rendered = ImageRenderer::renderBuffer(*preview, path, renderLimits);
            fromPreview = bool(rendered);
            if (rendered) {
                rendered->warnings.append(tr("Renditions come from the camera's embedded preview."));
            }
        }
    }
    if (rendered) {
        applyRender(result, *rendered, outputDir);
    } else {
        result.warnings.append(tr("No rendition: %1").arg(rendered.error().message()));
    }
    // A camera's embedded preview is smaller than the photo: the file's own dimensions win.
    if ((result.width == 0 || fromPreview) && metadata && metadata->fields.contains(QStringLiteral("width"))) {
        result.width = metadata->fields.value(QStringLiteral("width")).toInt();
        result.height = metadata->fields.value(QStringLiteral("height")).toInt();
    }
    return result;
}

} // namespace Folio
