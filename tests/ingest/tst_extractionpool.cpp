// SPDX-License-Identifier: GPL-3.0-or-later
// The containment of untrusted parsing (DESIGN.md rule 5), driven through ExtractionPool itself: the real
// folio-extract on corpus files, and small fake extractors (shell scripts selected through
// $FOLIO_EXTRACT) that hang, crash, exit without answering, print garbage, or do not exist. Each fault must
// fail its own file with its reason, in bounded time, and the next file must be served by a fresh worker
// (or, after garbage, by the same one);
// stopping the pool must report nothing more and leave no child process (running or zombie) behind.

#include "ingest/extractionpool.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <functional>
#include <unistd.h>

using namespace Folio;

namespace ExtractionPoolTests {

// One fake extractor for every fault, chosen by the request's "name": it answers like folio-extract
// (with its pid in the warnings, so a test can tell workers apart) unless the name asks for a fault.
// A hang execs sleep, so the hanging process is the worker itself and no grandchild outlives its kill.
const char *const fakeExtractor = R"(#!/bin/sh
ulimit -c 0
reply() { printf '{"id":%s,"result":{"detected_type":"text/x-fake","warnings":["pid %s"]}}\n' "$1" "$$"; }
while IFS= read -r line; do
    id=${line#*\"id\":}
    id=${id%%[,\}]*}
    case "$line" in
    *'"name":"hang"'*) exec sleep 600 ;;
    *'"name":"segv"'*) kill -SEGV $$ ;;
    *'"name":"exit"'*) exit 0 ;;
    *'"name":"garbage"'*)
        printf 'not json at all\n\n[1,2,3]\n{"id":\n{"id":%s999,"result":{"error":"misattributed"}}\n' "$id"
        # The valid reply comes in two writes, so the pool must put a line back together.
        printf '{"id":%s,"result":{"detected_type":"text/x-fake",' "$id"
        sleep 0.2
        printf '"warnings":["pid %s"]}}\n' "$$"
        continue ;;
    esac
    reply "$id"
done
)";

struct Received
{
    qint64 id = 0;
    ExtractionResult result;
    qint64 atMs = 0; // since the collector was made
};

// Collects what a pool reports, in order.
class Collector
{
public:
    explicit Collector(ExtractionPool &pool)
    {
        m_clock.start();
        QObject::connect(
            &pool, &ExtractionPool::finished, &m_context, [this](qint64 id, const ExtractionResult &result) {
                m_received.append({ id, result, m_clock.elapsed() });
            });
    }

    // Runs the event loop until COUNT results are in or TIMEOUTMS pass; true when they are in.
    bool waitFor(qsizetype count, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_received.size() < count && timer.elapsed() < timeoutMs) {
            QTest::qWait(10);
        }
        return m_received.size() >= count;
    }

    const QList<Received> &received() const { return m_received; }
    const Received *find(qint64 id) const
    {
        for (const Received &r : m_received) {
            if (r.id == id) {
                return &r;
            }
        }
        return nullptr;
    }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QList<Received> m_received;
};

// The pid a fake worker put in its reply; 0 when none.
qint64 workerPid(const ExtractionResult &result)
{
    for (const QString &warning : result.warnings) {
        if (warning.startsWith(QLatin1String("pid "))) {
            return warning.mid(4).toLongLong();
        }
    }
    return 0;
}

// Every child process of this process, running or zombie, as "pid (name) state"; found through /proc so
// that a zombie nobody reaped is seen too.
QStringList childProcesses()
{
    QStringList children;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue; // gone meanwhile
        }
        // pid (comm) state ppid …; comm may hold spaces and parentheses, so split after the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (close < 0 || fields.size() < 2 || fields.at(1) != self.toLatin1()) {
            continue;
        }
        children.append(QString::fromLatin1(line.left(close + 1) + ' ' + fields.at(0)));
    }
    return children;
}

// Polls PREDICATE with the event loop running until it holds or TIMEOUTMS pass.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate()) {
        if (timer.elapsed() >= timeoutMs) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

QString describe(const Received &received)
{
    return QStringLiteral("id %1 after %2 ms: error \"%3\", type \"%4\", warnings [%5], %6 renditions")
        .arg(received.id)
        .arg(received.atMs)
        .arg(received.result.error, received.result.detectedType, received.result.warnings.join(QStringLiteral("; ")))
        .arg(received.result.renditions.size());
}

} // namespace ExtractionPoolTests

class TestExtractionPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scripts.isValid());
        m_fake = m_scripts.filePath(QStringLiteral("fake-extract"));
        QFile script(m_fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        QVERIFY(script.write(ExtractionPoolTests::fakeExtractor) > 0);
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_realExtractor = Test::program(QStringLiteral("folio-extract"));
    }

    void init()
    {
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        m_savedMemory = qgetenv("FOLIO_EXTRACT_MEMORY_MB");
        m_output = std::make_unique<QTemporaryDir>();
        QVERIFY(m_output->isValid());
        const QStringList before = ExtractionPoolTests::childProcesses();
        QVERIFY2(before.isEmpty(), qPrintable(before.join(QStringLiteral(", "))));
    }

    void cleanup()
    {
        restore("FOLIO_EXTRACT", m_savedExtract);
        restore("FOLIO_EXTRACT_MEMORY_MB", m_savedMemory);
        m_output.reset();
        // Whatever a test did, its pool is gone now: no worker may outlive it, not even as a zombie.
        QStringList left;
        const bool none = ExtractionPoolTests::waitUntil(
            [&] {
                left = ExtractionPoolTests::childProcesses();
                return left.isEmpty();
            },
            2000);
        QVERIFY2(none, qPrintable(QStringLiteral("child processes left: ") + left.join(QStringLiteral(", "))));
    }

    // The real sandbox on real files: each id answered once, with its own type, size and renditions
    // written into the output folder that request named.
    void realExtractorAnswersEachRequest()
    {
        useRealExtractor();
        if (QTest::currentTestFailed()) {
            return;
        }
        struct File
        {
            qint64 id;
            const char *path;
            int width;
            int height;
        };
        const QList<File> files { { 101, "images/jolla.jpg", 3264, 2448 }, { 102, "images/DSCN0010.jpg", 640, 480 },
            { 103, "images/baiona_alpha.png", 0, 0 }, { 104, "images/Crémieux11.tiff", 199, 47 } };
        ExtractionPool pool(2, 60);
        ExtractionPoolTests::Collector collector(pool);
        for (const File &file : files) {
            const QString path = Test::corpus(QString::fromUtf8(file.path));
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            pool.submit(request(file.id, path, QFileInfo(path).fileName()));
        }
        QCOMPARE(pool.pending(), int(files.size()));
        QVERIFY2(collector.waitFor(files.size(), 60000), qPrintable(QString::number(collector.received().size())));
        QTest::qWait(100); // nothing more may follow
        QCOMPARE(collector.received().size(), files.size());
        QCOMPARE(pool.pending(), 0);
        qInfo("%d files through 2 real workers in %lld ms", int(files.size()), collector.received().last().atMs);

        QSet<qint64> seen;
        for (const ExtractionPoolTests::Received &received : collector.received()) {
            QVERIFY2(!seen.contains(received.id), qPrintable(QStringLiteral("id %1 twice").arg(received.id)));
            seen.insert(received.id);
            const auto file
                = std::find_if(files.begin(), files.end(), [&](const File &f) { return f.id == received.id; });
            QVERIFY2(file != files.end(), qPrintable(QStringLiteral("unknown id %1").arg(received.id)));
            const QString what = ExtractionPoolTests::describe(received);
            const ExtractionResult &result = received.result;
            QVERIFY2(result.error.isEmpty(), qPrintable(what));
            QVERIFY2(result.detectedType.startsWith(QLatin1String("image/")), qPrintable(what));
            if (file->width > 0) {
                QCOMPARE(result.width, file->width);
                QCOMPARE(result.height, file->height);
            }
            QStringList names;
            for (const ExtractedRendition &rendition : result.renditions) {
                names.append(rendition.name);
                const QFileInfo written(rendition.file);
                QVERIFY2(written.isFile() && written.size() > 0, qPrintable(rendition.file));
                // Each request's renditions land in the folder that request named, not another's.
                QCOMPARE(written.absolutePath(), QFileInfo(outputFor(received.id)).absoluteFilePath());
                QVERIFY(rendition.width > 0 && rendition.height > 0);
            }
            names.sort();
            QCOMPARE(names, (QStringList { QStringLiteral("preview"), QStringLiteral("thumb") }));
        }
    }

    // (a) A file that never finishes fails with the time-limit reason once the timeout passes (not
    // before, not much later), and the next file is served by a fresh worker.
    void hangingFileFailsAfterTheTimeout()
    {
        useFake();
        ExtractionPool pool(1, 2);
        ExtractionPoolTests::Collector collector(pool);
        pool.submit(fakeRequest(1, QStringLiteral("ok")));
        pool.submit(fakeRequest(2, QStringLiteral("hang")));
        pool.submit(fakeRequest(3, QStringLiteral("ok")));
        QVERIFY2(collector.waitFor(3, 10000), qPrintable(QString::number(collector.received().size())));
        const auto *hung = collector.find(2);
        QVERIFY(hung);
        QVERIFY2(hung->result.error.contains(QLatin1String("longer than 2 s")),
            qPrintable(ExtractionPoolTests::describe(*hung)));
        QVERIFY(collector.find(1));
        const qint64 waited = hung->atMs - collector.find(1)->atMs;
        qInfo("the hanging file was given up after %lld ms (limit 2 s)", waited);
        QVERIFY2(waited >= 1900 && waited < 4000, qPrintable(QString::number(waited)));
        verifyServedByFreshWorker(collector, 1, 3);
    }

    // (b) A worker killed by SIGSEGV fails its file as a crash; the next file gets a new worker.
    void crashingWorkerFailsItsFileOnly()
    {
        useFake();
        ExtractionPool pool(1, 30);
        ExtractionPoolTests::Collector collector(pool);
        pool.submit(fakeRequest(1, QStringLiteral("ok")));
        pool.submit(fakeRequest(2, QStringLiteral("segv")));
        pool.submit(fakeRequest(3, QStringLiteral("ok")));
        QVERIFY2(collector.waitFor(3, 10000), qPrintable(QString::number(collector.received().size())));
        const auto *crashed = collector.find(2);
        QVERIFY(crashed);
        QVERIFY2(crashed->result.error.contains(QLatin1String("crashed")),
            qPrintable(ExtractionPoolTests::describe(*crashed)));
        // Well before the 30 s watchdog: the crash itself is noticed.
        QVERIFY2(crashed->atMs < 5000, qPrintable(ExtractionPoolTests::describe(*crashed)));
        verifyServedByFreshWorker(collector, 1, 3);
    }

    // (c) A worker that exits normally without answering fails its file as "stopped".
    void workerExitingWithoutAnswerFailsItsFile()
    {
        useFake();
        ExtractionPool pool(1, 30);
        ExtractionPoolTests::Collector collector(pool);
        pool.submit(fakeRequest(1, QStringLiteral("ok")));
        pool.submit(fakeRequest(2, QStringLiteral("exit")));
        pool.submit(fakeRequest(3, QStringLiteral("ok")));
        QVERIFY2(collector.waitFor(3, 10000), qPrintable(QString::number(collector.received().size())));
        const auto *stopped = collector.find(2);
        QVERIFY(stopped);
        QVERIFY2(stopped->result.error.contains(QLatin1String("stopped"))
                && stopped->result.error.contains(QLatin1String("exit code 0")),
            qPrintable(ExtractionPoolTests::describe(*stopped)));
        QVERIFY2(stopped->atMs < 5000, qPrintable(ExtractionPoolTests::describe(*stopped)));
        verifyServedByFreshWorker(collector, 1, 3);
    }

    // (d) Lines that are not the reply (garbage, empty, JSON without the id, another id) are skipped, and
    // the valid reply, written in two pieces, is taken — by the same worker, which is not restarted.
    void garbageLinesBeforeTheReplyAreSkipped_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::newRow("id 7") << qint64(7);
        // Regression: garbage parsed as an empty object, whose missing "id" read as 0, was taken as the reply.
        QTest::newRow("id 0") << qint64(0);
    }

    void garbageLinesBeforeTheReplyAreSkipped()
    {
        QFETCH(qint64, id);
        useFake();
        ExtractionPool pool(1, 30);
        ExtractionPoolTests::Collector collector(pool);
        pool.submit(fakeRequest(id, QStringLiteral("garbage")));
        pool.submit(fakeRequest(id + 1, QStringLiteral("ok")));
        QVERIFY2(collector.waitFor(2, 10000), qPrintable(QString::number(collector.received().size())));
        QTest::qWait(300);
        QCOMPARE(collector.received().size(), 2);
        const ExtractionPoolTests::Received &first = collector.received().first();
        QVERIFY2(first.id == id && first.result.error.isEmpty()
                && first.result.detectedType == QLatin1String("text/x-fake")
                && ExtractionPoolTests::workerPid(first.result) > 0,
            qPrintable(ExtractionPoolTests::describe(first)));
        const auto *next = collector.find(id + 1);
        QVERIFY(next);
        QCOMPARE(ExtractionPoolTests::workerPid(next->result), ExtractionPoolTests::workerPid(first.result));
    }

    // (e) An extractor that cannot be started fails every queued file with that reason, at once: no file
    // waits for the watchdog, nothing hangs. (Regression: Qt emits no finished() for a program that fails
    // to start, so each file used to wait for the watchdog and fail with the time-limit reason.)
    void missingExtractorFailsEveryFileWithoutHanging()
    {
        qputenv("FOLIO_EXTRACT", QFile::encodeName(m_scripts.filePath(QStringLiteral("no-such-extractor"))));
        const int timeoutSeconds = 3;
        ExtractionPool pool(2, timeoutSeconds);
        ExtractionPoolTests::Collector collector(pool);
        for (qint64 id = 1; id <= 4; ++id) {
            pool.submit(fakeRequest(id, QStringLiteral("ok")));
        }
        // Each file gets an answer in bounded time whatever happens (at worst the watchdog's).
        const bool answered = collector.waitFor(4, 4 * timeoutSeconds * 1000 + 5000);
        QStringList reasons;
        for (const ExtractionPoolTests::Received &received : collector.received()) {
            reasons.append(ExtractionPoolTests::describe(received));
        }
        qInfo("%s", qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY2(answered, qPrintable(reasons.join(QLatin1Char('\n'))));
        QCOMPARE(pool.pending(), 0);
        bool allCannotStart = true;
        for (const ExtractionPoolTests::Received &received : collector.received()) {
            allCannotStart = allCannotStart && received.result.error.contains(QLatin1String("cannot start"))
                && received.atMs < 1000;
        }
        QVERIFY2(allCannotStart, qPrintable(reasons.join(QLatin1Char('\n'))));
    }

    // (f) stop() with files running and queued: nothing more is reported, and every worker is gone —
    // killed and reaped, no zombie. The destructor does the same.
    void stopReportsNothingMoreAndLeavesNoProcess()
    {
        useFake();
        auto pool = std::make_unique<ExtractionPool>(2, 30);
        ExtractionPoolTests::Collector collector(*pool);
        for (qint64 id = 1; id <= 2; ++id) {
            pool->submit(fakeRequest(id, QStringLiteral("hang")));
        }
        for (qint64 id = 3; id <= 8; ++id) {
            pool->submit(fakeRequest(id, QStringLiteral("ok")));
        }
        QCOMPARE(pool->pending(), 8);
        // Both workers must be running (and hanging) before the stop.
        QVERIFY2(ExtractionPoolTests::waitUntil([] { return ExtractionPoolTests::childProcesses().size() == 2; }, 5000),
            qPrintable(ExtractionPoolTests::childProcesses().join(QStringLiteral(", "))));
        pool->stop();
        QCOMPARE(pool->pending(), 0);
        QStringList left = ExtractionPoolTests::childProcesses();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        QTest::qWait(500);
        QCOMPARE(collector.received().size(), 0);

        // The destructor stops a pool that is busy.
        pool = std::make_unique<ExtractionPool>(2, 30);
        pool->submit(fakeRequest(9, QStringLiteral("hang")));
        pool->submit(fakeRequest(10, QStringLiteral("hang")));
        QVERIFY(ExtractionPoolTests::waitUntil([] { return ExtractionPoolTests::childProcesses().size() == 2; }, 5000));
        pool.reset();
        left = ExtractionPoolTests::childProcesses();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }

    // A worker is replaced after 500 files (a slow leak cannot grow without bound): every file is
    // answered once, and the replacement happens while the pool handles the old worker's output.
    void workerIsRecycledAfterManyFiles()
    {
        useFake();
        qputenv("FOLIO_EXTRACT_FILES_PER_WORKER", "500");
        const auto restore = qScopeGuard([] { qunsetenv("FOLIO_EXTRACT_FILES_PER_WORKER"); });
        ExtractionPool pool(1, 30);
        ExtractionPoolTests::Collector collector(pool);
        const int files = 510;
        for (qint64 id = 1; id <= files; ++id) {
            pool.submit(fakeRequest(id, QStringLiteral("ok")));
        }
        QVERIFY2(collector.waitFor(files, 60000), qPrintable(QString::number(collector.received().size())));
        QTest::qWait(100);
        QCOMPARE(collector.received().size(), qsizetype(files));
        QSet<qint64> pids;
        for (qsizetype i = 0; i < collector.received().size(); ++i) {
            const ExtractionPoolTests::Received &received = collector.received().at(i);
            QCOMPARE(received.id, qint64(i + 1)); // one worker: in order, each once
            QVERIFY2(received.result.error.isEmpty(), qPrintable(ExtractionPoolTests::describe(received)));
            pids.insert(ExtractionPoolTests::workerPid(received.result));
        }
        QCOMPARE(pids.size(), 2);
        QCOMPARE(ExtractionPoolTests::workerPid(collector.received().at(499).result),
            ExtractionPoolTests::workerPid(collector.received().at(0).result));
        QVERIFY(ExtractionPoolTests::workerPid(collector.received().at(500).result)
            != ExtractionPoolTests::workerPid(collector.received().at(499).result));
        qInfo("%d files through one fake worker in %lld ms", files, collector.received().last().atMs);
    }

    // (g) The real folio-extract under a memory limit, on a decompression bomb: an 8000 × 8000 RGBA PNG,
    // interlaced so that it cannot be decoded strip by strip (244 MB decoded, 250 KB on disk). Under the
    // limit the file fails cleanly (a failure result, or a warning that says why), the worker survives or
    // is replaced, and the next file is extracted normally; without a tight limit the same file renders
    // without a warning, so it is the limit that stopped it.
    void memoryLimitStopsADecompressionBomb_data()
    {
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<bool>("bombRenders");
        // The budget comes on top of what the extractor maps before it reads a file (~120 MB); less
        // than 128 MB is raised to 128.
        QTest::newRow("64 MB") << 64 << false;
        QTest::newRow("128 MB") << 128 << false;
        QTest::newRow("2048 MB (default)") << 2048 << true;
    }

    void memoryLimitStopsADecompressionBomb()
    {
        QFETCH(int, memoryMb);
        QFETCH(bool, bombRenders);
        useRealExtractor();
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString vips = QStandardPaths::findExecutable(QStringLiteral("vips"));
        QVERIFY2(!vips.isEmpty(), "the libvips command-line tools (libvips-tools) are needed to make the image");
        QTemporaryDir images;
        QVERIFY(images.isValid());
        const QString black = images.filePath(QStringLiteral("black.v"));
        const QString bomb = images.filePath(QStringLiteral("bomb.png"));
        const auto made = Test::run(vips,
            { QStringLiteral("black"), black, QStringLiteral("8000"), QStringLiteral("8000"), QStringLiteral("--bands"),
                QStringLiteral("4") });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const auto saved = Test::run(vips, { QStringLiteral("pngsave"), black, bomb, QStringLiteral("--interlace") });
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QFile::remove(black);

        qputenv("FOLIO_EXTRACT_MEMORY_MB", QByteArray::number(memoryMb));
        ExtractionPool pool(1, 60);
        ExtractionPoolTests::Collector collector(pool);
        const QString small = Test::corpus(QStringLiteral("images/DSCN0010.jpg"));
        pool.submit(request(1, bomb, QStringLiteral("bomb.png")));
        pool.submit(request(2, small, QStringLiteral("DSCN0010.jpg")));
        QVERIFY2(collector.waitFor(2, 120000), qPrintable(QString::number(collector.received().size())));
        for (const ExtractionPoolTests::Received &received : collector.received()) {
            qInfo("%s", qPrintable(ExtractionPoolTests::describe(received)));
        }
        const auto *big = collector.find(1);
        QVERIFY(big);
        const QString what = ExtractionPoolTests::describe(*big);
        if (bombRenders) {
            QVERIFY2(
                big->result.error.isEmpty() && big->result.renditions.size() == 2 && big->result.warnings.isEmpty(),
                qPrintable(what));
        } else {
            const bool failed = !big->result.error.isEmpty();
            // No renditions and why, or renditions from the lenient second decode with a warning that the
            // memory ran out: either way the result says what happened.
            const bool noRendition = big->result.renditions.isEmpty()
                && !big->result.warnings.filter(QStringLiteral("No rendition")).isEmpty();
            const bool warned = !big->result.warnings.filter(QStringLiteral("out of memory")).isEmpty();
            QVERIFY2(failed || noRendition || warned, qPrintable(what));
        }

        const auto *next = collector.find(2);
        QVERIFY(next);
        // Regression: the limit once counted the libraries' own ~120 MB and glibc's per-thread arenas,
        // so below ~200 MB every file failed.
        QVERIFY2(next->result.error.isEmpty() && next->result.renditions.size() == 2,
            qPrintable(ExtractionPoolTests::describe(*next)));
        QCOMPARE(next->result.width, 640);
    }

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }

    void useFake() { qputenv("FOLIO_EXTRACT", QFile::encodeName(m_fake)); }

    void useRealExtractor()
    {
        QVERIFY2(QFileInfo(m_realExtractor).isExecutable(),
            qPrintable(QStringLiteral("%1 is missing: build the folio-extract target").arg(m_realExtractor)));
        qputenv("FOLIO_EXTRACT", QFile::encodeName(m_realExtractor));
    }

    QString outputFor(qint64 id) const
    {
        const QString dir = m_output->filePath(QString::number(id));
        QDir().mkpath(dir);
        return dir;
    }

    // A request for PATH with its own output folder; NAME is the name the user knows it by.
    ExtractionRequest request(qint64 id, const QString &path, const QString &name) const
    {
        ExtractionRequest request;
        request.id = id;
        request.path = path;
        request.outputDir = outputFor(id);
        request.originalName = name;
        return request;
    }

    // A request to the fake extractor, whose "name" says how it behaves.
    ExtractionRequest fakeRequest(qint64 id, const QString &behaviour) const { return request(id, m_fake, behaviour); }

    // FIRST and NEXT were answered by different worker processes, and NEXT without an error.
    static void verifyServedByFreshWorker(const ExtractionPoolTests::Collector &collector, qint64 first, qint64 next)
    {
        const auto *before = collector.find(first);
        const auto *after = collector.find(next);
        QVERIFY(before && after);
        QVERIFY2(after->result.error.isEmpty() && after->result.detectedType == QLatin1String("text/x-fake"),
            qPrintable(ExtractionPoolTests::describe(*after)));
        const qint64 oldPid = ExtractionPoolTests::workerPid(before->result);
        const qint64 newPid = ExtractionPoolTests::workerPid(after->result);
        QVERIFY(oldPid > 0 && newPid > 0);
        QVERIFY2(oldPid != newPid, qPrintable(QStringLiteral("pid %1 served both").arg(oldPid)));
    }

    QTemporaryDir m_scripts;
    QString m_fake;
    QString m_realExtractor;
    std::unique_ptr<QTemporaryDir> m_output;
    QByteArray m_savedExtract;
    QByteArray m_savedMemory;
};

FOLIO_TEST(TestExtractionPool, "extractionpool")
#include "tst_extractionpool.moc"
