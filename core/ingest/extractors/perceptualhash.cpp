// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/perceptualhash.h"

#include "ingest/extractors/imagerenderer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <numbers>

namespace Folio {

namespace {

constexpr std::size_t Edge = PerceptualHash::SampleEdge;
constexpr std::size_t Kept = 8; // 8 × 8 coefficients: 64 bits
constexpr std::size_t Bits = Kept * Kept;

// DCT-II basis rows 1..8 (row 0, the DC term, only says how bright the picture is; leaving it out makes
// the hash blind to brightness and to the DC term's dominance over the median).
using Basis = std::array<std::array<double, Edge>, Kept>;

const Basis &basis()
{
    static const Basis rows = [] {
        Basis b {};
        for (std::size_t k = 0; k < Kept; ++k) {
            for (std::size_t n = 0; n < Edge; ++n) {
                b[k][n] = std::cos(std::numbers::pi * double(2 * n + 1) * double(k + 1) / (2.0 * Edge));
            }
        }
        return b;
    }();
    return rows;
}

} // namespace

quint64 PerceptualHash::fromSamples(const Samples &samples)
{
    const Basis &cosines = basis();
    // Separable 2-D DCT, computed only for the coefficients kept: first down the columns...
    std::array<std::array<double, Edge>, Kept> columns {};
    for (std::size_t k = 0; k < Kept; ++k) {
        for (std::size_t y = 0; y < Edge; ++y) {
            const double weight = cosines[k][y];
            for (std::size_t x = 0; x < Edge; ++x) {
                columns[k][x] += weight * samples[y * Edge + x];
            }
        }
    }
    // ...then along the rows.
    std::array<double, Bits> coefficients {};
    for (std::size_t k = 0; k < Kept; ++k) {
        for (std::size_t l = 0; l < Kept; ++l) {
            double sum = 0;
            for (std::size_t x = 0; x < Edge; ++x) {
                sum += columns[k][x] * cosines[l][x];
            }
            coefficients[k * Kept + l] = sum;
        }
    }
    std::array<double, Bits> sorted = coefficients;
    std::sort(sorted.begin(), sorted.end());
    const double median = (sorted[Bits / 2 - 1] + sorted[Bits / 2]) / 2;
    quint64 hash = 0;
    for (std::size_t i = 0; i < Bits; ++i) {
        if (coefficients[i] > median) {
            hash |= quint64(1) << i;
        }
    }
    return hash;
}

Result<quint64> PerceptualHash::compute(const QByteArray &encodedImage, const QString &what)
{
    // The renderer hashes its thumbnail, so a preview no larger than the thumbnail gives the same samples
    // as a full render() at the least cost.
    RenderLimits limits;
    limits.previewEdge = limits.thumbEdge;
    auto rendered = ImageRenderer::renderBuffer(encodedImage, what.isEmpty() ? QStringLiteral("image") : what, limits);
    if (!rendered) {
        return std::unexpected(rendered.error());
    }
    return rendered->perceptualHash;
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace Folio
