// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a format extractor (PDF, office, text, audio/video…) hands back to the Extractor: the same shape
// for every format, so the engine records them one way. Plain data.

#include "ingest/extractors/imagerenderer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Folio {

struct NamedRendition
{
    QString name; // thumb | preview | poster | filmstrip | waveform | page:N
    RenderedImage image;
};

struct ContentExtraction
{
    QJsonObject fields;     // unified fields by registry key: title, creator, description, keywords, created,
                            // modified, language, pages, duration (seconds), width, height, …
    QJsonArray tags;        // every raw property as {"key", "type", "value"} ("pdf.Producer", "ooxml.cp:revision")
    QStringList pageTexts;  // the text, one entry per page (one entry for formats without pages)
    QList<NamedRendition> renditions;
    QStringList warnings;   // damage or limits that did not stop extraction
    bool isProtected = false; // encrypted: stored, text and renditions wait for a password
};

} // namespace Folio
