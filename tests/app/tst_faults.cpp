// SPDX-License-Identifier: GPL-3.0-or-later
// The faults a library must survive, or report clearly without losing anything: folioctl killed in the
// middle of an import, a backup taken while another process imports, a tampered audit log or blob, bad
// input files, a full disk, read-only media, a database locked by another process and a corrupt database.
// Everything runs the real folioctl as a child process, on real files and a real SQLite database.

#include "blobs/blobstore.h"
#include "store/database.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Folio;

// Fails with the command's exit code and output unless it exited normally with CODE.
#define FAULTS_VERIFY_EXIT(expression, code)                                                                           \
    do {                                                                                                               \
        const Test::ProcessResult &faultsResult_ = (expression);                                                       \
        QVERIFY2(!faultsResult_.timedOut && !faultsResult_.crashed && faultsResult_.exitCode == (code),                \
            TestFaults::describe(faultsResult_).constData());                                                          \
    } while (false)

// Fails naming the orphan files and the rows without their file under LIBRARY/blobs.
#define FAULTS_VERIFY_BLOBS_MATCH_ROWS(library)                                                                        \
    do {                                                                                                               \
        const QString faultsMismatch_ = TestFaults::blobFilesVersusRows(library);                                      \
        QVERIFY2(faultsMismatch_.isEmpty(), qPrintable(faultsMismatch_));                                              \
    } while (false)

// Fails naming what is left in LIBRARY/blobs/tmp.
#define FAULTS_VERIFY_NO_TEMP_FILES(library)                                                                           \
    do {                                                                                                               \
        const QStringList faultsLeft_ = TestFaults::tempFiles(library);                                                \
        QVERIFY2(faultsLeft_.isEmpty(), qPrintable(faultsLeft_.join(QLatin1Char(' '))));                               \
    } while (false)

class TestFaults : public QObject
{
    Q_OBJECT

public:
    enum class Tamper { EditAction, DeleteMiddleEvent, DeleteNewestEvents, SwapEvents, FlipBlobByte, DeleteBlob };
    Q_ENUM(Tamper)
    enum class BadInput { Missing, Fifo, Unreadable, GoodAndMissing };
    Q_ENUM(BadInput)

    static QByteArray describe(const Test::ProcessResult &result)
    {
        return QStringLiteral("exit %1%2%3\nstdout: %4\nstderr: %5")
            .arg(result.exitCode)
            .arg(result.crashed ? QStringLiteral(" (crashed)") : QString(),
                result.timedOut ? QStringLiteral(" (timed out)") : QString(), result.out.left(2000),
                result.err.left(2000))
            .toLocal8Bit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sources.isValid());
        // Distinct small files, enough that an import takes several batches (of 256) to commit.
        QVERIFY(QDir(m_sources.path()).mkpath(QStringLiteral("many")));
        for (int i = 0; i < ManyFiles; ++i) {
            QFile file(m_sources.filePath(QStringLiteral("many/%1.txt").arg(manyTitle(i))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Folio fault test file %1\n").arg(i).toUtf8());
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(QStringLiteral("library"));
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("init"), m_library }), 0);
    }

    void cleanup()
    {
        // A test that failed half-way may leave read-only folders that QTemporaryDir could not remove.
        if (m_dir) {
            setWritable(m_dir->path(), true);
        }
        m_dir.reset();
    }

    // DESIGN.md rule 1: an import resumes after kill -9 with no duplicates and no orphans.
    void killedImportLeavesNoOrphanAndResumesWithoutDuplicates()
    {
        QProcess adder;
        const QString started = startImportOfMany(adder);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        adder.kill(); // SIGKILL
        QVERIFY(adder.waitForFinished(10000));
        QVERIFY2(adder.exitStatus() == QProcess::CrashExit, "the import finished before it could be killed");
        {
            auto pending = scalar(m_library, QStringLiteral("SELECT count(*) FROM blob_pending"));
            FOLIO_VERIFY_OK(pending);
            qInfo("killed with %d temp files and %lld pending blobs left to recover", int(tempFiles(m_library).size()),
                pending->toLongLong());
        }

        // The next start recovers (it is alone in the library) and finds it sound.
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
        FAULTS_VERIFY_NO_TEMP_FILES(m_library);
        FAULTS_VERIFY_BLOBS_MATCH_ROWS(m_library);
        const auto committed = scalar(m_library, QStringLiteral("SELECT count(*) FROM item"));
        FOLIO_VERIFY_OK(committed);
        const int before = committed->toInt();
        QVERIFY2(before > 0 && before < ManyFiles, qPrintable(QString::number(before)));
        const auto unversioned = scalar(
            m_library, QStringLiteral("SELECT count(*) FROM item WHERE current_version_id IS NULL AND tombstone = 0"));
        FOLIO_VERIFY_OK(unversioned);
        QCOMPARE(unversioned->toInt(), 0);
        const auto pending = scalar(m_library, QStringLiteral("SELECT count(*) FROM blob_pending"));
        FOLIO_VERIFY_OK(pending);
        QCOMPARE(pending->toInt(), 0);

        // The same import again stores the rest and skips what the killed one had committed.
        const auto again
            = folioctl({ QStringLiteral("add"), m_sources.filePath(QStringLiteral("many")), QStringLiteral("--json") });
        FAULTS_VERIFY_EXIT(again, 0);
        const QJsonObject summary = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), before);
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), ManyFiles - before);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);

        QStringList expected;
        for (int i = 0; i < ManyFiles; ++i) {
            expected.append(manyTitle(i));
        }
        QCOMPARE(listedTitles(m_library), expected);
        const auto blobs = scalar(m_library, QStringLiteral("SELECT count(*) FROM blob"));
        FOLIO_VERIFY_OK(blobs);
        QCOMPARE(blobs->toInt(), ManyFiles);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
        FAULTS_VERIFY_BLOBS_MATCH_ROWS(m_library);
    }

    void backupDuringImportRestoresToASoundLibrary()
    {
        QProcess adder;
        const QString started = startImportOfMany(adder);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString backupDir = m_dir->filePath(QStringLiteral("backup"));
        const auto backedUp = folioctl({ QStringLiteral("backup"), backupDir });
        QVERIFY(adder.waitForFinished(60000));
        FAULTS_VERIFY_EXIT(backedUp, 0);
        QCOMPARE(adder.exitStatus(), QProcess::NormalExit);
        QCOMPARE(adder.exitCode(), 0);

        const QString restoredDir = m_dir->filePath(QStringLiteral("restored"));
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("restore"), backupDir, restoredDir }), 0);
        FAULTS_VERIFY_EXIT(runIn(restoredDir, { QStringLiteral("verify") }), 0);
        FAULTS_VERIFY_BLOBS_MATCH_ROWS(restoredDir);
        // The snapshot was taken in the middle of the import: some of its items, each with its version.
        const qsizetype restoredItems = listedTitles(restoredDir).size();
        QVERIFY2(restoredItems > 0 && restoredItems < ManyFiles, qPrintable(QString::number(restoredItems)));
        const auto unversioned
            = scalar(restoredDir, QStringLiteral("SELECT count(*) FROM item WHERE current_version_id IS NULL"));
        FOLIO_VERIFY_OK(unversioned);
        QCOMPARE(unversioned->toInt(), 0);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
    }

    void tamperingIsReportedByVerify_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QStringList>("expected"); // words the report must contain
        QTest::newRow("edited action") << Tamper::EditAction
                                       << QStringList { QStringLiteral("audit event 3"), QStringLiteral("altered") };
        QTest::newRow("middle event deleted")
            << Tamper::DeleteMiddleEvent << QStringList { QStringLiteral("audit event 4"), QStringLiteral("removed") };
        QTest::newRow("newest two events deleted")
            << Tamper::DeleteNewestEvents << QStringList { QStringLiteral("newest audit"), QStringLiteral("removed") };
        QTest::newRow("two events swapped")
            << Tamper::SwapEvents << QStringList { QStringLiteral("audit event 2"), QStringLiteral("reordered") };
        QTest::newRow("blob byte flipped")
            << Tamper::FlipBlobByte << QStringList { QStringLiteral("blob"), QStringLiteral("does not match") };
        QTest::newRow("blob file deleted")
            << Tamper::DeleteBlob << QStringList { QStringLiteral("blob"), QStringLiteral("missing") };
    }

    void tamperingIsReportedByVerify()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QStringList, expected);

        // Events: 1 library.create, 2-4 item.create, 5 item.rename.
        const auto added = folioctl({ QStringLiteral("add"), Test::corpus(QStringLiteral("images/jolla.jpg")),
            Test::corpus(QStringLiteral("images/XMP.jpg")), Test::corpus(QStringLiteral("text/Text3.txt")),
            QStringLiteral("--json") });
        FAULTS_VERIFY_EXIT(added, 0);
        const QString id = idIn(added, QStringLiteral("files"), 1, QStringLiteral("item"));
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("rename"), id, QStringLiteral("Renamed") }), 0);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);

        auto db = openDatabase(m_library);
        FOLIO_VERIFY_OK(db);
        Database &d = **db;
        const auto events = d.scalar(QStringLiteral("SELECT max(seq) FROM audit_event"));
        FOLIO_VERIFY_OK(events);
        // library.create, three item.create, three version.extract, item.rename
        QCOMPARE(events->toInt(), 8);
        const auto blob = d.scalar(QStringLiteral("SELECT sha256 FROM blob ORDER BY id LIMIT 1"));
        FOLIO_VERIFY_OK(blob);
        const QString sha256 = blob->toString();
        const QString blobPath = BlobStore(d, m_library).pathFor(sha256);
        QVERIFY2(QFile::exists(blobPath), qPrintable(blobPath));
        // The audit tables reference each other: foreign keys would refuse the deletions a tamperer makes.
        FOLIO_VERIFY_OK(d.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        switch (tamper) {
        case Tamper::EditAction:
            FOLIO_VERIFY_OK(d.exec(QStringLiteral("UPDATE audit_event SET action = 'item.purge' WHERE seq = 3")));
            break;
        case Tamper::DeleteMiddleEvent:
            FOLIO_VERIFY_OK(d.exec(QStringLiteral("DELETE FROM audit_value WHERE event_seq = 3;"
                                                  "DELETE FROM audit_event WHERE seq = 3;")));
            break;
        case Tamper::DeleteNewestEvents:
            FOLIO_VERIFY_OK(d.exec(
                QStringLiteral("DELETE FROM audit_value WHERE event_seq > (SELECT max(seq) - 2 FROM audit_event);"
                               "DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 2 FROM audit_event);")));
            break;
        case Tamper::SwapEvents:
            FOLIO_VERIFY_OK(d.exec(QStringLiteral(
                "BEGIN; UPDATE audit_event SET seq = -1 WHERE seq = 2; UPDATE audit_event SET seq = 2 WHERE seq = 3;"
                "UPDATE audit_event SET seq = 3 WHERE seq = -1; UPDATE audit_value SET event_seq = -1 WHERE event_seq "
                "= 2;"
                "UPDATE audit_value SET event_seq = 2 WHERE event_seq = 3;"
                "UPDATE audit_value SET event_seq = 3 WHERE event_seq = -1; COMMIT;")));
            break;
        case Tamper::FlipBlobByte: {
            // Blob files are read-only so that nothing changes them by accident.
            QFile file(blobPath);
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::WriteOwner));
            QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(file.errorString()));
            const qint64 middle = file.size() / 2;
            QVERIFY(file.seek(middle));
            const char byte = file.read(1).at(0);
            QVERIFY(file.seek(middle));
            QCOMPARE(file.write(QByteArray(1, char(~byte))), qint64(1));
            break;
        }
        case Tamper::DeleteBlob: QVERIFY(QFile::remove(blobPath)); break;
        }
        db->reset();

        const auto verified = folioctl({ QStringLiteral("verify") });
        FAULTS_VERIFY_EXIT(verified, 1);
        const QString output = verified.out + verified.err;
        if (tamper == Tamper::FlipBlobByte || tamper == Tamper::DeleteBlob) {
            expected.append(sha256);
        }
        for (const QString &word : std::as_const(expected)) {
            QVERIFY2(
                output.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" not in: ") + output));
        }
    }

    void badInputFailsAloneAndKeepsTheLibrary_data()
    {
        QTest::addColumn<BadInput>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << BadInput::Missing << QStringLiteral("no such file");
        QTest::newRow("fifo") << BadInput::Fifo << QStringLiteral("not a regular file");
        QTest::newRow("unreadable file") << BadInput::Unreadable << QString::fromLocal8Bit(std::strerror(EACCES));
        QTest::newRow("good and missing file") << BadInput::GoodAndMissing << QStringLiteral("no such file");
    }

    void badInputFailsAloneAndKeepsTheLibrary()
    {
        QFETCH(BadInput, input);
        QFETCH(QString, reason);
        if (input == BadInput::Unreadable && ::geteuid() == 0) {
            QSKIP("root reads everything, so mode 000 cannot make a file unreadable (scripts/test runs tests as "
                  "an unprivileged user)");
        }
        QStringList titles = storeBaseline();
        QVERIFY(!titles.isEmpty());

        QString bad = m_dir->filePath(QStringLiteral("no-such-photo.jpg"));
        QStringList paths;
        switch (input) {
        case BadInput::Missing: break;
        case BadInput::Fifo:
            bad = m_dir->filePath(QStringLiteral("pipe"));
            QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
            break;
        case BadInput::Unreadable: {
            bad = m_dir->filePath(QStringLiteral("secret.txt"));
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not for your eyes\n");
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::Permissions()));
            break;
        }
        case BadInput::GoodAndMissing:
            paths.append(Test::corpus(QStringLiteral("text/Text3.txt")));
            titles.append(QStringLiteral("Text3"));
            titles.sort();
            break;
        }
        paths.append(bad);

        // A FIFO must be refused, not opened and waited on.
        const auto added = folioctl(QStringList { QStringLiteral("add") } + paths, 20000);
        QVERIFY2(!added.timedOut, "folioctl add hung");
        FAULTS_VERIFY_EXIT(added, 1);
        QVERIFY2(added.err.contains(bad), qPrintable(added.err));
        QVERIFY2(added.err.contains(reason, Qt::CaseInsensitive), qPrintable(added.err));
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
        QCOMPARE(listedTitles(m_library), titles);
    }

    // Importing a folder skips what is not a regular file; it must not wait on a FIFO inside it.
    void fifoInsideAFolderDoesNotHang()
    {
        const QString folder = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe")).constData(), 0600), 0);
        QVERIFY(QFile::copy(Test::corpus(QStringLiteral("text/Text3.txt")), folder + QStringLiteral("/Text3.txt")));
        const auto added = folioctl({ QStringLiteral("add"), folder }, 20000);
        QVERIFY2(!added.timedOut && !added.crashed, describe(added).constData());
        // Skipping the FIFO (exit 0, as now) and reporting it (exit 1) are both acceptable.
        QVERIFY2(added.exitCode == 0 || added.exitCode == 1, describe(added).constData());
        QCOMPARE(listedTitles(m_library), QStringList { QStringLiteral("Text3") });
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
    }

    void fullDiskFailsCleanlyAndKeepsTheLibrary()
    {
        const QStringList titles = storeBaseline();
        QVERIFY(!titles.isEmpty());
        const QString big = m_dir->filePath(QStringLiteral("big.bin"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data(2 * 1024 * 1024, Qt::Uninitialized);
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            QCOMPARE(file.write(data), qint64(data.size()));
        }
        // ulimit -f counts 1024-byte blocks: 256 KB and no more, as on a full disk. With SIGXFSZ ignored the
        // write that crosses it fails with EFBIG instead of killing the process.
        const auto added = Test::run(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("ulimit -f 256; trap \"\" XFSZ; exec \"$0\" \"$@\""),
                Test::program(QStringLiteral("folioctl")), QStringLiteral("--library"), m_library,
                QStringLiteral("add"), big },
            environment(), 60000);
        FAULTS_VERIFY_EXIT(added, 1);
        QVERIFY2(added.err.contains(big), qPrintable(added.err));
        QVERIFY2(added.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG)), Qt::CaseInsensitive),
            qPrintable(added.err));
        // stage() promises to leave no temp file behind when it fails; the next start would remove one.
        FAULTS_VERIFY_NO_TEMP_FILES(m_library);
        QCOMPARE(listedTitles(m_library), titles);
        FAULTS_VERIFY_NO_TEMP_FILES(m_library);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
        FAULTS_VERIFY_BLOBS_MATCH_ROWS(m_library);
    }

    void readOnlyLibraryRefusesChangesAndCanBeBrowsed()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads everything and writes everywhere, so chmod cannot make the library read-only "
                  "(scripts/test runs tests as an unprivileged user)");
        }
        const QStringList titles = storeBaseline();
        QVERIFY(!titles.isEmpty());
        setWritable(m_library, false);
        const auto restoreWrite = qScopeGuard([this] { setWritable(m_library, true); });

        const auto added = folioctl({ QStringLiteral("add"), Test::corpus(QStringLiteral("text/Text3.txt")) });
        FAULTS_VERIFY_EXIT(added, 1);
        QVERIFY2(added.err.contains(m_library), qPrintable(added.err));
        QVERIFY2(added.err.contains(QStringLiteral("read-only")), qPrintable(added.err));

        // A library on read-only media can still be browsed and verified.
        const auto listed = folioctl({ QStringLiteral("ls"), QStringLiteral("--json") });
        QVERIFY2(!listed.crashed && !listed.timedOut, describe(listed).constData());
        QVERIFY2(listed.exitCode == 0, describe(listed).constData());
        QCOMPARE(titlesIn(listed), titles);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
    }

    void lockedDatabaseReportsBusyThenSucceeds()
    {
        QStringList titles = storeBaseline();
        QVERIFY(!titles.isEmpty());
        const auto listed = folioctl({ QStringLiteral("ls"), QStringLiteral("--json") });
        const QString id = idIn(listed, QStringLiteral("items"), 0, QStringLiteral("id"));
        QVERIFY(titles.removeOne(idIn(listed, QStringLiteral("items"), 0, QStringLiteral("title"))));
        titles.append(QStringLiteral("X"));
        titles.sort();
        const QStringList set { QStringLiteral("set"), id, QStringLiteral("title=X") };
        {
            auto db = openDatabase(m_library);
            FOLIO_VERIFY_OK(db);
            FOLIO_VERIFY_OK((*db)->exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QElapsedTimer timer;
            timer.start();
            const auto refused = folioctl(set, 20000, impatient());
            FAULTS_VERIFY_EXIT(refused, 1);
            QVERIFY2(
                refused.err.contains(QDir(m_library).filePath(QStringLiteral("folio.db"))), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("locked"), Qt::CaseInsensitive)
                    || refused.err.contains(QStringLiteral("busy"), Qt::CaseInsensitive),
                qPrintable(refused.err));
            // It gave up after FOLIO_BUSY_TIMEOUT_MS, not after the default 10 s.
            QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
            FOLIO_VERIFY_OK((*db)->exec(QStringLiteral("ROLLBACK")));
        }
        FAULTS_VERIFY_EXIT(folioctl(set, 20000, impatient()), 0);
        QCOMPARE(listedTitles(m_library), titles);
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
    }

    // Regression test: an add that cannot lock the database must not leave its staged copies in blobs/tmp,
    // where they stay for as long as any other process (the desktop app, foliod) keeps the library open.
    void addAgainstALockedDatabaseLeavesNoTempFiles()
    {
        const QStringList add { QStringLiteral("add"), Test::corpus(QStringLiteral("images/jolla.jpg")),
            Test::corpus(QStringLiteral("text/Text3.txt")) };
        {
            auto db = openDatabase(m_library);
            FOLIO_VERIFY_OK(db);
            FOLIO_VERIFY_OK((*db)->exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const auto refused = folioctl(add, 20000, impatient());
            FAULTS_VERIFY_EXIT(refused, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("folio.db")) && refused.err.contains(QStringLiteral("locked")),
                qPrintable(refused.err));
            // Regression: commitFiles() once left the staged copies of a refused batch in blobs/tmp/.
            QVERIFY2(tempFiles(m_library).isEmpty(), qPrintable(tempFiles(m_library).join(QLatin1Char(' '))));
            FOLIO_VERIFY_OK((*db)->exec(QStringLiteral("ROLLBACK")));
        }
        FAULTS_VERIFY_EXIT(folioctl(add, 20000, impatient()), 0);
        FAULTS_VERIFY_NO_TEMP_FILES(m_library);
        QCOMPARE(listedTitles(m_library), (QStringList { QStringLiteral("Text3"), QStringLiteral("jolla") }));
        FAULTS_VERIFY_EXIT(folioctl({ QStringLiteral("verify") }), 0);
        FAULTS_VERIFY_BLOBS_MATCH_ROWS(m_library);
    }

    void corruptDatabaseIsReportedAndBlobsUntouched_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("ls") << QStringList { QStringLiteral("ls") };
        QTest::newRow("show") << QStringList { QStringLiteral("show"), QStringLiteral("{id}") };
        QTest::newRow("verify") << QStringList { QStringLiteral("verify") };
        QTest::newRow("dump") << QStringList { QStringLiteral("dump"), QStringLiteral("--canonical") };
        QTest::newRow("add") << QStringList { QStringLiteral("add"), QStringLiteral("{file}") };
        QTest::newRow("set") << QStringList { QStringLiteral("set"), QStringLiteral("{id}"),
            QStringLiteral("title=X") };
        QTest::newRow("backup") << QStringList { QStringLiteral("backup"), QStringLiteral("{backup}") };
    }

    void corruptDatabaseIsReportedAndBlobsUntouched()
    {
        QFETCH(QStringList, command);
        const auto added = folioctl({ QStringLiteral("add"), Test::corpus(QStringLiteral("images/jolla.jpg")),
            Test::corpus(QStringLiteral("images/XMP.jpg")), QStringLiteral("--json") });
        FAULTS_VERIFY_EXIT(added, 0);
        command.replaceInStrings(
            QStringLiteral("{id}"), idIn(added, QStringLiteral("files"), 0, QStringLiteral("item")));
        command.replaceInStrings(QStringLiteral("{file}"), Test::corpus(QStringLiteral("text/Text3.txt")));
        command.replaceInStrings(QStringLiteral("{backup}"), m_dir->filePath(QStringLiteral("backup")));

        const QMap<QString, QByteArray> blobsBefore = blobContents(m_library);
        QVERIFY(blobsBefore.size() >= 2); // two originals and their renditions
        const QString database = QDir(m_library).filePath(QStringLiteral("folio.db"));
        QFile::remove(database + QStringLiteral("-wal"));
        QFile::remove(database + QStringLiteral("-shm"));
        const QByteArray garbage = QByteArray("This is not a SQLite database. ").repeated(4).left(100);
        {
            QFile file(database);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(garbage), qint64(100));
        }

        const auto result = folioctl(command, 20000);
        FAULTS_VERIFY_EXIT(result, 1);
        QVERIFY2(result.err.contains(database), qPrintable(result.err));
        QVERIFY2(blobContents(m_library) == blobsBefore, "the blob files changed");
        FAULTS_VERIFY_NO_TEMP_FILES(m_library);
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(100), garbage); // the damaged database is evidence: nothing may overwrite it
    }

private:
    static constexpr int ManyFiles = 3000;

    static QString manyTitle(int i) { return QStringLiteral("f%1").arg(i, 4, 10, QLatin1Char('0')); }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FOLIO_LIBRARY"));
        env.remove(QStringLiteral("FOLIO_BUSY_TIMEOUT_MS"));
        return env;
    }

    // Writers give up on a locked database after 300 ms instead of 10 s.
    static QProcessEnvironment impatient()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FOLIO_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
        return env;
    }

    static Test::ProcessResult runIn(const QString &library, const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &env = environment())
    {
        return Test::run(Test::program(QStringLiteral("folioctl")),
            QStringList { QStringLiteral("--library"), library } + arguments, env, timeoutMs);
    }

    Test::ProcessResult folioctl(
        const QStringList &arguments, int timeoutMs = 60000, const QProcessEnvironment &env = environment()) const
    {
        return runIn(m_library, arguments, timeoutMs, env);
    }

    // LIST[INDEX].KEY of a command's JSON output, e.g. idIn(added, "files", 0, "item").
    static QString idIn(const Test::ProcessResult &result, const QString &list, int index, const QString &key)
    {
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).object().value(list).toArray();
        return array.at(index).toObject().value(key).toString();
    }

    static Result<std::unique_ptr<Database>> openDatabase(const QString &library)
    {
        auto db = Database::open(QDir(library).filePath(QStringLiteral("folio.db")), Database::Mode::ReadWrite);
        if (!db) {
            return db;
        }
        // Reading a WAL database never waits for a writer; nothing here should wait long for anything.
        if (auto ok = (*db)->exec(QStringLiteral("PRAGMA busy_timeout = 200")); !ok) {
            return std::unexpected(ok.error());
        }
        return db;
    }

    static Result<QVariant> scalar(const QString &library, const QString &sql)
    {
        auto db = openDatabase(library);
        if (!db) {
            return std::unexpected(db.error());
        }
        return (*db)->scalar(sql);
    }

    // Starts `folioctl add` of the many files in ADDER and returns once it has committed its first batch;
    // returns why not otherwise.
    QString startImportOfMany(QProcess &adder) const
    {
        adder.setProcessEnvironment(environment());
        adder.setStandardOutputFile(QProcess::nullDevice());
        adder.start(Test::program(QStringLiteral("folioctl")),
            { QStringLiteral("--library"), m_library, QStringLiteral("add"),
                m_sources.filePath(QStringLiteral("many")) });
        if (!adder.waitForStarted(10000)) {
            return adder.errorString();
        }
        auto db = openDatabase(m_library);
        if (!db) {
            return db.error().toString();
        }
        QElapsedTimer timer;
        timer.start();
        while (adder.state() == QProcess::Running && timer.elapsed() < 30000) {
            auto items = (*db)->scalar(QStringLiteral("SELECT count(*) FROM item"));
            if (items && items->toLongLong() > 0) {
                return {};
            }
            QThread::msleep(5);
        }
        return QStringLiteral("the import ended before it committed a batch");
    }

    // Adds two corpus files and returns their titles, sorted; empty when that failed.
    QStringList storeBaseline() const
    {
        const auto added = folioctl({ QStringLiteral("add"), Test::corpus(QStringLiteral("images/jolla.jpg")),
            Test::corpus(QStringLiteral("images/XMP.jpg")) });
        if (added.exitCode != 0) {
            qWarning("%s", describe(added).constData());
            return {};
        }
        // XMP.jpg's embedded title (dc:title) replaces the title made from its file name.
        return { QStringLiteral("Test IPTC picture"), QStringLiteral("jolla") };
    }

    static QStringList titlesIn(const Test::ProcessResult &listed)
    {
        QStringList titles;
        const QJsonArray items
            = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            titles.append(item.toObject().value(QStringLiteral("title")).toString());
        }
        titles.sort();
        return titles;
    }

    // The titles `ls --json` lists in the root folder, sorted; empty when ls fails.
    static QStringList listedTitles(const QString &library)
    {
        const auto listed = runIn(library, { QStringLiteral("ls"), QStringLiteral("--json") });
        if (listed.exitCode != 0) {
            qWarning("%s", describe(listed).constData());
            return {};
        }
        return titlesIn(listed);
    }

    static QStringList tempFiles(const QString &library)
    {
        return QDir(QDir(library).filePath(QStringLiteral("blobs/tmp")))
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    // Every file under blobs/ but tmp/, by its path relative to blobs/, with its content.
    static QMap<QString, QByteArray> blobContents(const QString &library)
    {
        QMap<QString, QByteArray> files;
        const QDir blobs(QDir(library).filePath(QStringLiteral("blobs")));
        QDirIterator it(blobs.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = blobs.relativeFilePath(it.next());
            if (relative.startsWith(QLatin1String("tmp/"))) {
                continue;
            }
            QFile file(it.filePath());
            files.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
        }
        return files;
    }

    // Why the files under blobs/ (but tmp/) and the blob rows differ: orphan files, rows without their
    // file; empty when they match.
    static QString blobFilesVersusRows(const QString &library)
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
        QSet<QString> rows;
        auto db = openDatabase(library);
        if (!db) {
            return db.error().toString();
        }
        const BlobStore blobs(**db, library);
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
            problems += QStringLiteral("%1 blob row(s) without their file, e.g. %2.")
                            .arg(missing.size())
                            .arg(missing.first());
        }
        return problems;
    }

    // Gives the owner write permission on PATH and everything under it, or takes it from everyone
    // (chmod -R u+w, chmod -R a-w).
    static void setWritable(const QString &path, bool writable)
    {
        QStringList paths { path };
        QDirIterator it(
            path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            paths.append(it.next());
        }
        for (const QString &entry : std::as_const(paths)) {
            struct stat info;
            const QByteArray name = QFile::encodeName(entry);
            if (::lstat(name.constData(), &info) != 0 || S_ISLNK(info.st_mode)) {
                continue;
            }
            const mode_t mode
                = writable ? (info.st_mode | S_IWUSR) : (info.st_mode & ~mode_t(S_IWUSR | S_IWGRP | S_IWOTH));
            (void)::chmod(name.constData(), mode & 07777);
        }
    }

    QTemporaryDir m_sources;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

FOLIO_TEST(TestFaults, "faults")
#include "tst_faults.moc"
