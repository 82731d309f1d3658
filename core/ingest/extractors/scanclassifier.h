// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Decides whether an image looks like a scanned document page, and so is worth OCR, from cheap facts: its
// pixel size, the resolution its file declares, its tone (bitonal, grayscale, colour that is nearly gray,
// colour) and how much of it is paper. classify() is a pure function of those facts, so the rule is tested
// without images; factsOf() measures them on a decoded image from a sample of at most SampleEdge × SampleEdge
// pixels, so it costs about the same for any size.
//
// The rule (issue 5): a scan is bitonal or grayscale (or colour that is nearly gray: black on white through
// a colour scanner) of document proportions (A4, Letter or Legal, portrait or landscape, within a
// tolerance) at 150 dpi or more. When the file declares no resolution, or one that makes the image no
// plausible page (72 dpi on a 2480-pixel-tall page), the resolution is inferred from the pixel size by
// assuming the paper whose proportions matched. And a scan is mostly paper: a grayscale photo of page
// proportions is not one. Colour scans, magazine pages… are left to the user, who can mark a file as a
// scan: a false "scan" costs seconds of OCR, a missed one a click.
//
// Thread safety: every function is static and reentrant. Ownership: plain values.

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QImage;

namespace Folio {

enum class ScanTone {
    Bitonal, // black and white only
    Grayscale,
    NearlyGray, // colour pixels, but all or nearly all of them gray
    Colour,
};

struct ScanFacts
{
    QSize pixels; // width × height
    double dpi = 0; // what the file declares (the lower of the two axes); 0 when unknown
    ScanTone tone = ScanTone::Colour;
    double paperShare = 0; // share of the sampled pixels in the densest narrow band of light gray (the paper), 0–1
};

struct ScanCriteria
{
    double minDpi = 150;
    // How far (relative) the aspect ratio may be from a paper's: scanners crop, and book pages are a little
    // squatter than Letter (c02-22.pdf, a scanned book page, is 1.23 against Letter's 1.29).
    double aspectTolerance = 0.08;
    double minPaperShare = 0.5;
    // A declared resolution is believed only when it makes the long edge a plausible page, in inches.
    double minPageInches = 4.0;
    double maxPageInches = 24.0;
};

enum class ScanRejection {
    None, // it is a scan
    NoPixels,
    Colour,
    NotPageProportions,
    LowResolution,
    NotMostlyPaper,
};

struct ScanVerdict
{
    bool isScan = false;
    ScanRejection rejection = ScanRejection::None; // the first rule the image failed
    QString paper; // "A4", "Letter" or "Legal": the proportions that matched; empty when none did
    bool landscape = false;
    double dpi = 0; // declared, or inferred from the pixel size (0 when no paper matched)
    bool dpiInferred = false;
};

class ScanClassifier
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ScanClassifier)

public:
    static constexpr int SampleEdge = 256;

    static ScanVerdict classify(const ScanFacts &facts, const ScanCriteria &criteria = {});
    // The facts of a decoded image (any format; transparent pixels count as white paper).
    static ScanFacts factsOf(const QImage &image);
    // The resolution IMAGE declares (the lower of its two axes), in dpi; 0 when it declares none: Qt gives
    // such an image its default, which depends on the screen (96 offscreen, 100 without a GUI), so a
    // resolution equal to that default is taken as unknown.
    static double declaredDpi(const QImage &image);
    // The verdict in a sentence, for logs ("a scan: Letter portrait at 200 dpi").
    static QString explain(const ScanVerdict &verdict);
};

} // namespace Folio
