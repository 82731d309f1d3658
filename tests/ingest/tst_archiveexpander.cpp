// SPDX-License-Identifier: GPL-3.0-or-later
// Archives through the real ingest engine and folio-extract sandbox: members become items in a folder named
// after the archive, related extracted-from it, unpacked once per archive version and to the depth limit;
// an AES zip's members wait for `unlock`'s password; the hostile archives of the corpus (zip-slip, absolute
// names, links, devices and FIFOs, a zip bomb, a quine, a malformed tar) write nothing outside the library,
// nothing but files and folders inside it, stop at their limits quickly, and have each refusal recorded; so
// does a member nested in hundreds of folders.
// ArchiveExpander alone: a member that is a copy of its archive and a sub-folder name no folder can have
// are refused, the rest is stored, all in one transaction with the job's end. A crash while unpacking leaves
// nothing that the next opening and run do not clear up, and no member twice.

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/archiveexpander.h"
#include "ingest/extractors/archiveextractor.h"
#include "ingest/fileimporter.h"
#include "ingest/ingestengine.h"
#include "library/library.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/relationrepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

using namespace Folio;

namespace ArchiveExpanderTests {

// Every entry under ROOT but those under SKIP, with its size and type: a folder before and after.
QStringList snapshot(const QString &root, const QString &skip)
{
    QStringList entries;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == skip || path.startsWith(skip + QLatin1Char('/'))) {
            continue;
        }
        const QFileInfo info(path);
        entries.append(QStringLiteral("%1 %2 %3").arg(path).arg(info.isSymLink() ? -1 : info.size()).arg(info.isDir()));
    }
    entries.sort();
    return entries;
}

// What under ROOT is neither a regular file nor a folder (a link, device node, FIFO or socket), and the bytes
// of its regular files.
QStringList specialFiles(const QString &root, qint64 *bytes = nullptr)
{
    QStringList special;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0
            || !(S_ISREG(info.st_mode) || S_ISDIR(info.st_mode))) {
            special.append(path);
        } else if (bytes && S_ISREG(info.st_mode)) {
            *bytes += info.st_size;
        }
    }
    return special;
}

QStringList reasons(const ExtractionRecord &record)
{
    QStringList list;
    for (const QJsonValue &value : record.fields.value(ArchiveFields::refused).toArray()) {
        list.append(value.toObject().value(QStringLiteral("path")).toString() + QStringLiteral(" — ")
            + value.toObject().value(QStringLiteral("reason")).toString());
    }
    return list;
}

} // namespace ArchiveExpanderTests

using namespace ArchiveExpanderTests;

class TestArchiveExpander : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<Library> m_library;
    QString m_libraryPath;
    QByteArray m_savedExtract;

    Database &db() { return m_library->database(); }

    // Runs ENGINE (started) to its end; false when it does not end within TIMEOUTMS.
    static bool runToEnd(IngestEngine &engine, int timeoutMs = 120000)
    {
        QEventLoop loop;
        QObject::connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!engine.isFinished()) {
            loop.exec();
        }
        return engine.isFinished() && engine.fatalError().isEmpty();
    }

    // Ingests PATHS into the library's root; the archives' items by file name.
    QHash<QString, Item> ingest(const QStringList &paths, IngestOptions options = {})
    {
        IngestEngine engine(*m_library, options);
        engine.start(paths);
        if (!runToEnd(engine)) {
            qWarning() << "the ingest did not finish:" << engine.fatalError();
            return {};
        }
        QHash<QString, Item> items;
        for (const ImportOutcome &outcome : engine.importSummary().outcomes) {
            if (auto item = ItemRepository(db()).resolve(outcome.itemUuid); item) {
                items.insert(QFileInfo(outcome.source).fileName(), *item);
            }
        }
        return items;
    }

    // Extracts ITEM's current version again, with PASSWORD if given (what reprocess and unlock do).
    bool extractAgain(const Item &item, const QString &password = {})
    {
        auto queued = m_library->write([&]() -> Result<void> {
            auto count = JobRepository(db()).enqueueForVersions(
                QStringLiteral("extract"), { item.currentVersionId }, 20, Ids::now());
            return count ? Result<void>() : Result<void>(std::unexpected(count.error()));
        });
        IngestEngine engine(*m_library, {});
        if (!password.isEmpty()) {
            engine.setPassword(item.currentVersionId, password);
        }
        engine.resume();
        return queued && runToEnd(engine);
    }

    ExtractionRecord recordOf(const Item &item)
    {
        auto record = ExtractionRepository(db()).forVersion(item.currentVersionId);
        return record && record->has_value() ? **record : ExtractionRecord {};
    }

    QList<Item> membersOf(const Item &archive)
    {
        QList<Item> members;
        const auto relations = RelationRepository(db()).toItem(archive.id, RelationRepository::extractedFrom());
        for (const Relation &relation : relations.value_or(QList<Relation> {})) {
            members.append(ItemRepository(db()).byId(relation.sourceItemId).value_or(Item {}));
        }
        return members;
    }

    QString folderOf(const Item &item) { return FolderRepository(db()).pathOf(item.folderId).value_or(QString()); }

    QStringList stagingLeft()
    {
        return QDir(QDir(m_library->blobs().blobsPath()).filePath(QStringLiteral("tmp")))
            .entryList({ QStringLiteral("unpack-*") }, QDir::AllEntries | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString extractor = Test::program(QStringLiteral("folio-extract"));
        QVERIFY2(QFileInfo(extractor).isExecutable(), qPrintable(extractor + QStringLiteral(" is missing")));
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        qputenv("FOLIO_EXTRACT", QFile::encodeName(extractor));
    }

    void cleanupTestCase()
    {
        if (m_savedExtract.isEmpty()) {
            qunsetenv("FOLIO_EXTRACT");
        } else {
            qputenv("FOLIO_EXTRACT", m_savedExtract);
        }
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_libraryPath = m_root->filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
    }

    void cleanup()
    {
        m_library.reset();
        m_root.reset();
    }

    void membersBecomeItemsBesideTheArchive()
    {
        auto items = ingest({ Test::corpus(QStringLiteral("archives/test-documents.tgz")) });
        const Item archive = items.value(QStringLiteral("test-documents.tgz"));
        QVERIFY(archive.id);
        const ExtractionRecord record = recordOf(archive);
        QCOMPARE(record.state, QStringLiteral("done"));
        QCOMPARE(record.fields.value(ArchiveFields::format).toString(), QStringLiteral("tar+gzip"));
        QCOMPARE(record.fields.value(ArchiveFields::entries).toInt(), 10); // nine files and their folder
        QCOMPARE(record.fields.value(ArchiveFields::unpacked).toInt(), 9);
        QVERIFY2(reasons(record).isEmpty(), qPrintable(reasons(record).join(QLatin1Char('\n'))));
        const QList<Item> members = membersOf(archive);
        QCOMPARE(members.size(), 9);
        for (const Item &member : members) {
            // The member's own sub-folder is kept under the folder named after the archive.
            QCOMPARE(folderOf(member), QStringLiteral("/test-documents.tgz/test-documents"));
            const ExtractionRecord extracted = recordOf(member);
            QCOMPARE(extracted.state, QStringLiteral("done"));
        }
        auto pdf = std::find_if(members.cbegin(), members.cend(), [this](const Item &m) {
            return VersionRepository(db()).byId(m.currentVersionId)->filename == QLatin1String("testPDF.pdf");
        });
        QVERIFY(pdf != members.cend());
        QCOMPARE(recordOf(*pdf).detectedType, QStringLiteral("application/pdf"));
        QVERIFY(stagingLeft().isEmpty());
        QVERIFY(specialFiles(m_libraryPath).isEmpty());
    }

    void unpackedOncePerArchiveVersion()
    {
        const QString tgz = Test::corpus(QStringLiteral("archives/test-documents.tgz"));
        const Item archive = ingest({ tgz }).value(QStringLiteral("test-documents.tgz"));
        QCOMPARE(membersOf(archive).size(), 9);
        // The same bytes again are a duplicate; extracting the archive again keeps its members as they are.
        ingest({ tgz });
        QCOMPARE(membersOf(archive).size(), 9);
        QVERIFY(extractAgain(archive));
        QCOMPARE(membersOf(archive).size(), 9);
        QCOMPARE(recordOf(archive).fields.value(ArchiveFields::unpacked).toInt(), 9);
        auto jobs = JobRepository(db()).pending();
        QVERIFY(jobs && *jobs == 0);

        // Another item for the same archive gets members of its own, in a folder whose name is not taken.
        IngestOptions keep;
        keep.import.onDuplicate = ImportOptions::OnDuplicate::Keep;
        const Item second = ingest({ tgz }, keep).value(QStringLiteral("test-documents.tgz"));
        QVERIFY(second.id && second.id != archive.id);
        const QList<Item> members = membersOf(second);
        QCOMPARE(members.size(), 9);
        QCOMPARE(folderOf(members.first()), QStringLiteral("/test-documents.tgz (2)/test-documents"));
    }

    void nestedArchivesStopAtTheDepthLimit_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("innerMembers");
        QTest::newRow("default limit") << ArchiveLimits().maxDepth << 1;
        QTest::newRow("limit 1") << 1 << 0;
    }

    void nestedArchivesStopAtTheDepthLimit()
    {
        QFETCH(int, depth);
        QFETCH(int, innerMembers);
        IngestOptions options;
        options.maxArchiveDepth = depth;
        const Item outer = ingest({ Test::corpus(QStringLiteral("archives/test-zip-of-zip.zip")) }, options)
                               .value(QStringLiteral("test-zip-of-zip.zip"));
        const QList<Item> members = membersOf(outer);
        QCOMPARE(members.size(), 1);
        const Item inner = members.first();
        QCOMPARE(folderOf(inner), QStringLiteral("/test-zip-of-zip.zip"));
        QCOMPARE(recordOf(inner).detectedType, QStringLiteral("application/zip"));
        QCOMPARE(membersOf(inner).size(), innerMembers);
        const QStringList warnings = recordOf(inner).warnings;
        QCOMPARE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Nested deeper than")), innerMembers == 0);
        if (innerMembers > 0) {
            QCOMPARE(folderOf(membersOf(inner).first()), QStringLiteral("/test-zip-of-zip.zip/html-within-zip.zip"));
            QCOMPARE(RelationRepository(db()).chainLength(
                         membersOf(inner).first().id, RelationRepository::extractedFrom(), 10),
                2);
        }
    }

    void encryptedZipWaitsForItsPassword()
    {
        const Item archive = ingest({ Test::corpus(QStringLiteral("archives/zip-aes-256.zip")) })
                                 .value(QStringLiteral("zip-aes-256.zip"));
        QVERIFY(archive.id);
        QVERIFY(recordOf(archive).isProtected);
        QVERIFY(recordOf(archive).fields.value(ArchiveFields::encrypted).toBool());
        QCOMPARE(recordOf(archive).fields.value(ArchiveFields::entries).toInt(), 2);
        QVERIFY(membersOf(archive).isEmpty());

        QVERIFY(extractAgain(archive, QStringLiteral("not the password")));
        QVERIFY(recordOf(archive).isProtected);
        QVERIFY(membersOf(archive).isEmpty());
        QVERIFY2(reasons(recordOf(archive)).join(QLatin1Char('\n')).contains(QStringLiteral("decrypted")),
            qPrintable(reasons(recordOf(archive)).join(QLatin1Char('\n'))));

        QVERIFY(extractAgain(archive, QStringLiteral("password")));
        QVERIFY(!recordOf(archive).isProtected);
        QVERIFY(reasons(recordOf(archive)).isEmpty());
        const QList<Item> members = membersOf(archive);
        QCOMPARE(members.size(), 2);
        for (const Item &member : members) {
            auto version = VersionRepository(db()).byId(member.currentVersionId);
            QVERIFY(version);
            QCOMPARE(version->size, qint64(11));
        }
        QVERIFY(stagingLeft().isEmpty());
    }

    void hostileArchivesStayInside_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<int>("stored");
        QTest::addColumn<QString>("refusal"); // a refusal that must be recorded; empty when none is
        QTest::addColumn<QString>("outside"); // where a naive extractor would write
        QTest::newRow("zip-slip") << "bad/zip-slip.zip" << 1 << "leads out of the folder"
                                  << "/tmp/evil.txt";
        QTest::newRow("zip-slip-win") << "bad/zip-slip-win.zip" << 1 << "leads out of the folder"
                                      << "/tmp/Temp/evil.txt";
        QTest::newRow("absolute") << "bad/absolute1.zip" << 0 << "absolute path"
                                  << "/tmp/moo";
        QTest::newRow("symlink") << "bad/symlink.zip" << 1 << "symbolic link"
                                 << "/tmp/moo";
        QTest::newRow("devices and FIFO") << "bad/testtar.tar" << -1 << "is a FIFO"
                                          << "";
        QTest::newRow("zip bomb") << "bad/zbsm.zip" << -1 << "expands beyond"
                                  << "";
        QTest::newRow("quine") << "bad/droste.zip" << 1 << "is a copy of the archive itself"
                               << "";
    }

    void hostileArchivesStayInside()
    {
        QFETCH(QString, archive);
        QFETCH(int, stored);
        QFETCH(QString, refusal);
        QFETCH(QString, outside);
        const QStringList before = snapshot(m_root->path(), m_libraryPath);
        const bool outsideExisted = !outside.isEmpty() && QFileInfo::exists(outside);
        QElapsedTimer clock;
        clock.start();
        const Item item = ingest({ Test::corpus(archive) }).value(QFileInfo(archive).fileName());
        const qint64 elapsed = clock.elapsed();
        QVERIFY(item.id);
        const ExtractionRecord record = recordOf(item);
        const QList<Item> members = membersOf(item);
        qInfo("%s: %lld members stored, %lld refused, %lld ms", qPrintable(archive), qint64(members.size()),
            qint64(reasons(record).size()), elapsed);
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed)));
        QCOMPARE(record.state, QStringLiteral("done"));
        if (stored >= 0) {
            QCOMPARE(members.size(), stored);
        }
        QCOMPARE(record.fields.value(ArchiveFields::unpacked).toInt(), int(members.size()));
        QVERIFY2(reasons(record).join(QLatin1Char('\n')).contains(refusal),
            qPrintable(reasons(record).join(QLatin1Char('\n'))));

        // Nothing appeared beside the library, nor where the hostile names point; inside it, nothing but files
        // and folders, and no staging folder left behind.
        QCOMPARE(snapshot(m_root->path(), m_libraryPath), before);
        if (!outside.isEmpty()) {
            QCOMPARE(QFileInfo::exists(outside), outsideExisted);
        }
        qint64 bytes = 0;
        QCOMPARE(specialFiles(m_libraryPath, &bytes), QStringList());
        QVERIFY(stagingLeft().isEmpty());
        // The bomb's 5.46 GB stop at the ratio limit: the library holds a few megabytes.
        QVERIFY2(bytes < qint64(64) << 20, qPrintable(QString::number(bytes)));
        for (const Item &member : members) {
            QVERIFY(folderOf(member).startsWith(QLatin1Char('/') + QFileInfo(archive).fileName()));
        }
    }

    void unreadableArchiveFailsAlone()
    {
        const auto items = ingest({ Test::corpus(QStringLiteral("bad/recursion.tar")),
            Test::corpus(QStringLiteral("archives/test-zip-of-zip.zip")) });
        const Item broken = items.value(QStringLiteral("recursion.tar"));
        QVERIFY(broken.id);
        const ExtractionRecord record = recordOf(broken);
        QCOMPARE(record.state, QStringLiteral("failed"));
        QVERIFY2(record.error.contains(QStringLiteral("recursion.tar")), qPrintable(record.error));
        QVERIFY(membersOf(broken).isEmpty());
        // The rest of the batch went on.
        QCOMPARE(membersOf(items.value(QStringLiteral("test-zip-of-zip.zip"))).size(), 1);
    }

    void loneCompressedFileKeepsItsName()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty()) {
            QFAIL("gzip is missing: scripts/install-deps installs it");
        }
        QFile text(m_root->filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        QVERIFY(text.write("notes kept in a lone gzip file\n") > 0);
        text.close();
        QProcess gzip;
        gzip.setWorkingDirectory(m_root->path());
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("notes.txt") });
        QVERIFY(gzip.waitForFinished(30000) && gzip.exitCode() == 0);
        const Item archive
            = ingest({ m_root->filePath(QStringLiteral("notes.txt.gz")) }).value(QStringLiteral("notes.txt.gz"));
        QCOMPARE(recordOf(archive).fields.value(ArchiveFields::format).toString(), QStringLiteral("gzip"));
        const QList<Item> members = membersOf(archive);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().title, QStringLiteral("notes"));
        QCOMPARE(folderOf(members.first()), QStringLiteral("/notes.txt.gz"));
        QCOMPARE(VersionRepository(db()).byId(members.first().currentVersionId)->filename, QStringLiteral("notes.txt"));
    }

    // A name nesting a member 300 folders deep would make 300 folders of the library: refused, the rest stored.
    void deeplyNestedMemberIsRefused()
    {
        const QString path = m_root->filePath(QStringLiteral("deep.tar"));
        QByteArray deep;
        for (int i = 0; i < 300; ++i) {
            deep += "d/";
        }
        deep += "deep.txt";
        archive *writer = archive_write_new();
        QVERIFY(archive_write_set_format_pax_restricted(writer) == ARCHIVE_OK);
        QVERIFY(archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK);
        for (const QByteArray &name : { deep, QByteArray("top/ok.txt") }) {
            archive_entry *entry = archive_entry_new();
            archive_entry_set_pathname(entry, name.constData());
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, 5);
            QVERIFY(archive_write_header(writer, entry) == ARCHIVE_OK);
            QCOMPARE(archive_write_data(writer, "text\n", 5), la_ssize_t(5));
            archive_entry_free(entry);
        }
        QVERIFY(archive_write_close(writer) == ARCHIVE_OK);
        archive_write_free(writer);

        const Item archive = ingest({ path }).value(QStringLiteral("deep.tar"));
        const QList<Item> members = membersOf(archive);
        QCOMPARE(members.size(), 1);
        QCOMPARE(folderOf(members.first()), QStringLiteral("/deep.tar/top"));
        const QString listed = reasons(recordOf(archive)).join(QLatin1Char('\n'));
        QVERIFY2(listed.contains(QStringLiteral("deep.txt — is nested in more than 256 folders")), qPrintable(listed));
    }

    // ArchiveExpander on a staging folder made by hand: the member that is the archive's own bytes and the
    // one in a sub-folder no folder may be named are refused; the rest is stored with its relation, the
    // archive's record says what happened, and the job is finished.
    void expanderRefusesWhatCannotBeStored()
    {
        const QString archivePath = m_root->filePath(QStringLiteral("pack.tar"));
        QFile archiveFile(archivePath);
        QVERIFY(archiveFile.open(QIODevice::WriteOnly));
        QVERIFY(archiveFile.write(QByteArray(4096, 'p')) == 4096);
        archiveFile.close();
        ImportOptions quiet;
        quiet.queueExtraction = false;
        auto imported = FileImporter(*m_library).import({ archivePath }, quiet);
        FOLIO_VERIFY_OK(imported);
        auto archive = ItemRepository(db()).resolve(imported->outcomes.first().itemUuid);
        FOLIO_VERIFY_OK(archive);

        const QString staging = m_root->filePath(QStringLiteral("staging"));
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/docs")));
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/bad\x01name")));
        QVERIFY(QFile::copy(archivePath, staging + QStringLiteral("/again.tar")));
        for (const QString &name : { QStringLiteral("docs/a.txt"), QStringLiteral("bad\x01name/b.txt") }) {
            QFile member(QDir(staging).filePath(name));
            QVERIFY(member.open(QIODevice::WriteOnly));
            QVERIFY(member.write(name.toUtf8()) > 0);
        }
        qint64 jobId = 0;
        QVERIFY(m_library
                    ->write([&]() -> Result<void> {
                        auto id = JobRepository(db()).enqueue(
                            QStringLiteral("unpack"), archive->currentVersionId, 10, {}, Ids::now());
                        jobId = id.value_or(0);
                        return id ? Result<void>() : Result<void>(std::unexpected(id.error()));
                    })
                    .has_value());
        ExtractedVersion unpacked { archive->currentVersionId, jobId, {} };
        unpacked.result.members = { { QStringLiteral("docs/a.txt"), 10, QStringLiteral("file"), false, {} },
            { QStringLiteral("../x"), 1, QStringLiteral("file"), false, QStringLiteral("leads out of the folder") } };
        auto expanded = ArchiveExpander(*m_library).expand(unpacked, staging);
        FOLIO_VERIFY_OK(expanded);
        QCOMPARE(expanded->stored, 1);
        QCOMPARE(expanded->refused, 3);
        const QList<Item> members = membersOf(*archive);
        QCOMPARE(members.size(), 1);
        QCOMPARE(folderOf(members.first()), QStringLiteral("/pack.tar/docs"));
        const QString listed = reasons(recordOf(*archive)).join(QLatin1Char('\n'));
        QVERIFY2(listed.contains(QStringLiteral("again.tar — is a copy of an archive it is in")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("b.txt — could not be stored")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("../x — leads out")), qPrintable(listed));
        QVERIFY2(!listed.contains(staging), qPrintable(listed));
        QCOMPARE(recordOf(*archive).fields.value(ArchiveFields::unpacked).toInt(), 1);
        auto pending = JobRepository(db()).pending();
        QVERIFY(pending);
        QCOMPARE(*pending, qint64(1)); // the member's extraction; the unpack job is done

        // Run again (a crash after the commit, say): nothing more is stored.
        auto again = ArchiveExpander(*m_library).expand(unpacked, staging);
        FOLIO_VERIFY_OK(again);
        QCOMPARE(membersOf(*archive).size(), 1);
    }

    void stagingLeftByACrashIsRemovedOnOpening()
    {
        const QString staging
            = QDir(m_library->blobs().blobsPath()).filePath(QStringLiteral("tmp/unpack-0190-left-by-a-crash"));
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/sub")));
        QFile left(staging + QStringLiteral("/sub/member.txt"));
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.close();
        m_library.reset();
        auto reopened = Library::open(m_libraryPath, Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(reopened);
        m_library = std::move(*reopened);
        QVERIFY(!QFileInfo::exists(staging));
    }

    // kill -9 while the sandbox unpacks: the job is left running and its staging folder full. Opening the
    // library alone gives the job back and empties the folder; the next run stores every member once.
    void aCrashWhileUnpackingResumesWithoutDuplicates()
    {
        ImportOptions quiet;
        quiet.queueExtraction = false;
        auto imported
            = FileImporter(*m_library).import({ Test::corpus(QStringLiteral("archives/test-zip-of-zip.zip")) }, quiet);
        FOLIO_VERIFY_OK(imported);
        auto archive = ItemRepository(db()).resolve(imported->outcomes.first().itemUuid);
        FOLIO_VERIFY_OK(archive);
        QString staging;
        auto claimed = m_library->write([&]() -> Result<void> {
            auto id
                = JobRepository(db()).enqueue(QStringLiteral("unpack"), archive->currentVersionId, 10, {}, Ids::now());
            return id ? Result<void>() : Result<void>(std::unexpected(id.error()));
        });
        FOLIO_VERIFY_OK(claimed);
        auto jobs = JobRepository(db()).claim(QStringLiteral("ingest-dead"), 1, Ids::now());
        FOLIO_VERIFY_OK(jobs);
        QCOMPARE(jobs->size(), 1);
        staging = QDir(m_library->blobs().blobsPath()).filePath(QStringLiteral("tmp/unpack-") + jobs->first().uuid);
        QVERIFY(QDir().mkpath(staging));
        QFile half(staging + QStringLiteral("/html-within-zip.zip"));
        QVERIFY(half.open(QIODevice::WriteOnly) && half.write("PK\x03\x04 cut short") > 0);
        half.close();

        m_library.reset();
        auto reopened = Library::open(m_libraryPath, Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(reopened);
        m_library = std::move(*reopened);
        QVERIFY(!QFileInfo::exists(staging));
        for (int run = 0; run < 2; ++run) {
            IngestEngine engine(*m_library, {});
            engine.resume();
            QVERIFY(runToEnd(engine));
        }
        const QList<Item> members = membersOf(*archive);
        QCOMPARE(members.size(), 1);
        QCOMPARE(membersOf(members.first()).size(), 1);
        QCOMPARE(recordOf(*archive).fields.value(ArchiveFields::unpacked).toInt(), 1);
        QVERIFY(stagingLeft().isEmpty());
        auto pending = JobRepository(db()).pending();
        QVERIFY(pending && *pending == 0);
    }

    void unknownJobKindFailsWithoutStoppingTheRun()
    {
        auto queued = m_library->write([&]() -> Result<void> {
            auto id = JobRepository(db()).enqueue(QStringLiteral("from-the-future"), 0, 50, {}, Ids::now());
            return id ? Result<void>() : Result<void>(std::unexpected(id.error()));
        });
        FOLIO_VERIFY_OK(queued);
        const Item archive = ingest({ Test::corpus(QStringLiteral("archives/test-zip-of-zip.zip")) })
                                 .value(QStringLiteral("test-zip-of-zip.zip"));
        QCOMPARE(membersOf(archive).size(), 1);
        auto error
            = db().scalar(QStringLiteral("SELECT error FROM job WHERE kind = 'from-the-future' AND state = 'failed'"));
        QVERIFY(error && error->toString().contains(QStringLiteral("from-the-future")));
    }
};

FOLIO_TEST(TestArchiveExpander, "archiveexpander")
#include "tst_archiveexpander.moc"
