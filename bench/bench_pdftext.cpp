// SPDX-License-Identifier: GPL-3.0-or-later
// The text of every PDF in the corpus' pdf folder ($FOLIO_CORPUS/pdf, else the configured FOLIO_CORPUS_DIR)
// with Folio's PdfExtractor::extract, beside `pdftotext FILE -` (poppler-utils) on the same files in the same
// run (issue 5). Target: Folio within 1.2 times pdftotext's time.
//
// What is timed on Folio's side is PdfExtractor::extract without renditions (see TextOnly below; the whole
// extraction with FOLIO_BENCH_PDF_WITH_RENDITIONS=1): besides the text it reads the Info dictionary, XMP,
// outline, attachments, each page's form fields, links and actions, and scans for /JavaScript; pdftotext
// does only the text. Both run the same Poppler (Folio through its
// Qt 6 interface, whose Page::text() runs the same TextOutputDev), so what differs is mostly that other work.
//
// Times: wall-clock time, and CPU time (Folio's process while it extracts; pdftotext's as its parent sees it
// once it has waited for it). The target is judged on CPU time, since on a shared machine the wall clock also
// measures what else runs, and not evenly: Folio's libvips hands the renditions to a worker thread in many
// small steps (about 130 context switches per PDF), and each waits for a free core on a busy machine.
//
// Fairness: pdftotext is one process per file, so its time includes starting the process and loading Poppler
// (about 6 ms), which Folio (a library call in a running process) pays once, before timing. On the 117-page
// GeoTopo-komprimiert.pdf that is a few milliseconds of several hundred, so that file is the fair figure; the
// total over all PDFs weighs the small files, where the start-up counts against pdftotext and the renditions
// of page 1 (some 50 ms) against Folio. Both sides run on one core (Folio's libvips on one thread at a time);
// each round alternates which side goes first, and a round before timing fills the page cache for both. The
// encrypted PDF is opened with its user password, read from the corpus' MANIFEST.tsv, on both sides. The word
// counts of both texts are printed, so that a figure is known to compare the same text: they must agree
// within 10% per file.
// Prints bench/run's lines: figure TAB folio-value TAB peer-value TAB unit TAB peer.

#include "ingest/extractors/pdfextractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using Folio::PdfExtractor;

namespace {

constexpr int DefaultRounds = 5; // FOLIO_BENCH_ROUNDS overrides
constexpr double WordTolerance = 0.10;
const QString LargeFile = QStringLiteral("GeoTopo-komprimiert.pdf");

// One extraction by either side.
struct Sample
{
    bool ok = false;
    double wallMs = 0;
    double cpuMs = 0;
    qint64 words = 0;
    int pages = 0; // Folio's side only
};

struct Times
{
    std::vector<double> wallMs; // one per round
    std::vector<double> cpuMs;

    void add(const Sample &sample)
    {
        wallMs.push_back(sample.wallMs);
        cpuMs.push_back(sample.cpuMs);
    }
};

struct Pdf
{
    QString name;
    QString path;
    QString password;
    Sample folioFirst; // the untimed round's, which the later rounds must repeat
    Sample peerFirst;
    Times folio;
    Times peer;
};

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[values.size() / 2];
}

double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// User and system time of the children this process has waited for.
double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

qint64 wordCount(const QString &text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        words += (!space && !inWord) ? 1 : 0;
        inWord = !space;
    }
    return words;
}

// User passwords of the corpus' encrypted PDFs, from the MANIFEST's notes ("user password 'openpassword'").
QHash<QString, QString> corpusPasswords(const QDir &corpus)
{
    QHash<QString, QString> passwords;
    QFile manifest(corpus.filePath(QStringLiteral("MANIFEST.tsv")));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return passwords;
    }
    static const QRegularExpression userPassword(QStringLiteral("user password '([^']*)'"));
    while (!manifest.atEnd()) {
        const QStringList columns = QString::fromUtf8(manifest.readLine()).split(QLatin1Char('\t'));
        const QRegularExpressionMatch match = userPassword.match(columns.constLast());
        if (columns.size() > 1 && match.hasMatch()) {
            passwords.insert(QFileInfo(columns.constFirst()).fileName(), match.captured(1));
        }
    }
    return passwords;
}

// By default PdfExtractor runs without page-1 renditions (PdfLimits::renderEdge = 0): the part of ingest
// that does what pdftotext does. FOLIO_BENCH_PDF_WITH_RENDITIONS=1 times the whole extraction as ingest
// runs it (thumb and preview of page 1 included).
const bool TextOnly = qEnvironmentVariableIntValue("FOLIO_BENCH_PDF_WITH_RENDITIONS") != 1;

// One PdfExtractor::extract of PDF.
Sample folioSample(const Pdf &pdf)
{
    Sample sample;
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    Folio::PdfLimits limits;
    if (TextOnly) {
        limits.renderEdge = 0;
    }
    const auto extraction = Folio::PdfExtractor::extract(pdf.path, pdf.password, limits);
    sample.wallMs = double(timer.nsecsElapsed()) / 1e6;
    sample.cpuMs = processCpuMs() - cpuBefore;
    if (!extraction) {
        std::fprintf(stderr, "bench_pdftext: Folio could not read %s: %s\n", qPrintable(pdf.name),
            qPrintable(extraction.error().message()));
        return sample;
    }
    sample.pages = extraction->fields.value(QStringLiteral("pages")).toInt();
    for (const QString &page : extraction->pageTexts) {
        sample.words += wordCount(page);
    }
    sample.ok = true;
    return sample;
}

// One `pdftotext FILE -` process.
Sample pdftotextSample(const Pdf &pdf)
{
    Sample sample;
    QStringList arguments;
    if (!pdf.password.isEmpty()) {
        arguments << QStringLiteral("-upw") << pdf.password;
    }
    arguments << pdf.path << QStringLiteral("-");
    QProcess pdftotext;
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    pdftotext.start(QStringLiteral("pdftotext"), arguments);
    // Read as it comes: a full pipe would stall pdftotext and time the wait.
    QByteArray output;
    while (pdftotext.waitForReadyRead(-1)) {
        output += pdftotext.readAllStandardOutput();
    }
    pdftotext.waitForFinished(-1);
    output += pdftotext.readAllStandardOutput();
    sample.wallMs = double(timer.nsecsElapsed()) / 1e6;
    sample.cpuMs = childrenCpuMs() - cpuBefore; // QProcess has reaped it by now
    if (pdftotext.exitStatus() != QProcess::NormalExit || pdftotext.exitCode() != 0) {
        std::fprintf(stderr, "bench_pdftext: pdftotext failed on %s: %s\n", qPrintable(pdf.name),
            pdftotext.readAllStandardError().trimmed().constData());
        return sample;
    }
    sample.words = wordCount(QString::fromUtf8(output));
    sample.ok = true;
    return sample;
}

bool wordsAgree(qint64 folio, qint64 peer)
{
    return double(std::abs(folio - peer)) <= WordTolerance * double(std::max(folio, peer));
}

void print(const QByteArray &figure, double folio, double peer, const char *unit, const char *peerName)
{
    std::printf("%s\t%.1f\t%.1f\t%s\t%s\n", figure.constData(), folio, peer, unit, peerName);
}

// The lines of one figure: wall time, CPU time, and Folio's CPU time over pdftotext's, the target's measure.
void printTimes(
    const QByteArray &figure, const QByteArray &what, const Times &folio, const Times &peer, const char *peerName)
{
    print(figure + ", " + what + ", wall (ms)", median(folio.wallMs), median(peer.wallMs), "ms (lower is better)",
        peerName);
    const double folioCpu = median(folio.cpuMs);
    const double peerCpu = median(peer.cpuMs);
    print(figure + ", " + what + ", CPU (ms)", folioCpu, peerCpu, "ms (lower is better)", peerName);
    std::printf("%s: Folio / pdftotext CPU time (x)\t%.2f\t-\tx (lower is better; target 1.2)\t%s\n",
        figure.constData(), folioCpu / peerCpu, peerName);
}

} // namespace

int main()
{
    QString corpusPath = qEnvironmentVariable("FOLIO_CORPUS");
    if (corpusPath.isEmpty()) {
        corpusPath = QStringLiteral(FOLIO_CORPUS_DIR);
    }
    bool ok = false;
    int rounds = qEnvironmentVariableIntValue("FOLIO_BENCH_ROUNDS", &ok);
    rounds = ok && rounds > 0 ? rounds : DefaultRounds;
    const QDir corpus(corpusPath);
    const QDir folder(corpus.filePath(QStringLiteral("pdf")));
    const QHash<QString, QString> passwords = corpusPasswords(corpus);

    // The untimed round: fills the page cache, starts Poppler's, fontconfig's and libvips' globals in this
    // process, and drops the files either side cannot read (for both, so the totals cover the same files).
    std::vector<Pdf> pdfs;
    for (const QString &name : folder.entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name)) {
        Pdf pdf { name, folder.filePath(name), passwords.value(name), {}, {}, {}, {} };
        pdf.folioFirst = folioSample(pdf);
        pdf.peerFirst = pdftotextSample(pdf);
        if (!pdf.folioFirst.ok || !pdf.peerFirst.ok) {
            std::fprintf(stderr, "bench_pdftext: %s left out on both sides\n", qPrintable(name));
            continue;
        }
        pdfs.push_back(pdf);
    }
    const auto large = std::ranges::find(pdfs, LargeFile, &Pdf::name);
    if (pdfs.empty() || large == pdfs.end()) {
        std::fprintf(stderr, "bench_pdftext: no readable PDFs, or no %s, in %s\n", qPrintable(LargeFile),
            qPrintable(folder.path()));
        return 1;
    }

    Times folioTotals;
    Times peerTotals;
    for (int round = 0; round < rounds; ++round) {
        Sample folioTotal;
        Sample peerTotal;
        for (Pdf &pdf : pdfs) {
            Sample folio;
            Sample peer;
            if (round % 2 == 0) {
                folio = folioSample(pdf);
                peer = pdftotextSample(pdf);
            } else {
                peer = pdftotextSample(pdf);
                folio = folioSample(pdf);
            }
            if (!folio.ok || !peer.ok || folio.words != pdf.folioFirst.words || peer.words != pdf.peerFirst.words) {
                std::fprintf(
                    stderr, "bench_pdftext: %s gave a different result in round %d\n", qPrintable(pdf.name), round + 1);
                return 1;
            }
            pdf.folio.add(folio);
            pdf.peer.add(peer);
            folioTotal.wallMs += folio.wallMs;
            folioTotal.cpuMs += folio.cpuMs;
            peerTotal.wallMs += peer.wallMs;
            peerTotal.cpuMs += peer.cpuMs;
        }
        folioTotals.add(folioTotal);
        peerTotals.add(peerTotal);
    }

    qint64 folioWords = 0;
    qint64 peerWords = 0;
    int disagreeing = 0;
    for (const Pdf &pdf : pdfs) {
        const bool agree = wordsAgree(pdf.folioFirst.words, pdf.peerFirst.words);
        disagreeing += agree ? 0 : 1;
        folioWords += pdf.folioFirst.words;
        peerWords += pdf.peerFirst.words;
        std::fprintf(stderr,
            "bench_pdftext: %-32s words %6lld / %6lld %-6s  median wall %7.1f / %7.1f ms, CPU %7.1f / %7.1f ms "
            "(Folio / pdftotext)\n",
            qPrintable(pdf.name), qlonglong(pdf.folioFirst.words), qlonglong(pdf.peerFirst.words),
            agree ? "agree" : "DIFFER", median(pdf.folio.wallMs), median(pdf.peer.wallMs), median(pdf.folio.cpuMs),
            median(pdf.peer.cpuMs));
    }
    if (disagreeing > 0) {
        std::fprintf(stderr,
            "bench_pdftext: the word counts of %d PDF(s) differ by more than %.0f%%: their times do not compare "
            "the same text\n",
            disagreeing, WordTolerance * 100);
    }

    const QByteArray n = QByteArray::number(qsizetype(pdfs.size()));
    const QByteArray what = rounds > 1 ? "median of " + QByteArray::number(rounds) : QByteArrayLiteral("1 round");
    const QByteArray largeFigure
        = "PDF text of " + LargeFile.toUtf8() + " (" + QByteArray::number(large->folioFirst.pages) + " pages)"
        + (TextOnly ? " (no renditions)" : "");
    const QByteArray allFigure = "PDF text of all " + n + " corpus PDFs" + (TextOnly ? " (no renditions)" : "");
    const char *peerName = "pdftotext FILE -";
    const char *peerNameAll = "pdftotext FILE -, one process per file";
    printTimes(largeFigure, what, large->folio, large->peer, peerName);
    printTimes(allFigure, what, folioTotals, peerTotals, peerNameAll);
    std::printf("%s (words)\t%lld\t%lld\twords (%s within 10%%)\t%s\n", largeFigure.constData(),
        qlonglong(large->folioFirst.words), qlonglong(large->peerFirst.words),
        wordsAgree(large->folioFirst.words, large->peerFirst.words) ? "agree" : "DIFFER", peerName);
    std::printf("%s (words)\t%lld\t%lld\twords (%d of %s files agree within 10%%)\t%s\n", allFigure.constData(),
        qlonglong(folioWords), qlonglong(peerWords), int(pdfs.size()) - disagreeing, n.constData(), peerNameAll);
    return 0;
}
