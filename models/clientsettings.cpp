// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsettings.h"

#include <QSettings>
#include <QThread>

#include <algorithm>

namespace Folio::ClientSettings {

namespace {

const QString LibraryKey = QStringLiteral("library/location");
const QString ThumbnailKey = QStringLiteral("browser/thumbnailEdge");
const QString IngestJobsKey = QStringLiteral("ingest/jobs");
const QString OcrKey = QStringLiteral("ingest/ocrLanguages");
const QString LanguageKey = QStringLiteral("appearance/language");

} // namespace

QString libraryLocation()
{
    return QSettings().value(LibraryKey).toString();
}

void setLibraryLocation(const QString &path)
{
    if (path.isEmpty()) {
        QSettings().remove(LibraryKey);
    } else {
        QSettings().setValue(LibraryKey, path);
    }
}

int thumbnailEdge()
{
    return std::clamp(QSettings().value(ThumbnailKey, 160).toInt(), MinThumbnailEdge, MaxThumbnailEdge);
}

void setThumbnailEdge(int pixels)
{
    QSettings().setValue(ThumbnailKey, std::clamp(pixels, MinThumbnailEdge, MaxThumbnailEdge));
}

int ingestJobs()
{
    const int fallback = std::max(1, QThread::idealThreadCount() / 2);
    return std::clamp(QSettings().value(IngestJobsKey, fallback).toInt(), 1, 16);
}

void setIngestJobs(int jobs)
{
    QSettings().setValue(IngestJobsKey, std::clamp(jobs, 1, 16));
}

QString ocrLanguages()
{
    return QSettings().value(OcrKey).toString();
}

void setOcrLanguages(const QString &languages)
{
    QSettings().setValue(OcrKey, languages.trimmed());
}

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        QSettings().remove(LanguageKey);
    } else {
        QSettings().setValue(LanguageKey, language);
    }
}

} // namespace Folio::ClientSettings
