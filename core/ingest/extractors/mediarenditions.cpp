// SPDX-License-Identifier: GPL-3.0-or-later
// MediaExtractor's renditions: the poster frame (and the thumb and preview made from it), the filmstrip of
// a video, and the waveform of audio. The probing and the metadata are in mediaextractor.cpp.
#include "ingest/extractors/mediaextractor_p.h"

#include "ingest/extractors/rgbraster.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Folio::MediaParts {

namespace {

using Internal::FramePtr;
using Internal::MediaDecoder;
using Internal::RgbRaster;
using Internal::SwrPtr;

constexpr int PosterCandidates = 60; // frames tried after the poster's time to find one that shows something
constexpr double FlatDetail = 12.0; // luma spread under which a frame is black, a fade or one colour
constexpr int PosterEdge = 1600;
constexpr int WaveformWidth = 1000;
constexpr int WaveformHeight = 120;
constexpr qint64 MaxAudioFrames = 2'000'000;

// A frame about a tenth of the way in that shows something: black frames and fades are passed over.
FramePtr posterFrame(MediaDecoder &decoder, int64_t target)
{
    FramePtr best;
    double bestDetail = -1;
    const AVFrame *frame = decoder.frameAt(target);
    for (int tried = 0; frame && tried < PosterCandidates; ++tried, frame = decoder.next()) {
        const double score = RgbRaster::fromFrame(frame, 64, 64).detail();
        if (score > bestDetail) {
            best.reset(av_frame_clone(frame));
            bestDetail = score;
        }
        if (score >= FlatDetail) {
            break;
        }
    }
    return best;
}

void addRendition(Media &media, const QString &name, const QByteArray &bytes, const RgbRaster &raster)
{
    const QString type = bytes.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    media.result.renditions.append({ name, { bytes, type, raster.width(), raster.height() } });
}

void warnAboutDamage(Media &media, const MediaDecoder &decoder)
{
    if (decoder.errors() > 0) {
        media.warn(
            MediaExtractor::tr("%1: %n damaged packet(s) were skipped", nullptr, decoder.errors()).arg(media.name));
    }
}

SwrPtr monoMixer(const AVFrame *frame)
{
    AVChannelLayout input {};
    AVChannelLayout mono {};
    av_channel_layout_default(&mono, 1);
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_copy(&input, &frame->ch_layout) < 0) {
        av_channel_layout_default(&input, frame->ch_layout.nb_channels);
    }
    SwrContext *raw = nullptr;
    const int status = swr_alloc_set_opts2(&raw, &mono, AV_SAMPLE_FMT_FLT, frame->sample_rate, &input,
        AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
    av_channel_layout_uninit(&input);
    SwrPtr mixer(raw);
    return status < 0 || swr_init(raw) < 0 ? nullptr : std::move(mixer);
}

// The lowest and highest sample of each block of the audio, mixed to mono.
struct Peaks
{
    qint64 blockSamples = 1;
    std::vector<std::pair<float, float>> blocks;
    qint64 filled = 0;

    void add(const float *samples, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (filled == 0) {
                blocks.emplace_back(samples[i], samples[i]);
            }
            blocks.back().first = std::min(blocks.back().first, samples[i]);
            blocks.back().second = std::max(blocks.back().second, samples[i]);
            filled = (filled + 1) % blockSamples;
        }
    }

    // TOTAL blocks across the picture: what was not decoded stays empty.
    RgbRaster draw(qint64 total) const
    {
        RgbRaster picture(WaveformWidth, WaveformHeight, 255);
        const int middle = WaveformHeight / 2;
        const auto decoded = qint64(blocks.size());
        for (int x = 0; x < WaveformWidth && x * total / WaveformWidth < decoded; ++x) {
            const qint64 from = x * total / WaveformWidth;
            const qint64 to = std::min(decoded, std::max(from + 1, (x + 1) * total / WaveformWidth));
            float low = 0;
            float high = 0;
            for (qint64 block = from; block < to; ++block) {
                low = std::min(low, blocks[size_t(block)].first);
                high = std::max(high, blocks[size_t(block)].second);
            }
            picture.drawColumn(x, middle - int(std::lround(std::min(high, 1.0f) * (middle - 1))),
                middle - int(std::lround(std::max(low, -1.0f) * (middle - 1))), 0x2e, 0x6b, 0xb0);
        }
        return picture;
    }
};

} // namespace

void addRenditions(Media &media, const Result<RenderResult> &rendered)
{
    if (!rendered) {
        media.warn(rendered.error().message());
        return;
    }
    media.result.renditions.append({ QStringLiteral("thumb"), rendered->thumb });
    media.result.renditions.append({ QStringLiteral("preview"), rendered->preview });
    media.result.warnings.append(rendered->warnings);
}

bool hasRendition(const Media &media, const QString &name)
{
    return std::any_of(media.result.renditions.cbegin(), media.result.renditions.cend(),
        [&name](const NamedRendition &rendition) { return rendition.name == name; });
}

// The poster (with the thumb and preview made from it) and the filmstrip.
void videoRenditions(Media &media)
{
    AVStream *stream = media.stream(media.video);
    const AVCodecParameters *codec = stream->codecpar;
    const int maxEdge = media.limits.maxFrameEdge;
    if (codec->width <= 0 || codec->height <= 0 || codec->width > maxEdge || codec->height > maxEdge) {
        media.warn(
            MediaExtractor::tr("%1: its %2 × %3 frames are outside the limit of %4 pixels a side; none was decoded")
                .arg(media.name)
                .arg(codec->width)
                .arg(codec->height)
                .arg(maxEdge));
        return;
    }
    auto opened = MediaDecoder::open(media.format.get(), media.video, maxEdge, media.deadline, media.name);
    if (!opened) {
        media.warn(opened.error().message());
        return;
    }
    MediaDecoder &decoder = *opened;
    // Shown size: pixels may be wider than tall (anamorphic video) and the picture may be turned.
    const int turns = quarterTurns(stream);
    AVRational aspect = av_guess_sample_aspect_ratio(media.format.get(), stream, nullptr);
    const double shownWidth = codec->width * (aspect.num > 0 && aspect.den > 0 ? av_q2d(aspect) : 1.0);
    const double shownHeight = codec->height;
    const int64_t start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    const int64_t length = stream->duration > 0
        ? stream->duration
        : av_rescale_q(int64_t(media.duration * AV_TIME_BASE), AV_TIME_BASE_Q, stream->time_base);

    decoder.seek(start + length / 10);
    FramePtr poster = posterFrame(decoder, start + length / 10);
    if (!poster && decoder.seek(start)) {
        poster = posterFrame(decoder, start);
    }
    const double scale = std::min(1.0, PosterEdge / std::max(shownWidth, shownHeight));
    const RgbRaster frame = poster
        ? RgbRaster::fromFrame(poster.get(), std::max(1, int(std::lround(shownWidth * scale))),
            std::max(1, int(std::lround(shownHeight * scale))))
              .rotated(turns)
        : RgbRaster();
    const QByteArray jpeg = frame.toJpeg();
    if (jpeg.isEmpty()) {
        media.warn(MediaExtractor::tr("%1: no frame of the video could be decoded").arg(media.name));
        warnAboutDamage(media, decoder);
        return;
    }
    addRendition(media, QStringLiteral("poster"), jpeg, frame);
    addRenditions(media, ImageRenderer::renderBuffer(jpeg, MediaExtractor::tr("%1 (poster frame)").arg(media.name)));

    // The filmstrip: the frames at the middles of equal parts, each tile as high as the strip.
    const int tiles = media.limits.filmstripFrames;
    const int tileHeight = media.limits.filmstripHeight;
    const double shownAspect = turns % 2 ? shownHeight / shownWidth : shownWidth / shownHeight;
    const int tileWidth = std::clamp(int(std::lround(tileHeight * shownAspect)), 16, tileHeight * 8);
    if (length <= 0 || tiles < 1 || tileHeight < 1) {
        media.warn(MediaExtractor::tr("%1: the video's length is unknown, so it has no filmstrip").arg(media.name));
        return;
    }
    RgbRaster strip(tileWidth * tiles, tileHeight, 0);
    RgbRaster tile;
    const int64_t seekGap = av_rescale_q(2, AVRational { 1, 1 }, stream->time_base); // decoding on is cheaper
    for (int i = 0; i < tiles; ++i) {
        const int64_t target = start + length * (2 * i + 1) / (2 * tiles);
        const int64_t at = decoder.position();
        if (at == AV_NOPTS_VALUE || target < at || target - at > seekGap) {
            decoder.seek(target);
        }
        if (const AVFrame *frame = decoder.frameAt(target)) {
            const bool sideways = turns % 2 != 0;
            tile = RgbRaster::fromFrame(frame, sideways ? tileHeight : tileWidth, sideways ? tileWidth : tileHeight)
                       .rotated(turns);
        }
        strip.paste(tile, i * tileWidth); // a frame that does not decode shows the one before
    }
    const QByteArray stripJpeg = tile.isNull() ? QByteArray() : strip.toJpeg();
    if (stripJpeg.isEmpty()) {
        media.warn(MediaExtractor::tr("%1: the filmstrip could not be made").arg(media.name));
    } else {
        addRendition(media, QStringLiteral("filmstrip"), stripJpeg, strip);
    }
    warnAboutDamage(media, decoder);
}

void waveform(Media &media)
{
    QDeadlineTimer wall(qint64(media.limits.waveformWallSeconds) * 1000);
    auto opened = MediaDecoder::open(
        media.format.get(), media.audio, media.limits.maxFrameEdge, std::min(wall, media.deadline), media.name);
    if (!opened) {
        media.warn(opened.error().message());
        return;
    }
    MediaDecoder &decoder = *opened;
    const int rate = decoder.codec()->sample_rate;
    if (rate <= 0) {
        media.warn(MediaExtractor::tr("%1: the audio has no sample rate, so it has no waveform").arg(media.name));
        return;
    }
    const qint64 expected = qint64(media.duration * rate);
    Peaks peaks;
    // Blocks of 10 ms, finer for short sounds so that even they fill the picture's width.
    peaks.blockSamples = std::max<qint64>(1, std::min<qint64>(rate / 100, expected / (WaveformWidth * 2)));
    const qint64 maxSamples = qint64(media.limits.waveformMediaSeconds) * rate;
    SwrPtr mixer;
    int mixed[3] = {}; // the sample format, rate and channel count MIXER takes
    std::vector<float> mono;
    qint64 samples = 0;
    bool complete = false;
    for (qint64 frames = 0; frames < MaxAudioFrames && samples <= maxSamples; ++frames) {
        const AVFrame *frame = decoder.next();
        if (!frame) {
            complete = !wall.hasExpired() && !media.deadline.hasExpired();
            break;
        }
        // A stream may change its layout between frames; a mixer fed another layout than its own would read
        // past the frame.
        const int layout[3] = { frame->format, frame->sample_rate, frame->ch_layout.nb_channels };
        if (!std::equal(std::begin(layout), std::end(layout), std::begin(mixed))) {
            mixer = monoMixer(frame);
            std::copy(std::begin(layout), std::end(layout), std::begin(mixed));
        }
        if (!mixer) {
            media.warn(MediaExtractor::tr("%1: the audio cannot be mixed to mono").arg(media.name));
            return;
        }
        mono.resize(size_t(std::max(0, swr_get_out_samples(mixer.get(), frame->nb_samples))));
        auto *out = reinterpret_cast<uint8_t *>(mono.data());
        const int converted = swr_convert(
            mixer.get(), &out, int(mono.size()), const_cast<const uint8_t **>(frame->extended_data), frame->nb_samples);
        if (converted > 0) {
            peaks.add(mono.data(), converted);
            samples += converted;
        }
    }
    if (!complete) {
        media.warn(MediaExtractor::tr("%1: the waveform shows only the first %2 s of the audio: Folio stops "
                                      "after %3 s of audio or %4 s of decoding")
                       .arg(media.name)
                       .arg(double(samples) / rate, 0, 'f', 1)
                       .arg(media.limits.waveformMediaSeconds)
                       .arg(media.limits.waveformWallSeconds));
    } else if (expected > 0 && samples < expected * 9 / 10) {
        media.warn(MediaExtractor::tr("%1: the audio ends after %2 s of the %3 s it declares; the file may be "
                                      "truncated")
                       .arg(media.name)
                       .arg(double(samples) / rate, 0, 'f', 2)
                       .arg(media.duration, 0, 'f', 2));
    }
    warnAboutDamage(media, decoder);
    const RgbRaster picture = peaks.draw(std::max<qint64>(qint64(peaks.blocks.size()), expected / peaks.blockSamples));
    const QByteArray png = peaks.blocks.empty() ? QByteArray() : picture.toPng();
    if (png.isEmpty()) {
        media.warn(MediaExtractor::tr("%1: no waveform: no audio could be decoded").arg(media.name));
        return;
    }
    addRendition(media, QStringLiteral("waveform"), png, picture);
    if (!hasRendition(media, QStringLiteral("thumb"))) {
        addRenditions(media, ImageRenderer::renderBuffer(png, MediaExtractor::tr("%1 (waveform)").arg(media.name)));
    }
}
} // namespace Folio::MediaParts
