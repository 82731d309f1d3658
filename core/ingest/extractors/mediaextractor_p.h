// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to MediaExtractor: one extraction's state, shared by the probing and metadata
// (mediaextractor.cpp) and the renditions (mediarenditions.cpp). Only those two files include it (it brings
// FFmpeg's headers).
// Thread safety: one Media per call, on the calling thread.

#include "ingest/extractors/imagerenderer.h"
#include "ingest/extractors/mediadecoder.h"
#include "ingest/extractors/mediaextractor.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QStringList>

extern "C" {
#include <libavformat/avformat.h>
}

namespace Folio::MediaParts {

// One call: the open file, its chosen streams and what has been found so far.
struct Media
{
    QString name;
    MediaLimits limits;
    QDeadlineTimer deadline;
    QStringList log;
    Internal::FormatPtr format;
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
int quarterTurns(const AVStream *stream);

// Adds the thumb and preview RENDERED, or its failure as a warning.
void addRenditions(Media &media, const Result<RenderResult> &rendered);
bool hasRendition(const Media &media, const QString &name);
// The poster (with the thumb and preview made from it) and the filmstrip of the video stream.
void videoRenditions(Media &media);
// The waveform of the audio stream (and the thumb and preview made from it).
void waveform(Media &media);

} // namespace Folio::MediaParts
