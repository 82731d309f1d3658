// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/mediaextractor.h"

#include "ingest/extractors/mediadecoder.h"
#include "ingest/extractors/rgbraster.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avstring.h>
#include <libavutil/display.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Folio {

namespace {

using Internal::FfmpegLog;
using Internal::FormatPtr;
using Internal::FramePtr;
using Internal::MediaDecoder;
using Internal::RgbRaster;
using Internal::SwrPtr;

struct IoClose
{
    void operator()(AVIOContext *io) const { avio_closep(&io); }
};
struct DictionaryFree
{
    void operator()(AVDictionary *dictionary) const { av_dict_free(&dictionary); }
};
using IoPtr = std::unique_ptr<AVIOContext, IoClose>;
using DictionaryPtr = std::unique_ptr<AVDictionary, DictionaryFree>;

// The demuxers of the audio and video formats Folio reads. The rest (playlists, concat, image sequences,
// network formats) can open other files or run for ever, so they never see an untrusted file.
constexpr char AllowedDemuxers[] = "mov,matroska,ogg,mp3,flac,wav,w64,aiff,avi,asf,mpeg,mpegts,aac,ac3,eac3,flv,"
                                   "caf,wv,ape,amr,dts,mxf,ivf,dsf,tta";
constexpr int PosterCandidates = 60; // frames tried after the poster's time to find one that shows something
constexpr double FlatDetail = 12.0; // luma spread under which a frame is black, a fade or one colour
constexpr int PosterEdge = 1600;
constexpr int WaveformWidth = 1000;
constexpr int WaveformHeight = 120;
constexpr qint64 MaxAudioFrames = 2'000'000;
constexpr int MaxTagChars = 4096;
constexpr int MaxTags = 1000;

int interrupted(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

// One call: the open file, its chosen streams and what has been found so far.
struct Media
{
    QString name;
    MediaLimits limits;
    QDeadlineTimer deadline;
    QStringList log;
    FormatPtr format;
    int video = -1;
    int audio = -1;
    int cover = -1;
    double duration = 0; // seconds; 0 when unknown
    ContentExtraction result;
    QSet<QString> tagNames;

    void warn(const QString &text) { result.warnings.append(text); }
    AVStream *stream(int index) const { return format->streams[index]; }
};

// Clockwise quarter turns that show the video upright.
int quarterTurns(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t)) {
        return 0;
    }
    const double angle = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    return std::isnan(angle) ? 0 : int(std::lround(angle / 90.0)) & 3;
}

QString fromTag(const char *value)
{
    return QString::fromUtf8(value).left(MaxTagChars).trimmed();
}

// ISO 8601, in UTC when the time has a zone; "2008" and "2008-05-17" as they are; nothing for the rest.
QString normalisedDate(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (dateOnly.match(text).hasMatch()) {
        return text;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    // MP4 files from devices without a clock say 1904 or 1970.
    if (!time.isValid() || time.date().year() <= 1970) {
        return {};
    }
    // A time without a zone stays so, rather than take this machine's zone.
    return time.timeSpec() == Qt::LocalTime ? time.toString(Qt::ISODate) : time.toUTC().toString(Qt::ISODate);
}

// Tags as media.<key>; a stream's as media.<scope>.<key> when SCOPED or when the file has that key itself.
// (Ogg keeps its Vorbis comments on the stream: they are media.title like everyone else's.)
void addTags(Media &media, const AVDictionary *tags, const QString &scope, bool scoped)
{
    const AVDictionaryEntry *entry = nullptr;
    while ((entry = av_dict_get(tags, "", entry, AV_DICT_IGNORE_SUFFIX)) && media.result.tags.size() < MaxTags) {
        const QString key = QString::fromUtf8(entry->key).toLower();
        QString name = QStringLiteral("media.") + key;
        if (scoped || (!scope.isEmpty() && media.tagNames.contains(name))) {
            name = QStringLiteral("media.%1.%2").arg(scope, key);
        }
        media.tagNames.insert(name);
        media.result.tags.append(QJsonObject { { QStringLiteral("key"), name },
            { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("value"), fromTag(entry->value) } });
    }
}

// A tag of the file, else of its audio, else of its video stream.
QString tag(const Media &media, const char *key)
{
    const AVDictionary *sources[]
        = { media.format->metadata, media.audio >= 0 ? media.stream(media.audio)->metadata : nullptr,
              media.video >= 0 ? media.stream(media.video)->metadata : nullptr };
    for (const AVDictionary *source : sources) {
        if (const AVDictionaryEntry *entry = source ? av_dict_get(source, key, nullptr, 0) : nullptr) {
            if (QString value = fromTag(entry->value); !value.isEmpty()) {
                return value;
            }
        }
    }
    return {};
}

void describe(Media &media)
{
    QJsonObject &fields = media.result.fields;
    const AVFormatContext *format = media.format.get();
    fields.insert(QStringLiteral("container"),
        QString::fromUtf8(format->iformat->long_name ? format->iformat->long_name : format->iformat->name));
    if (format->duration > 0) {
        media.duration = double(format->duration) / AV_TIME_BASE;
    } else if (const AVStream *stream = media.stream(media.audio >= 0 ? media.audio : media.video);
               stream->duration > 0) {
        media.duration = double(stream->duration) * av_q2d(stream->time_base);
    }
    if (media.duration > 0) {
        fields.insert(QStringLiteral("duration"), std::round(media.duration * 1000) / 1000);
    }
    if (format->bit_rate > 0) {
        fields.insert(QStringLiteral("bitrate"), double(format->bit_rate));
    }
    if (media.video >= 0) {
        AVStream *stream = media.stream(media.video);
        const AVCodecParameters *codec = stream->codecpar;
        fields.insert(QStringLiteral("video-codec"), QLatin1String(avcodec_get_name(codec->codec_id)));
        const bool sideways = quarterTurns(stream) % 2 != 0;
        if (codec->width > 0 && codec->height > 0) {
            fields.insert(QStringLiteral("width"), sideways ? codec->height : codec->width);
            fields.insert(QStringLiteral("height"), sideways ? codec->width : codec->height);
        }
        const AVRational rate = stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0
            ? stream->avg_frame_rate
            : stream->r_frame_rate;
        if (rate.num > 0 && rate.den > 0) {
            fields.insert(QStringLiteral("frame-rate"), std::round(av_q2d(rate) * 1000) / 1000);
        }
    }
    if (media.audio >= 0) {
        const AVCodecParameters *codec = media.stream(media.audio)->codecpar;
        fields.insert(QStringLiteral("audio-codec"), QLatin1String(avcodec_get_name(codec->codec_id)));
        if (codec->ch_layout.nb_channels > 0) {
            fields.insert(QStringLiteral("channels"), codec->ch_layout.nb_channels);
        }
        if (codec->sample_rate > 0) {
            fields.insert(QStringLiteral("sample-rate"), codec->sample_rate);
        }
    }
    fields.insert(QStringLiteral("has-cover"), media.cover >= 0);

    addTags(media, format->metadata, {}, false);
    for (const int index : { media.audio, media.video }) {
        if (index >= 0) {
            addTags(media, media.stream(index)->metadata, QStringLiteral("stream%1").arg(index), false);
        }
    }
    if (media.cover >= 0) {
        addTags(media, media.stream(media.cover)->metadata, QStringLiteral("cover"), true);
    }
    if (media.result.tags.size() >= MaxTags) {
        media.warn(MediaExtractor::tr("%1: only its first %2 tags were read").arg(media.name).arg(MaxTags));
    }
    const auto insertText = [&fields](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            fields.insert(QLatin1String(key), value);
        }
    };
    insertText("title", tag(media, "title"));
    QString creator = tag(media, "artist");
    for (const char *key : { "album_artist", "composer", "author" }) {
        creator = creator.isEmpty() ? tag(media, key) : creator;
    }
    insertText("creator", creator);
    const QString comment = tag(media, "comment");
    insertText("description", comment.isEmpty() ? tag(media, "description") : comment);
    insertText("album", tag(media, "album"));
    QString created = normalisedDate(tag(media, "date"));
    insertText("created", created.isEmpty() ? normalisedDate(tag(media, "creation_time")) : created);
    QStringList genres;
    for (const QString &genre : tag(media, "genre").split(QLatin1Char(';'))) {
        if (!genre.trimmed().isEmpty()) {
            genres.append(genre.trimmed());
        }
    }
    if (!genres.isEmpty()) {
        fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(genres));
    }
    // "3/12": the track's number, which sorts; the raw tag keeps the count.
    const QString track = tag(media, "track");
    bool number = false;
    const int trackNumber = track.section(QLatin1Char('/'), 0, 0).trimmed().toInt(&number);
    if (number) {
        fields.insert(QStringLiteral("track"), trackNumber);
    } else {
        insertText("track", track);
    }
}

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

// Which format the file is, from its content; AVERROR_DEMUXER_NOT_FOUND for one Folio does not let run.
int probe(const QByteArray &url, const AVIOInterruptCB &interrupt, const AVInputFormat **detected)
{
    AVDictionary *rawOptions = nullptr;
    av_dict_set(&rawOptions, "protocol_whitelist", "file", 0);
    AVIOContext *rawIo = nullptr;
    const int opened = avio_open2(&rawIo, url.constData(), AVIO_FLAG_READ, &interrupt, &rawOptions);
    const DictionaryPtr unused(rawOptions);
    const IoPtr io(rawIo);
    if (opened < 0) {
        return opened;
    }
    if (const int score = av_probe_input_buffer2(io.get(), detected, url.constData(), nullptr, 0, 0); score < 0) {
        return score;
    }
    return *detected && av_match_list((*detected)->name, AllowedDemuxers, ',') > 0 ? 0 : AVERROR_DEMUXER_NOT_FOUND;
}

// DETECTED is the format the file was found to be, null when it is none Folio reads.
Error openError(int status, const Media &media, const AVInputFormat *detected)
{
    const QString detail = (QStringList { Internal::ffmpegError(status) } + media.log).join(QStringLiteral("; "));
    if (status == AVERROR_EXIT) {
        return Error(Error::Code::LimitExceeded,
            MediaExtractor::tr("%1: could not be read within %2 s").arg(media.name).arg(media.limits.deadlineSeconds),
            detail);
    }
    if (status == AVERROR(ENOENT)) {
        return Error(Error::Code::NotFound, MediaExtractor::tr("%1: no such file").arg(media.name), detail);
    }
    if (status == AVERROR(EACCES) || status == AVERROR(EPERM)) {
        return Error(Error::Code::PermissionDenied, MediaExtractor::tr("%1: cannot be read").arg(media.name), detail);
    }
    if (!detected) {
        return Error(Error::Code::Unsupported,
            MediaExtractor::tr("%1: not an audio or video format Folio reads").arg(media.name), detail);
    }
    return Error(Error::Code::Corrupt,
        MediaExtractor::tr("%1: the %2 file is damaged and cannot be read")
            .arg(media.name, QString::fromUtf8(detected->long_name ? detected->long_name : detected->name)),
        detail);
}

Result<void> open(Media &media)
{
    const QFileInfo info(media.name);
    if (!info.exists()) {
        return fail(Error::Code::NotFound, MediaExtractor::tr("%1: no such file").arg(media.name));
    }
    // A folder, a device or a FIFO (which would block the reading) is no media file.
    if (!info.isFile()) {
        return fail(Error::Code::Unsupported, MediaExtractor::tr("%1: not a regular file").arg(media.name));
    }
    if (!info.isReadable()) {
        return fail(Error::Code::PermissionDenied, MediaExtractor::tr("%1: cannot be read").arg(media.name));
    }
    if (info.size() == 0) {
        return fail(Error::Code::Corrupt, MediaExtractor::tr("%1: the file is empty").arg(media.name));
    }
    const AVIOInterruptCB interrupt { interrupted, &media.deadline };
    // "file:" so that a colon in the name is never read as a protocol.
    const QByteArray url = "file:" + QFile::encodeName(info.absoluteFilePath());
    const AVInputFormat *detected = nullptr;
    if (const int status = probe(url, interrupt, &detected); status < 0) {
        return std::unexpected(openError(status, media, nullptr));
    }
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw) {
        return fail(Error::Code::Unknown, MediaExtractor::tr("%1: out of memory").arg(media.name));
    }
    raw->interrupt_callback = interrupt;
    AVDictionary *rawOptions = nullptr;
    av_dict_set(&rawOptions, "protocol_whitelist", "file", 0);
    av_dict_set(&rawOptions, "format_whitelist", AllowedDemuxers, 0);
    const int status = avformat_open_input(&raw, url.constData(), detected, &rawOptions);
    const DictionaryPtr unused(rawOptions);
    media.format.reset(raw); // avformat_open_input() freed and nulled it on failure
    if (status < 0) {
        return std::unexpected(openError(status, media, detected));
    }
    if (const int found = avformat_find_stream_info(raw, nullptr); found < 0) {
        if (found == AVERROR_EXIT) {
            return std::unexpected(openError(found, media, detected));
        }
        media.warn(MediaExtractor::tr("%1: its streams could not be analysed: %2")
                       .arg(media.name, Internal::ffmpegError(found)));
    }
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        const AVStream *stream = raw->streams[i];
        const AVMediaType type = stream->codecpar->codec_type;
        if (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) {
            media.cover = media.cover < 0 && stream->attached_pic.size > 0 ? int(i) : media.cover;
        } else if (type == AVMEDIA_TYPE_VIDEO && media.video < 0) {
            media.video = int(i);
        } else if (type == AVMEDIA_TYPE_AUDIO && media.audio < 0) {
            media.audio = int(i);
        }
    }
    if (media.video < 0 && media.audio < 0) {
        return fail(Error::Code::Unsupported, MediaExtractor::tr("%1: holds no audio or video").arg(media.name),
            media.log.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace

Result<ContentExtraction> MediaExtractor::extract(const QString &path, const MediaLimits &limits)
{
    Media media;
    media.name = path;
    media.limits = limits;
    media.deadline = QDeadlineTimer(qint64(limits.deadlineSeconds) * 1000);
    const FfmpegLog log(media.log);
    if (auto opened = open(media); !opened) {
        return std::unexpected(opened.error());
    }
    describe(media);
    if (media.video >= 0) {
        videoRenditions(media);
    }
    if (media.cover >= 0 && !hasRendition(media, QStringLiteral("thumb"))) {
        const AVPacket &picture = media.stream(media.cover)->attached_pic;
        addRenditions(media,
            ImageRenderer::renderBuffer(QByteArray(reinterpret_cast<const char *>(picture.data), picture.size),
                tr("%1 (cover art)").arg(media.name)));
    }
    if (media.video < 0) {
        waveform(media);
    }
    if (media.deadline.hasExpired()) {
        media.warn(tr("%1: stopped after %2 s; some renditions are missing").arg(path).arg(limits.deadlineSeconds));
    }
    for (const QString &message : std::as_const(media.log)) {
        media.warn(tr("%1: FFmpeg: %2").arg(path, message));
    }
    if (log.dropped() > 0) {
        media.warn(tr("%1: FFmpeg reported %n more problem(s)", nullptr, log.dropped()).arg(path));
    }
    return std::move(media.result);
}

} // namespace Folio
