// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads audio and video files with FFmpeg: what the container and its first video and audio streams are
// (duration, bit rate, codecs, size as displayed, frame rate, channels, sample rate), their tags (ID3,
// Vorbis comments, MP4 atoms) as raw `media.<key>` tags and unified fields, and their renditions:
// for video a poster frame (thumb, preview, poster) and a filmstrip of ten frames; for audio the cover
// art (thumb, preview) and a waveform (PNG), which also stands in for the thumb and preview when there is
// no cover.
//
// Untrusted input: only the demuxers of the audio and video formats Folio means to read run, only on the
// local file (no protocols, no references to other files); frames over 16384 px are not decoded; every
// read loop is bounded by a packet count, the media time and a wall-clock deadline, which also interrupts
// FFmpeg's own I/O. Damage that does not stop the reading (a truncated stream, a broken tag block) comes
// back as warnings, FFmpeg's error messages among them.
//
// Thread safety: extract() may run on several threads at once; each call decodes on its own thread only
// (one decoder thread per call, since the ingest pipeline parallelises across files). FFmpeg's log goes
// through one process-wide callback that hands each message to the call running on the thread that
// logged it. Ownership: results are plain values.

#include "error.h"
#include "ingest/extractors/contentextraction.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

struct MediaLimits
{
    int maxFrameEdge = 16384; // wider or taller frames are not decoded (the file is still probed)
    int deadlineSeconds = 60; // the whole call: probing, frames and waveform
    int waveformWallSeconds = 30; // the waveform stops after this long, with a warning…
    int waveformMediaSeconds = 600; // …or after this much audio; the rest of the waveform stays empty
    int filmstripFrames = 10;
    int filmstripHeight = 160;
};

class MediaExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::MediaExtractor)

public:
    // The description, tags and renditions of the audio or video file at PATH. Fields (registry keys):
    // container, duration (s), bitrate (bit/s), video-codec, width, height, frame-rate, audio-codec,
    // channels, sample-rate, title, creator, description, keywords, created, album, track, has-cover.
    // Renditions: thumb, preview, poster, filmstrip (video); thumb, preview, waveform (audio).
    // NotFound, PermissionDenied, Unsupported (no audio or video Folio reads), Corrupt (nothing could be
    // read) or LimitExceeded (the deadline passed while probing) otherwise.
    static Result<ContentExtraction> extract(const QString &path, const MediaLimits &limits = {});
};

} // namespace Folio
