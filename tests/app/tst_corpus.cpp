// SPDX-License-Identifier: GPL-3.0-or-later
// The whole shared corpus through `folioctl ingest`, as a user runs it, checked row by row against
// tests/data/corpus-expectations.tsv (whose header comment documents the columns and the little check
// language). The corpus's data files are every file under one of its subfolders; README.md and
// MANIFEST.tsv at its root describe the corpus and are not data. Every data file has exactly one row.
// Beside the table: the CVE-2022-44268 PNG's renditions hold no line of /etc/passwd, the pixel flood stops
// at the pixel limit, and `folioctl verify` passes on the library afterwards.

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
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Folio;

namespace CorpusTests {

const QString tableFile = QStringLiteral("tests/data/corpus-expectations.tsv");
const QStringList columns = { QStringLiteral("path"), QStringLiteral("kind"), QStringLiteral("type"),
    QStringLiteral("renditions"), QStringLiteral("expect"), QStringLiteral("note") };
constexpr int ingestTimeoutMs = 300000; // 80 files take seconds; the margin is for a loaded machine
constexpr int thumbEdge = 320;
constexpr int previewEdge = 1600;

struct Row
{
    int line = 0;
    QString path;
    QString kind;
    QString type;
    QString renditions;
    QStringList checks;
};

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

// The rows of the table, or an error naming the line.
QList<Row> readTable(const QString &file, QString &error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return {};
    }
    QList<Row> rows;
    bool header = true;
    int number = 0;
    for (const QString &line : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'))) {
        ++number;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header) {
            if (cells != columns) {
                error = QStringLiteral("%1:%2: the header is not %3")
                            .arg(file)
                            .arg(number)
                            .arg(columns.join(QLatin1Char(' ')));
                return {};
            }
            header = false;
            continue;
        }
        if (cells.size() != columns.size()) {
            error = QStringLiteral("%1:%2: %3 columns instead of %4")
                        .arg(file)
                        .arg(number)
                        .arg(cells.size())
                        .arg(columns.size());
            return {};
        }
        Row row { number, cells.at(0), cells.at(1), cells.at(2), cells.at(3), {} };
        if (cells.at(4) != QLatin1String("-")) {
            for (const QString &check : cells.at(4).split(QLatin1Char(';'))) {
                if (!check.trimmed().isEmpty()) {
                    row.checks.append(check.trimmed());
                }
            }
        }
        rows.append(row);
    }
    if (header) {
        error = QStringLiteral("%1 has no header line").arg(file);
    }
    return rows;
}

// Every data file of the corpus, relative to it: the files under its subfolders, at any depth.
QStringList dataFiles(const QString &corpus)
{
    QStringList files;
    const QDir root(corpus);
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        QDirIterator it(root.filePath(folder), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(root.relativeFilePath(it.next()));
        }
    }
    files.sort();
    return files;
}

// A metadata value as the table writes it: numbers as written, lists joined by ", ".
QString text(const QJsonValue &value)
{
    return value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", ")) : value.toVariant().toString();
}

QString sizeText(const QJsonObject &rendition)
{
    return QStringLiteral("%1x%2")
        .arg(rendition.value(QStringLiteral("width")).toInt())
        .arg(rendition.value(QStringLiteral("height")).toInt());
}

struct Outcome
{
    QString check;
    bool ok = false;
    QString detail; // what was found, for the failure message
};

// One check of the expect column on ITEM (folioctl show's "item" object) and its RENDITIONS by name.
Outcome evaluate(const QString &check, const QJsonObject &item, const QHash<QString, QJsonObject> &renditions)
{
    const QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
    const QJsonObject extraction = item.value(QStringLiteral("extraction")).toObject();
    if (check.startsWith(QLatin1String("field:"))) {
        const QString rest = check.mid(6);
        const qsizetype at = rest.indexOf(QRegularExpression(QStringLiteral("[=~∋≈]")));
        if (at <= 0) {
            return { check, false, QStringLiteral("not a field check (field:KEY=VALUE, ~, ∋ or ≈)") };
        }
        const QString key = rest.left(at);
        const QChar op = rest.at(at);
        const QString expected = rest.mid(at + 1);
        const QJsonValue value = metadata.value(key);
        const QString found = value.isUndefined() ? QStringLiteral("no %1 field").arg(key)
                                                  : QStringLiteral("%1 is \"%2\"").arg(key, text(value));
        if (value.isUndefined()) {
            return { check, false, found };
        }
        if (op == QLatin1Char('=')) {
            return { check, text(value) == expected, found };
        }
        if (op == QLatin1Char('~')) {
            return { check, text(value).contains(expected), found };
        }
        if (op == QChar(0x220B)) { // ∋
            return { check, value.isArray() && value.toVariant().toStringList().contains(expected), found };
        }
        bool number = false;
        const double wanted = expected.toDouble(&number);
        return { check, number && value.isDouble() && std::abs(value.toDouble() - wanted) <= 0.001, found };
    }
    if (check.startsWith(QLatin1String("title="))) {
        const QString title = item.value(QStringLiteral("title")).toString();
        return { check, title == check.mid(6), QStringLiteral("the title is \"%1\"").arg(title) };
    }
    if (check.startsWith(QLatin1String("pages="))) {
        const int pages = extraction.value(QStringLiteral("pages")).toInt();
        return { check, QString::number(pages) == check.mid(6), QStringLiteral("pages is %1").arg(pages) };
    }
    for (const QString &name : { QStringLiteral("thumb"), QStringLiteral("preview") }) {
        if (check.startsWith(name + QLatin1Char('='))) {
            if (!renditions.contains(name)) {
                return { check, false, QStringLiteral("no %1 rendition").arg(name) };
            }
            const QString size = sizeText(renditions.value(name));
            return { check, size == check.mid(name.size() + 1), QStringLiteral("the %1 is %2").arg(name, size) };
        }
    }
    if (check == QLatin1String("alpha")) {
        QStringList types;
        for (const QJsonObject &rendition : renditions) {
            types.append(rendition.value(QStringLiteral("mime_type")).toString());
        }
        const bool ok = !types.isEmpty() && std::all_of(types.cbegin(), types.cend(), [](const QString &type) {
            return type == QLatin1String("image/png") || type == QLatin1String("image/webp");
        });
        return { check, ok, QStringLiteral("renditions are %1").arg(types.join(QStringLiteral(", "))) };
    }
    if (check == QLatin1String("mismatch")) {
        return { check, extraction.value(QStringLiteral("extension_mismatch")).toBool(),
            QStringLiteral("name and content agree") };
    }
    if (check.startsWith(QLatin1String("warning~"))) {
        const QStringList warnings = extraction.value(QStringLiteral("warnings")).toVariant().toStringList();
        const bool ok = std::any_of(
            warnings.cbegin(), warnings.cend(), [&](const QString &w) { return w.contains(check.mid(8)); });
        return { check, ok, QStringLiteral("warnings: %1").arg(warnings.join(QStringLiteral(" | "))) };
    }
    return { check, false, QStringLiteral("unknown check (see the header of %1)").arg(tableFile) };
}

// Everything a row asserts about the ingest's OUTCOME for its file and the ITEM stored.
QList<Outcome> evaluateRow(const Row &row, const QJsonObject &outcome, const QJsonObject &item)
{
    QList<Outcome> results;
    const QString result = outcome.value(QStringLiteral("result")).toString();
    const QString reason = outcome.value(QStringLiteral("reason")).toString();
    const auto refused = std::find_if(row.checks.cbegin(), row.checks.cend(),
        [](const QString &check) { return check.startsWith(QLatin1String("refused~")); });
    if (refused != row.checks.cend()) {
        results.append({ *refused, result == QLatin1String("failed") && reason.contains(refused->mid(8)),
            QStringLiteral("ingest said %1 (%2)").arg(result, reason) });
        return results; // nothing stored, nothing else to check
    }
    results.append({ QStringLiteral("stored"), result == QLatin1String("imported") && !item.isEmpty(),
        QStringLiteral("ingest said %1 (%2)").arg(result, reason) });
    if (item.isEmpty()) {
        return results;
    }
    const QJsonObject extraction = item.value(QStringLiteral("extraction")).toObject();
    const QString kind = item.value(QStringLiteral("kind")).toString();
    const QString type = extraction.value(QStringLiteral("detected_type")).toString();
    results.append({ QStringLiteral("kind"), kind == row.kind, QStringLiteral("kind is %1").arg(kind) });
    results.append({ QStringLiteral("type"), type == row.type, QStringLiteral("detected type is %1").arg(type) });
    const QString state = extraction.value(QStringLiteral("state")).toString();
    results.append({ QStringLiteral("extracted"), state == QLatin1String("done"),
        QStringLiteral("extraction is %1: %2").arg(state, extraction.value(QStringLiteral("error")).toString()) });

    QHash<QString, QJsonObject> renditions;
    for (const QJsonValue &value : item.value(QStringLiteral("renditions")).toArray()) {
        renditions.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    }
    QStringList names = renditions.keys();
    names.sort();
    const QString present = names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char('+'));
    QStringList wanted = row.renditions == QLatin1String("none") ? QStringList() : row.renditions.split(QLatin1Char('+'));
    wanted.sort();
    results.append({ QStringLiteral("renditions"), names == wanted,
        QStringLiteral("renditions: %1").arg(present) });
    if (renditions.contains(QStringLiteral("thumb")) && renditions.contains(QStringLiteral("preview"))) {
        const QJsonObject thumb = renditions.value(QStringLiteral("thumb"));
        const QJsonObject preview = renditions.value(QStringLiteral("preview"));
        auto edge = [](const QJsonObject &r) {
            return std::max(r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt());
        };
        auto fits = [](const QJsonObject &r, int limit) {
            const int w = r.value(QStringLiteral("width")).toInt();
            const int h = r.value(QStringLiteral("height")).toInt();
            return w > 0 && h > 0 && std::max(w, h) <= limit && r.value(QStringLiteral("size")).toDouble() > 0
                && r.value(QStringLiteral("mime_type")).toString().startsWith(QLatin1String("image/"));
        };
        results.append({ QStringLiteral("thumb<=320"), fits(thumb, thumbEdge) && edge(thumb) <= edge(preview),
            QStringLiteral("thumb %1, preview %2").arg(sizeText(thumb), sizeText(preview)) });
        results.append({ QStringLiteral("preview<=1600"), fits(preview, previewEdge),
            QStringLiteral("preview %1").arg(sizeText(preview)) });
    }

    const bool mismatch = extraction.value(QStringLiteral("extension_mismatch")).toBool();
    if (!row.checks.contains(QStringLiteral("mismatch"))) {
        results.append({ QStringLiteral("mismatch"), !mismatch, QStringLiteral("name and content disagree") });
    }
    for (const QString &check : row.checks) {
        results.append(evaluate(check, item, renditions));
    }
    // A warning the row does not announce is a finding: either a regression or a row to update.
    QStringList unannounced;
    for (const QString &warning : extraction.value(QStringLiteral("warnings")).toVariant().toStringList()) {
        const bool announced = std::any_of(row.checks.cbegin(), row.checks.cend(), [&](const QString &check) {
            return check.startsWith(QLatin1String("warning~")) && warning.contains(check.mid(8));
        });
        if (!announced) {
            unannounced.append(warning);
        }
    }
    results.append({ QStringLiteral("warnings"), unannounced.isEmpty(),
        QStringLiteral("unannounced warnings: %1").arg(unannounced.join(QStringLiteral(" | "))) });
    return results;
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

        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QString path = corpus.relativeFilePath(file.value(QStringLiteral("source")).toString());
            QVERIFY2(!m_outcomes.contains(path), qPrintable(QStringLiteral("ingest reported %1 twice").arg(path)));
            m_outcomes.insert(path, file);
            const QString id = file.value(QStringLiteral("item")).toString();
            if (file.value(QStringLiteral("result")).toString() == QLatin1String("imported") && !id.isEmpty()) {
                const auto shown = folioctl({ QStringLiteral("show"), id, QStringLiteral("--json") });
                QVERIFY2(shown.exitCode == 0, describe(shown).constData());
                m_items.insert(path,
                    QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("item")).toObject());
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
