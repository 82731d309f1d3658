// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/scanclassifier.h"

#include <QtGui/QImage>

#include <algorithm>
#include <array>
#include <cmath>

namespace Folio {

namespace {

struct Paper
{
    const char *name;
    double shortInches;
    double longInches;
};

// A5, A3… share A4's proportions, and the resolution is inferred as for A4: a smaller sheet is scanned at
// no less than it seems, so the 150 dpi floor never lets a coarse image through.
constexpr std::array<Paper, 3> Papers { {
    { "A4", 210.0 / 25.4, 297.0 / 25.4 },
    { "Letter", 8.5, 11.0 },
    { "Legal", 8.5, 14.0 },
} };

// A pixel this far from gray (max − min of its 8-bit channels) is colour; JPEG noise on gray stays well below.
constexpr int ColourfulChroma = 48;
// Colour images whose pixels are nearly all gray: a stamp or a signature in blue may colour a few percent.
constexpr double MaxColourfulShare = 0.03;
constexpr double MaxMeanChroma = 16.0;
// Gray images whose pixels are nearly all black or white are bitonal (JPEG leaves a little gray at edges).
constexpr int BitonalDark = 48;
constexpr int BitonalLight = 207;
constexpr double MinBitonalShare = 0.99;
// Paper is flat: most of a scanned page lies in one narrow band of lightness (yellowed sheets included),
// where a photo spreads over many; the densest band PaperBand levels wide, centred at PaperFloor or lighter,
// is taken for the paper. Measured on the corpus: 0.7-0.8 for the scanned book page of c02-22.pdf; 0.2-0.3
// for photos, including the bright leaf of jolla.jpg, whose lightness spreads over 48-200.
constexpr int PaperBand = 25;
constexpr int PaperFloor = 128;

} // namespace

ScanVerdict ScanClassifier::classify(const ScanFacts &facts, const ScanCriteria &criteria)
{
    ScanVerdict verdict;
    if (facts.pixels.isEmpty()) {
        verdict.rejection = ScanRejection::NoPixels;
        return verdict;
    }
    if (facts.tone == ScanTone::Colour) {
        verdict.rejection = ScanRejection::Colour;
        return verdict;
    }

    const double longEdge = std::max(facts.pixels.width(), facts.pixels.height());
    const double shortEdge = std::min(facts.pixels.width(), facts.pixels.height());
    const double ratio = longEdge / shortEdge;
    const Paper *match = nullptr;
    double bestDistance = criteria.aspectTolerance;
    for (const Paper &paper : Papers) {
        const double distance = std::abs(ratio / (paper.longInches / paper.shortInches) - 1.0);
        if (distance <= bestDistance) {
            bestDistance = distance;
            match = &paper;
        }
    }
    if (!match) {
        verdict.rejection = ScanRejection::NotPageProportions;
        return verdict;
    }
    verdict.paper = QString::fromLatin1(match->name);
    verdict.landscape = facts.pixels.width() > facts.pixels.height();

    const double declaredInches = facts.dpi > 0 ? longEdge / facts.dpi : 0.0;
    if (declaredInches >= criteria.minPageInches && declaredInches <= criteria.maxPageInches) {
        verdict.dpi = facts.dpi;
    } else {
        verdict.dpi = longEdge / match->longInches;
        verdict.dpiInferred = true;
    }
    if (verdict.dpi < criteria.minDpi) {
        verdict.rejection = ScanRejection::LowResolution;
        return verdict;
    }
    if (facts.paperShare < criteria.minPaperShare) {
        verdict.rejection = ScanRejection::NotMostlyPaper;
        return verdict;
    }
    verdict.isScan = true;
    return verdict;
}

ScanFacts ScanClassifier::factsOf(const QImage &image)
{
    ScanFacts facts;
    if (image.isNull()) {
        return facts;
    }
    facts.pixels = image.size();
    facts.dpi = declaredDpi(image);

    // Nearest-neighbour sampling keeps the pixels' own values: averaging would turn black-on-white gray.
    QImage sample = image.width() > SampleEdge || image.height() > SampleEdge
        ? image.scaled(SampleEdge, SampleEdge, Qt::KeepAspectRatio, Qt::FastTransformation)
        : image;
    sample = sample.convertToFormat(QImage::Format_ARGB32);
    if (sample.isNull()) {
        return facts;
    }

    std::array<qint64, 256> lightness {};
    qint64 colourful = 0;
    qint64 chromaSum = 0;
    int maxChroma = 0;
    qint64 extremes = 0;
    const qint64 count = qint64(sample.width()) * sample.height();
    for (int y = 0; y < sample.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(sample.constScanLine(y));
        for (int x = 0; x < sample.width(); ++x) {
            const QRgb pixel = line[x];
            const int alpha = qAlpha(pixel);
            // Over white, as viewers show transparent pages.
            const auto overWhite = [alpha](int channel) { return (channel * alpha + 255 * (255 - alpha)) / 255; };
            const int red = overWhite(qRed(pixel));
            const int green = overWhite(qGreen(pixel));
            const int blue = overWhite(qBlue(pixel));
            const int chroma = std::max({ red, green, blue }) - std::min({ red, green, blue });
            const int gray = qGray(red, green, blue);
            ++lightness[size_t(gray)];
            chromaSum += chroma;
            maxChroma = std::max(maxChroma, chroma);
            colourful += chroma > ColourfulChroma ? 1 : 0;
            extremes += gray <= BitonalDark || gray >= BitonalLight ? 1 : 0;
        }
    }

    const bool mono = image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB;
    if (mono || (maxChroma <= 2 && double(extremes) >= MinBitonalShare * double(count))) {
        facts.tone = ScanTone::Bitonal;
    } else if (maxChroma <= 2) {
        facts.tone = ScanTone::Grayscale;
    } else if (double(colourful) <= MaxColourfulShare * double(count)
        && double(chromaSum) <= MaxMeanChroma * double(count)) {
        facts.tone = ScanTone::NearlyGray;
    } else {
        facts.tone = ScanTone::Colour;
    }

    qint64 paperPixels = 0;
    for (int centre = PaperFloor; centre < 256; ++centre) {
        qint64 band = 0;
        for (int gray = centre - PaperBand / 2; gray <= std::min(255, centre + PaperBand / 2); ++gray) {
            band += lightness[size_t(gray)];
        }
        paperPixels = std::max(paperPixels, band);
    }
    facts.paperShare = double(paperPixels) / double(count);
    return facts;
}

double ScanClassifier::declaredDpi(const QImage &image)
{
    const int defaultDotsPerMeter = QImage(1, 1, QImage::Format_Mono).dotsPerMeterX();
    const int x = image.dotsPerMeterX();
    const int y = image.dotsPerMeterY();
    if (x <= 0 || y <= 0 || (x == defaultDotsPerMeter && y == defaultDotsPerMeter)) {
        return 0;
    }
    // Whole dpi: 300 dpi is stored as 11811 dots per metre, which is 299.9994 dpi.
    return std::round(std::min(x, y) * 0.0254);
}

QString ScanClassifier::explain(const ScanVerdict &verdict)
{
    const QString orientation = verdict.landscape ? tr("landscape") : tr("portrait");
    const QString resolution = verdict.dpiInferred ? tr("%1 dpi (inferred from its size)").arg(qRound(verdict.dpi))
                                                   : tr("%1 dpi").arg(qRound(verdict.dpi));
    switch (verdict.rejection) {
    case ScanRejection::None: return tr("a scan: %1 %2 at %3").arg(verdict.paper, orientation, resolution);
    case ScanRejection::NoPixels: return tr("not a scan: the image is empty");
    case ScanRejection::Colour: return tr("not a scan: the image is in colour");
    case ScanRejection::NotPageProportions: return tr("not a scan: it does not have a page's proportions");
    case ScanRejection::LowResolution:
        return tr("not a scan: %1 %2 at only %3").arg(verdict.paper, orientation, resolution);
    case ScanRejection::NotMostlyPaper: return tr("not a scan: too little of it is paper (a photograph?)");
    }
    return {};
}

} // namespace Folio
