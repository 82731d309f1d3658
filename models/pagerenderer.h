// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pictures of stored files for the quick look, drawn where a hostile file cannot harm the client (DESIGN.md
// rule 5): a page of a PDF, or an image at up to full size, rendered by the "render" task of folio-extract
// (PageRender) into a PNG in a temporary folder this object owns, then decoded on a thread of its own (the UI
// thread never waits, rule 3) and handed over as a QImage.
//
// One sandbox worker, started with the first request and stopped after a minute without one; each request
// has 30 seconds. Requests go to the sandbox one at a time, in order; cancelPending() drops those not sent
// yet (paging quickly through a PDF draws only the page the user stopped at, and the one in hand).
//
// Thread safety: a QObject of the GUI thread. Ownership: owns the pool, its worker process and the
// temporary files; images are values.

#include <QImage>
#include <QObject>
#include <QQueue>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace Folio {

class ExtractionPool;
struct ExtractionResult;

class PageRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutSeconds = 30;
    static constexpr int IdleStopMs = 60'000;
    // An image with more pixels is refused (its "100%" would take 400 MB and more).
    static constexpr qint64 MaxPixels = 100'000'000;

    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Queues a picture of page PAGE (0-based; an image's first page is 0) of the file at BLOBPATH, fitting in
    // MAXSIZE (device pixels): a PDF page is scaled to fit, up or down; an image is never scaled up, so a box
    // as large as MaxPixels allows gives it at full size. ORIGINALNAME is the file's name as the user knows it
    // (the blob is named by its hash): it helps type detection and names the file in messages. Returns the
    // request's id, which rendered() or failed() reports once, unless cancelPending() drops it first.
    qint64 render(const QString &blobPath, const QString &originalName, int page, QSize maxSize);
    // Drops the requests not sent to the sandbox yet; they report nothing. The one in hand still reports.
    void cancelPending();
    // Requests queued, in the sandbox or being decoded.
    int pending() const;
    // Whether a sandbox worker is running (it stops IdleStopMs after the last request).
    bool isWorkerRunning() const { return bool(m_pool); }
    // How long the worker waits for the next request before it stops (tests shorten it).
    void setIdleStopMs(int ms) { m_idle.setInterval(ms); }

Q_SIGNALS:
    // PAGECOUNT: the PDF's pages, the image's pages or frames.
    void rendered(qint64 requestId, const QImage &image, int pageCount);
    // MESSAGE names the file and the reason, for the user.
    void failed(qint64 requestId, const QString &message);

private:
    struct Request
    {
        qint64 id = 0;
        QString path;
        QString name;
        int page = 0;
        QSize maxSize;
        QString output;
    };

    void sendNext();
    void onFinished(qint64 id, const Folio::ExtractionResult &result);
    void decode(const Request &request, int pageCount);
    void finishRequest();
    void stopWhenIdle();

    // Declared before the decoders: the files must outlive the threads that read them.
    QTemporaryDir m_dir;
    QThreadPool m_decoders;
    std::unique_ptr<ExtractionPool> m_pool;
    QQueue<Request> m_queue;
    std::optional<Request> m_inHand; // in the sandbox or being decoded
    QTimer m_idle;
    qint64 m_nextId = 1;
};

} // namespace Folio
