// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FFmpeg plumbing for MediaExtractor (not API): owning handles for FFmpeg's C objects, a decoder of one
// stream of an open file that stays within bounds of packets, decoding errors and time, and the capture
// of what FFmpeg logs during one extraction. FFmpeg's types are only declared here; its headers stay in
// the .cpp files.
//
// Thread safety: a MediaDecoder and the format context it reads belong to one thread. FfmpegLog installs
// one process-wide log callback (once) and collects what FFmpeg logs on the thread that made it; decoders
// run one thread each, so their messages come on that thread. (FFmpeg has one callback per process: in a
// process that also loads GStreamer's libav plugin, the later one set wins.)
// Ownership: the handles own what they point to; a MediaDecoder owns its codec context, not the format
// context, which must outlive it.

#include "error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStringList>

#include <cstdint>
#include <memory>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct SwrContext;
struct SwsContext;

namespace Folio::Internal {

struct FfmpegFree
{
    void operator()(AVFormatContext *context) const;
    void operator()(AVCodecContext *context) const;
    void operator()(AVFrame *frame) const;
    void operator()(AVPacket *packet) const;
    void operator()(SwsContext *context) const;
    void operator()(SwrContext *context) const;
};
using FormatPtr = std::unique_ptr<AVFormatContext, FfmpegFree>;
using CodecPtr = std::unique_ptr<AVCodecContext, FfmpegFree>;
using FramePtr = std::unique_ptr<AVFrame, FfmpegFree>;
using PacketPtr = std::unique_ptr<AVPacket, FfmpegFree>;
using SwsPtr = std::unique_ptr<SwsContext, FfmpegFree>;
using SwrPtr = std::unique_ptr<SwrContext, FfmpegFree>;

// FFmpeg's text for an AVERROR code.
QString ffmpegError(int code);

// While it lives, what FFmpeg logs on this thread goes to MESSAGES: its errors, and the notes and
// warnings that tell of damage (FFmpeg reports a truncated Vorbis comment block as mere information).
// Repeats are dropped; after MaxMessages, only counted.
class FfmpegLog
{
public:
    static constexpr int MaxMessages = 20;
    explicit FfmpegLog(QStringList &messages);
    ~FfmpegLog();
    FfmpegLog(const FfmpegLog &) = delete;
    FfmpegLog &operator=(const FfmpegLog &) = delete;
    int dropped() const; // messages past MaxMessages

private:
    QStringList *m_previous;
};

class MediaDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Internal::MediaDecoder)

public:
    // A decoder of stream INDEX of FORMAT (opened and probed), which reads no further once DEADLINE has
    // passed and refuses frames over MAXFRAMEEDGE² pixels; every other stream is skipped from now on.
    // WHAT names the file in messages.
    static Result<MediaDecoder> open(
        AVFormatContext *format, int index, int maxFrameEdge, QDeadlineTimer deadline, const QString &what);

    // To the keyframe at or before TARGET (in the stream's time base). A stream that cannot seek is
    // decoded on from where it stands.
    bool seek(int64_t target);
    // The next frame, valid until the next call; null at the end, past the limits or the deadline.
    const AVFrame *next();
    // The first frame at or after TARGET, decoding on from where the stream stands; the last frame when
    // the stream ends first.
    const AVFrame *frameAt(int64_t target);

    const AVCodecContext *codec() const { return m_codec.get(); }
    int errors() const { return m_errors; } // packets the decoder refused
    int64_t position() const { return m_position; } // the last frame's timestamp; AV_NOPTS_VALUE before one

private:
    MediaDecoder(AVFormatContext *format, int index, CodecPtr codec, QDeadlineTimer deadline);

    AVFormatContext *m_format;
    int m_index;
    CodecPtr m_codec;
    PacketPtr m_packet;
    FramePtr m_frame;
    FramePtr m_previous;
    QDeadlineTimer m_deadline;
    bool m_draining = false;
    int m_errors = 0;
    int64_t m_position;
};

} // namespace Folio::Internal
