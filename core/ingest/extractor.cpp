// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractor.h"

#include "ingest/extractors/exivreader.h"
#include "ingest/extractors/imagerenderer.h"
#include "ingest/typedetector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace

ExtractionResult Extractor::extract(const QString &blobPath, const QString &sidecar, const QString &outputDir,
                                    const ExtractionLimits &limits, const QString &originalName)
{
    // Parsers see the file under its own name (a link to the blob), so that its extension counts and
    // messages name it as the user does.
    QString path = blobPath;
    const QString safeName = QFileInfo(originalName).fileName();
    if (!safeName.isEmpty() && !outputDir.isEmpty()) {
        const QString sourceDir = QDir(outputDir).filePath(QStringLiteral("source"));
        const QString link = QDir(sourceDir).filePath(safeName);
        if (QDir().mkpath(sourceDir) && (QFile::exists(link) || QFile::link(blobPath, link))) {
            path = link;
        }
    }
    ExtractionResult result = extractFrom(path, sidecar, outputDir, limits);
    if (path != blobPath) {
        const QString prefix = QFileInfo(path).absolutePath() + QLatin1Char('/');
        for (QString &warning : result.warnings) {
            warning.replace(prefix, QString());
        }
        result.error.replace(prefix, QString());
    }
    return result;
}

ExtractionResult Extractor::extractFrom(const QString &path, const QString &sidecar, const QString &outputDir,
                                        const ExtractionLimits &limits)
{
    ExtractionResult result;
    auto type = TypeDetector::detect(path);
    if (!type) {
        return ExtractionResult::failure(type.error().message());
    }
    result.detectedType = type->mimeType;
    result.kind = type->kind;
    result.extensionMismatch = type->extensionMismatch;
    if (!type->warning.isEmpty()) {
        result.warnings.append(type->warning);
    }
    if (!isImage(type->mimeType)) {
        return result; // documents, audio and video arrive with the next ingest issue
    }

    auto metadata = ExivReader::read(path);
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
    } else {
        result.warnings.append(metadata.error().message());
    }

    RenderLimits renderLimits;
    renderLimits.maxPixels = limits.maxPixels;
    auto rendered = ImageRenderer::render(path, renderLimits);
    if (!rendered) {
        // Camera RAW whose pixels libvips cannot decode: the camera's own embedded preview will do.
        auto preview = ExivReader::largestPreview(path);
        if (preview) {
            rendered = ImageRenderer::renderBuffer(*preview, path, renderLimits);
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
    if (result.width == 0 && metadata) {
        result.width = metadata->fields.value(QStringLiteral("width")).toInt();
        result.height = metadata->fields.value(QStringLiteral("height")).toInt();
    }
    return result;
}

} // namespace Folio
