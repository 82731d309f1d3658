// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs extraction of untrusted files in folio-extract worker processes (DESIGN.md rule 5): each worker
// applies memory, CPU and file-size limits to itself and handles one file at a time; a watchdog kills a
// worker whose file takes longer than the time limit (the pool's, or the request's own); a crash or a kill
// fails that file alone, with its reason, and a fresh worker takes over. Requests and results travel as JSON
// lines on the workers' stdin and stdout. Workers start with OMP_THREAD_LIMIT=1 (OcrEngine), and one is
// replaced after so many files or once it has worked for half its CPU-time limit (which counts over the
// process's life), so a long run of OCR never meets that limit in the middle of a file.
//
// Background requests (OCR) wait while any other request is queued or running: a batch's fast work is done
// first, and a worker busy with a long OCR never holds back a file that arrives after it was queued.
//
// Thread safety: a QObject of the thread that creates it (uses its event loop).

#include "ingest/extractionresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

#include <memory>
#include <optional>
#include <vector>

class QProcess;
class QTimer;

namespace Folio {

struct ExtractionRequest
{
    qint64 id = 0;
    QString task; // "extract" (empty means the same), "unpack" (an archive's members into outputDir), "ocr", or
                  // "render" (one page into outputDir, which names a PNG file then; RenderTask in options)
    QString path;
    QString sidecar;
    QString outputDir;
    QString originalName; // the file's name as the user knows it (the path is a blob named by its hash)
    QString companion; // a RAW's camera JPEG
    QString password; // opens an encrypted document; travels to the sandbox only, never stored
    QJsonObject options; // what the task needs besides (the "ocr" task: pages, languages, seconds)
    int timeoutSeconds = 0; // the watchdog's limit for this request; 0: the pool's
    bool background = false; // runs only when no other request is queued or running
};

class ExtractionPool : public QObject
{
    Q_OBJECT

public:
    ExtractionPool(int workers, int timeoutSeconds, QObject *parent = nullptr);
    ~ExtractionPool() override;

    void submit(const ExtractionRequest &request);
    // Requests queued or running.
    int pending() const;
    // Drops queued requests and stops the workers (their files are not reported).
    void stop();

    // folio-extract: $FOLIO_EXTRACT, else beside the running program, else in $FOLIO_BIN_DIR.
    static QString extractorProgram();

Q_SIGNALS:
    void finished(qint64 id, const Folio::ExtractionResult &result);

private:
    struct Worker;
    void startWorker(Worker &worker);
    void dispatch();
    // The request to send next, taken from the queue; none when the queue is empty or holds only background
    // requests while something else runs.
    std::optional<ExtractionRequest> next();
    int timeoutMs(const ExtractionRequest &request) const;
    void onOutput(Worker &worker);
    void onExit(Worker &worker);
    void onTimeout(Worker &worker);
    void fail(Worker &worker, const QString &reason);

    std::vector<std::unique_ptr<Worker>> m_workers;
    QQueue<ExtractionRequest> m_queue;
    int m_timeoutMs = 60000;
    qint64 m_busyLimitMs = 0; // a worker that has worked this long is replaced
    bool m_stopping = false;
};

} // namespace Folio
