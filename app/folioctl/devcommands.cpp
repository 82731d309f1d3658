// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl dev generate: developer tools. `generate` fills a library with a synthetic, realistic corpus for
// benchmarks and tests of search (issue 6).

#include "cli.h"

#include "library/library.h"
#include "library/librarygenerator.h"

#include <QElapsedTimer>

#include <csignal>

namespace Folio::Cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

QString minutesAndSeconds(qint64 seconds)
{
    return seconds >= 60 ? QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                         : QStringLiteral("%1 s").arg(seconds);
}

int generate(Context &cx)
{
    const QCommandLineOption items(
        QStringLiteral("items"), Context::tr("How many items to generate."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        Context::tr("The seed: the same seed, count and --now give the same items (default 1)."), QStringLiteral("s"),
        QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
        Context::tr("The end of the ten years of dates, as an ISO date or date-time in UTC "
                    "(default: the current time)."),
        QStringLiteral("iso-date"));
    const QCommandLineOption writeText(QStringLiteral("write-text"),
        Context::tr("Also write each item's text (title, description, keywords, body) "
                    "as DIR/<uuid>.txt, to compare with other search engines."),
        QStringLiteral("dir"));
    const QCommandLineOption blobPool(QStringLiteral("blob-pool"),
        Context::tr("How many distinct stored files the items share (default: one per 100 "
                    "items, at most 16384)."),
        QStringLiteral("n"));
    const QString description = Context::tr(
        "dev generate --items N: fill the library (made when missing) with N synthetic items — 60% assets, 40% "
        "documents with realistic metadata, dates over ten years and text — for benchmarks and tests of search.\n"
        "Each batch of 5,000 items is one transaction with the library's usual durability, so an interrupted run "
        "(Ctrl-C stops after the current batch) leaves a consistent library that passes `folioctl verify`. File "
        "contents are not generated: versions carry synthetic sizes and share a pool of small placeholder files, "
        "so exporting an original gives its placeholder and items sharing one count as duplicates.");
    if (!cx.parse(description, { items, seed, now, writeText, blobPool }, { QStringLiteral("generate") }, 1, 1)) {
        return Usage;
    }
    if (cx.positional().first() != QLatin1String("generate")) {
        return cx.usageError(Context::tr("dev takes generate; see folioctl dev --help."));
    }
    GenerateOptions options;
    bool ok = false;
    options.items = cx.parser().value(items).toLongLong(&ok);
    if (!cx.parser().isSet(items) || !ok || options.items < 0) {
        return cx.usageError(Context::tr("--items takes how many items to generate (0 or more)."));
    }
    options.seed = cx.parser().value(seed).toULongLong(&ok);
    if (!ok) {
        return cx.usageError(Context::tr("--seed takes a whole number, not \"%1\".").arg(cx.parser().value(seed)));
    }
    if (cx.parser().isSet(now)) {
        const QString text = cx.parser().value(now);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        options.now = date.isValid() && text.size() == 10 ? QDateTime(date, QTime(0, 0), Qt::UTC)
                                                          : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!options.now.isValid()) {
            return cx.usageError(Context::tr("--now takes an ISO date like 2026-06-01, not \"%1\".").arg(text));
        }
        if (options.now.timeSpec() == Qt::LocalTime) {
            options.now.setTimeSpec(Qt::UTC); // dates without an offset are UTC, as everywhere in Folio
        }
    }
    if (cx.parser().isSet(blobPool)) {
        options.blobPool = cx.parser().value(blobPool).toInt(&ok);
        if (!ok || options.blobPool < 1) {
            return cx.usageError(Context::tr("--blob-pool takes a number of files, 1 or more."));
        }
    }
    options.textFolder = cx.parser().value(writeText);

    auto library = Library::open(cx.libraryPath(), Library::OpenMode::CreateIfMissing);
    if (!library) {
        return cx.failWith(library.error());
    }
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    interrupted = 0;
    std::signal(SIGINT, [](int) { interrupted = 1; });
    auto report = LibraryGenerator(**library).generate(options, [&](qint64 done, qint64 total) {
        const qint64 elapsed = clock.elapsed();
        if (elapsed - lastReport >= 3000 && done < total) {
            lastReport = elapsed;
            const double rate = double(done) * 1000.0 / std::max<qint64>(1, elapsed);
            cx.err() << Context::tr("generated %1 of %2 items (%3 items/s, about %4 left)")
                            .arg(done)
                            .arg(total)
                            .arg(qRound64(rate))
                            .arg(minutesAndSeconds(qRound64(double(total - done) / rate)))
                     << '\n';
            cx.err().flush();
        }
        return interrupted == 0;
    });
    std::signal(SIGINT, SIG_DFL);
    if (!report) {
        return cx.failWith(report.error());
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double rate = seconds > 0 ? double(report->items) / seconds : 0;
    if (cx.json()) {
        cx.printJson(QStringLiteral("dev.generate"),
            { { QStringLiteral("library"), (*library)->path() },
                { QStringLiteral("seed"), QString::number(options.seed) }, { QStringLiteral("items"), report->items },
                { QStringLiteral("assets"), report->assets }, { QStringLiteral("documents"), report->documents },
                { QStringLiteral("blobs"), report->blobs }, { QStringLiteral("text_files"), report->textFiles },
                { QStringLiteral("seconds"), seconds }, { QStringLiteral("items_per_second"), qRound64(rate) },
                { QStringLiteral("cancelled"), report->cancelled } });
    } else {
        cx.out() << Context::tr("Generated %1 items (%2 assets, %3 documents) in %4 (%5 items/s) into %6%7")
                        .arg(report->items)
                        .arg(report->assets)
                        .arg(report->documents)
                        .arg(minutesAndSeconds(qRound64(seconds)))
                        .arg(qRound64(rate))
                        .arg((*library)->path(), report->cancelled ? Context::tr(" (cancelled)") : QString())
                 << '\n';
        if (report->textFiles > 0) {
            cx.out() << Context::tr("Wrote %1 text files into %2").arg(report->textFiles).arg(options.textFolder)
                     << '\n';
        }
    }
    return report->cancelled ? Failed : Ok;
}

} // namespace

void addDevCommands(QList<Command> &list)
{
    list.append({ QStringLiteral("dev"),
        Context::tr("developer tools: dev generate --items N makes a synthetic library"), generate });
}

} // namespace Folio::Cli
