// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one untrusted file: detects its type, reads its metadata, renders its thumb and preview and
// computes its perceptual hash. This is the code that parses outside files, so it runs inside the
// folio-extract sandbox process (DESIGN.md rule 5), never in folio or folioctl themselves.
// Stateless; thread-safe.

#include "ingest/extractionresult.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

struct ExtractionLimits
{
    qint64 maxPixels = 100'000'000; // larger images get no rendition (decompression bombs)
};

class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Extractor)

public:
    // Bumped when extraction learns something new, so `folioctl reprocess` knows what is stale.
    static constexpr int version = 1;

    // Extracts PATH (with its XMP SIDECAR when not empty), writing renditions into OUTPUTDIR. ORIGINALNAME,
    // when given, is the file's name as the user knows it (PATH may be a blob named by its hash): its
    // extension takes part in type detection and it names the file in messages.
    // PASSWORD opens an encrypted document (`folioctl unlock`); it is never stored.
    // COMPANION, when given, is the camera's JPEG of a RAW: renditions come from it when the RAW's own
    // pixels cannot be decoded.
    static ExtractionResult extract(const QString &path, const QString &sidecar, const QString &outputDir,
                                    const ExtractionLimits &limits = {}, const QString &originalName = {},
                                    const QString &companion = {}, const QString &password = {});

private:
    static ExtractionResult extractFrom(const QString &path, const QString &sidecar, const QString &outputDir,
                                        const ExtractionLimits &limits, const QString &originalName,
                                        const QString &companion, const QString &password);
};

} // namespace Folio
