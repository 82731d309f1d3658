// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Thumbnails for the browsers, loaded off the GUI thread: image() answers at once with the cached image, or
// with a null one after queueing a load (the view paints a placeholder); ready(sha256) follows when the
// image is in the cache. Renditions are Folio's own JPEG/PNG/WebP files (made by the sandbox from untrusted
// input), decoded here with QImageReader at the size asked for. An LRU cache bounded in bytes keeps the
// recent ones; loads the views no longer need are dropped with cancelPending(), newest requests first.
//
// Requests wait in a stack (the newest, what the view shows now, is served first; asking again for a
// waiting one brings it to the top) and at most decodingThreads() decode at once, so cancelPending() can
// drop everything that has not started. Asking twice for one image loads it once. A file that cannot be
// decoded, or whose header declares more than MaxPixels, is remembered and not read again.
//
// Thread safety: a QObject of the GUI thread (PATHFOR is called there too); decoding runs on a private
// QThreadPool. Ownership: owns the pool and the cached images; the destructor waits for running decodes.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>

#include <functional>

class QThreadPool;

namespace Folio {

class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    // Images whose header declares more pixels are refused before decoding (a pixel flood).
    static constexpr qint64 MaxPixels = 50'000'000;

    // PATHFOR maps a blob's sha256 to its file.
    explicit ThumbnailCache(std::function<QString(const QString &sha256)> pathFor, qint64 budgetBytes = 96ll << 20,
        QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The image of blob SHA256 scaled to fit BOUNDS (kept at its aspect ratio, never scaled up), or a null
    // image after queueing its load. A blob that cannot be decoded stays null (and is not retried).
    QImage image(const QString &sha256, QSize bounds);
    // Forgets queued loads not yet started (a scroll moved on).
    void cancelPending();
    qint64 cachedBytes() const;
    // Loads queued or decoding.
    int pendingLoads() const;
    // True when blob SHA256 could not be decoded (it will stay null).
    bool hasFailed(const QString &sha256) const;
    int decodingThreads() const { return m_maxInFlight; }

Q_SIGNALS:
    void ready(const QString &sha256);
    // SHA256 could not be decoded (MESSAGE says why); image() stays null for it.
    void failed(const QString &sha256, const QString &message);

private:
    struct Request
    {
        QString sha256;
        QSize bounds;
    };
    static QString keyFor(const QString &sha256, QSize bounds);
    void startLoads();
    void loaded(const QString &key, const QString &sha256, const QImage &image, const QString &error);

    std::function<QString(const QString &sha256)> m_pathFor;
    QThreadPool *m_pool = nullptr; // a child
    int m_maxInFlight = 2;
    QCache<QString, QImage> m_cache; // key: sha256 and bounds; cost: bytes
    QList<QString> m_pending; // keys waiting, the newest last
    QHash<QString, Request> m_requests; // what each waiting or decoding key loads
    QSet<QString> m_inFlight;
    QSet<QString> m_failedBlobs; // could not be decoded at any size
    QSet<QString> m_failedKeys; // decoded, but larger than the whole budget
};

} // namespace Folio
