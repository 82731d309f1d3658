// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest resumes (DESIGN.md rule 1): a real `folioctl ingest` of distinct photos is cut short while its
// sandboxed workers are extracting — by kill -9, by Ctrl-C sent to folioctl, and by Ctrl-C from a
// terminal (sent to the whole process group, workers included) — and the library must then be sound
// (verify passes, every item whole, nothing left running, no temp files, blob files and rows matching),
// and `folioctl reprocess` must finish the extraction of every item, each extracted once.

#include "blobs/blobstore.h"
#include "store/database.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace Folio;

namespace ResumeTests {

constexpr int photoCount = 60;

QByteArray describe(const Test::ProcessResult &result)
{
    return QStringLiteral("exit %1%2%3\nstdout: %4\nstderr: %5")
        .arg(result.exitCode)
        .arg(result.crashed ? QStringLiteral(" (crashed)") : QString(),
            result.timedOut ? QStringLiteral(" (timed out)") : QString(), result.out.right(3000),
            result.err.right(3000))
        .toLocal8Bit();
}

// folioctl as a user runs it: no library, extractor or lock timeout inherited from the test's environment.
QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "FOLIO_LIBRARY", "FOLIO_BUSY_TIMEOUT_MS", "FOLIO_EXTRACT", "FOLIO_EXTRACT_MEMORY_MB" }) {
        env.remove(QString::fromLatin1(name));
    }
    return env;
}

Test::ProcessResult folioctl(const QString &library, const QStringList &arguments, int timeoutMs = 120000)
{
    return Test::run(Test::program(QStringLiteral("folioctl")),
        QStringList { QStringLiteral("--library"), library } + arguments, environment(), timeoutMs);
}

// The library's database for inspection; it never waits long for a writer.
Result<std::unique_ptr<Database>> openDatabase(const QString &library)
{
    qputenv("FOLIO_BUSY_TIMEOUT_MS", "200");
    return Database::open(QDir(library).filePath(QStringLiteral("folio.db")), Database::Mode::ReadWrite);
}

Result<qint64> count(const QString &library, const QString &sql)
{
    auto db = openDatabase(library);
    if (!db) {
        return std::unexpected(db.error());
    }
    auto value = (*db)->scalar(sql);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->toLongLong();
}

// Everything under blobs/tmp, files and folders.
QStringList tempEntries(const QString &library)
{
    QStringList entries;
    const QString temp = QDir(library).filePath(QStringLiteral("blobs/tmp"));
    QDirIterator it(
        temp, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        entries.append(QDir(temp).relativeFilePath(it.next()));
    }
    return entries;
}

// Why the files under blobs/ (but tmp/) and the blob rows differ; empty when they match.
QString blobFilesVersusRows(const QString &library)
{
    QSet<QString> files;
    const QString temp = QDir(library).filePath(QStringLiteral("blobs/tmp/"));
    QDirIterator it(QDir(library).filePath(QStringLiteral("blobs")), QDir::Files | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(temp)) {
            files.insert(path);
        }
    }
    auto db = openDatabase(library);
    if (!db) {
        return db.error().toString();
    }
    const BlobStore blobs(**db, library);
    QSet<QString> rows;
    auto select = (*db)->prepare(QStringLiteral("SELECT sha256 FROM blob"));
    if (!select) {
        return select.error().toString();
    }
    if (auto read = select->forEach([&](Statement &row) { rows.insert(blobs.pathFor(row.text(0))); }); !read) {
        return read.error().toString();
    }
    const QStringList orphans = QSet<QString>(files).subtract(rows).values();
    const QStringList missing = QSet<QString>(rows).subtract(files).values();
    QString problems;
    if (!orphans.isEmpty()) {
        problems += QStringLiteral("%1 orphan file(s), e.g. %2. ").arg(orphans.size()).arg(orphans.first());
    }
    if (!missing.isEmpty()) {
        problems
            += QStringLiteral("%1 blob row(s) without their file, e.g. %2.").arg(missing.size()).arg(missing.first());
    }
    return problems;
}

// How far an ingest has come, read from its library while it runs.
struct Snapshot
{
    qint64 items = 0;
    qint64 extracted = 0; // extraction rows
    qint64 running = 0; // jobs in state 'running'
};

Result<Snapshot> snapshot(Database &db)
{
    auto row = db.query(QStringLiteral("SELECT (SELECT count(*) FROM item), (SELECT count(*) FROM extraction), "
                                       "(SELECT count(*) FROM job WHERE state = 'running')"));
    if (!row) {
        return std::unexpected(row.error());
    }
    auto more = row->next();
    if (!more) {
        return std::unexpected(more.error());
    }
    return Snapshot { row->int64(0), row->int64(1), row->int64(2) };
}

// The folio-extract children of process PARENT.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (close > 0 && fields.size() > 1 && fields.at(1).toLongLong() == parent && line.contains("(folio-extract)")) {
            children.append(entry.toLongLong());
        }
    }
    return children;
}

} // namespace ResumeTests

// Fails with the command's exit code and output unless it exited normally with CODE.
#define RESUME_VERIFY_EXIT(expression, code)                                                                           \
    do {                                                                                                               \
        const Test::ProcessResult &resumeResult_ = (expression);                                                       \
        QVERIFY2(!resumeResult_.timedOut && !resumeResult_.crashed && resumeResult_.exitCode == (code),                \
            ResumeTests::describe(resumeResult_).constData());                                                         \
    } while (false)

// Compares the number SQL counts in LIBRARY with EXPECTED.
#define RESUME_COMPARE_COUNT(library, sql, expected)                                                                   \
    do {                                                                                                               \
        const auto resumeCount_ = ResumeTests::count((library), QStringLiteral(sql));                                  \
        FOLIO_VERIFY_OK(resumeCount_);                                                                                 \
        QCOMPARE(*resumeCount_, qint64(expected));                                                                     \
    } while (false)

// Runs a helper that verifies, and returns from the test when it failed (QVERIFY returns from the helper only).
#define RESUME_CHECK(call)                                                                                             \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

class TestResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sources.isValid());
        const QString vips = QStandardPaths::findExecutable(QStringLiteral("vips"));
        QVERIFY2(!vips.isEmpty(), "the libvips command-line tools (libvips-tools) are needed to make the photos");
        QVERIFY(QFileInfo(Test::program(QStringLiteral("folio-extract"))).isExecutable());
        // 60 distinct 1200 × 900 photos: crops at different places of one real phone photo, halved first
        // so that each crop decodes a small file.
        QElapsedTimer timer;
        timer.start();
        const QString base = m_sources.filePath(QStringLiteral("base.v"));
        const auto halved = Test::run(vips,
            { QStringLiteral("resize"), Test::corpus(QStringLiteral("images/jolla.jpg")), base,
                QStringLiteral("0.5") });
        QVERIFY2(halved.exitCode == 0, ResumeTests::describe(halved).constData());
        QVERIFY(QDir(m_sources.path()).mkpath(QStringLiteral("photos")));
        for (int i = 0; i < ResumeTests::photoCount; ++i) {
            const QString photo
                = m_sources.filePath(QStringLiteral("photos/photo%1.jpg").arg(i, 2, 10, QLatin1Char('0')));
            const auto cropped = Test::run(vips,
                { QStringLiteral("crop"), base, photo, QString::number((i % 10) * 40), QString::number((i / 10) * 50),
                    QStringLiteral("1200"), QStringLiteral("900") });
            QVERIFY2(cropped.exitCode == 0, ResumeTests::describe(cropped).constData());
        }
        QFile::remove(base);
        qInfo("made %d photos in %lld ms", ResumeTests::photoCount, timer.elapsed());
    }

    void init()
    {
        m_workers.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(QStringLiteral("library"));
        RESUME_VERIFY_EXIT(ResumeTests::folioctl(m_library, { QStringLiteral("init"), m_library }), 0);
    }

    void cleanup() { m_dir.reset(); }

    // kill -9 while the workers extract: the next command finds a sound library and gives the running
    // jobs back; reprocess finishes every item.
    void killedIngestResumesWithReprocess()
    {
        QProcess ingest;
        ResumeTests::Snapshot at;
        const QString started = startIngestAndWaitForExtraction(ingest, false, at);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ingest.kill();
        QVERIFY(ingest.waitForFinished(10000));
        QVERIFY2(ingest.exitStatus() == QProcess::CrashExit, "the ingest finished before it could be killed");

        auto after = snapshotNow();
        FOLIO_VERIFY_OK(after);
        qInfo("killed with %lld of %d extracted and %lld jobs running; %d temp entries left", after->extracted,
            ResumeTests::photoCount, after->running, int(ResumeTests::tempEntries(m_library).size()));
        QVERIFY2(after->extracted > 0 && after->extracted < ResumeTests::photoCount,
            qPrintable(QString::number(after->extracted)));
        // The precondition of the requeue check: the dead process left jobs marked running.
        QVERIFY2(after->running > 0, "no job was running when the ingest was killed");
        // Its workers died with it (PR_SET_PDEATHSIG): none goes on writing into the library.
        QVERIFY2(!m_workers.isEmpty(), "folioctl had no folio-extract worker when it was killed");
        QStringList left = alive(m_workers);
        for (int i = 0; i < 250 && !left.isEmpty(); ++i) {
            QThread::msleep(20);
            left = alive(m_workers);
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));

        // The next command to open the library alone recovers it and finds it sound.
        RESUME_VERIFY_EXIT(ResumeTests::folioctl(m_library, { QStringLiteral("verify") }), 0);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM job WHERE state = 'running'", 0);
        RESUME_CHECK(verifyNoTempAndBlobsMatchRows());
        RESUME_CHECK(verifyItemsWhole());
        // What was recorded was recorded whole: no rendition without its extraction, no job done without it.
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM rendition r LEFT JOIN extraction e ON e.version_id = r.version_id "
            "WHERE e.version_id IS NULL",
            0);
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM job j LEFT JOIN extraction e ON e.version_id = j.version_id "
            "WHERE j.state = 'done' AND e.version_id IS NULL",
            0);
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM extraction e LEFT JOIN job j ON j.version_id = e.version_id "
            "AND j.state = 'done' WHERE j.id IS NULL",
            0);

        RESUME_CHECK(finishWithReprocess());
    }

    // Ctrl-C sent to folioctl: it stops, says so, exits 1, gives its jobs back itself, and reprocess
    // finishes the rest.
    void interruptedIngestSaysCancelledAndReprocessFinishes()
    {
        QProcess ingest;
        ResumeTests::Snapshot at;
        const QString started = startIngestAndWaitForExtraction(ingest, false, at);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(::kill(pid_t(ingest.processId()), SIGINT), 0);
        QVERIFY(ingest.waitForFinished(30000));
        const qint64 stoppedMs = stopping.elapsed();
        const QString out = QString::fromUtf8(ingest.readAllStandardOutput());
        const QString err = QString::fromUtf8(ingest.readAllStandardError());
        const QString what = QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
                                 .arg(ingest.exitCode())
                                 .arg(stoppedMs)
                                 .arg(out.right(2000), err.right(2000));
        QVERIFY2(ingest.exitStatus() == QProcess::NormalExit && ingest.exitCode() == 1, qPrintable(what));
        QVERIFY2(
            out.contains(QLatin1String("cancelled")) || err.contains(QLatin1String("cancelled")), qPrintable(what));
        qInfo("Ctrl-C stopped the ingest in %lld ms", stoppedMs);
        QVERIFY2(stoppedMs < 5000, qPrintable(what));
        RESUME_CHECK(verifyCancelledRunLeftNothingBehind());
        RESUME_CHECK(finishWithReprocess());
    }

    // Ctrl-C in a terminal reaches the whole foreground process group: the files the workers had in hand
    // must not end up as "crashed" — they were cancelled, and reprocess must do them. (Regression: workers
    // in folioctl's group died of the SIGINT, and the file in hand was recorded as failed, which reprocess
    // without ids does not retry.)
    void ctrlCFromTerminalDoesNotFailTheFilesInHand()
    {
        // Whether a killed worker's file is reported before the engine notices the cancel is a race (the
        // bug showed in about 3 runs of 4), so the scenario runs until a file is recorded as failed, at
        // most a few times.
        constexpr int attempts = 3;
        qint64 failed = 0;
        QString err;
        for (int attempt = 1; attempt <= attempts && failed == 0; ++attempt) {
            if (attempt > 1) {
                RESUME_CHECK(init()); // a fresh library
            }
            QProcess ingest;
            ResumeTests::Snapshot at;
            const QString started = startIngestAndWaitForExtraction(ingest, true, at);
            QVERIFY2(started.isEmpty(), qPrintable(started));
            QCOMPARE(::kill(-pid_t(ingest.processId()), SIGINT), 0); // the group, as a terminal does
            QVERIFY(ingest.waitForFinished(30000));
            const QString out = QString::fromUtf8(ingest.readAllStandardOutput());
            err = QString::fromUtf8(ingest.readAllStandardError());
            const QString what = QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                                     .arg(ingest.exitCode())
                                     .arg(out.right(2000), err.right(2000));
            QVERIFY2(ingest.exitStatus() == QProcess::NormalExit && ingest.exitCode() == 1, qPrintable(what));
            QVERIFY2(out.contains(QLatin1String("cancelled")), qPrintable(what));
            RESUME_CHECK(verifyCancelledRunLeftNothingBehind());
            const auto count = ResumeTests::count(
                m_library, QStringLiteral("SELECT count(*) FROM extraction WHERE state = 'failed'"));
            FOLIO_VERIFY_OK(count);
            failed = *count;
            qInfo("attempt %d: %lld file(s) recorded as failed after Ctrl-C", attempt, failed);
        }
        if (failed > 0) {
            qInfo("%s", qPrintable(err.right(600)));
        }
        QCOMPARE(failed, qint64(0));
        RESUME_CHECK(finishWithReprocess());
    }

private:
    // Starts `folioctl ingest` of the photos (one worker, so extraction takes a while) and returns once
    // some extraction is recorded but not all, with jobs running (AT: what was seen); returns why not
    // otherwise. OWNGROUP starts it in a process group of its own, like a terminal's foreground job.
    QString startIngestAndWaitForExtraction(QProcess &ingest, bool ownGroup, ResumeTests::Snapshot &at)
    {
        ingest.setProcessEnvironment(ResumeTests::environment());
        if (ownGroup) {
            ingest.setChildProcessModifier([] { ::setpgid(0, 0); });
        }
        ingest.start(Test::program(QStringLiteral("folioctl")),
            { QStringLiteral("--library"), m_library, QStringLiteral("ingest"), QStringLiteral("--jobs"),
                QStringLiteral("1"), m_sources.filePath(QStringLiteral("photos")) });
        if (!ingest.waitForStarted(10000)) {
            return ingest.errorString();
        }
        auto db = ResumeTests::openDatabase(m_library);
        if (!db) {
            return db.error().toString();
        }
        QElapsedTimer timer;
        timer.start();
        while (ingest.state() == QProcess::Running && timer.elapsed() < 60000) {
            auto now = ResumeTests::snapshot(**db);
            if (now && now->extracted > 0 && now->extracted < ResumeTests::photoCount && now->running > 0) {
                at = *now;
                m_workers = ResumeTests::childrenOf(ingest.processId());
                qInfo("stopping the ingest after %lld ms: %lld items, %lld extracted, %lld jobs running",
                    timer.elapsed(), at.items, at.extracted, at.running);
                return {};
            }
            QThread::msleep(5);
        }
        ingest.waitForFinished(1000);
        return QStringLiteral("the ingest ended before extraction was under way: %1")
            .arg(QString::fromUtf8(
                ingest.readAllStandardOutput().right(1000) + ingest.readAllStandardError().right(1000)));
    }

    Result<ResumeTests::Snapshot> snapshotNow() const
    {
        auto db = ResumeTests::openDatabase(m_library);
        if (!db) {
            return std::unexpected(db.error());
        }
        return ResumeTests::snapshot(**db);
    }

    // The processes of PIDS still alive (zombies aside), as "pid (name)".
    static QStringList alive(const QList<qint64> &pids)
    {
        QStringList found;
        for (qint64 pid : pids) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            if (close > 0 && line.mid(close + 2, 1) != "Z") {
                found.append(QString::fromLatin1(line.left(close + 1)));
            }
        }
        return found;
    }

    void verifyNoTempAndBlobsMatchRows() const
    {
        const QStringList temp = ResumeTests::tempEntries(m_library);
        QVERIFY2(temp.isEmpty(), qPrintable(temp.join(QLatin1Char(' '))));
        const QString mismatch = ResumeTests::blobFilesVersusRows(m_library);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM blob_pending", 0);
    }

    // Every photo is one item with one version of its own content: no duplicate, no item without a version.
    void verifyItemsWhole() const
    {
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM item", ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM version", ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM item i JOIN version v ON v.id = i.current_version_id "
            "AND v.item_id = i.id WHERE i.tombstone = 0",
            ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(DISTINCT blob_id) FROM version", ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(DISTINCT title) FROM item", ResumeTests::photoCount);
        // One extraction job per version, whatever state it is in.
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM job WHERE kind = 'extract'", ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(
            m_library, "SELECT count(DISTINCT version_id) FROM job WHERE kind = 'extract'", ResumeTests::photoCount);
    }

    // What a cancelled run must leave, before anything else opens the library: no job marked running, no
    // temp files, a sound library, part of the work still to do.
    void verifyCancelledRunLeftNothingBehind() const
    {
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM job WHERE state = 'running'", 0);
        const auto done = ResumeTests::count(m_library, QStringLiteral("SELECT count(*) FROM extraction"));
        FOLIO_VERIFY_OK(done);
        qInfo("cancelled with %lld of %d extracted", *done, ResumeTests::photoCount);
        QVERIFY2(*done < ResumeTests::photoCount, "the ingest finished before the cancel took effect");
        RESUME_CHECK(verifyNoTempAndBlobsMatchRows());
        RESUME_CHECK(verifyItemsWhole());
        RESUME_VERIFY_EXIT(ResumeTests::folioctl(m_library, { QStringLiteral("verify") }), 0);
    }

    // `folioctl reprocess` finishes the queued extraction: every item extracted once, with its thumb and
    // preview, nothing left queued or running, no temp file, and the library still verifies.
    void finishWithReprocess() const
    {
        QElapsedTimer timer;
        timer.start();
        RESUME_VERIFY_EXIT(ResumeTests::folioctl(m_library, { QStringLiteral("reprocess") }), 0);
        qInfo("reprocess finished the rest in %lld ms", timer.elapsed());
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM item i JOIN extraction e ON e.version_id = i.current_version_id "
            "WHERE e.state = 'done' AND ifnull(e.error, '') = ''",
            ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library,
            "SELECT count(*) FROM item i WHERE (SELECT count(*) FROM rendition r WHERE r.version_id = "
            "i.current_version_id AND r.name IN ('thumb', 'preview')) = 2",
            ResumeTests::photoCount);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM job WHERE state IN ('queued', 'running')", 0);
        RESUME_COMPARE_COUNT(m_library, "SELECT count(*) FROM job WHERE state = 'done'", ResumeTests::photoCount);
        // Each version's extraction was recorded once: the killed run's unrecorded work was redone, its
        // recorded work was not.
        RESUME_COMPARE_COUNT(
            m_library, "SELECT count(*) FROM audit_event WHERE action = 'version.extract'", ResumeTests::photoCount);
        RESUME_CHECK(verifyItemsWhole());
        RESUME_CHECK(verifyNoTempAndBlobsMatchRows());
        RESUME_VERIFY_EXIT(ResumeTests::folioctl(m_library, { QStringLiteral("verify") }), 0);
    }

    QTemporaryDir m_sources;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QList<qint64> m_workers; // the folio-extract processes of the ingest being stopped
};

FOLIO_TEST(TestResume, "resume")
#include "tst_resume.moc"
