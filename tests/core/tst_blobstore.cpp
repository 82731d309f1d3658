// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/blobstore.h"
#include "library/library.h"
#include "store/database.h"
#include "testregistry.h"
#include "testsupport.h"
#include "util/durablefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Folio;

namespace BlobStoreTests {

struct Stored
{
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Changes one byte of a stored (read-only) blob file in place, as a failing disk would.
bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.setPermissions(file.permissions() | QFile::WriteOwner) || !file.open(QIODevice::ReadWrite)
        || !file.seek(offset)) {
        return false;
    }
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset)) {
        return false;
    }
    return file.putChar(char(byte ^ 0x01));
}

// Lowers the file size limit for this process and ignores SIGXFSZ, so a write past the limit fails with
// EFBIG instead of killing the test; both are restored on destruction, even when the test fails.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_valid = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_old;
        lowered.rlim_cur = bytes;
        m_valid = m_valid && m_oldHandler != SIG_ERR && ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isValid() const { return m_valid; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_valid = false;
};

} // namespace BlobStoreTests

using namespace BlobStoreTests;

class TestBlobStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<BlobStore> m_store;
    const QString m_owner = QStringLiteral("pid-test");

    Database &db() { return m_library->database(); }

    QString source(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(QStringLiteral("sources/") + name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bytes);
        }
        return path;
    }

    qint64 number(const QString &sql, const QString &sha256 = {})
    {
        auto stmt = db().prepare(sql);
        if (!stmt) {
            return -1;
        }
        if (!sha256.isNull()) {
            stmt->bind(1, sha256);
        }
        auto row = stmt->next();
        return row && *row ? stmt->int64(0) : -1;
    }

    qint64 refs(const QString &sha256)
    {
        return number(QStringLiteral("SELECT refs FROM blob WHERE sha256 = ?1"), sha256);
    }
    qint64 blobRows() { return number(QStringLiteral("SELECT count(*) FROM blob")); }
    qint64 pendingRows() { return number(QStringLiteral("SELECT count(*) FROM blob_pending")); }

    // The files under blobs/, the temp folder aside.
    QStringList blobFiles()
    {
        QStringList files;
        QDirIterator it(m_store->blobsPath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.startsWith(m_store->blobsPath() + QStringLiteral("/tmp/"))) {
                files.append(path);
            }
        }
        return files;
    }

    QStringList tempFiles()
    {
        return QDir(m_store->blobsPath() + QStringLiteral("/tmp"))
            .entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    // Stages, commits and references PATHS the way an importer does.
    Result<QList<Stored>> store(const QStringList &paths)
    {
        QList<StagedBlob> batch;
        for (const QString &path : paths) {
            auto staged = m_store->stage(path);
            if (!staged) {
                return std::unexpected(staged.error());
            }
            batch.append(*staged);
        }
        if (auto committed = m_store->commitFiles(batch, m_owner); !committed) {
            return std::unexpected(committed.error());
        }
        auto transaction = Transaction::begin(db());
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        QList<Stored> stored;
        for (const StagedBlob &blob : std::as_const(batch)) {
            auto id = m_store->addReference(blob.sha256, blob.size, m_owner);
            if (!id) {
                return std::unexpected(id.error());
            }
            stored.append({ *id, blob.sha256, blob.size });
        }
        if (auto committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
        return stored;
    }

    Result<void> releaseOne(qint64 id)
    {
        auto transaction = Transaction::begin(db());
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        if (auto released = m_store->release(id); !released) {
            return released;
        }
        return transaction->commit();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
        m_store = std::make_unique<BlobStore>(m_library->database(), m_library->path());
    }

    void cleanup()
    {
        m_store.reset();
        m_library.reset();
        m_dir.reset();
    }

    void storesTheSameBytesOnce()
    {
        const QByteArray bytes("the same bytes under two names\n");
        const QString first = source(QStringLiteral("a.txt"), bytes);
        const QString second = source(QStringLiteral("b.txt"), bytes);
        auto stored = store({ first, second });
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(stored->at(0).id, stored->at(1).id);
        QCOMPARE(stored->at(0).sha256, sha256Of(bytes));
        QCOMPARE(blobFiles(), QStringList { m_store->pathFor(sha256Of(bytes)) });
        QCOMPARE(blobRows(), 1);
        QCOMPARE(refs(sha256Of(bytes)), 2);
        QCOMPARE(pendingRows(), 0);
        QVERIFY(tempFiles().isEmpty());

        // Once stored, staging the same content again keeps no copy.
        auto again = m_store->stage(source(QStringLiteral("c.txt"), bytes));
        FOLIO_VERIFY_OK(again);
        QVERIFY(again->alreadyStored);
        QVERIFY(again->tempPath.isEmpty());
        QVERIFY(tempFiles().isEmpty());
        QCOMPARE(m_store->contains(sha256Of(bytes)).value_or(false), true);
    }

    void hashMatchesSha256sum_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("jpeg") << QStringLiteral("images/jolla.jpg");
        QTest::newRow("non-ASCII name") << QStringLiteral("images/Crémieux11.tiff");
        QTest::newRow("HEIC") << QStringLiteral("images/IMG_5195.HEIC");
    }

    void hashMatchesSha256sum()
    {
        QFETCH(QString, file);
        const QString path = Test::corpus(file);
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        const Test::ProcessResult sum = Test::run(QStringLiteral("sha256sum"), { path });
        QCOMPARE(sum.exitCode, 0);
        const QString expected = sum.out.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(expected.size(), 64);

        auto digest = BlobStore::hashFile(path);
        FOLIO_VERIFY_OK(digest);
        QCOMPARE(digest->sha256, expected);
        QCOMPARE(digest->size, QFileInfo(path).size());

        auto stored = store({ path });
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(stored->at(0).sha256, expected);
        QCOMPARE(readAll(m_store->pathFor(expected)), readAll(path));
    }

    void hashesAcrossBufferBoundaries_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("one byte") << qsizetype(1);
        QTest::newRow("a buffer less one") << qsizetype(1024 * 1024 - 1);
        QTest::newRow("one buffer") << qsizetype(1024 * 1024);
        QTest::newRow("a buffer and one") << qsizetype(1024 * 1024 + 1);
        QTest::newRow("three buffers and some") << qsizetype(3 * 1024 * 1024 + 17);
    }

    void hashesAcrossBufferBoundaries()
    {
        QFETCH(qsizetype, size);
        const QByteArray bytes = randomBytes(size);
        const QString path = source(QStringLiteral("random.bin"), bytes);
        auto staged = m_store->stage(path);
        FOLIO_VERIFY_OK(staged);
        QCOMPARE(staged->sha256, sha256Of(bytes));
        QCOMPARE(staged->size, qint64(size));
        QCOMPARE(readAll(staged->tempPath), bytes);
    }

    void pathHasFanOutShape()
    {
        const QByteArray bytes("fan-out\n");
        const QString sha = sha256Of(bytes);
        const QString expected = m_library->path() + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha;
        QCOMPARE(m_store->pathFor(sha), expected);
        QVERIFY(m_store->pathFor(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(m_store->pathFor(sha.toUpper()).isEmpty());

        FOLIO_VERIFY_OK(store({ source(QStringLiteral("f.txt"), bytes) }));
        const QFileInfo info(expected);
        QVERIFY(info.isFile());
        QVERIFY(!(info.permissions() & QFile::WriteOwner));
    }

    void recoverRemovesFilesOfACrashedBatch()
    {
        const QString kept = source(QStringLiteral("kept.txt"), "referenced before the crash\n");
        const QString lost = source(QStringLiteral("lost.txt"), "committed, never referenced\n");
        QList<StagedBlob> batch { m_store->stage(kept).value(), m_store->stage(lost).value() };
        FOLIO_VERIFY_OK(m_store->commitFiles(batch, m_owner));
        {
            auto transaction = Transaction::begin(db());
            FOLIO_VERIFY_OK(transaction);
            FOLIO_VERIFY_OK(m_store->addReference(batch[0].sha256, batch[0].size, m_owner));
            FOLIO_VERIFY_OK(transaction->commit());
        }
        {
            // The process dies inside the transaction that would have referenced the second file.
            auto transaction = Transaction::begin(db());
            FOLIO_VERIFY_OK(transaction);
            FOLIO_VERIFY_OK(m_store->addReference(batch[1].sha256, batch[1].size, m_owner));
        }
        // A pending row beside a blob row (a crash after a second batch of the same content was committed).
        auto pending = db().prepare(QStringLiteral("INSERT INTO blob_pending VALUES (?1, 'pid-other', '')"));
        FOLIO_VERIFY_OK(pending);
        FOLIO_VERIFY_OK(pending->bind(1, batch[0].sha256).run());
        QVERIFY(QFileInfo::exists(m_store->pathFor(batch[1].sha256)));
        QCOMPARE(pendingRows(), 2);

        auto report = m_store->recover();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->removedFiles, 1);
        QCOMPARE(report->clearedPending, 2);
        QCOMPARE(report->removedTemp, 0);
        QCOMPARE(blobFiles(), QStringList { m_store->pathFor(batch[0].sha256) });
        QCOMPARE(pendingRows(), 0);
        QCOMPARE(blobRows(), 1);
    }

    void recoverRemovesTempFiles()
    {
        FOLIO_VERIFY_OK(m_store->stage(source(QStringLiteral("staged.txt"), "staged, never committed\n")));
        QFile stray(m_store->blobsPath() + QStringLiteral("/tmp/.leftover"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QCOMPARE(tempFiles().size(), 2);

        auto report = m_store->recover();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->removedTemp, 2);
        QCOMPARE(report->removedFiles, 0);
        QVERIFY(tempFiles().isEmpty());
        QVERIFY(blobFiles().isEmpty());
    }

    void discardRemovesStagedFiles()
    {
        QList<StagedBlob> batch { m_store->stage(source(QStringLiteral("1.txt"), "one\n")).value(),
            m_store->stage(source(QStringLiteral("2.txt"), "two\n")).value() };
        QCOMPARE(tempFiles().size(), 2);
        m_store->discard(batch);
        QVERIFY(tempFiles().isEmpty());
        QVERIFY(batch[0].tempPath.isEmpty());
    }

    void commitsABatchLargerThanTheSyncThreshold()
    {
        QStringList paths;
        for (int i = 0; i < 40; ++i) {
            paths.append(source(QStringLiteral("many/%1.txt").arg(i), QByteArray::number(i) + " of many\n"));
        }
        auto stored = store(paths);
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(blobFiles().size(), 40);
        QCOMPARE(blobRows(), 40);
        QCOMPARE(pendingRows(), 0);
        QVERIFY(tempFiles().isEmpty());
    }

    void collectsUnreferencedBlobs()
    {
        const QByteArray unusedBytes("soon unused\n");
        auto stored = store(
            { source(QStringLiteral("unused.txt"), unusedBytes), source(QStringLiteral("used.txt"), "still used\n") });
        FOLIO_VERIFY_OK(stored);
        const Stored unused = stored->at(0);
        const Stored used = stored->at(1);
        FOLIO_VERIFY_OK(releaseOne(unused.id));
        FOLIO_VERIFY_OK(releaseOne(unused.id));
        QCOMPARE(refs(unused.sha256), 0);

        auto report = m_store->collectGarbage();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->removedBlobs, 1);
        QCOMPARE(report->freedBytes, qint64(unusedBytes.size()));
        QCOMPARE(report->skippedInUse, 0);
        QVERIFY(!QFileInfo::exists(m_store->pathFor(unused.sha256)));
        QCOMPARE(refs(unused.sha256), -1);
        QCOMPARE(blobFiles(), QStringList { m_store->pathFor(used.sha256) });
        QCOMPARE(refs(used.sha256), 1);
        QCOMPARE(pendingRows(), 0);

        auto again = m_store->collectGarbage();
        FOLIO_VERIFY_OK(again);
        QCOMPARE(again->removedBlobs, 0);
    }

    void collectionKeepsABlobStillInUseWhateverItsCount()
    {
        auto stored = store({ source(QStringLiteral("u.txt"), "used by a version, count wrongly 0\n") });
        FOLIO_VERIFY_OK(stored);
        const Stored blob = stored->at(0);
        FOLIO_VERIFY_OK(db().exec(QStringLiteral("CREATE TABLE user_of_blob (blob_id INTEGER REFERENCES blob (id));"
                                                 "INSERT INTO user_of_blob VALUES (%1);"
                                                 "UPDATE blob SET refs = 0;")
                                      .arg(blob.id)));
        auto report = m_store->collectGarbage();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->removedBlobs, 0);
        QCOMPARE(report->skippedInUse, 1);
        QVERIFY(QFileInfo::exists(m_store->pathFor(blob.sha256)));
        QCOMPARE(blobRows(), 1);
        QCOMPARE(pendingRows(), 0);
    }

    void recoverFinishesAnInterruptedCollection()
    {
        auto stored = store({ source(QStringLiteral("g.txt"), "collected when the power failed\n") });
        FOLIO_VERIFY_OK(stored);
        const QString sha = stored->at(0).sha256;
        // collectGarbage() committed its first transaction and the process died before removing the file.
        FOLIO_VERIFY_OK(db().exec(QStringLiteral("INSERT INTO blob_pending VALUES ('%1', 'gc', ''); "
                                                 "DELETE FROM blob WHERE sha256 = '%1';")
                                      .arg(sha)));
        auto report = m_store->recover();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->removedFiles, 1);
        QVERIFY(blobFiles().isEmpty());
        QCOMPARE(pendingRows(), 0);
    }

    void referenceAfterCollectionFailsInsteadOfLosingTheFile()
    {
        const QString path = source(QStringLiteral("r.txt"), "released, staged again, collected\n");
        auto stored = store({ path });
        FOLIO_VERIFY_OK(stored);
        FOLIO_VERIFY_OK(releaseOne(stored->at(0).id));
        auto staged = m_store->stage(path);
        FOLIO_VERIFY_OK(staged);
        QVERIFY(staged->alreadyStored);
        FOLIO_VERIFY_OK(m_store->collectGarbage());
        {
            auto transaction = Transaction::begin(db());
            FOLIO_VERIFY_OK(transaction);
            auto id = m_store->addReference(staged->sha256, staged->size, m_owner);
            QVERIFY(!id);
            QCOMPARE(id.error().code(), Error::Code::NotFound);
            QVERIFY(id.error().message().contains(m_store->pathFor(staged->sha256)));
        }
        QCOMPARE(blobRows(), 0);
        // Staging again brings the file back.
        FOLIO_VERIFY_OK(store({ path }));
        QVERIFY(QFileInfo::exists(m_store->pathFor(staged->sha256)));
    }

    void referencesChangeOnlyInsideATransaction()
    {
        auto id = m_store->addReference(sha256Of("x"), 1, m_owner);
        QVERIFY(!id);
        QCOMPARE(id.error().code(), Error::Code::InvalidArgument);
        auto released = m_store->release(1);
        QVERIFY(!released);
        QCOMPARE(released.error().code(), Error::Code::InvalidArgument);

        QList<StagedBlob> batch { m_store->stage(source(QStringLiteral("t.txt"), "t\n")).value() };
        auto transaction = Transaction::begin(db());
        FOLIO_VERIFY_OK(transaction);
        auto committed = m_store->commitFiles(batch, m_owner);
        QVERIFY(!committed);
        QCOMPARE(committed.error().code(), Error::Code::InvalidArgument);
    }

    void scrubFindsDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("flipped byte") << QStringLiteral("flip")
                                      << QStringLiteral("content does not match its hash (expected %1, found ");
        QTest::newRow("missing file") << QStringLiteral("remove") << QStringLiteral("missing");
        QTest::newRow("truncated") << QStringLiteral("truncate")
                                   << QStringLiteral("size differs (expected 4096 bytes, found 100)");
    }

    void scrubFindsDamage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        auto stored = store({ source(QStringLiteral("victim.bin"), randomBytes(4096)),
            source(QStringLiteral("sound.bin"), randomBytes(4096)) });
        FOLIO_VERIFY_OK(stored);
        const Stored victim = stored->at(0);
        const Stored sound = stored->at(1);
        const QString path = m_store->pathFor(victim.sha256);
        if (damage == QLatin1String("flip")) {
            QVERIFY(flipByte(path, 1234));
        } else if (damage == QLatin1String("remove")) {
            QVERIFY(QFile::remove(path));
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
            QVERIFY(QFile::resize(path, 100));
        }

        auto report = m_store->scrub();
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->checked, 2);
        const QString verifiedSql = QStringLiteral("SELECT verified_at IS NOT NULL FROM blob WHERE sha256 = ?1");
        QCOMPARE(number(verifiedSql, sound.sha256), 1);
        if (reason.isEmpty()) {
            QCOMPARE(report->sound, 2);
            QVERIFY(report->problems.isEmpty());
            QCOMPARE(number(verifiedSql, victim.sha256), 1);
            return;
        }
        QCOMPARE(report->sound, 1);
        QCOMPARE(report->problems.size(), 1);
        const BlobProblem problem = report->problems.first();
        QCOMPARE(problem.sha256, victim.sha256);
        QCOMPARE(problem.path, path);
        QVERIFY2(problem.reason.startsWith(reason.contains(QLatin1String("%1")) ? reason.arg(victim.sha256) : reason),
            qPrintable(problem.reason));
        QCOMPARE(number(verifiedSql, victim.sha256), 0);
    }

    void scrubReportsProgressAndCancels()
    {
        auto stored = store({ source(QStringLiteral("p1"), randomBytes(10)),
            source(QStringLiteral("p2"), randomBytes(20)), source(QStringLiteral("p3"), randomBytes(30)) });
        FOLIO_VERIFY_OK(stored);
        QList<qint64> seen;
        auto report = m_store->scrub([&](qint64 done, qint64 total) {
            seen.append(done);
            return total == 60;
        });
        FOLIO_VERIFY_OK(report);
        QCOMPARE(seen, (QList<qint64> { 10, 30, 60 }));

        FOLIO_VERIFY_OK(db().exec(QStringLiteral("UPDATE blob SET verified_at = NULL")));
        auto cancelled = m_store->scrub([](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
        // What was checked before the cancel stays recorded.
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM blob WHERE verified_at IS NOT NULL")), 1);
    }

    void exportsByteIdenticallyAndNeverOverwrites()
    {
        const QString original = Test::corpus(QStringLiteral("images/jolla.jpg"));
        auto stored = store({ original });
        FOLIO_VERIFY_OK(stored);
        const QString sha = stored->at(0).sha256;
        const QString folder = m_dir->filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        const QString destination = folder + QStringLiteral("/jolla.jpg");

        FOLIO_VERIFY_OK(m_store->exportTo(sha, destination));
        QCOMPARE(readAll(destination), readAll(original));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("jolla.jpg") });

        const QString existing = source(QStringLiteral("mine.jpg"), "the user's own file\n");
        auto refused = m_store->exportTo(sha, existing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::AlreadyExists);
        QVERIFY(refused.error().message().contains(existing));
        QCOMPARE(readAll(existing), QByteArray("the user's own file\n"));
    }

    void exportRefusesADamagedBlob()
    {
        auto stored = store({ source(QStringLiteral("d.bin"), randomBytes(5000)) });
        FOLIO_VERIFY_OK(stored);
        const QString sha = stored->at(0).sha256;
        QVERIFY(flipByte(m_store->pathFor(sha), 4999));
        const QString folder = m_dir->filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));

        auto exported = m_store->exportTo(sha, folder + QStringLiteral("/d.bin"));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code(), Error::Code::Corrupt);
        QVERIFY(exported.error().message().contains(m_store->pathFor(sha)));
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void stageReportsBadSources_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("missing") << Error::Code::NotFound
                                 << DurableFile::errnoText(ENOENT);
        QTest::newRow("folder") << QStringLiteral("folder") << Error::Code::InvalidArgument
                                << QStringLiteral("is a folder, not a file");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << Error::Code::PermissionDenied
                                    << DurableFile::errnoText(EACCES);
        QTest::newRow("pipe") << QStringLiteral("pipe") << Error::Code::Unsupported
                              << QStringLiteral("is not a regular file");
    }

    void stageReportsBadSources()
    {
        QFETCH(QString, kind);
        QFETCH(Error::Code, code);
        QFETCH(QString, reason);
        QString path = m_dir->filePath(QStringLiteral("sources/") + kind);
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("unreadable")) {
            if (::geteuid() == 0) {
                QSKIP("Running as root, which may read a file whatever its permissions; run as a normal user "
                      "to check the unreadable source.");
            }
            path = source(kind, "secret\n");
            QVERIFY(QFile::setPermissions(path, {}));
        } else if (kind == QLatin1String("pipe")) {
            // Opening a FIFO that no one writes to must neither hang nor be taken for a file.
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }

        auto staged = m_store->stage(path);
        QVERIFY(!staged);
        QCOMPARE(staged.error().code(), code);
        QVERIFY2(staged.error().message().contains(path), qPrintable(staged.error().message()));
        QVERIFY2(staged.error().message().contains(reason), qPrintable(staged.error().message()));
        QVERIFY(tempFiles().isEmpty());
    }

    void stageFailsCleanlyAtTheFileSizeLimit()
    {
        const QString path = source(QStringLiteral("large.bin"), randomBytes(3 * 1024 * 1024));
        Result<StagedBlob> staged;
        {
            FileSizeLimit limit(1024 * 1024);
            QVERIFY(limit.isValid());
            staged = m_store->stage(path);
        }
        QVERIFY(!staged);
        QCOMPARE(staged.error().code(), Error::Code::LimitExceeded);
        const QString message = staged.error().message();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(m_store->blobsPath() + QStringLiteral("/tmp/")), qPrintable(message));
        QVERIFY2(message.contains(DurableFile::errnoText(EFBIG)), qPrintable(message));
        QVERIFY(tempFiles().isEmpty());
    }
};

FOLIO_TEST(TestBlobStore, "blobstore")
#include "tst_blobstore.moc"
