// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A 64-bit perceptual hash (the DCT "pHash") for finding near-duplicate images. The picture, reduced to
// 32 × 32 grey (aspect ignored), goes through a 2-D DCT; the 8 × 8 lowest frequencies after the DC row and
// column are compared with their median, one bit each (so a hash has 32 bits set unless coefficients tie).
// ImageRenderer makes the samples from the preview it already decoded, so hashing costs no second decode.
//
// Measured on the shared corpus: resizing, recompressing (JPEG quality 60), a colour shift and a crop of
// 2.5% on each side move 0-8 bits; a crop of 5% on each side moves 6-16 bits (pHash follows the framing);
// different photos are 26-40 bits apart. Two unrelated pictures, whose hashes behave like random balanced
// ones, come within 10 bits about once in 40 million pairs, within 16 bits once in 15,000: a threshold that
// caught 5% crops would flood a large library with false pairs.
//
// Thread safety: static functions, reentrant. Ownership: none.

#include "error.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>

namespace Folio {

class PerceptualHash
{
public:
    static constexpr int SampleEdge = 32;
    // 8-bit luminance, row-major, SampleEdge × SampleEdge.
    using Samples = std::array<quint8, std::size_t(SampleEdge) * SampleEdge>;

    // At or below this distance two hashes are taken for the same picture.
    static constexpr int NearDuplicateDistance = 10;

    static quint64 fromSamples(const Samples &samples);
    // Decodes an encoded image (any format ImageRenderer reads, within its default limits) and hashes it.
    static Result<quint64> compute(const QByteArray &encodedImage, const QString &what = {});
    // The number of differing bits: 0 for the same picture, about 32 for unrelated ones.
    static int distance(quint64 a, quint64 b);
};

} // namespace Folio
