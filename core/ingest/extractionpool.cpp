// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractionpool.h"

#include "ingest/extractors/ocrengine.h"
#include "ingest/sandboxlimits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <optional>

#include <unistd.h>

namespace Folio {

namespace {
// A worker is replaced after this many files (FOLIO_EXTRACT_FILES_PER_WORKER overrides), so a slow leak in a
// parser cannot grow without bound. Not much sooner: starting one loads Qt, libvips, Poppler and FFmpeg,
// which cost more CPU than extracting a thousand small files.
int filesPerWorker()
{
    bool set = false;
    const int files = qEnvironmentVariableIntValue("FOLIO_EXTRACT_FILES_PER_WORKER", &set);
    return set && files > 0 ? files : 5000;
}
} // namespace

struct ExtractionPool::Worker
{
    std::unique_ptr<QProcess> process;
    QTimer watchdog;
    std::optional<ExtractionRequest> current;
    QElapsedTimer clock; // since current was sent
    QByteArray buffer;
    int handled = 0;
    qint64 busyMs = 0; // time spent on requests since it started: at most its CPU time, single-threaded
};

ExtractionPool::ExtractionPool(int workers, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(std::max(1, timeoutSeconds) * 1000)
    , m_busyLimitMs(std::max<qint64>(1, SandboxLimits::fromEnvironment().cpuSeconds) * 1000 / 2)
{
    for (int i = 0; i < std::max(1, workers); ++i) {
        auto worker = std::make_unique<Worker>();
        worker->watchdog.setSingleShot(true);
        Worker *raw = worker.get();
        connect(&worker->watchdog, &QTimer::timeout, this, [this, raw] { onTimeout(*raw); });
        m_workers.push_back(std::move(worker));
    }
}

ExtractionPool::~ExtractionPool()
{
    stop();
}

QString ExtractionPool::extractorProgram()
{
    const QString name = QStringLiteral("folio-extract");
    if (const QString set = qEnvironmentVariable("FOLIO_EXTRACT"); !set.isEmpty()) {
        return set;
    }
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QDir(qEnvironmentVariable("FOLIO_BIN_DIR")).filePath(name);
}

void ExtractionPool::submit(const ExtractionRequest &request)
{
    m_queue.enqueue(request);
    dispatch();
}

std::optional<ExtractionRequest> ExtractionPool::next()
{
    // The first request in the foreground, else the first in the background once nothing else runs.
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (!m_queue.at(i).background) {
            return m_queue.takeAt(i);
        }
    }
    for (const auto &worker : m_workers) {
        if (worker->current && !worker->current->background) {
            return std::nullopt;
        }
    }
    if (m_queue.isEmpty()) {
        return std::nullopt;
    }
    return m_queue.dequeue();
}

int ExtractionPool::pending() const
{
    int running = 0;
    for (const auto &worker : m_workers) {
        running += worker->current ? 1 : 0;
    }
    return int(m_queue.size()) + running;
}

void ExtractionPool::stop()
{
    m_stopping = true;
    m_queue.clear();
    for (const auto &worker : m_workers) {
        worker->watchdog.stop();
        worker->current.reset();
        if (worker->process) {
            worker->process->disconnect(this);
            worker->process->kill();
            worker->process->waitForFinished(2000);
            worker->process.reset();
        }
    }
}

void ExtractionPool::startWorker(Worker &worker)
{
    worker.process = std::make_unique<QProcess>();
    worker.buffer.clear();
    worker.handled = 0;
    worker.busyMs = 0;
    worker.process->setProcessChannelMode(QProcess::SeparateChannels);
    worker.process->setReadChannel(QProcess::StandardOutput);
    // The parser's diagnostics are not ours to show; results come back on stdout.
    worker.process->setStandardErrorFile(QProcess::nullDevice());
    // libgomp reads OMP_THREAD_LIMIT when it is loaded, before main(): it must be there from the start.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    OcrEngine::prepareChildEnvironment(environment);
    worker.process->setProcessEnvironment(environment);
    connect(worker.process.get(), &QProcess::readyReadStandardOutput, this, [this, &worker] { onOutput(worker); });
    connect(worker.process.get(), &QProcess::finished, this, [this, &worker] { onExit(worker); });
    // A program that cannot start never emits finished(), only this.
    connect(worker.process.get(), &QProcess::errorOccurred, this, [this, &worker](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            onExit(worker);
        }
    });
    // Its own session: a Ctrl-C on the terminal is for folioctl, which cancels cleanly; it must not kill
    // the workers and fail the files in their hands. (They still die with us: PR_SET_PDEATHSIG.)
    worker.process->setChildProcessModifier([] { ::setsid(); });
    worker.process->start(extractorProgram(), { QStringLiteral("--worker") });
}

int ExtractionPool::timeoutMs(const ExtractionRequest &request) const
{
    return request.timeoutSeconds > 0 ? request.timeoutSeconds * 1000 : m_timeoutMs;
}

void ExtractionPool::dispatch()
{
    if (m_stopping) {
        return;
    }
    for (const auto &worker : m_workers) {
        if (worker->current) {
            continue;
        }
        std::optional<ExtractionRequest> request = next();
        if (!request) {
            return;
        }
        if (!worker->process || worker->process->state() == QProcess::NotRunning || worker->handled >= filesPerWorker()
            || worker->busyMs >= m_busyLimitMs) {
            if (worker->process) {
                worker->process->disconnect(this);
                worker->process->closeWriteChannel();
                worker->process->waitForFinished(1000);
            }
            startWorker(*worker);
        }
        worker->current = std::move(request);
        const QJsonObject line { { QStringLiteral("id"), double(worker->current->id) },
            { QStringLiteral("task"), worker->current->task }, { QStringLiteral("path"), worker->current->path },
            { QStringLiteral("sidecar"), worker->current->sidecar },
            { QStringLiteral("output"), worker->current->outputDir },
            { QStringLiteral("name"), worker->current->originalName },
            { QStringLiteral("companion"), worker->current->companion },
            { QStringLiteral("password"), worker->current->password },
            { QStringLiteral("options"), worker->current->options } };
        worker->process->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        worker->clock.start();
        worker->watchdog.start(timeoutMs(*worker->current));
    }
}

void ExtractionPool::onOutput(Worker &worker)
{
    worker.buffer += worker.process->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = worker.buffer.indexOf('\n')) >= 0) {
        const QByteArray line = worker.buffer.left(newline);
        worker.buffer.remove(0, newline + 1);
        QJsonParseError parseError;
        const QJsonObject reply = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !reply.contains(QStringLiteral("id")) || !worker.current
            || qint64(reply.value(QStringLiteral("id")).toDouble()) != worker.current->id) {
            continue; // not an answer to the file in hand (a parser's stray output): ignore, never misattribute
        }
        worker.watchdog.stop();
        const qint64 id = worker.current->id;
        worker.current.reset();
        worker.handled += 1;
        worker.busyMs += worker.clock.elapsed();
        // The worker gets its next file before the result is recorded (which may wait on the disk).
        dispatch();
        Q_EMIT finished(id, ExtractionResult::fromJson(reply.value(QStringLiteral("result")).toObject()));
    }
    dispatch();
}

void ExtractionPool::fail(Worker &worker, const QString &reason)
{
    if (!worker.current) {
        return;
    }
    const qint64 id = worker.current->id;
    worker.current.reset();
    Q_EMIT finished(id, ExtractionResult::failure(reason));
}

void ExtractionPool::onExit(Worker &worker)
{
    worker.watchdog.stop();
    const bool notStarted = worker.process && worker.process->error() == QProcess::FailedToStart;
    if (worker.current && notStarted) {
        fail(worker, tr("cannot start %1: %2").arg(extractorProgram(), worker.process->errorString()));
    } else if (worker.current) {
        const QString reason = worker.process->exitStatus() == QProcess::CrashExit
            ? tr("the extractor crashed on this file (%1); the original is stored").arg(worker.process->errorString())
            : tr("the extractor stopped on this file (exit code %1); the original is stored")
                  .arg(worker.process->exitCode());
        fail(worker, reason);
    }
    if (notStarted) {
        // Nothing can run: fail every queued file with the reason instead of spinning.
        const QString reason = tr("cannot start %1: %2").arg(extractorProgram(), worker.process->errorString());
        while (!m_queue.isEmpty()) {
            Q_EMIT finished(m_queue.dequeue().id, ExtractionResult::failure(reason));
        }
        return;
    }
    QTimer::singleShot(0, this, [this] { dispatch(); });
}

void ExtractionPool::onTimeout(Worker &worker)
{
    if (!worker.current) {
        return;
    }
    const int seconds = timeoutMs(*worker.current) / 1000;
    const QString reason = worker.current->task == QLatin1String("ocr")
        ? tr("OCR took longer than %1 s and was stopped").arg(seconds)
        : tr("extraction took longer than %1 s and was stopped; the original is stored").arg(seconds);
    worker.process->disconnect(this);
    worker.process->kill();
    worker.process->waitForFinished(2000);
    worker.process.reset();
    fail(worker, reason);
    QTimer::singleShot(0, this, [this] { dispatch(); });
}

} // namespace Folio
