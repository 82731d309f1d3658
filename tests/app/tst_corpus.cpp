// SPDX-License-Identifier: GPL-3.0-or-later
// The whole shared corpus through `folioctl ingest`, as a user runs it, checked row by row against
// tests/data/corpus-expectations.tsv (whose header comment documents the columns and the little check
// language). The corpus's data files are every file under one of its subfolders; README.md and
// MANIFEST.tsv at its root describe the corpus and are not data. Every data file has exactly one row.
// Beside the table: the CVE-2022-44268 PNG's renditions hold no line of /etc/passwd, the pixel flood stops
// at the pixel limit, the hostile archives wrote nothing outside the library and nothing but files and
// folders inside it (no gigabytes from the zip bomb), `folioctl ocr` reads the scanned PDF again and names a
// language that is not installed, and `folioctl verify` passes on the library afterwards.

#include "corpustable.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>
#include <sys/stat.h>

using namespace Folio;

namespace CorpusTests {

constexpr int ingestTimeoutMs = 300000; // 80 files take seconds; the margin is for a loaded machine

// Checks the product gets wrong today. The table keeps saying what is true; these mark the check
// QEXPECT_FAIL, so the test passes while the bug lasts and fails (XPASS) once it is fixed, asking for the
// entry to go. `check` is a check of the row's expect column or one of the checks every row gets
// ("stored", "kind", "type", "renditions", "extracted", "mismatch", "warnings").
struct KnownBug
{
    const char *path;
    const char *check;
    const char *bug;
};

constexpr KnownBug knownBugs[] = {
    { "images/DNG.dng", "warnings",
        "\"The EXIF data is damaged: Directory Canon with 16740 entries considered invalid\": the EXIF is intact "
        "(exiftool -validate: OK, 139 Canon maker-note tags); Exiv2 0.27 misreads a DNG's Canon maker note" },
    { "images/num_plays.png", "pages=2",
        "APNG frames are not counted (libvips reads the default image only): pages=1" },
};

QString knownBug(const QString &path, const QString &check)
{
    for (const KnownBug &known : knownBugs) {
        if (path == QString::fromUtf8(known.path) && check == QString::fromUtf8(known.check)) {
            return QString::fromUtf8(known.bug);
        }
    }
    return {};
}

} // namespace CorpusTests

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QList<CorpusTests::Row> m_rows;
    QHash<QString, QJsonObject> m_outcomes; // relative path → ingest's "files" entry
    QHash<QString, QJsonObject> m_items; // relative path → `folioctl show --json`'s "item"
    QStringList m_besideLibrary; // what the ingest left in the library's parent folder, beside the library
    QHash<QString, bool> m_escapeTargets; // where hostile archive names point → whether it existed before

    Test::ProcessResult folioctl(const QStringList &arguments, int timeoutMs = 60000)
    {
        return Test::run(Test::program(QStringLiteral("folioctl")),
            QStringList { QStringLiteral("--library"), m_library } + arguments, m_env, timeoutMs);
    }

    static QByteArray describe(const Test::ProcessResult &result)
    {
        return QStringLiteral("exit %1%2%3: %4")
            .arg(result.exitCode)
            .arg(result.crashed ? QStringLiteral(", crashed") : QString(),
                result.timedOut ? QStringLiteral(", timed out") : QString(), result.err.left(2000))
            .toUtf8();
    }

    QString itemId(const QString &path) const
    {
        return m_outcomes.value(path).value(QStringLiteral("item")).toString();
    }

    // How many items were extracted from ITEM, at any depth (its members, their members…).
    int countDescendants(const QJsonObject &item)
    {
        int count = 0;
        QList<QJsonObject> next { item };
        while (!next.isEmpty()) {
            for (const QJsonValue &member : next.takeFirst().value(QStringLiteral("members")).toArray()) {
                ++count;
                const QString id = member.toObject().value(QStringLiteral("id")).toString();
                const auto shown = folioctl({ QStringLiteral("show"), id, QStringLiteral("--json") });
                next.append(
                    QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("item")).toObject());
            }
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_rows = CorpusTests::readTable(Test::sourceDir(CorpusTests::tableFile), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library"));
        m_env.insert(QStringLiteral("FOLIO_ACTOR"), QStringLiteral("corpus"));
        m_env.insert(QStringLiteral("FOLIO_LANGUAGE"), QStringLiteral("C"));
        const auto created = folioctl({ QStringLiteral("init") });
        QVERIFY2(created.exitCode == 0 && !created.crashed, describe(created).constData());

        const QDir corpus(Test::corpus());
        QStringList folders;
        for (const QString &folder : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
            folders.append(corpus.filePath(folder));
        }
        QVERIFY2(!folders.isEmpty(), qPrintable(QStringLiteral("no corpus at %1").arg(corpus.path())));
        qint64 bytes = 0;
        for (const QString &file : CorpusTests::dataFiles(corpus.path())) {
            bytes += QFileInfo(corpus.filePath(file)).size();
        }

        // ingest exits 0 when every file was stored (bad content is stored with warnings, it is not a
        // failure), 1 when some file was refused; the table says whether one should be.
        const bool refusals = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const CorpusTests::Row &row) {
            return std::any_of(row.checks.cbegin(), row.checks.cend(),
                [](const QString &check) { return check.startsWith(QLatin1String("refused~")); });
        });
        for (const char *target : { "/tmp/evil.txt", "/tmp/Temp/evil.txt", "/tmp/moo" }) {
            m_escapeTargets.insert(QString::fromLatin1(target), QFileInfo::exists(QString::fromLatin1(target)));
        }
        QElapsedTimer clock;
        clock.start();
        const auto ingest
            = folioctl(QStringList { QStringLiteral("ingest") } + folders + QStringList { QStringLiteral("--json") },
                CorpusTests::ingestTimeoutMs);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(
            !ingest.crashed && !ingest.timedOut && ingest.exitCode == (refusals ? 1 : 0), describe(ingest).constData());
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(ingest.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonArray files = report.value(QStringLiteral("files")).toArray();
        qInfo().noquote() << QStringLiteral("ingested the corpus (%1 files, %2 MiB) in %3 s")
                                 .arg(files.size())
                                 .arg(double(bytes) / (1 << 20), 0, 'f', 1)
                                 .arg(double(elapsed) / 1000, 0, 'f', 2);
        QVERIFY2(!report.value(QStringLiteral("cancelled")).toBool(), "the ingest was cancelled");
        m_besideLibrary
            = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        m_besideLibrary.removeOne(QStringLiteral("library"));

        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QString path = corpus.relativeFilePath(file.value(QStringLiteral("source")).toString());
            QVERIFY2(!m_outcomes.contains(path), qPrintable(QStringLiteral("ingest reported %1 twice").arg(path)));
            m_outcomes.insert(path, file);
            const QString id = file.value(QStringLiteral("item")).toString();
            if (file.value(QStringLiteral("result")).toString() == QLatin1String("imported") && !id.isEmpty()) {
                // The whole text only where a row checks it (text~): the corpus holds a 117-page PDF.
                const auto row = std::find_if(
                    m_rows.cbegin(), m_rows.cend(), [&](const CorpusTests::Row &r) { return r.path == path; });
                const bool wholeText = row != m_rows.cend()
                    && std::any_of(row->checks.cbegin(), row->checks.cend(),
                        [](const QString &check) { return check.startsWith(QLatin1String("text~")); });
                QStringList show { QStringLiteral("show"), id, QStringLiteral("--json") };
                if (wholeText) {
                    show.append(QStringLiteral("--text"));
                }
                const auto shown = folioctl(show);
                QVERIFY2(shown.exitCode == 0, describe(shown).constData());
                m_items.insert(path,
                    QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("item")).toObject());
            }
        }
        for (CorpusTests::Row &row : m_rows) {
            const bool wanted = std::any_of(row.checks.cbegin(), row.checks.cend(),
                [](const QString &check) { return check.startsWith(QLatin1String("descendants=")); });
            if (wanted && m_items.contains(row.path)) {
                row.descendants = countDescendants(m_items.value(row.path));
            }
        }
    }

    void everyDataFileHasExactlyOneRow()
    {
        QStringList paths;
        QStringList repeated;
        for (const CorpusTests::Row &row : std::as_const(m_rows)) {
            if (paths.contains(row.path)) {
                repeated.append(row.path);
            }
            paths.append(row.path);
        }
        QVERIFY2(repeated.isEmpty(),
            qPrintable(QStringLiteral("rows repeated: %1").arg(repeated.join(QStringLiteral(", ")))));
        const QSet<QString> rows(paths.cbegin(), paths.cend());
        const QStringList files = CorpusTests::dataFiles(Test::corpus());
        const QSet<QString> present(files.cbegin(), files.cend());
        QStringList withoutRow = (present - rows).values();
        QStringList withoutFile = (rows - present).values();
        withoutRow.sort();
        withoutFile.sort();
        QVERIFY2(withoutRow.isEmpty() && withoutFile.isEmpty(),
            qPrintable(QStringLiteral("corpus files without a row in %1: %2; rows without a corpus file: %3")
                           .arg(CorpusTests::tableFile, withoutRow.join(QStringLiteral(", ")),
                               withoutFile.join(QStringLiteral(", ")))));
        // The ingest saw exactly the data files: not README.md or MANIFEST.tsv, and nothing twice.
        QStringList reported = m_outcomes.keys();
        reported.sort();
        QCOMPARE(reported, files);
    }

    void knownBugsNameChecksOfTheTable()
    {
        const QStringList everyRow
            = { QStringLiteral("stored"), QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("extracted"),
                  QStringLiteral("renditions"), QStringLiteral("mismatch"), QStringLiteral("warnings") };
        for (const CorpusTests::KnownBug &known : CorpusTests::knownBugs) {
            const QString path = QString::fromUtf8(known.path);
            const QString check = QString::fromUtf8(known.check);
            const auto row = std::find_if(
                m_rows.cbegin(), m_rows.cend(), [&](const CorpusTests::Row &r) { return r.path == path; });
            QVERIFY2(row != m_rows.cend(), qPrintable(QStringLiteral("known bug for %1, which has no row").arg(path)));
            QVERIFY2(row->checks.contains(check) || everyRow.contains(check),
                qPrintable(QStringLiteral("known bug for %1 names \"%2\", not a check of its row").arg(path, check)));
        }
    }

    void corpusFile_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            QTest::newRow(m_rows.at(i).path.toUtf8().constData()) << int(i);
        }
    }

    void corpusFile()
    {
        QFETCH(int, index);
        const CorpusTests::Row &row = m_rows.at(index);
        QVERIFY2(m_outcomes.contains(row.path),
            qPrintable(QStringLiteral("ingest reported nothing about %1").arg(row.path)));
        const QList<CorpusTests::Outcome> results
            = CorpusTests::evaluateRow(row, m_outcomes.value(row.path), m_items.value(row.path));
        // Name every unexpected failure first: the first QVERIFY that fails ends the row.
        for (const CorpusTests::Outcome &result : results) {
            if (!result.ok && CorpusTests::knownBug(row.path, result.check).isEmpty()) {
                qWarning().noquote() << QStringLiteral("%1:%2: %3 fails: %4")
                                            .arg(CorpusTests::tableFile)
                                            .arg(row.line)
                                            .arg(result.check, result.detail);
            }
        }
        for (const CorpusTests::Outcome &result : results) {
            const QString bug = CorpusTests::knownBug(row.path, result.check);
            if (!bug.isEmpty()) {
                QEXPECT_FAIL("", qPrintable(bug), Continue);
            }
            QVERIFY2(result.ok, qPrintable(QStringLiteral("%1: %2").arg(result.check, result.detail)));
        }
    }

    // CVE-2022-44268: a vulnerable converter copies the file named by the PNG's tEXt "profile" into its
    // output. Neither rendition, nor anything Folio stored about the item, may hold a line of /etc/passwd.
    void cveRenditionsHoldNoLocalFile()
    {
        const QString path = QStringLiteral("bad/imagemagick_CVE-2022-44268.png");
        const QString id = itemId(path);
        QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("%1 was not stored").arg(path)));
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        QList<QByteArray> lines;
        for (const QByteArray &line : passwd.readAll().split('\n')) {
            if (line.trimmed().size() >= 8) {
                lines.append(line.trimmed());
            }
        }
        QVERIFY(!lines.isEmpty());
        for (const QString &name : { QStringLiteral("thumb"), QStringLiteral("preview") }) {
            const QString target = m_dir.filePath(QStringLiteral("cve-%1").arg(name));
            const auto exported = folioctl({ QStringLiteral("rendition"), id, name, target });
            QVERIFY2(exported.exitCode == 0, describe(exported).constData());
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.isEmpty(), qPrintable(name));
            for (const QByteArray &line : std::as_const(lines)) {
                QVERIFY2(!bytes.contains(line),
                    qPrintable(
                        QStringLiteral("the %1 holds the /etc/passwd line %2").arg(name, QString::fromUtf8(line))));
            }
        }
        const QByteArray shown = folioctl({ QStringLiteral("show"), id, QStringLiteral("--json") }).out.toUtf8();
        QVERIFY(shown.contains(id.toUtf8()));
        for (const QByteArray &line : std::as_const(lines)) {
            QVERIFY2(!shown.contains(line),
                qPrintable(
                    QStringLiteral("the item's metadata holds the /etc/passwd line %1").arg(QString::fromUtf8(line))));
        }
    }

    // 64250 × 64250 declared in 4.8 KB: refused at the 100-megapixel limit before any pixel is decoded.
    void pixelFloodStopsAtTheLimit()
    {
        const QString path = QStringLiteral("bad/lottapixel.jpg");
        const QJsonObject item = m_items.value(path);
        QVERIFY2(!item.isEmpty(), qPrintable(QStringLiteral("%1 was not stored").arg(path)));
        QVERIFY(item.value(QStringLiteral("renditions")).toArray().isEmpty());
        const QStringList warnings = item.value(QStringLiteral("extraction"))
                                         .toObject()
                                         .value(QStringLiteral("warnings"))
                                         .toVariant()
                                         .toStringList();
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                     [](const QString &w) {
                         return w.contains(QLatin1String("limit")) && w.contains(QLatin1String("100 megapixels"));
                     }),
            qPrintable(warnings.join(QStringLiteral(" | "))));
        const QString target = m_dir.filePath(QStringLiteral("lottapixel-thumb"));
        const auto exported = folioctl({ QStringLiteral("rendition"), itemId(path), QStringLiteral("thumb"), target });
        QCOMPARE(exported.exitCode, 1);
        QVERIFY(exported.err.contains(QLatin1String("no thumb rendition")));
        QVERIFY(!QFileInfo::exists(target));
    }

    // The AES zip's members wait for `folioctl unlock`: a wrong password stores nothing and says why, the
    // right one (MANIFEST.tsv) stores both members beside the archive.
    void encryptedZipUnlocksWithItsPassword()
    {
        const QString id = itemId(QStringLiteral("archives/zip-aes-256.zip"));
        QVERIFY(!id.isEmpty());
        auto members = [&] {
            const auto shown = folioctl({ QStringLiteral("show"), id, QStringLiteral("--json") });
            return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("item")).toObject();
        };
        const QStringList unlock { QStringLiteral("--library"), m_library, QStringLiteral("unlock"), id };
        const QString program = Test::program(QStringLiteral("folioctl"));
        const auto wrong = Test::run(program, unlock, m_env, 60000, "not the password\n");
        QVERIFY2(wrong.exitCode == 1, describe(wrong).constData());
        QVERIFY2(wrong.err.contains(QLatin1String("decrypted")), qPrintable(wrong.err));
        QVERIFY(members().value(QStringLiteral("members")).toArray().isEmpty());
        QVERIFY(members().value(QStringLiteral("extraction")).toObject().value(QStringLiteral("protected")).toBool());

        const auto right = Test::run(program, unlock, m_env, 60000, "password\n");
        QVERIFY2(right.exitCode == 0, describe(right).constData());
        QVERIFY2(right.out.contains(QLatin1String("2 member")), qPrintable(right.out));
        const QJsonObject item = members();
        QCOMPARE(item.value(QStringLiteral("members")).toArray().size(), 2);
        QVERIFY(!item.value(QStringLiteral("extraction")).toObject().value(QStringLiteral("protected")).toBool());
        for (const QJsonValue &member : item.value(QStringLiteral("members")).toArray()) {
            QCOMPARE(member.toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("/zip-aes-256.zip"));
        }
    }

    // `folioctl ocr`: a language that is not installed fails naming it and changes nothing; the item is read
    // again (every page, as a scan) and `show` says which pages OCR read.
    void ocrReadsAnItemAgain()
    {
        const QString id = itemId(QStringLiteral("pdf/c02-22.pdf"));
        QVERIFY(!id.isEmpty());
        const auto missing = folioctl({ QStringLiteral("ocr"), id, QStringLiteral("--lang"), QStringLiteral("zzz") });
        QVERIFY2(missing.exitCode == 1, describe(missing).constData());
        QVERIFY2(missing.err.contains(QLatin1String("\"zzz\"")) && missing.err.contains(QLatin1String("c02-22")),
            qPrintable(missing.err));

        const auto read = folioctl({ QStringLiteral("ocr"), id, QStringLiteral("--json") });
        QVERIFY2(read.exitCode == 0, describe(read).constData());
        const QJsonObject report = QJsonDocument::fromJson(read.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("pages")).toArray(), QJsonArray { 1 });
        QCOMPARE(report.value(QStringLiteral("languages")).toString(), QStringLiteral("eng"));
        QVERIFY2(report.value(QStringLiteral("confidence")).toInt() >= 60, qPrintable(read.out));
        QVERIFY2(report.value(QStringLiteral("warnings")).toArray().isEmpty(), qPrintable(read.out));

        const auto shown = folioctl({ QStringLiteral("show"), id, QStringLiteral("--text") });
        QVERIFY2(shown.exitCode == 0, describe(shown).constData());
        QVERIFY2(shown.out.contains(QLatin1String("read by OCR:")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("--- page 1 (read by OCR) ---")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("Watson")), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(QLatin1String("zzz")), qPrintable(shown.out)); // the failure's warning went
    }

    // zip-slip, absolute names, symbolic links: nothing appeared beside the library or where the names point.
    void archivesWroteNothingOutsideTheLibrary()
    {
        QVERIFY2(m_besideLibrary.isEmpty(), qPrintable(m_besideLibrary.join(QStringLiteral(", "))));
        for (auto it = m_escapeTargets.cbegin(); it != m_escapeTargets.cend(); ++it) {
            QVERIFY2(QFileInfo::exists(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    // testtar.tar's device nodes and FIFO were not made (the ingest did not block on the FIFO either: it
    // ended), and the zip bomb's 5.46 GB stopped at the expansion limit: the library holds about what the
    // corpus and the archives' real members weigh.
    void libraryHoldsOnlyFilesAndFoldersOfSaneSize()
    {
        qint64 bytes = 0;
        QStringList special;
        QDirIterator it(m_library, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat info = {};
            if (::lstat(QFile::encodeName(path).constData(), &info) != 0
                || !(S_ISREG(info.st_mode) || S_ISDIR(info.st_mode))) {
                special.append(path);
            } else if (S_ISREG(info.st_mode)) {
                bytes += info.st_size;
            }
        }
        QVERIFY2(special.isEmpty(), qPrintable(special.join(QStringLiteral(", "))));
        qInfo("the library holds %.1f MiB", double(bytes) / (1 << 20));
        QVERIFY2(bytes < qint64(1) << 30, qPrintable(QString::number(bytes)));
    }

    void libraryVerifiesAfterwards()
    {
        const auto verified = folioctl({ QStringLiteral("verify"), QStringLiteral("--json") });
        QVERIFY2(verified.exitCode == 0, describe(verified).constData());
        const QJsonObject report = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QVERIFY2(report.value(QStringLiteral("ok")).toBool(), qPrintable(verified.out));
        QVERIFY(report.value(QStringLiteral("problems")).toArray().isEmpty());
    }
};

FOLIO_TEST(TestCorpus, "corpus")
#include "tst_corpus.moc"
