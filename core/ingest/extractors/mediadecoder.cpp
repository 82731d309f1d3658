// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/mediadecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstdarg>
#include <iterator>
#include <mutex>

namespace Folio::Internal {

namespace {

constexpr int MaxPacketsPerFrame = 5000; // packets read, of any stream, while waiting for one frame
constexpr int MaxFramesPerTarget = 900; // frames decoded after a seek to reach a time (30 s at 30 fps)
constexpr int MaxDecodeErrors = 200;

thread_local QStringList *t_messages = nullptr;
thread_local int t_printPrefix = 1;
thread_local int t_dropped = 0;

// The notes and warnings worth a user's attention; the rest is no news ("Estimating duration from
// bitrate", "Could not update timestamps for skipped samples").
bool tellsOfDamage(const QString &text)
{
    static const char *const words[]
        = { "truncated", "corrupt", "damaged", "invalid data", "partial file", "overread", "premature" };
    return std::any_of(std::begin(words), std::end(words),
        [&text](const char *word) { return text.contains(QLatin1String(word), Qt::CaseInsensitive); });
}

void collect(void *context, int level, const char *format, va_list arguments)
{
    // Debug output is plentiful: it is dropped before it is formatted.
    if (!t_messages || level > AV_LOG_INFO) {
        return;
    }
    char line[1024];
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &t_printPrefix);
    QString text = QString::fromUtf8(line).trimmed();
    if (level > av_log_get_level() && !tellsOfDamage(text)) {
        return;
    }
    // "[mp3float @ 0x55d0c1e8] Header missing": the address means nothing to a reader.
    if (const qsizetype at = text.indexOf(QLatin1String(" @ 0x")); at > 0) {
        text.remove(at, text.indexOf(QLatin1Char(']'), at) - at);
    }
    if (text.isEmpty() || t_messages->contains(text)) {
        return;
    }
    if (t_messages->size() >= FfmpegLog::MaxMessages) {
        ++t_dropped;
        return;
    }
    t_messages->append(text);
}

} // namespace

void FfmpegFree::operator()(AVFormatContext *context) const
{
    avformat_close_input(&context);
}
void FfmpegFree::operator()(AVCodecContext *context) const
{
    avcodec_free_context(&context);
}
void FfmpegFree::operator()(AVFrame *frame) const
{
    av_frame_free(&frame);
}
void FfmpegFree::operator()(AVPacket *packet) const
{
    av_packet_free(&packet);
}
void FfmpegFree::operator()(SwsContext *context) const
{
    sws_freeContext(context);
}
void FfmpegFree::operator()(SwrContext *context) const
{
    swr_free(&context);
}

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

FfmpegLog::FfmpegLog(QStringList &messages)
    : m_previous(t_messages)
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(collect);
    });
    t_messages = &messages;
    t_printPrefix = 1;
    t_dropped = 0;
}

FfmpegLog::~FfmpegLog()
{
    t_messages = m_previous;
}

int FfmpegLog::dropped() const
{
    return t_dropped;
}

Result<MediaDecoder> MediaDecoder::open(
    AVFormatContext *format, int index, int maxFrameEdge, QDeadlineTimer deadline, const QString &what)
{
    const AVStream *stream = format->streams[index];
    const QLatin1String codecName(avcodec_get_name(stream->codecpar->codec_id));
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    CodecPtr context(codec ? avcodec_alloc_context3(codec) : nullptr);
    if (!context || avcodec_parameters_to_context(context.get(), stream->codecpar) < 0) {
        return fail(Error::Code::Unsupported, tr("%1: Folio has no decoder for its %2 stream").arg(what, codecName));
    }
    context->thread_count = 1; // files run in parallel; more threads per file would only contend
    context->pkt_timebase = stream->time_base;
    context->max_pixels = int64_t(maxFrameEdge) * maxFrameEdge;
    if (const int status = avcodec_open2(context.get(), codec, nullptr); status < 0) {
        return fail(Error::Code::Unsupported, tr("%1: its %2 stream cannot be decoded").arg(what, codecName),
            ffmpegError(status));
    }
    MediaDecoder decoder(format, index, std::move(context), deadline);
    if (!decoder.m_packet || !decoder.m_frame || !decoder.m_previous) {
        return fail(Error::Code::Unknown, tr("%1: out of memory for decoding").arg(what));
    }
    return decoder;
}

MediaDecoder::MediaDecoder(AVFormatContext *format, int index, CodecPtr codec, QDeadlineTimer deadline)
    : m_format(format)
    , m_index(index)
    , m_codec(std::move(codec))
    , m_packet(av_packet_alloc())
    , m_frame(av_frame_alloc())
    , m_previous(av_frame_alloc())
    , m_deadline(deadline)
    , m_position(AV_NOPTS_VALUE)
{
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        format->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
}

bool MediaDecoder::seek(int64_t target)
{
    if (av_seek_frame(m_format, m_index, target, AVSEEK_FLAG_BACKWARD) < 0) {
        return false;
    }
    av_frame_unref(m_frame.get());
    av_frame_unref(m_previous.get());
    m_position = AV_NOPTS_VALUE;
    avcodec_flush_buffers(m_codec.get());
    m_draining = false;
    return true;
}

const AVFrame *MediaDecoder::next()
{
    int packets = 0;
    while (!m_deadline.hasExpired() && m_errors <= MaxDecodeErrors) {
        const int received = avcodec_receive_frame(m_codec.get(), m_frame.get());
        if (received == 0) {
            m_position = m_frame->best_effort_timestamp;
            return m_frame.get();
        }
        if (received == AVERROR_EOF) {
            return nullptr;
        }
        if (received != AVERROR(EAGAIN)) {
            ++m_errors;
            continue;
        }
        if (m_draining || ++packets > MaxPacketsPerFrame) {
            return nullptr;
        }
        if (av_read_frame(m_format, m_packet.get()) < 0) {
            // The end, damage or the deadline: the decoder still gives out the frames it holds.
            m_draining = true;
            if (avcodec_send_packet(m_codec.get(), nullptr) < 0) {
                return nullptr;
            }
            continue;
        }
        if (m_packet->stream_index == m_index && avcodec_send_packet(m_codec.get(), m_packet.get()) < 0) {
            ++m_errors;
        }
        av_packet_unref(m_packet.get());
    }
    return nullptr;
}

const AVFrame *MediaDecoder::frameAt(int64_t target)
{
    for (int frames = 0; frames < MaxFramesPerTarget; ++frames) {
        if (m_frame->buf[0]) {
            av_frame_unref(m_previous.get());
            av_frame_move_ref(m_previous.get(), m_frame.get());
        }
        const AVFrame *frame = next();
        if (!frame) {
            return m_previous->buf[0] ? m_previous.get() : nullptr;
        }
        if (frame->best_effort_timestamp == AV_NOPTS_VALUE || frame->best_effort_timestamp >= target) {
            return frame;
        }
    }
    return m_frame->buf[0] ? m_frame.get() : nullptr;
}

} // namespace Folio::Internal
