// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one untrusted file: detects its type, reads its metadata, renders its thumb and preview and
// computes its perceptual hash; tells which pages want OCR (a PDF's pages without a text layer, an image
// that is a scan) and, as a task of its own, reads them with Tesseract. This is the code that parses outside
// files, so it runs inside the folio-extract sandbox process (DESIGN.md rule 5), never in folio or folioctl
// themselves.
// Thread-safe; stateless but for one OCR engine kept per thread (its languages load once, not per file).

#include "ingest/extractionresult.h"
#include "ingest/pagerender.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Folio {

struct ExtractionLimits
{
    qint64 maxPixels = 100'000'000; // larger images get no rendition (decompression bombs)
};

// What the "ocr" task reads.
struct OcrTask
{
    QList<int> pages; // 0-based; empty: every page
    QString languages = QStringLiteral("eng"); // Tesseract's names joined by '+'
    // The time the whole task has, in seconds; 0: no limit of its own. It ends a little before, with the pages
    // read so far, so the answer beats the engine's watchdog.
    int seconds = 0;
};

class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Extractor)

public:
    // Bumped when extraction learns something new, so `folioctl reprocess` knows what is stale.
    static constexpr int version = 2;

    // Extracts PATH (with its XMP SIDECAR when not empty), writing renditions into OUTPUTDIR. ORIGINALNAME,
    // when given, is the file's name as the user knows it (PATH may be a blob named by its hash): its
    // extension takes part in type detection and it names the file in messages.
    // PASSWORD opens an encrypted document (`folioctl unlock`); it is never stored.
    // COMPANION, when given, is the camera's JPEG of a RAW: renditions come from it when the RAW's own
    // pixels cannot be decoded.
    static ExtractionResult extract(const QString &path, const QString &sidecar, const QString &outputDir,
        const ExtractionLimits &limits = {}, const QString &originalName = {}, const QString &companion = {},
        const QString &password = {});

    // The "unpack" task: writes the members of the archive at PATH into DESTINATION, an empty folder the
    // engine made under the library, and reports each member with its refusal (ArchiveExtractor::unpack).
    static ExtractionResult unpack(const QString &path, const QString &destination, const QString &originalName = {},
        const QString &password = {});

    // The "ocr" task: the text of TASK's pages of the PDF or image at PATH, read by Tesseract into
    // ExtractionResult::recognised. PDF pages are rendered at OcrDpi (PdfPageRasterizer, unlocked with
    // PASSWORD); images are decoded by Qt's decoder for their detected format, and only for formats
    // ImageRenderer's libvips loaders also accept (PNG, JPEG, TIFF — each page —, WebP, GIF). A page that
    // cannot be read is a warning. The result has an error when no page could be read, when the languages are
    // not installed (OcrEngine's message names them), or when the time ran out (with the pages read before).
    static ExtractionResult ocr(
        const QString &path, const OcrTask &task, const QString &originalName = {}, const QString &password = {});
    static constexpr double OcrDpi = 300;

    // The "render" task: TASK's page of the PDF or image at PATH, in colour, into the PNG file OUTPUT, for the
    // client's quick look (PageRender). Messages name ORIGINALNAME.
    static ExtractionResult render(const QString &path, const RenderTask &task, const QString &output,
        const QString &originalName = {}, const QString &password = {});

private:
    static ExtractionResult ocrFrom(
        const QString &path, const OcrTask &task, const QString &originalName, const QString &password);
    static ExtractionResult extractFrom(const QString &path, const QString &sidecar, const QString &outputDir,
        const ExtractionLimits &limits, const QString &originalName, const QString &companion, const QString &password);
};

} // namespace Folio
