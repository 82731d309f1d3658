// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's ingest commands: ingest (and its alias add), reprocess, rendition, dupes, similar, watch; unlock
// and ocr are in ocrcommands.cpp.

#include "ingestcommands.h"
#include "jsonviews.h"

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/extractors/archiveextractor.h"
#include "ingest/ingestengine.h"
#include "ingest/ocrjob.h"
#include "library/library.h"
#include "library/similarimages.h"
#include "search/nearduplicateindex.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/versionrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Folio::Cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

QString duration(qint64 seconds)
{
    if (seconds < 0) {
        return QStringLiteral("…");
    }
    return seconds >= 60 ? QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                         : QStringLiteral("%1 s").arg(seconds);
}

int ingest(Context &cx)
{
    const QCommandLineOption folder(QStringLiteral("folder"),
        Context::tr("The folder to store into (made when missing)."), QStringLiteral("folder"), QStringLiteral("/"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
        Context::tr("skip (default): same bytes are not stored twice; keep: store them "
                    "anyway; version: the same name in the folder gets a new version."),
        QStringLiteral("skip|keep|version"), QStringLiteral("skip"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Context::tr("Extraction processes (default: the cores)."),
        QStringLiteral("n"), QString::number(std::max(1, QThread::idealThreadCount())));
    const QCommandLineOption ocrLanguages(QStringLiteral("ocr-lang"),
        Context::tr("OCR languages for this run, Tesseract's names joined by + (deu+eng); default: the library's "
                    "setting %1, else %2.")
            .arg(OcrJob::languageSetting(), OcrJob::defaultLanguages()),
        QStringLiteral("langs"));
    if (!cx.parse(Context::tr("Store files and folders (recursively) and extract their metadata and renditions. Then, "
                              "in the background, OCR reads the scans (grayscale or black-and-white images of a "
                              "page at 150 dpi or more) and the PDF pages without a text layer; folioctl ocr reads "
                              "an item that was missed, or reads one again in other languages."),
            { folder, onDuplicate, jobs, ocrLanguages }, { QStringLiteral("path...") }, 1)) {
        return Usage;
    }
    IngestOptions options;
    options.import.folder = cx.parser().value(folder);
    const QString policy = cx.parser().value(onDuplicate);
    if (policy == QLatin1String("keep")) {
        options.import.onDuplicate = ImportOptions::OnDuplicate::Keep;
    } else if (policy == QLatin1String("version")) {
        options.import.onDuplicate = ImportOptions::OnDuplicate::NewVersion;
    } else if (policy != QLatin1String("skip")) {
        return cx.usageError(Context::tr("--on-duplicate takes skip, keep or version, not \"%1\".").arg(policy));
    }
    bool ok = false;
    options.jobs = cx.parser().value(jobs).toInt(&ok);
    if (!ok || options.jobs < 1 || options.jobs > 64) {
        return cx.usageError(Context::tr("--jobs takes a number from 1 to 64."));
    }
    // A language that is not installed would fail every scan of the batch, one by one: say so now.
    options.ocrLanguages = cx.parser().value(ocrLanguages).trimmed();
    if (!options.ocrLanguages.isEmpty()) {
        if (auto installed = OcrJob::checkLanguages(options.ocrLanguages); !installed) {
            return cx.failWith(installed.error());
        }
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    IngestEngine engine(*library, options);
    engine.start(cx.positional());
    runToEnd(cx, engine);
    return printSummary(cx, engine);
}

int reprocess(Context &cx)
{
    const QCommandLineOption all(QStringLiteral("all"), Context::tr("Every item."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Context::tr("Extraction processes (default: the cores)."),
        QStringLiteral("n"), QString::number(std::max(1, QThread::idealThreadCount())));
    if (!cx.parse(Context::tr("Extract items again (after an upgrade, or for a file that failed); without ids, finish "
                              "the extraction queued by an earlier run."),
            { all, jobs }, { QStringLiteral("[id...]") }, 0)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    ItemRepository items(library->database());
    QList<qint64> versions;
    if (cx.parser().isSet(all)) {
        auto ids = items.allIds(false);
        if (!ids) {
            return cx.failWith(ids.error());
        }
        for (qint64 id : std::as_const(*ids)) {
            auto item = items.byId(id);
            if (item && item->currentVersionId) {
                versions.append(item->currentVersionId);
            }
        }
    }
    for (const QString &id : cx.positional()) {
        auto item = resolveItem(cx, *library, id);
        if (!item) {
            return Failed;
        }
        versions.append(item->currentVersionId);
    }
    auto queued = library->write([&]() -> Result<void> {
        auto count
            = JobRepository(library->database()).enqueueForVersions(QStringLiteral("extract"), versions, 5, Ids::now());
        return count ? Result<void>() : Result<void>(std::unexpected(count.error()));
    });
    if (!queued) {
        return cx.failWith(queued.error());
    }
    IngestOptions options;
    options.jobs = qBound(1, cx.parser().value(jobs).toInt(), 64);
    IngestEngine engine(*library, options);
    engine.resume();
    runToEnd(cx, engine);
    return printSummary(cx, engine);
}

int rendition(Context &cx)
{
    if (!cx.parse(Context::tr("Copy an item's rendition (thumb, preview) to DEST."), {},
            { QStringLiteral("id"), QStringLiteral("thumb|preview"), QStringLiteral("dest") }, 3, 3)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    const QString name = cx.positional().at(1);
    auto renditions = ExtractionRepository(library->database()).renditions(item->currentVersionId);
    if (!renditions) {
        return cx.failWith(renditions.error());
    }
    for (const RenditionRecord &r : std::as_const(*renditions)) {
        if (r.name != name) {
            continue;
        }
        QString target = cx.positional().at(2);
        if (QFileInfo(target).isDir()) {
            const QString extension = r.mimeType == QLatin1String("image/webp") ? QStringLiteral("webp")
                : r.mimeType == QLatin1String("image/png")                      ? QStringLiteral("png")
                                                                                : QStringLiteral("jpg");
            target = QDir(target).filePath(QStringLiteral("%1-%2.%3").arg(shortId(item->uuid), name, extension));
        }
        if (auto copied = library->blobs().exportTo(r.sha256, target); !copied) {
            return cx.failWith(copied.error());
        }
        if (cx.json()) {
            cx.printJson(QStringLiteral("rendition"),
                { { QStringLiteral("item"), item->uuid }, { QStringLiteral("name"), name },
                    { QStringLiteral("file"), target }, { QStringLiteral("width"), r.width },
                    { QStringLiteral("height"), r.height } });
        } else {
            cx.out() << target << '\n';
        }
        return Ok;
    }
    return cx.failWith(Error(Error::Code::NotFound,
        Context::tr("Item %1 has no %2 rendition (yet: see folioctl show).").arg(item->uuid, name)));
}

QJsonObject itemSummary(Library &library, qint64 id)
{
    auto item = ItemRepository(library.database()).byId(id);
    return item ? QJsonObject { { QStringLiteral("id"), item->uuid }, { QStringLiteral("title"), item->title } }
                : QJsonObject {};
}

int dupes(Context &cx)
{
    const QCommandLineOption threshold(QStringLiteral("threshold"),
        Context::tr("Bits two images' hashes may differ by (default 10; 0 = exact)."), QStringLiteral("n"),
        QStringLiteral("10"));
    if (!cx.parse(Context::tr("List groups of duplicate and near-duplicate images."), { threshold }, {}, 0, 0)) {
        return Usage;
    }
    const int bits = cx.parser().value(threshold).toInt();
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto exact = VersionRepository(library->database()).itemsSharingContent();
    if (!exact) {
        return cx.failWith(exact.error());
    }
    auto index = SimilarImages(*library).index();
    if (!index) {
        return cx.failWith(index.error());
    }
    const auto groups = index->groups(qBound(0, bits, 32));
    if (cx.json()) {
        auto toArray = [&](const QList<QList<qint64>> &list) {
            QJsonArray array;
            for (const QList<qint64> &group : list) {
                QJsonArray members;
                for (qint64 id : group) {
                    members.append(itemSummary(*library, id));
                }
                array.append(members);
            }
            return array;
        };
        cx.printJson(QStringLiteral("dupes"),
            { { QStringLiteral("threshold"), bits }, { QStringLiteral("exact"), toArray(*exact) },
                { QStringLiteral("near"), toArray(groups) } });
        return Ok;
    }
    auto printGroup = [&](const QString &heading, const QList<qint64> &group) {
        cx.out() << heading << '\n';
        for (qint64 id : group) {
            const QJsonObject item = itemSummary(*library, id);
            cx.out() << "  " << shortId(item.value(QStringLiteral("id")).toString()) << "  "
                     << item.value(QStringLiteral("title")).toString() << '\n';
        }
    };
    for (const QList<qint64> &group : std::as_const(*exact)) {
        printGroup(Context::tr("same content:"), group);
    }
    for (const QList<qint64> &group : groups) {
        printGroup(Context::tr("look alike (within %1 bits):").arg(bits), group);
    }
    if (exact->isEmpty() && groups.isEmpty()) {
        cx.out() << Context::tr("No duplicates.") << '\n';
    }
    return Ok;
}

int similar(Context &cx)
{
    const QCommandLineOption threshold(QStringLiteral("threshold"),
        Context::tr("Bits the hashes may differ by (default 12)."), QStringLiteral("n"), QStringLiteral("12"));
    if (!cx.parse(Context::tr("List images that look like an item's, nearest first."), { threshold },
            { QStringLiteral("id") }, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    auto matches = SimilarImages(*library).similarTo(item->id, item->uuid, cx.parser().value(threshold).toInt());
    if (!matches) {
        return cx.failWith(matches.error());
    }
    QJsonArray array;
    for (const NearDuplicateIndex::Match &match : std::as_const(*matches)) {
        QJsonObject entry = itemSummary(*library, match.id);
        entry.insert(QStringLiteral("distance"), match.distance);
        array.append(entry);
        if (!cx.json()) {
            cx.out() << shortId(entry.value(QStringLiteral("id")).toString()) << "  " << match.distance << "  "
                     << entry.value(QStringLiteral("title")).toString() << '\n';
        }
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("similar"),
            { { QStringLiteral("item"), item->uuid }, { QStringLiteral("similar"), array } });
    } else if (array.isEmpty()) {
        cx.out() << Context::tr("No similar images.") << '\n';
    }
    return Ok;
}

int watch(Context &cx)
{
    const QCommandLineOption folder(QStringLiteral("folder"),
        Context::tr("The folder to store into (made when missing)."), QStringLiteral("folder"), QStringLiteral("/"));
    const QCommandLineOption settle(QStringLiteral("settle"),
        Context::tr("Seconds a file must stay unchanged before it is ingested (default 2)."), QStringLiteral("s"),
        QStringLiteral("2"));
    const QCommandLineOption once(QStringLiteral("once"), Context::tr("Ingest what is there and settled, then stop."));
    if (!cx.parse(Context::tr("Ingest what appears in DIR, once each file has stopped growing; Ctrl-C stops."),
            { folder, settle, once }, { QStringLiteral("dir") }, 1, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    const QString dir = QFileInfo(cx.positional().first()).absoluteFilePath();
    if (!QFileInfo(dir).isDir()) {
        return cx.failWith(Error(Error::Code::NotFound, Context::tr("%1 is not a folder.").arg(dir)));
    }
    const qint64 settleMs = qint64(std::max(0.0, cx.parser().value(settle).toDouble()) * 1000);
    IngestOptions options;
    options.import.folder = cx.parser().value(folder);

    // A file is taken once its size and modification time have not changed for the settle time; what was
    // taken is remembered by path, size and time, so an edited file is taken again (as a duplicate check
    // by content decides what to store).
    struct Seen
    {
        qint64 size;
        QDateTime modified;
        qint64 since;
    };
    QHash<QString, Seen> candidates;
    QHash<QString, std::pair<qint64, QDateTime>> taken;
    QElapsedTimer clock;
    clock.start();
    interrupted = 0;
    std::signal(SIGINT, [](int) { interrupted = 1; });
    cx.err() << Context::tr("Watching %1 (Ctrl-C stops)").arg(dir) << '\n';
    cx.err().flush();
    int status = Ok;
    while (!interrupted) {
        QStringList ready;
        QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            const auto previous = taken.constFind(path);
            if (previous != taken.constEnd() && previous->first == info.size()
                && previous->second == info.lastModified()) {
                continue;
            }
            auto seen = candidates.find(path);
            if (seen == candidates.end() || seen->size != info.size() || seen->modified != info.lastModified()) {
                candidates.insert(path, { info.size(), info.lastModified(), clock.elapsed() });
                continue;
            }
            if (clock.elapsed() - seen->since >= settleMs) {
                ready.append(path);
            }
        }
        if (!ready.isEmpty()) {
            IngestEngine engine(*library, options);
            engine.start(ready);
            runToEnd(cx, engine);
            status = printSummary(cx, engine) == Ok ? status : Failed;
            for (const QString &path : std::as_const(ready)) {
                const QFileInfo info(path);
                taken.insert(path, { info.size(), info.lastModified() });
                candidates.remove(path);
            }
            std::signal(SIGINT, [](int) { interrupted = 1; });
        }
        if (cx.parser().isSet(once) && candidates.isEmpty()) {
            break; // --once: everything there was settled and taken
        }
        QThread::msleep(200);
    }
    return status;
}

} // namespace

void runToEnd(Context &cx, IngestEngine &engine)
{
    interrupted = 0;
    std::signal(SIGINT, [](int) { interrupted = 1; });
    const bool live = !cx.json() && isatty(fileno(stderr));
    QEventLoop loop;
    QObject::connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &engine, [&] {
        if (interrupted && !engine.isCancelled()) {
            engine.cancel();
        }
        if (live) {
            const IngestProgress &p = engine.progress();
            cx.err() << QStringLiteral("\r\033[K%1/%2 files  %3/%4  extracted %5/%6  ETA %7  %8")
                            .arg(p.import.filesDone)
                            .arg(p.import.filesTotal)
                            .arg(humanSize(p.import.bytesDone), humanSize(p.import.bytesTotal))
                            .arg(p.extracted)
                            .arg(p.toExtract)
                            .arg(duration(p.etaSeconds), QFileInfo(p.import.currentFile).fileName().left(40));
            cx.err().flush();
        }
    });
    poll.start(live ? 200 : 100);
    if (!engine.isFinished()) {
        loop.exec();
    }
    if (live) {
        cx.err() << "\r\033[K";
        cx.err().flush();
    }
    std::signal(SIGINT, SIG_DFL);
}

int printSummary(Context &cx, IngestEngine &engine)
{
    using Kind = ImportOutcome::Kind;
    const ImportSummary &summary = engine.importSummary();
    if (!engine.fatalError().isEmpty()) {
        return cx.failWith(Error(Error::Code::Io, engine.fatalError()));
    }
    // An archive's unpacking and OCR are jobs of their own: "extracted" counts the versions read, failed or not.
    const auto &failed = engine.extractionFailures();
    const QString ocrTask = QStringLiteral("ocr");
    const int recognised = engine.jobsFinished(ocrTask);
    const int extracted = engine.progress().extracted - int(engine.archiveExpansions().size()) - recognised;
    const int unextracted = int(std::count_if(failed.cbegin(), failed.cend(),
        [&](const ExtractionFailure &f) { return f.task != QLatin1String("unpack") && f.task != ocrTask; }));
    const int unrecognised = int(
        std::count_if(failed.cbegin(), failed.cend(), [&](const ExtractionFailure &f) { return f.task == ocrTask; }));
    if (cx.json()) {
        QJsonArray files;
        for (const ImportOutcome &o : summary.outcomes) {
            static const char *names[] = { "imported", "new-version", "duplicate", "failed" };
            files.append(QJsonObject { { QStringLiteral("source"), o.source },
                { QStringLiteral("result"), QString::fromLatin1(names[int(o.kind)]) },
                { QStringLiteral("item"), o.itemUuid.isEmpty() ? QJsonValue() : QJsonValue(o.itemUuid) },
                { QStringLiteral("version"), o.version ? QJsonValue(o.version) : QJsonValue() },
                { QStringLiteral("reason"), o.reason.isEmpty() ? QJsonValue() : QJsonValue(o.reason) } });
        }
        QJsonArray failures;
        for (const ExtractionFailure &f : engine.extractionFailures()) {
            failures.append(QJsonObject { { QStringLiteral("item"), f.itemUuid }, { QStringLiteral("file"), f.file },
                { QStringLiteral("reason"), f.reason }, { QStringLiteral("task"), f.task } });
        }
        QJsonArray archives;
        for (const ArchiveExpansion &a : engine.archiveExpansions()) {
            archives.append(QJsonObject { { QStringLiteral("item"), a.itemUuid }, { QStringLiteral("file"), a.file },
                { QStringLiteral("members"), a.stored }, { QStringLiteral("refused"), a.refused },
                { QStringLiteral("locked"), a.locked },
                { QStringLiteral("error"), a.problem.isEmpty() ? QJsonValue() : QJsonValue(a.problem) } });
        }
        cx.printJson(QStringLiteral("ingest"),
            { { QStringLiteral("files"), files }, { QStringLiteral("imported"), summary.count(Kind::Imported) },
                { QStringLiteral("new_versions"), summary.count(Kind::NewVersion) },
                { QStringLiteral("duplicates"), summary.count(Kind::Duplicate) },
                { QStringLiteral("failed"), summary.count(Kind::Failed) }, { QStringLiteral("extracted"), extracted },
                { QStringLiteral("extraction_failures"), failures }, { QStringLiteral("archives"), archives },
                { QStringLiteral("ocr"),
                    QJsonObject { { QStringLiteral("read"), recognised - unrecognised },
                        { QStringLiteral("failed"), unrecognised } } },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(engine.extractionWarnings()) },
                { QStringLiteral("cancelled"), engine.isCancelled() } });
    } else {
        for (const ImportOutcome &o : summary.outcomes) {
            if (o.kind == Kind::Failed) {
                cx.err() << Context::tr("failed: %1").arg(o.reason) << '\n';
            } else if (o.kind == Kind::Duplicate) {
                cx.out() << Context::tr("duplicate: %1 (%2)").arg(o.source, o.reason) << '\n';
            } else {
                cx.out() << shortId(o.itemUuid) << "  v" << o.version << "  " << o.source << '\n';
            }
        }
        for (const ExtractionFailure &f : engine.extractionFailures()) {
            cx.err() << (f.task == QLatin1String("unpack") ? Context::tr("members not unpacked: %1: %2\n")
                    : f.task == ocrTask                    ? Context::tr("not read by OCR: %1: %2\n")
                                                           : Context::tr("stored without extraction: %1: %2\n"))
                            .arg(f.file, f.reason);
        }
        for (const ArchiveExpansion &a : engine.archiveExpansions()) {
            cx.out() << (!a.problem.isEmpty() ? QString()
                    : a.locked                ? Context::tr("%1: its members need a password (folioctl unlock %2)\n")
                                     .arg(a.file, shortId(a.itemUuid))
                               : Context::tr("unpacked %1: %2 stored, %3 refused (folioctl show %4)\n")
                                     .arg(a.file)
                                     .arg(a.stored)
                                     .arg(a.refused)
                                     .arg(shortId(a.itemUuid)));
        }
        cx.out() << Context::tr("%1 stored, %2 new versions, %3 duplicates skipped, %4 failed; %5 extracted, %6 "
                                "stored without extraction%7")
                        .arg(summary.count(Kind::Imported))
                        .arg(summary.count(Kind::NewVersion))
                        .arg(summary.count(Kind::Duplicate))
                        .arg(summary.count(Kind::Failed))
                        .arg(extracted - unextracted)
                        .arg(unextracted)
                        .arg(engine.isCancelled() ? Context::tr(" (cancelled: run folioctl reprocess to finish)")
                                                  : QString())
                 << '\n';
        if (recognised > 0) {
            cx.out() << Context::tr("OCR: %1 read, %2 failed\n").arg(recognised - unrecognised).arg(unrecognised);
        }
    }
    return summary.count(Kind::Failed) > 0 || engine.isCancelled() ? Failed : Ok;
}

void extractQueued(Context &cx, Library &library)
{
    IngestEngine engine(library, IngestOptions {});
    engine.resume();
    runToEnd(cx, engine);
}

void addIngestCommands(QList<Command> &list)
{
    list.append({ QStringLiteral("ingest"), Context::tr("store files and extract metadata and renditions"), ingest });
    list.append({ QStringLiteral("reprocess"), Context::tr("extract items again"), reprocess });
    list.append({ QStringLiteral("rendition"), Context::tr("copy a thumb or preview out"), rendition });
    list.append({ QStringLiteral("dupes"), Context::tr("exact and near-duplicate groups"), dupes });
    list.append({ QStringLiteral("similar"), Context::tr("images that look like an item's"), similar });
    list.append({ QStringLiteral("watch"), Context::tr("ingest what appears in a folder"), watch });
    addOcrCommands(list);
}

int ingestCommand(Context &cx)
{
    return ingest(cx);
}

} // namespace Folio::Cli
