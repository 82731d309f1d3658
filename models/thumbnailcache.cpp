// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include <QImageReader>
#include <QThreadPool>
#include <QtDebug>

namespace Folio {

namespace {
struct Decoded
{
    QImage image;
    QString error;
};

// Runs on the pool. The reader is told the target size before decoding, so the JPEG handler decodes at a
// reduced DCT scale instead of inflating the whole picture first.
Decoded decode(const QString &path, QSize bounds)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // A header that lies about its size is caught by the pixel check; this bounds what any decoder may
    // allocate whatever it claims (MaxPixels at 4 bytes each, with room).
    reader.setAllocationLimit(int((ThumbnailCache::MaxPixels * 4) >> 20) + 16);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return { {}, ThumbnailCache::tr("Cannot read the image size of %1: %2").arg(path, reader.errorString()) };
    }
    if (qint64(size.width()) * size.height() > ThumbnailCache::MaxPixels) {
        return { {},
            ThumbnailCache::tr("The image %1 is %2×%3 pixels, more than a thumbnail may decode.")
                .arg(path)
                .arg(size.width())
                .arg(size.height()) };
    }
    const QSize target = (size.width() > bounds.width() || size.height() > bounds.height())
        ? size.scaled(bounds, Qt::KeepAspectRatio).expandedTo(QSize(1, 1))
        : size;
    if (target != size) {
        reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return { {}, ThumbnailCache::tr("Cannot decode the image %1: %2").arg(path, reader.errorString()) };
    }
    // An EXIF rotation turns the scaled size: fit the result again.
    if (image.width() > bounds.width() || image.height() > bounds.height()) {
        image = image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (image.hasAlphaChannel()) {
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
    } else if (image.format() != QImage::Format_RGB32) {
        image.convertTo(QImage::Format_RGB32);
    }
    return { image, {} };
}
} // namespace

ThumbnailCache::ThumbnailCache(
    std::function<QString(const QString &sha256)> pathFor, qint64 budgetBytes, QObject *parent)
    : QObject(parent)
    , m_pathFor(std::move(pathFor))
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(m_maxInFlight);
    m_pool->setObjectName(QStringLiteral("ThumbnailCache"));
    m_cache.setMaxCost(qMax<qint64>(budgetBytes, 0));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pending.clear();
    // Running decodes post their results to this object; they must be done before it goes (the posted
    // results are then dropped with it).
    m_pool->waitForDone();
}

QString ThumbnailCache::keyFor(const QString &sha256, QSize bounds)
{
    return sha256 + QLatin1Char('@') + QString::number(bounds.width()) + QLatin1Char('x')
        + QString::number(bounds.height());
}

QImage ThumbnailCache::image(const QString &sha256, QSize bounds)
{
    if (sha256.isEmpty() || bounds.isEmpty() || m_failedBlobs.contains(sha256)) {
        return {};
    }
    const QString key = keyFor(sha256, bounds);
    if (const QImage *cached = m_cache.object(key)) {
        return *cached;
    }
    if (m_failedKeys.contains(key) || m_inFlight.contains(key)) {
        return {};
    }
    if (m_requests.contains(key)) {
        // Asked again: it is on screen now, so it goes first.
        m_pending.removeOne(key);
    } else {
        m_requests.insert(key, { sha256, bounds });
    }
    m_pending.append(key);
    startLoads();
    return {};
}

void ThumbnailCache::cancelPending()
{
    for (const QString &key : std::as_const(m_pending)) {
        m_requests.remove(key);
    }
    m_pending.clear();
}

qint64 ThumbnailCache::cachedBytes() const
{
    return m_cache.totalCost();
}

int ThumbnailCache::pendingLoads() const
{
    return int(m_pending.size() + m_inFlight.size());
}

bool ThumbnailCache::hasFailed(const QString &sha256) const
{
    return m_failedBlobs.contains(sha256);
}

void ThumbnailCache::startLoads()
{
    while (m_inFlight.size() < m_maxInFlight && !m_pending.isEmpty()) {
        const QString key = m_pending.takeLast();
        const Request request = m_requests.value(key);
        if (m_failedBlobs.contains(request.sha256)) {
            m_requests.remove(key); // failed at another size meanwhile
            continue;
        }
        const QString path = m_pathFor(request.sha256);
        m_inFlight.insert(key);
        m_pool->start([this, key, request, path] {
            const Decoded decoded = path.isEmpty()
                ? Decoded { {}, tr("No file holds the image %1.").arg(request.sha256) }
                : decode(path, request.bounds);
            QMetaObject::invokeMethod(
                this,
                [this, key, sha256 = request.sha256, decoded] { loaded(key, sha256, decoded.image, decoded.error); },
                Qt::QueuedConnection);
        });
    }
}

void ThumbnailCache::loaded(const QString &key, const QString &sha256, const QImage &image, const QString &error)
{
    m_inFlight.remove(key);
    m_requests.remove(key);
    if (!error.isEmpty()) {
        m_failedBlobs.insert(sha256);
        qWarning().noquote() << error;
        Q_EMIT failed(sha256, error);
    } else if (!m_cache.insert(key, new QImage(image), qMax<qsizetype>(image.sizeInBytes(), 1))) {
        // Larger than the whole budget: kept nowhere, and not asked for again.
        m_failedKeys.insert(key);
        const QString message = tr("The image %1 at %2×%3 does not fit in the thumbnail cache.")
                                    .arg(sha256)
                                    .arg(image.width())
                                    .arg(image.height());
        Q_EMIT failed(sha256, message);
    } else {
        Q_EMIT ready(sha256);
    }
    startLoads();
}

} // namespace Folio
