// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/mediaextractor.h"

#include "ingest/extractors/mediadecoder.h"
#include "ingest/extractors/mediaextractor_p.h"
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

int MediaParts::quarterTurns(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t)) {
        return 0;
    }
    const double angle = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    return std::isnan(angle) ? 0 : int(std::lround(angle / 90.0)) & 3;
}

namespace {

using Internal::FfmpegLog;
using Internal::FormatPtr;
using MediaParts::Media;
using MediaParts::quarterTurns;

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
constexpr int MaxTagChars = 4096;
constexpr int MaxTags = 1000;

int interrupted(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
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

using MediaParts::addRenditions;
using MediaParts::hasRendition;

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
