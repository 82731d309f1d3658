// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerenderer.h"

#include "ingest/extractionpool.h"
#include "ingest/pagerender.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Folio {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Folio::PageRenderer)
};

struct Decoded
{
    QImage image;
    QString error;
};

// Our own PNG, read once and deleted.
Decoded decodePng(const QString &file, const QString &name)
{
    Decoded decoded;
    QImageReader reader(file, "png");
    reader.setAutoDetectImageFormat(false);
    // Qt refuses images over 256 MB by default; a full-size picture may hold MaxPixels at 4 bytes each.
    reader.setAllocationLimit(int(PageRenderer::MaxPixels * 4 / (1 << 20)) + 64);
    if (!reader.read(&decoded.image)) {
        decoded.error = Messages::tr("Cannot show \"%1\": its picture could not be read back (%2).")
                            .arg(name, reader.errorString());
    }
    QFile::remove(file);
    return decoded;
}

} // namespace

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
{
    m_decoders.setMaxThreadCount(1);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleStopMs);
    connect(&m_idle, &QTimer::timeout, this, &PageRenderer::stopWhenIdle);
}

PageRenderer::~PageRenderer()
{
    m_queue.clear();
    m_pool.reset(); // kills the worker before the folder it writes into goes
}

qint64 PageRenderer::render(const QString &blobPath, const QString &originalName, int page, QSize maxSize)
{
    Request request;
    request.id = m_nextId++;
    request.path = blobPath;
    request.name = originalName.isEmpty() ? QFileInfo(blobPath).fileName() : QFileInfo(originalName).fileName();
    request.page = page;
    request.maxSize = maxSize;
    request.output = m_dir.filePath(QStringLiteral("render-%1.png").arg(request.id));
    m_queue.enqueue(request);
    m_idle.stop();
    // Reported after render() returns, even when it fails at once: the caller holds the id by then.
    QMetaObject::invokeMethod(this, &PageRenderer::sendNext, Qt::QueuedConnection);
    return request.id;
}

void PageRenderer::cancelPending()
{
    m_queue.clear();
}

int PageRenderer::pending() const
{
    return int(m_queue.size()) + (m_inHand ? 1 : 0);
}

void PageRenderer::sendNext()
{
    if (m_inHand || m_queue.isEmpty()) {
        return;
    }
    Request request = m_queue.dequeue();
    if (!m_dir.isValid()) {
        Q_EMIT failed(request.id,
            tr("Cannot show \"%1\": no temporary folder could be made (%2).").arg(request.name, m_dir.errorString()));
        QMetaObject::invokeMethod(this, &PageRenderer::sendNext, Qt::QueuedConnection);
        return;
    }
    if (!m_pool) {
        m_pool = std::make_unique<ExtractionPool>(1, TimeoutSeconds);
        connect(m_pool.get(), &ExtractionPool::finished, this, &PageRenderer::onFinished);
    }
    RenderTask task;
    task.page = request.page;
    task.maxSize = request.maxSize.expandedTo(QSize(1, 1));
    task.maxImagePixels = MaxPixels;
    ExtractionRequest sandbox;
    sandbox.id = request.id;
    sandbox.task = QStringLiteral("render");
    sandbox.path = request.path;
    sandbox.originalName = request.name;
    sandbox.outputDir = request.output; // the "render" task's output is the PNG file itself
    sandbox.options = task.toJson();
    sandbox.timeoutSeconds = TimeoutSeconds;
    m_inHand = request;
    m_pool->submit(sandbox);
}

void PageRenderer::onFinished(qint64 id, const ExtractionResult &result)
{
    if (!m_inHand || m_inHand->id != id) {
        return; // not ours (the pool was stopped and restarted meanwhile)
    }
    const Request request = *m_inHand;
    if (!result.error.isEmpty()) {
        QFile::remove(request.output);
        // The sandbox names the file; the pool's own reasons (a crash, the time limit) do not.
        const QString message = result.error.contains(request.name)
            ? result.error
            : tr("Cannot show \"%1\": %2").arg(request.name, result.error);
        finishRequest();
        Q_EMIT failed(id, message);
        return;
    }
    // The file is the one we named: a path from the sandbox is not trusted.
    decode(request, result.pages);
}

void PageRenderer::decode(const Request &request, int pageCount)
{
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, id = request.id, pageCount] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        finishRequest();
        if (decoded.error.isEmpty()) {
            Q_EMIT rendered(id, decoded.image, pageCount);
        } else {
            Q_EMIT failed(id, decoded.error);
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_decoders, decodePng, request.output, request.name));
}

void PageRenderer::finishRequest()
{
    m_inHand.reset();
    if (m_queue.isEmpty()) {
        m_idle.start();
    } else {
        QMetaObject::invokeMethod(this, &PageRenderer::sendNext, Qt::QueuedConnection);
    }
}

void PageRenderer::stopWhenIdle()
{
    if (!m_inHand && m_queue.isEmpty()) {
        m_pool.reset();
    }
}

} // namespace Folio
