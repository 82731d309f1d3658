// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client on a 1,000,000-item library (issue 7): start to an interactive window, the longest
// event-loop stall while the grid and the details table are scrolled from top to bottom and jumped to the
// end and back, and resident memory after that. The library is generated once (LibraryGenerator, what
// `folioctl dev generate` runs; seed 42) into $FOLIO_BENCH_CLIENT_LIBRARY, else build/…/bench-data/client-<N>,
// and reused by later runs. --items N for another size. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
//
// The stall is measured by a 1 ms precise timer on the GUI thread: the longest gap between two of its
// ticks, minus the 1 ms, is the longest time the event loop could not answer (painting, data(), layout).
// Scrolling is driven by a 16 ms timer (a 60 Hz display): each tick moves the scrollbar one step.
//
// Prints bench/run's lines: figure TAB folio-value TAB peer-value TAB unit TAB peer.

#include "browserpane.h"
#include "documenttableview.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "library/librarygenerator.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "thumbnailgridview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

using namespace Folio;

namespace {

QElapsedTimer processClock; // started first thing in main()

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void print(const char *figure, double value, const char *unit)
{
    std::printf("%s\t%.1f\t-\t%s\t-\n", figure, value, unit);
    std::fflush(stdout);
}

// Records the longest gap between ticks of a 1 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                m_longestNs = std::max(m_longestNs, now - m_last - 1'000'000);
            }
            m_last = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_longestNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

// Moves BAR through the positions of STEPS, one per 16 ms tick, then returns.
void drive(QScrollBar *bar, const QList<int> &steps)
{
    QEventLoop loop;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    qsizetype next = 0;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (next >= steps.size()) {
            loop.quit();
            return;
        }
        bar->setValue(steps.at(next++));
    });
    ticker.start(16);
    loop.exec();
}

// Top to bottom in JUMPS even strides (each lands on rows never read), then a stretch of single steps
// as a wheel gives them, then the end and back to the top.
QList<int> scrollPlan(const QScrollBar *bar, int jumps, int wheelSteps)
{
    QList<int> steps;
    const int maximum = bar->maximum();
    for (int i = 0; i <= jumps; ++i) {
        steps.append(int(qint64(maximum) * i / jumps));
    }
    const int middle = maximum / 2;
    for (int i = 0; i < wheelSteps; ++i) {
        steps.append(std::min(maximum, middle + i * bar->singleStep() * 3));
    }
    steps.append(maximum);
    steps.append(0);
    steps.append(maximum);
    steps.append(0);
    return steps;
}

bool waitIdle(ItemWindowModel &model, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (model.pendingPages() > 0 && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return model.pendingPages() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FolioBench"));
    const QStringList arguments = app.arguments();
    const qsizetype itemsAt = arguments.indexOf(QStringLiteral("--items"));
    const qint64 items = itemsAt >= 0 ? arguments.value(itemsAt + 1).toLongLong() : 1'000'000;
    QString path = qEnvironmentVariable("FOLIO_BENCH_CLIENT_LIBRARY");
    if (path.isEmpty()) {
        path = QDir(QCoreApplication::applicationDirPath())
                   .filePath(QStringLiteral("../bench-data/client-%1").arg(items));
    }

    if (!Library::isLibrary(path)) {
        std::fprintf(stderr, "bench_client: generating %lld items into %s (once)…\n", items, qPrintable(path));
        auto library = Library::open(path, Library::OpenMode::Create);
        if (!library) {
            std::fprintf(stderr, "bench_client: %s\n", qPrintable(library.error().toString()));
            return 1;
        }
        GenerateOptions options;
        options.items = items;
        options.seed = 42;
        auto report = LibraryGenerator(**library).generate(options, {});
        if (!report) {
            std::fprintf(stderr, "bench_client: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        std::fprintf(stderr, "bench_client: generated; run again to measure a cold start\n");
        processClock.restart();
    }

    // Start: open the library, show the window, until the first page of the browser is on screen.
    auto library = Library::open(path, Library::OpenMode::Existing);
    if (!library) {
        std::fprintf(stderr, "bench_client: %s\n", qPrintable(library.error().toString()));
        return 1;
    }
    LibrarySession session(std::move(*library));
    MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    ItemWindowModel &model = *window.itemModel();
    QElapsedTimer limit;
    limit.start();
    while ((model.rowCount() == 0 || !model.rowAt(0) || model.pendingPages() > 0) && limit.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double startMs = double(processClock.nsecsElapsed()) / 1e6;
    if (model.rowCount() < items) {
        std::fprintf(stderr, "bench_client: the browser shows %d rows, expected %lld\n", model.rowCount(), items);
        return 1;
    }
    print("client: start to interactive window (1M items)", startMs, "ms (target < 1500)");

    StallMeter meter;
    window.browser()->setMode(BrowserPane::Mode::Grid);
    QCoreApplication::processEvents();
    QScrollBar *gridBar = window.browser()->gridView()->verticalScrollBar();
    meter.start();
    drive(gridBar, scrollPlan(gridBar, 1500, 600));
    const double gridStall = meter.stopMs();
    waitIdle(model, 30000);
    print("client: longest stall scrolling the grid", gridStall, "ms (target < 16)");

    window.browser()->setMode(BrowserPane::Mode::Details);
    QCoreApplication::processEvents();
    QScrollBar *tableBar = window.browser()->tableView()->verticalScrollBar();
    meter.start();
    drive(tableBar, scrollPlan(tableBar, 1500, 600));
    const double tableStall = meter.stopMs();
    waitIdle(model, 30000);
    print("client: longest stall scrolling the table", tableStall, "ms (target < 16)");

    // Re-sorting a million rows in SQL: the time until the first page of the new order is there.
    // The old order stays on screen until the new count arrives (a reset), then the first page follows.
    bool reset = false;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &app, [&reset] { reset = true; });
    QElapsedTimer sortClock;
    sortClock.start();
    meter.start();
    model.sort(ItemWindowModel::SizeColumn, Qt::DescendingOrder);
    while ((!reset || model.rowCount() == 0 || !model.rowAt(0)) && sortClock.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double sortMs = double(sortClock.nsecsElapsed()) / 1e6;
    waitIdle(model, 30000);
    print("client: re-sort by size to first page", sortMs, "ms");
    print("client: longest stall re-sorting", meter.stopMs(), "ms (target < 16)");

    print("client: resident memory after scrolling", double(statusKb("VmRSS:")) / 1024.0, "MB (target < 400)");
    print("client: peak resident memory", double(statusKb("VmHWM:")) / 1024.0, "MB (target < 400)");
    window.close();
    return 0;
}
