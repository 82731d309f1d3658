// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveReader on the shared corpus: the normal archives list and unpack with their sizes, an AES zip
// needs its password, and the hostile ones in bad/ (zip bomb, quine, zip-slip, absolute names, symlinks,
// device nodes and FIFOs, a malformed tar) are refused member by member without writing outside the
// destination, past the limits, or blocking.

#include "ingest/extractors/archivereader.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

using namespace Folio;

namespace ArchiveReaderTests {

// Every path under ROOT with its size and type, to compare a folder before and after.
QStringList snapshot(const QString &root)
{
    QStringList entries;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        entries.append(QStringLiteral("%1 %2 %3").arg(path).arg(info.isSymLink() ? -1 : info.size()).arg(info.isDir()));
    }
    entries.sort();
    return entries;
}

// Bytes of the regular files under ROOT; fails (returns -1) when anything else than files and folders is there.
qint64 treeBytes(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray path = QFile::encodeName(it.next());
        struct stat info = {};
        if (::lstat(path.constData(), &info) != 0 || !(S_ISREG(info.st_mode) || S_ISDIR(info.st_mode))) {
            return -1;
        }
        if (S_ISREG(info.st_mode)) {
            total += info.st_size;
        }
    }
    return total;
}

const ArchiveMember *find(const ArchiveListing &listing, const QString &path)
{
    for (const ArchiveMember &member : listing.members) {
        if (member.path == path) {
            return &member;
        }
    }
    return nullptr;
}

bool runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Writes a 7z archive at PATH holding FILES (name → content) with libarchive's writer: no 7z tool is
// installed here.
bool write7z(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &files)
{
    archive *writer = archive_write_new();
    bool ok = archive_write_set_format_7zip(writer) == ARCHIVE_OK
        && archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, content] : files) {
        if (!ok) {
            break;
        }
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, content.size());
        ok = archive_write_header(writer, entry) == ARCHIVE_OK
            && archive_write_data(writer, content.constData(), size_t(content.size())) == la_ssize_t(content.size());
        archive_entry_free(entry);
    }
    ok = archive_write_close(writer) == ARCHIVE_OK && ok;
    archive_write_free(writer);
    return ok;
}

} // namespace ArchiveReaderTests

using namespace ArchiveReaderTests;

class TestArchiveReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_destination;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_destination = m_dir->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(m_destination));
    }

    void cleanup() { delete m_dir; }

    void listsAndExtractsNormalArchives_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("members");
        QTest::addColumn<QString>("member");
        QTest::addColumn<qint64>("size");
        QTest::newRow("zip") << "archives/images_severalformats_historicaldates.zip"
                             << "zip" << 12 << "images_severalformats_historicaldates/image-asciiencoding-300ppi.eps"
                             << qint64(3978251);
        QTest::newRow("tar.gz") << "archives/test-documents.tgz"
                                << "tar+gzip" << 10 << "test-documents/testPDF.pdf" << qint64(34824);
        QTest::newRow("zip of zip") << "archives/test-zip-of-zip.zip"
                                    << "zip" << 1 << "html-within-zip.zip" << qint64(163);
    }

    void listsAndExtractsNormalArchives()
    {
        QFETCH(QString, archive);
        QFETCH(QString, format);
        QFETCH(int, members);
        QFETCH(QString, member);
        QFETCH(qint64, size);
        const auto listing = ArchiveReader::list(Test::corpus(archive));
        FOLIO_VERIFY_OK(listing);
        QCOMPARE(listing->format, format);
        QCOMPARE(listing->members.size(), members);
        QVERIFY(!listing->encrypted);
        const ArchiveMember *listed = find(*listing, member);
        QVERIFY(listed);
        QCOMPARE(listed->size, size);
        QCOMPARE(listed->type, QStringLiteral("file"));

        const auto extracted = ArchiveReader::extract(Test::corpus(archive), m_destination);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->members.size(), members);
        qint64 total = 0;
        for (qsizetype i = 0; i < extracted->members.size(); ++i) {
            const ArchiveMember &got = extracted->members.at(i);
            QVERIFY2(got.refusal.isEmpty(), qPrintable(got.path + QLatin1String(": ") + got.refusal));
            QCOMPARE(got.path, listing->members.at(i).path);
            const QFileInfo info(QDir(m_destination).filePath(got.path));
            if (got.type == QLatin1String("dir")) {
                QVERIFY(info.isDir());
                continue;
            }
            QCOMPARE(got.size, listing->members.at(i).size);
            QCOMPARE(info.size(), got.size);
            total += got.size;
        }
        QCOMPARE(treeBytes(m_destination), total);
    }

    void encryptedZipNeedsItsPassword()
    {
        const QString archive = Test::corpus(QStringLiteral("archives/zip-aes-256.zip"));
        const auto listing = ArchiveReader::list(archive);
        FOLIO_VERIFY_OK(listing);
        QVERIFY(listing->encrypted);
        QCOMPARE(listing->members.size(), 2);
        for (const ArchiveMember &member : listing->members) {
            QVERIFY(member.encrypted);
            QVERIFY(member.refusal.isEmpty());
            QCOMPARE(member.size, qint64(11));
        }

        const auto without = ArchiveReader::extract(archive, m_destination);
        FOLIO_VERIFY_OK(without);
        for (const ArchiveMember &member : without->members) {
            QVERIFY2(member.refusal.contains(QStringLiteral("needs a password")), qPrintable(member.refusal));
        }
        QVERIFY(QDir(m_destination).isEmpty());

        const auto wrong = ArchiveReader::extract(archive, m_destination, QStringLiteral("not the password"));
        FOLIO_VERIFY_OK(wrong);
        for (const ArchiveMember &member : wrong->members) {
            QVERIFY2(!member.refusal.isEmpty(), qPrintable(member.path));
        }
        QVERIFY(QDir(m_destination).isEmpty());

        const auto with = ArchiveReader::extract(archive, m_destination, QStringLiteral("password"));
        FOLIO_VERIFY_OK(with);
        for (const ArchiveMember &member : with->members) {
            QVERIFY2(member.refusal.isEmpty(), qPrintable(member.refusal));
            QFile file(QDir(m_destination).filePath(member.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QCOMPARE(content.size(), 11);
            QVERIFY2(std::all_of(content.begin(), content.end(), [](char c) { return c >= 0x20 || c == '\n'; }),
                content.toHex().constData());
        }
    }

    void zipBombStopsAtTheExpansionLimit()
    {
        const QString archive = Test::corpus(QStringLiteral("bad/zbsm.zip"));
        QElapsedTimer timer;
        timer.start();
        const auto listing = ArchiveReader::list(archive);
        FOLIO_VERIFY_OK(listing);
        QCOMPARE(listing->members.size(), 250);
        const auto extracted = ArchiveReader::extract(archive, m_destination);
        FOLIO_VERIFY_OK(extracted);
        const qint64 elapsed = timer.elapsed();
        qInfo("zbsm.zip: listed and extracted in %lld ms", elapsed);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        int refused = 0;
        for (const ArchiveMember &member : extracted->members) {
            if (!member.refusal.isEmpty()) {
                QVERIFY2(member.refusal.startsWith(QStringLiteral("expands beyond")), qPrintable(member.refusal));
                ++refused;
            }
        }
        QVERIFY(refused > 0);
        const qint64 written = treeBytes(m_destination);
        QVERIFY(written >= 0);
        QVERIFY2(written <= qint64(QFileInfo(archive).size() * ArchiveLimits().maxRatio),
            qPrintable(QString::number(written)));

        // With the ratio out of the way, the byte limit still holds.
        ArchiveLimits limits;
        limits.maxRatio = 1e9;
        limits.maxTotalBytes = qint64(64) << 20;
        QTemporaryDir second;
        const auto bounded = ArchiveReader::extract(archive, second.path(), {}, limits);
        FOLIO_VERIFY_OK(bounded);
        const qint64 bytes = treeBytes(second.path());
        QVERIFY(bytes > 0 && bytes <= limits.maxTotalBytes);
        qInfo("zbsm.zip with a 64 MiB byte limit and no ratio: %lld bytes written, %lld ms in all", bytes,
            timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(bounded->members.last().refusal.startsWith(QStringLiteral("expands beyond")));
    }

    // A member whose size is not declared (a lone .gz) is cut off while it is written, and its partial file
    // removed.
    void undeclaredSizeIsCutOffWhileWriting()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty()) {
            QFAIL("gzip is missing: scripts/install-deps installs it");
        }
        QFile big(m_dir->filePath(QStringLiteral("text.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        // Not zeros: a compressed run of zeros is a valid empty tar.
        const QByteArray line("a line of text that compresses well\n");
        QByteArray content;
        while (content.size() + line.size() <= 3 << 20) {
            content += line;
        }
        QVERIFY(big.write(content) == content.size());
        big.close();
        QVERIFY(runTool(QStringLiteral("gzip"), { QStringLiteral("text.bin") }, m_dir->path()));
        const QString archive = m_dir->filePath(QStringLiteral("text.bin.gz"));
        const auto listing = ArchiveReader::list(archive);
        FOLIO_VERIFY_OK(listing);
        QCOMPARE(listing->format, QStringLiteral("gzip"));
        QCOMPARE(listing->members.size(), 1);
        QCOMPARE(listing->members.first().path, QStringLiteral("text.bin"));

        const auto refused = ArchiveReader::extract(archive, m_destination); // ratio ~300: over the 1 MiB floor
        FOLIO_VERIFY_OK(refused);
        QVERIFY2(refused->members.first().refusal.startsWith(QStringLiteral("expands beyond")),
            qPrintable(refused->members.first().refusal));
        QVERIFY(QDir(m_destination).isEmpty());

        ArchiveLimits limits;
        limits.maxRatio = 1e6;
        const auto allowed = ArchiveReader::extract(archive, m_destination, {}, limits);
        FOLIO_VERIFY_OK(allowed);
        QVERIFY(allowed->members.first().refusal.isEmpty());
        QCOMPARE(QFileInfo(QDir(m_destination).filePath(QStringLiteral("text.bin"))).size(), content.size());
    }

    void compressedTarsAreRead_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("format");
        QTest::newRow("gzip") << "gzip"
                              << "-z"
                              << "tar+gzip";
        QTest::newRow("bzip2") << "bzip2"
                               << "-j"
                               << "tar+bzip2";
        QTest::newRow("xz") << "xz"
                            << "-J"
                            << "tar+xz";
        QTest::newRow("zstd") << "zstd"
                              << "--zstd"
                              << "tar+zstd";
    }

    void compressedTarsAreRead()
    {
        QFETCH(QString, tool);
        QFETCH(QString, flag);
        QFETCH(QString, format);
        if (QStandardPaths::findExecutable(tool).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("tar or %1 is missing: scripts/install-deps installs them").arg(tool)));
        }
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("src/sub")));
        QFile text(m_dir->filePath(QStringLiteral("src/sub/note.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        QVERIFY(text.write("archived text\n") == 14);
        text.close();
        QVERIFY(runTool(QStringLiteral("tar"),
            { flag, QStringLiteral("-cf"), QStringLiteral("t.tar.x"), QStringLiteral("src") }, m_dir->path()));
        const auto extracted = ArchiveReader::extract(m_dir->filePath(QStringLiteral("t.tar.x")), m_destination);
        FOLIO_VERIFY_OK(extracted);
        QCOMPARE(extracted->format, format);
        const ArchiveMember *note = find(*extracted, QStringLiteral("src/sub/note.txt"));
        QVERIFY(note);
        QVERIFY(note->refusal.isEmpty());
        QFile out(QDir(m_destination).filePath(note->path));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("archived text\n"));
    }

    void sevenZipIsRead()
    {
        const QString archive = m_dir->filePath(QStringLiteral("t.7z"));
        const QByteArray big(200000, 'x');
        QVERIFY(
            write7z(archive, { { "docs/a.txt", "seven zip\n" }, { "docs/big.txt", big }, { "../escape.txt", "no" } }));
        const auto listing = ArchiveReader::list(archive);
        FOLIO_VERIFY_OK(listing);
        QCOMPARE(listing->format, QStringLiteral("7z"));
        QCOMPARE(listing->members.size(), 3);
        const auto extracted = ArchiveReader::extract(archive, m_destination);
        FOLIO_VERIFY_OK(extracted);
        const ArchiveMember *small = find(*extracted, QStringLiteral("docs/a.txt"));
        const ArchiveMember *large = find(*extracted, QStringLiteral("docs/big.txt"));
        QVERIFY(small && large);
        QVERIFY(small->refusal.isEmpty());
        QCOMPARE(large->size, qint64(big.size()));
        QFile a(QDir(m_destination).filePath(QStringLiteral("docs/a.txt")));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("seven zip\n"));
        QVERIFY(extracted->members.last().refusal.contains(QStringLiteral("..")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.txt"))));
    }

    void quineIsRefused()
    {
        const auto extracted = ArchiveReader::extract(Test::corpus(QStringLiteral("bad/droste.zip")), m_destination);
        FOLIO_VERIFY_OK(extracted);
        const ArchiveMember *self = find(*extracted, QStringLiteral("droste.zip"));
        QVERIFY(self);
        QVERIFY2(self->refusal.contains(QStringLiteral("archive itself")), qPrintable(self->refusal));
        QVERIFY(!QFileInfo::exists(QDir(m_destination).filePath(QStringLiteral("droste.zip"))));
        const ArchiveMember *image = find(*extracted, QStringLiteral("droste.jpg"));
        QVERIFY(image);
        QVERIFY(image->refusal.isEmpty());
        QCOMPARE(QFileInfo(QDir(m_destination).filePath(QStringLiteral("droste.jpg"))).size(), qint64(13760));
    }

    void hostileNamesStayInside_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("outside"); // where a naive extractor would write
        QTest::addColumn<int>("extracted");
        QTest::newRow("zip-slip") << "bad/zip-slip.zip"
                                  << "/tmp/evil.txt" << 1;
        QTest::newRow("zip-slip-win") << "bad/zip-slip-win.zip"
                                      << "/tmp/Temp/evil.txt" << 1;
        QTest::newRow("absolute") << "bad/absolute1.zip"
                                  << "/tmp/moo" << 0;
        QTest::newRow("symlink") << "bad/symlink.zip"
                                 << "/tmp/moo" << 1;
    }

    void hostileNamesStayInside()
    {
        QFETCH(QString, archive);
        QFETCH(QString, outside);
        QFETCH(int, extracted);
        const QStringList before = snapshot(m_dir->path());
        const QFileInfo outsideBefore(outside);
        const auto result = ArchiveReader::extract(Test::corpus(archive), m_destination);
        FOLIO_VERIFY_OK(result);
        int written = 0;
        int refused = 0;
        for (const ArchiveMember &member : result->members) {
            if (member.refusal.isEmpty()) {
                ++written;
                QVERIFY(!member.path.contains(QStringLiteral("..")));
                QVERIFY(!QFileInfo(QDir(m_destination).filePath(member.path)).isSymLink());
            } else {
                ++refused;
                QVERIFY(!member.refusal.isEmpty());
            }
        }
        QCOMPARE(written, extracted);
        QCOMPARE(refused, 1);
        // The parent folder holds only what went into the destination; nothing appeared where the names point.
        QStringList after = snapshot(m_dir->path());
        after.removeIf([this](const QString &entry) { return entry.startsWith(m_destination + QLatin1Char('/')); });
        QCOMPARE(after, before);
        const QFileInfo outsideAfter(outside);
        QCOMPARE(outsideAfter.exists(), outsideBefore.exists());
        if (outsideBefore.exists()) {
            QCOMPARE(outsideAfter.lastModified(), outsideBefore.lastModified());
        }
        QVERIFY(treeBytes(m_destination) >= 0);
    }

    void symlinkMemberIsRefused()
    {
        const auto result = ArchiveReader::extract(Test::corpus(QStringLiteral("bad/symlink.zip")), m_destination);
        FOLIO_VERIFY_OK(result);
        QCOMPARE(result->members.size(), 2);
        QCOMPARE(result->members.at(0).type, QStringLiteral("symlink"));
        QVERIFY(result->members.at(0).refusal.contains(QStringLiteral("symbolic link")));
        QCOMPARE(result->members.at(1).type, QStringLiteral("file"));
        const QFileInfo moo(QDir(m_destination).filePath(QStringLiteral("moo")));
        QVERIFY(!moo.isSymLink());
        QCOMPARE(moo.size(), qint64(4));
    }

    void specialFilesInTarAreNotCreated()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = ArchiveReader::extract(Test::corpus(QStringLiteral("bad/testtar.tar")), m_destination);
        FOLIO_VERIFY_OK(result);
        qInfo("testtar.tar: %lld ms, %lld members, %lld warnings", timer.elapsed(), qint64(result->members.size()),
            qint64(result->warnings.size()));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(result->format, QStringLiteral("tar"));
        QStringList types;
        for (const ArchiveMember &member : result->members) {
            types.append(member.type);
            if (member.type != QLatin1String("file") && member.type != QLatin1String("dir")) {
                QVERIFY2(!member.refusal.isEmpty(), qPrintable(member.path));
            }
        }
        QVERIFY(types.contains(QStringLiteral("device")));
        QVERIFY(types.contains(QStringLiteral("fifo")));
        QVERIFY(types.contains(QStringLiteral("symlink")));
        QVERIFY(types.contains(QStringLiteral("hardlink")));
        QVERIFY(treeBytes(m_destination) > 0); // only regular files and folders were created
        const ArchiveMember *regular = find(*result, QStringLiteral("ustar/regtype"));
        QVERIFY(regular && regular->refusal.isEmpty());
        QCOMPARE(QFileInfo(QDir(m_destination).filePath(QStringLiteral("ustar/regtype"))).size(), qint64(7011));
        const ArchiveMember *sparse = find(*result, QStringLiteral("gnu/sparse"));
        QVERIFY(sparse && sparse->refusal.isEmpty());
        QCOMPARE(sparse->size, qint64(86016));
        QVERIFY(!QFileInfo::exists(QDir(m_destination).filePath(QStringLiteral("ustar/fifotype"))));
        QVERIFY(!QFileInfo::exists(QDir(m_destination).filePath(QStringLiteral("ustar/chrtype"))));
    }

    void malformedTarEndsQuickly()
    {
        const QString archive = Test::corpus(QStringLiteral("bad/recursion.tar"));
        QElapsedTimer timer;
        timer.start();
        const auto listing = ArchiveReader::list(archive);
        const auto extracted = ArchiveReader::extract(archive, m_destination);
        QVERIFY(timer.elapsed() < 5000);
        // Not even its first header can be read: an error, not an empty listing.
        for (const auto *result : { &listing, &extracted }) {
            QVERIFY(!*result);
            QCOMPARE(result->error().code(), Error::Code::Corrupt);
        }
        qInfo("recursion.tar: %s", qPrintable(listing.error().toString()));
        QVERIFY(treeBytes(m_destination) >= 0);
    }

    void limitsRefuseMembers()
    {
        const QString tgz = Test::corpus(QStringLiteral("archives/test-documents.tgz"));
        ArchiveLimits few;
        few.maxEntries = 3;
        const auto counted = ArchiveReader::extract(tgz, m_destination, {}, few);
        FOLIO_VERIFY_OK(counted);
        QCOMPARE(counted->members.size(), 6); // reported up to twice the limit
        QVERIFY(!counted->warnings.isEmpty());
        for (qsizetype i = 0; i < counted->members.size(); ++i) {
            QCOMPARE(counted->members.at(i).refusal.isEmpty(), i < 3);
        }

        ArchiveLimits small;
        small.maxEntryBytes = 20000;
        QTemporaryDir second;
        const auto sized = ArchiveReader::extract(tgz, second.path(), {}, small);
        FOLIO_VERIFY_OK(sized);
        for (const ArchiveMember &member : sized->members) {
            QCOMPARE(member.refusal.startsWith(QStringLiteral("expands beyond")), member.size > 20000);
        }

        ArchiveLimits ratio;
        ratio.maxRatio = 10;
        QTemporaryDir third;
        const auto images
            = ArchiveReader::extract(Test::corpus(QStringLiteral("archives/images_severalformats_historicaldates.zip")),
                third.path(), {}, ratio);
        FOLIO_VERIFY_OK(images);
        QVERIFY(std::any_of(images->members.begin(), images->members.end(),
            [](const ArchiveMember &m) { return m.refusal.startsWith(QStringLiteral("expands beyond")); }));
        QVERIFY(treeBytes(third.path()) <= ArchiveReader::RatioFloorBytes);
    }

    void refusesBadInputs()
    {
        const auto notArchive = ArchiveReader::list(Test::corpus(QStringLiteral("images/Canon_40D.jpg")));
        QVERIFY(!notArchive);
        QCOMPARE(notArchive.error().code(), Error::Code::Unsupported);
        const auto missing = ArchiveReader::list(m_dir->filePath(QStringLiteral("missing.zip")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const QString fifo = m_dir->filePath(QStringLiteral("fifo.zip"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto fromFifo = ArchiveReader::list(fifo);
        QVERIFY(!fromFifo);
        QCOMPARE(fromFifo.error().code(), Error::Code::InvalidArgument);

        QFile stray(QDir(m_destination).filePath(QStringLiteral("stray")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        const auto notEmpty
            = ArchiveReader::extract(Test::corpus(QStringLiteral("archives/test-zip-of-zip.zip")), m_destination);
        QVERIFY(!notEmpty);
        QCOMPARE(notEmpty.error().code(), Error::Code::InvalidArgument);
    }
};

FOLIO_TEST(TestArchiveReader, "archivereader")

#include "tst_archivereader.moc"
