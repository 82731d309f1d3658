// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// 8-bit RGB pixels in memory, as MediaExtractor makes its posters, filmstrips and waveforms (not API):
// scaled from a decoded FFmpeg frame, turned upright, judged (does the frame show anything?), drawn on,
// and encoded as JPEG or PNG with FFmpeg's own encoders (libvips stays in ImageRenderer).
// Value type; thread-safe as any value.

#include <QByteArray>

struct AVFrame;

namespace Folio::Internal {

class RgbRaster
{
public:
    RgbRaster() = default;
    RgbRaster(int width, int height, uchar grey); // filled with one grey

    // FRAME (any pixel format) scaled to WIDTH × HEIGHT; null when swscale cannot convert it.
    static RgbRaster fromFrame(const AVFrame *frame, int width, int height);

    bool isNull() const { return m_rgb.isEmpty(); }
    int width() const { return m_width; }
    int height() const { return m_height; }

    // Turned clockwise by QUARTERTURNS × 90°.
    RgbRaster rotated(int quarterTurns) const;
    // TILE's pixels over this raster's, from column X of the top row; what falls outside is cut.
    void paste(const RgbRaster &tile, int x);
    // Column X from row TOP to row BOTTOM (inclusive, clamped) in one colour.
    void drawColumn(int x, int top, int bottom, uchar red, uchar green, uchar blue);
    // How much the picture shows: the spread of its luma; 0 for a dark one. Black frames, fades and flat
    // colour score low.
    double detail() const;

    QByteArray toJpeg() const; // empty when encoding fails
    QByteArray toPng() const;

private:
    uchar *pixel(int x, int y) { return reinterpret_cast<uchar *>(m_rgb.data()) + (qsizetype(y) * m_width + x) * 3; }
    const uchar *pixel(int x, int y) const
    {
        return reinterpret_cast<const uchar *>(m_rgb.constData()) + (qsizetype(y) * m_width + x) * 3;
    }
    QByteArray encoded(int codecId) const;

    int m_width = 0;
    int m_height = 0;
    QByteArray m_rgb; // rows of m_width × 3 bytes
};

} // namespace Folio::Internal
