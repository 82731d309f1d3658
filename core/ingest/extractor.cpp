// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractor.h"

#include "ingest/extractors/archiveextractor.h"
#include "ingest/extractors/exivreader.h"
#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/legacyofficeconverter.h"
#include "ingest/extractors/mediaextractor.h"
#include "ingest/extractors/ocrengine.h"
#include "ingest/extractors/officeextractor.h"
#include "ingest/extractors/pdfextractor.h"
#include "ingest/extractors/pdfpagerasterizer.h"
#include "ingest/extractors/scanclassifier.h"
#include "ingest/extractors/textextractor.h"
#include "ingest/typedetector.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtGui/QImage>

#include <memory>
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
    result.renditions.append({ name, file, image.mimeType, image.width, image.height });
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
    for (const auto &[open, close] : { std::pair { QByteArrayLiteral("<x:xmpmeta"), QByteArrayLiteral("</x:xmpmeta>") },
             std::pair { QByteArrayLiteral("<rdf:RDF"), QByteArrayLiteral("</rdf:RDF>") } }) {
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
std::optional<Result<ContentExtraction>> extractContent(
    const QString &path, const QString &mimeType, const QString &password)
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

// Legacy .doc/.xls/.ppt: Folio parses no OLE2 itself. A converter (LibreOffice), when installed, makes a PDF
// whose text and page 1 PdfExtractor reads; without one the file keeps its basic metadata, with a note. Either
// way extraction succeeds: the original is stored, only its text is missing.
void extractLegacyOffice(ExtractionResult &result, const QString &path, const QString &mimeType,
    const QString &outputDir, const QString &originalName)
{
    const QString name = QFileInfo(originalName.isEmpty() ? path : originalName).fileName();
    const QString converter = LegacyOfficeConverter::find();
    if (converter.isEmpty()) {
        result.warnings.append(Extractor::tr("No converter for legacy Office files is installed: the text of %1 "
                                             "was not extracted (install LibreOffice).")
                                   .arg(name));
        return;
    }
    auto pdf = LegacyOfficeConverter::convert(converter, path, mimeType, name, LegacyOfficeLimits::fromEnvironment());
    if (!pdf) {
        result.warnings.append(pdf.error().message());
        return;
    }
    auto content = PdfExtractor::extract(pdf->path());
    if (!content) {
        result.warnings.append(
            Extractor::tr("The PDF converted from %1 cannot be read: %2").arg(name, content.error().message()));
        return;
    }
    // The PDF's Info and XMP describe the conversion (LibreOffice as producer, the export's dates), not the
    // original: only what the converter carries over from the document's own properties is kept, and no tags.
    ContentExtraction converted = *content;
    QJsonObject fields;
    for (const QString &key : { QStringLiteral("title"), QStringLiteral("creator"), QStringLiteral("description"),
             QStringLiteral("keywords"), QStringLiteral("language"), QStringLiteral("pages") }) {
        if (content->fields.contains(key)) {
            fields.insert(key, content->fields.value(key));
        }
    }
    const QString converterName = QFileInfo(converter).fileName();
    fields.insert(QStringLiteral("text-converted-by"), converterName);
    converted.fields = fields;
    converted.tags = {};
    for (QString &warning : converted.warnings) {
        warning.replace(pdf->path(), name);
    }
    applyContent(result, converted, outputDir);
    result.warnings.append(
        Extractor::tr("The text and preview of %1 come from a conversion to PDF by %2.").arg(name, converterName));
}

// Messages name the file as the user knows it, not the blob it is stored as.
void nameTheFile(ExtractionResult &result, const QString &path, const QString &originalName)
{
    const QString name = QFileInfo(originalName).fileName();
    if (name.isEmpty()) {
        return;
    }
    for (QString &warning : result.warnings) {
        warning.replace(path, name);
        warning.replace(QFileInfo(path).fileName(), name);
    }
    result.error.replace(path, name);
    result.error.replace(QFileInfo(path).fileName(), name);
}

// The Qt decoder for MIMETYPE, for the formats ImageRenderer's libvips loaders also accept: OCR and the scan
// check decode with Qt (libvips stays in ImageRenderer), and never a format libvips is not allowed to read.
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

// Page PAGE (0-based) of the image at PATH, decoded only by Qt's decoder for FORMAT (no guessing from the
// content), turned upright; refused from its header when it has more than MAXPIXELS.
Result<QImage> decodeImage(const QString &path, const QByteArray &format, int page, qint64 maxPixels)
{
    QImageReader reader(path, format);
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true);
    const QString name = QFileInfo(path).fileName();
    if (!reader.canRead()) {
        return fail(Error::Code::Corrupt,
            Extractor::tr("%1 cannot be decoded as %2: %3")
                .arg(name, QString::fromLatin1(format), reader.errorString()));
    }
    if (page > 0 && !reader.jumpToImage(page)) {
        return fail(Error::Code::InvalidArgument, Extractor::tr("%1 has no page %2.").arg(name).arg(page + 1));
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels) {
        return fail(Error::Code::LimitExceeded,
            Extractor::tr("%1 has %2 × %3 pixels, over the limit of %4 megapixels.")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(maxPixels / 1'000'000));
    }
    QImage image;
    if (!reader.read(&image)) {
        return fail(Error::Code::Corrupt, Extractor::tr("%1 cannot be decoded: %2").arg(name, reader.errorString()));
    }
    return image;
}

// Whether the image at PATH is a scan worth OCR (ScanClassifier), recorded in RESULT's fields and ocrPages. It
// is judged first from the renditions already made (tone and paper) and the image's size, which cost little;
// only an image that may be a scan is decoded again, for the resolution its file declares (the renditions
// keep none) and its exact tone.
void checkScan(ExtractionResult &result, const QString &path, const QString &mimeType, const RenderResult &render,
    qint64 maxPixels)
{
    const QByteArray format = qtFormatFor(mimeType);
    if (format.isEmpty() || render.preview.bytes.isEmpty()) {
        return;
    }
    // Most photos are in colour, which the thumbnail shows as well (shrinking only mutes colour): decoding
    // it costs a millisecond, the preview ten.
    const QImage thumb = QImage::fromData(render.thumb.bytes); // libvips's own JPEG or WebP
    if (!thumb.isNull() && ScanClassifier::factsOf(thumb).tone == ScanTone::Colour) {
        return;
    }
    const QImage preview = QImage::fromData(render.preview.bytes);
    if (preview.isNull()) {
        return;
    }
    ScanFacts facts = ScanClassifier::factsOf(preview);
    facts.pixels = QSize(render.sourceWidth, render.sourceHeight);
    facts.dpi = 0;
    const ScanRejection first = ScanClassifier::classify(facts).rejection;
    if (first != ScanRejection::None && first != ScanRejection::LowResolution) {
        return; // colour, not a page's proportions, or not mostly paper, whatever its resolution
    }
    auto image = decodeImage(path, format, 0, maxPixels);
    if (!image) {
        return; // libvips read it, Qt cannot: no OCR, and nothing lost but that
    }
    const ScanVerdict verdict = ScanClassifier::classify(ScanClassifier::factsOf(*image));
    if (!verdict.isScan) {
        return;
    }
    result.fields.insert(QStringLiteral("scan"), true);
    result.fields.insert(QStringLiteral("scan-verdict"), ScanClassifier::explain(verdict));
    result.fields.insert(QStringLiteral("needs-ocr"), true);
    // A multi-page TIFF is a scanned document; the frames of an animation are not pages.
    const int pages = mimeType == QLatin1String("image/tiff") ? std::max(1, render.pages) : 1;
    for (int page = 0; page < pages; ++page) {
        result.ocrPages.append(page);
    }
}

// The pages of a PDF without a text layer: OCR reads them. Pages past the text limit have text, only not kept.
void findPagesWithoutText(ExtractionResult &result)
{
    for (qsizetype page = 0; page < result.pageTexts.size(); ++page) {
        if (result.pageTexts.at(page).trimmed().isEmpty()) {
            result.ocrPages.append(int(page));
        }
    }
    if (!result.ocrPages.isEmpty()) {
        result.fields.insert(QStringLiteral("needs-ocr"), true);
    }
}

// This thread's OCR engine for LANGUAGES, made when first needed or when the languages change: loading a
// language takes longer than reading a small page.
Result<OcrEngine *> ocrEngine(const QString &languages)
{
    thread_local std::unique_ptr<OcrEngine> engine;
    if (!engine || engine->languages() != languages) {
        engine.reset();
        auto made = OcrEngine::create(languages);
        if (!made) {
            return std::unexpected(made.error());
        }
        engine = std::move(*made);
    }
    return engine.get();
}

} // namespace

ExtractionResult Extractor::extract(const QString &path, const QString &sidecar, const QString &outputDir,
    const ExtractionLimits &limits, const QString &originalName, const QString &companion, const QString &password)
{
    ExtractionResult result = extractFrom(path, sidecar, outputDir, limits, originalName, companion, password);
    nameTheFile(result, path, originalName);
    return result;
}

ExtractionResult Extractor::unpack(
    const QString &path, const QString &destination, const QString &originalName, const QString &password)
{
    ExtractionResult result = ArchiveExtractor::unpack(path, destination, originalName, password);
    nameTheFile(result, path, originalName);
    return result;
}

ExtractionResult Extractor::ocr(
    const QString &path, const OcrTask &task, const QString &originalName, const QString &password)
{
    ExtractionResult result = ocrFrom(path, task, originalName, password);
    nameTheFile(result, path, originalName);
    return result;
}

ExtractionResult Extractor::render(const QString &path, const RenderTask &task, const QString &output,
    const QString &originalName, const QString &password)
{
    ExtractionResult result = PageRender::render(path, task, output, originalName, password);
    nameTheFile(result, path, originalName);
    return result;
}

ExtractionResult Extractor::ocrFrom(
    const QString &path, const OcrTask &task, const QString &originalName, const QString &password)
{
    // A little before the watchdog's end: the pages read so far come back with the reason.
    const QDeadlineTimer deadline = task.seconds > 0 ? QDeadlineTimer(qint64(task.seconds) * 1000 * 9 / 10)
                                                     : QDeadlineTimer(QDeadlineTimer::Forever);
    const QString name = QFileInfo(originalName.isEmpty() ? path : originalName).fileName();
    auto type = TypeDetector::detect(path, originalName);
    if (!type) {
        return ExtractionResult::failure(type.error().message());
    }
    ExtractionResult result;
    result.detectedType = type->mimeType;
    result.kind = type->kind;
    const bool pdf = type->mimeType == QLatin1String("application/pdf");
    const QByteArray format = pdf ? QByteArray() : qtFormatFor(type->mimeType);
    if (!pdf && (format.isEmpty() || !ImageRenderer::canDecode(path))) {
        return ExtractionResult::failure(
            tr("%1 is neither a PDF nor an image Folio reads for OCR (%2).").arg(name, type->mimeType));
    }
    auto engine = ocrEngine(task.languages);
    if (!engine) {
        return ExtractionResult::failure(engine.error().message());
    }

    std::unique_ptr<PdfPageRasterizer> document;
    int pageCount = 1;
    if (pdf) {
        auto opened = PdfPageRasterizer::open(path, password);
        if (!opened) {
            return ExtractionResult::failure(opened.error().message());
        }
        document = std::move(*opened);
        pageCount = document->pageCount();
    } else {
        QImageReader reader(path, format);
        reader.setAutoDetectImageFormat(false);
        pageCount = std::max(1, reader.imageCount());
    }
    result.pages = pageCount;
    QList<int> pages = task.pages;
    if (pages.isEmpty()) {
        for (int page = 0; page < pageCount; ++page) {
            pages.append(page);
        }
    }

    QString firstProblem;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const int page = pages.at(i);
        if (deadline.hasExpired()) {
            result.error
                = tr("OCR of %1 ran out of time after %n page(s) of %2.", nullptr, int(i)).arg(name).arg(pages.size());
            break;
        }
        QImage image;
        double dpi = 0;
        QString problem;
        if (page < 0 || page >= pageCount) {
            problem = tr("%1 has no page %2.").arg(name).arg(page + 1);
        } else if (pdf) {
            auto raster = document->render(page, OcrDpi);
            if (raster) {
                image = raster->image;
                dpi = raster->dpi;
            } else {
                problem = raster.error().message();
            }
        } else {
            auto decoded = decodeImage(path, format, page, OcrEngine::MaxPixels);
            if (decoded) {
                image = *decoded;
                // Declared or, when the file says nothing believable, inferred from a page's size; else Tesseract
                // guesses.
                const ScanVerdict verdict = ScanClassifier::classify(ScanClassifier::factsOf(image));
                dpi = verdict.dpi >= 70 ? verdict.dpi : 0;
            } else {
                problem = decoded.error().message();
            }
        }
        if (problem.isEmpty()) {
            auto text = (*engine)->recognize(image, OcrOptions { .dpi = int(dpi), .deadline = deadline });
            if (text) {
                result.recognised.append({ page, text->text, text->meanConfidence });
                continue;
            }
            if (deadline.hasExpired()) {
                result.error = tr("OCR of %1 ran out of time after %n page(s) of %2.", nullptr, int(i))
                                   .arg(name)
                                   .arg(pages.size());
                break;
            }
            problem = text.error().message();
        }
        firstProblem = firstProblem.isEmpty() ? problem : firstProblem;
        result.warnings.append(tr("OCR skipped page %1: %2").arg(page + 1).arg(problem));
    }
    if (result.error.isEmpty() && result.recognised.isEmpty() && !pages.isEmpty()) {
        result.error = tr("OCR could read no page of %1: %2").arg(name, firstProblem);
        if (pages.size() == 1) {
            result.warnings.clear(); // the error says it
        }
    }
    return result;
}

ExtractionResult Extractor::extractFrom(const QString &path, const QString &sidecar, const QString &outputDir,
    const ExtractionLimits &limits, const QString &originalName, const QString &companion, const QString &password)
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
    if (ArchiveExtractor::handles(type->mimeType)) {
        // Listed only: unpacking is a task of its own, which the engine asks for once this is recorded.
        ArchiveExtractor::list(path, originalName, !password.isEmpty(), result);
        return result;
    }
    if (LegacyOfficeConverter::handles(type->mimeType)) {
        extractLegacyOffice(result, path, type->mimeType, outputDir, originalName);
        return result;
    }
    if (auto content = extractContent(path, type->mimeType, password); content) {
        if (*content) {
            applyContent(result, **content, outputDir);
            if (type->mimeType == QLatin1String("application/pdf") && !result.isProtected) {
                findPagesWithoutText(result);
            }
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
            result.tags.append(QJsonObject { { QStringLiteral("key"), tag.key }, { QStringLiteral("type"), tag.type },
                { QStringLiteral("value"), tag.value } });
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
        if (!fromPreview) {
            checkScan(result, path, type->mimeType, *rendered, limits.maxPixels);
        }
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
