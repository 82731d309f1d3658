// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/rgbraster.h"

#include "ingest/extractors/mediadecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Folio::Internal {

namespace {

constexpr int JpegQScale = 3; // FFmpeg's JPEG quantiser scale: about libjpeg's quality 85-90

} // namespace

RgbRaster::RgbRaster(int width, int height, uchar grey)
    : m_width(width)
    , m_height(height)
    , m_rgb(qsizetype(width) * height * 3, char(grey))
{ }

RgbRaster RgbRaster::fromFrame(const AVFrame *frame, int width, int height)
{
    SwsPtr sws(sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), width, height,
        AV_PIX_FMT_RGB24, SWS_AREA, nullptr, nullptr, nullptr));
    if (!sws || width < 1 || height < 1) {
        return {};
    }
    RgbRaster raster(width, height, 0);
    uint8_t *const planes[4] = { reinterpret_cast<uint8_t *>(raster.m_rgb.data()), nullptr, nullptr, nullptr };
    const int strides[4] = { width * 3, 0, 0, 0 };
    if (sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, planes, strides) != height) {
        return {};
    }
    return raster;
}

RgbRaster RgbRaster::rotated(int quarterTurns) const
{
    quarterTurns &= 3;
    if (quarterTurns == 0 || isNull()) {
        return *this;
    }
    const bool sideways = quarterTurns % 2 != 0;
    RgbRaster turned(sideways ? m_height : m_width, sideways ? m_width : m_height, 0);
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            const int tx = quarterTurns == 1 ? m_height - 1 - y : quarterTurns == 2 ? m_width - 1 - x : y;
            const int ty = quarterTurns == 1 ? x : quarterTurns == 2 ? m_height - 1 - y : m_width - 1 - x;
            std::memcpy(turned.pixel(tx, ty), pixel(x, y), 3);
        }
    }
    return turned;
}

void RgbRaster::paste(const RgbRaster &tile, int x)
{
    const int width = std::min(tile.m_width, m_width - x);
    if (x < 0 || width <= 0) {
        return;
    }
    for (int y = 0; y < std::min(tile.m_height, m_height); ++y) {
        std::memcpy(pixel(x, y), tile.pixel(0, y), size_t(width) * 3);
    }
}

void RgbRaster::drawColumn(int x, int top, int bottom, uchar red, uchar green, uchar blue)
{
    if (x < 0 || x >= m_width) {
        return;
    }
    for (int y = std::max(0, top); y <= std::min(m_height - 1, bottom); ++y) {
        uchar *at = pixel(x, y);
        at[0] = red;
        at[1] = green;
        at[2] = blue;
    }
}

double RgbRaster::detail() const
{
    if (isNull()) {
        return -1;
    }
    double sum = 0;
    double squares = 0;
    const qsizetype count = qsizetype(m_width) * m_height;
    const auto *bytes = reinterpret_cast<const uchar *>(m_rgb.constData());
    for (qsizetype i = 0; i < count; ++i) {
        const double luma = 0.299 * bytes[i * 3] + 0.587 * bytes[i * 3 + 1] + 0.114 * bytes[i * 3 + 2];
        sum += luma;
        squares += luma * luma;
    }
    const double mean = sum / double(count);
    return mean < 16 ? 0 : std::sqrt(std::max(0.0, squares / double(count) - mean * mean));
}

QByteArray RgbRaster::toJpeg() const
{
    return encoded(AV_CODEC_ID_MJPEG);
}

QByteArray RgbRaster::toPng() const
{
    return encoded(AV_CODEC_ID_PNG);
}

QByteArray RgbRaster::encoded(int codecId) const
{
    const bool jpeg = codecId == AV_CODEC_ID_MJPEG;
    const AVPixelFormat format = jpeg ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_RGB24;
    const AVCodec *codec = avcodec_find_encoder(AVCodecID(codecId));
    CodecPtr context(codec ? avcodec_alloc_context3(codec) : nullptr);
    FramePtr frame(av_frame_alloc());
    PacketPtr packet(av_packet_alloc());
    if (!context || !frame || !packet || isNull()) {
        return {};
    }
    context->width = m_width;
    context->height = m_height;
    context->pix_fmt = format;
    context->time_base = AVRational { 1, 25 };
    context->color_range = AVCOL_RANGE_JPEG;
    if (jpeg) {
        context->flags |= AV_CODEC_FLAG_QSCALE;
        context->global_quality = FF_QP2LAMBDA * JpegQScale;
    }
    frame->format = format;
    frame->width = m_width;
    frame->height = m_height;
    if (avcodec_open2(context.get(), codec, nullptr) < 0 || av_frame_get_buffer(frame.get(), 0) < 0) {
        return {};
    }
    SwsPtr sws(sws_getContext(
        m_width, m_height, AV_PIX_FMT_RGB24, m_width, m_height, format, SWS_BICUBIC, nullptr, nullptr, nullptr));
    const uint8_t *const planes[4]
        = { reinterpret_cast<const uint8_t *>(m_rgb.constData()), nullptr, nullptr, nullptr };
    const int strides[4] = { m_width * 3, 0, 0, 0 };
    if (!sws || sws_scale(sws.get(), planes, strides, 0, m_height, frame->data, frame->linesize) != m_height) {
        return {};
    }
    frame->quality = context->global_quality;
    frame->pts = 0;
    if (avcodec_send_frame(context.get(), frame.get()) < 0 || avcodec_send_frame(context.get(), nullptr) < 0) {
        return {};
    }
    QByteArray bytes;
    while (avcodec_receive_packet(context.get(), packet.get()) == 0) {
        bytes.append(reinterpret_cast<const char *>(packet->data), packet->size);
        av_packet_unref(packet.get());
    }
    return bytes;
}

} // namespace Folio::Internal
