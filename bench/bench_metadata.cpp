// SPDX-License-Identifier: GPL-3.0-or-later
// Metadata extraction of every file in the corpus' images folder ($FOLIO_CORPUS/images, else the
// configured FOLIO_CORPUS_DIR) with ExivReader::read, beside `exiftool -json` on the same files in the
// same run. Target: Folio at least 5 times faster per file.
//
// Fairness: exiftool is a Perl program, so one invocation's time includes starting Perl and loading its
// modules, which Folio (a library call in a running process) does not pay per file. Two peer figures are
// therefore printed: one exiftool process over the files once (what a user running exiftool sees), and
// one process over the files listed 10 times, so that the start-up is spread over 10 times the files and
// the figure approaches exiftool's own per-file cost. The speed-up target is judged on the second. Both
// sides read every tag of every file and run on one core; each side reads the files once before timing,
// so the page cache holds them for both. exiftool prints converted values of all tags as JSON, as Folio
// turns every tag into text and maps the unified fields.
// Prints bench/run's lines: figure TAB folio-value TAB peer-value TAB unit TAB peer.

#include "ingest/extractors/exivreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using Folio::ExivReader;

namespace {

constexpr qint64 FolioBudgetNs = 2'000'000'000; // repeat the reads until 2 s have passed
constexpr int ExiftoolRuns = 5;
constexpr int AmortisedRepeats = 10;

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[values.size() / 2];
}

// One pass of ExivReader::read over FILES; returns how many were read without an error.
int readAll(const QStringList &files)
{
    int read = 0;
    for (const QString &file : files) {
        if (ExivReader::read(file)) {
            ++read;
        }
    }
    return read;
}

// Seconds one `exiftool -json` process takes over FILES listed REPEATS times, or a negative number when
// it did not run or printed fewer records than files.
double exiftoolSeconds(const QStringList &files, int repeats)
{
    QStringList arguments { QStringLiteral("-json") };
    for (int i = 0; i < repeats; ++i) {
        arguments += files;
    }
    QProcess exiftool;
    QElapsedTimer timer;
    timer.start();
    exiftool.start(QStringLiteral("exiftool"), arguments);
    // Read as it comes: a full pipe would stall exiftool and time the wait.
    QByteArray output;
    while (exiftool.waitForReadyRead(-1)) {
        output += exiftool.readAllStandardOutput();
    }
    exiftool.waitForFinished(-1);
    output += exiftool.readAllStandardOutput();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // exiftool exits with 1 when some file could not be read, and still prints the others.
    if (exiftool.exitStatus() != QProcess::NormalExit || exiftool.exitCode() > 1) {
        std::fprintf(stderr, "bench_metadata: exiftool failed: %s\n", exiftool.readAllStandardError().constData());
        return -1;
    }
    const qsizetype records = QJsonDocument::fromJson(output).array().size();
    if (records != files.size() * repeats) {
        std::fprintf(stderr, "bench_metadata: exiftool printed %lld records for %lld files\n", qlonglong(records),
            qlonglong(files.size() * repeats));
        return -1;
    }
    return seconds;
}

void print(const QByteArray &figure, double folio, double peer, const char *unit, const QByteArray &peerName)
{
    std::printf("%s\t%.3f\t%.3f\t%s\t%s\n", figure.constData(), folio, peer, unit, peerName.constData());
}

} // namespace

int main()
{
    QString corpus = qEnvironmentVariable("FOLIO_CORPUS");
    if (corpus.isEmpty()) {
        corpus = QStringLiteral(FOLIO_CORPUS_DIR);
    }
    const QDir images(QDir(corpus).filePath(QStringLiteral("images")));
    QStringList files;
    for (const QString &name : images.entryList(QDir::Files, QDir::Name)) {
        files.append(images.filePath(name));
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_metadata: no files in %s\n", qPrintable(images.path()));
        return 1;
    }

    // The first pass starts Exiv2 (XMP toolkit, namespaces) and fills the page cache; it is not timed.
    const int readable = readAll(files);
    QElapsedTimer timer;
    timer.start();
    qint64 passes = 0;
    while (timer.nsecsElapsed() < FolioBudgetNs) {
        if (readAll(files) != readable) {
            std::fprintf(stderr, "bench_metadata: ExivReader::read gave different results on a later pass\n");
            return 1;
        }
        ++passes;
    }
    const double folioMs = double(timer.nsecsElapsed()) / 1e6 / double(passes * files.size());

    if (exiftoolSeconds(files, 1) < 0) { // warms exiftool's modules in the page cache
        return 1;
    }
    std::vector<double> once;
    std::vector<double> amortised;
    for (int run = 0; run < ExiftoolRuns; ++run) {
        const double single = exiftoolSeconds(files, 1);
        const double repeated = exiftoolSeconds(files, AmortisedRepeats);
        if (single < 0 || repeated < 0) {
            return 1;
        }
        once.push_back(single * 1e3 / double(files.size()));
        amortised.push_back(repeated * 1e3 / double(files.size() * AmortisedRepeats));
    }
    const double onceMs = median(once);
    const double amortisedMs = median(amortised);

    std::fprintf(stderr,
        "bench_metadata: %lld files (%d with metadata Exiv2 reads), %lld passes of ExivReader::read; exiftool "
        "median of %d\n",
        qlonglong(files.size()), readable, qlonglong(passes), ExiftoolRuns);
    const QByteArray n = QByteArray::number(files.size());
    const QByteArray repeats = QByteArray::number(AmortisedRepeats);
    print("metadata of " + n + " corpus images (ms/file)", folioMs, onceMs, "ms (lower is better)",
        "exiftool -json, one process over the " + n + " files");
    print("metadata of " + n + " corpus images, exiftool start-up amortised (ms/file)", folioMs, amortisedMs,
        "ms (lower is better)", "exiftool -json, one process over the files listed " + repeats + "x");
    std::printf("metadata: Folio's speed-up over exiftool (x)\t%.1f\t-\tx (higher is better; target 5)\texiftool "
                "-json, files listed %dx\n",
        amortisedMs / folioMs, AmortisedRepeats);
    return 0;
}
