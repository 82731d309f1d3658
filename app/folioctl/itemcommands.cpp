// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's commands that store and show items: add, ls, show, history, export.

#include "cli.h"
#include "jsonviews.h"

#include "audit/auditlog.h"
#include "ingest/fileimporter.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/versionrepository.h"

#include <QJsonArray>

#include <csignal>

namespace Folio::Cli {

std::optional<Item> resolveItem(Context &cx, Library &library, const QString &id);

namespace {

volatile std::sig_atomic_t interrupted = 0;

int add(Context &cx)
{
    const QCommandLineOption folder(QStringLiteral("folder"), Context::tr("The folder to store into (made when missing)."),
                                    QStringLiteral("folder"), QStringLiteral("/"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         Context::tr("skip (default): same bytes are not stored twice; keep: store them "
                                                     "anyway; version: the same name in the folder gets a new version."),
                                         QStringLiteral("skip|keep|version"), QStringLiteral("skip"));
    if (!cx.parse(Context::tr("Store files and folders (recursively) as items."), {folder, onDuplicate},
                  {QStringLiteral("path...")}, 1)) {
        return Usage;
    }
    ImportOptions options;
    options.folder = cx.parser().value(folder);
    const QString policy = cx.parser().value(onDuplicate);
    if (policy == QLatin1String("keep")) {
        options.onDuplicate = ImportOptions::OnDuplicate::Keep;
    } else if (policy == QLatin1String("version")) {
        options.onDuplicate = ImportOptions::OnDuplicate::NewVersion;
    } else if (policy != QLatin1String("skip")) {
        return cx.usageError(Context::tr("--on-duplicate takes skip, keep or version, not \"%1\".").arg(policy));
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }

    // Ctrl-C finishes the batch in hand (so nothing is half stored) and stops.
    std::signal(SIGINT, [](int) { interrupted = 1; });
    const bool live = !cx.json() && isatty(fileno(stderr));
    auto summary = FileImporter(*library).import(cx.positional(), options, [&](const ImportProgress &p) {
        if (live) {
            cx.err() << QStringLiteral("\r\033[K%1/%2 files  %3  %4").arg(p.filesDone).arg(p.filesTotal)
                            .arg(humanSize(p.bytesDone), p.currentFile.right(60));
            cx.err().flush();
        }
        return interrupted == 0;
    });
    if (live) {
        cx.err() << "\r\033[K";
        cx.err().flush();
    }
    if (!summary) {
        return cx.failWith(summary.error());
    }

    using Kind = ImportOutcome::Kind;
    if (cx.json()) {
        QJsonArray files;
        for (const ImportOutcome &o : std::as_const(summary->outcomes)) {
            static const char *names[] = {"imported", "new-version", "duplicate", "failed"};
            files.append(QJsonObject{{QStringLiteral("source"), o.source},
                                     {QStringLiteral("result"), QString::fromLatin1(names[int(o.kind)])},
                                     {QStringLiteral("item"), o.itemUuid.isEmpty() ? QJsonValue() : QJsonValue(o.itemUuid)},
                                     {QStringLiteral("version"), o.version ? QJsonValue(o.version) : QJsonValue()},
                                     {QStringLiteral("reason"), o.reason.isEmpty() ? QJsonValue() : QJsonValue(o.reason)}});
        }
        cx.printJson(QStringLiteral("add"), {{QStringLiteral("files"), files},
                                             {QStringLiteral("imported"), summary->count(Kind::Imported)},
                                             {QStringLiteral("new_versions"), summary->count(Kind::NewVersion)},
                                             {QStringLiteral("duplicates"), summary->count(Kind::Duplicate)},
                                             {QStringLiteral("failed"), summary->count(Kind::Failed)},
                                             {QStringLiteral("cancelled"), summary->cancelled}});
    } else {
        for (const ImportOutcome &o : std::as_const(summary->outcomes)) {
            if (o.kind == Kind::Failed) {
                cx.err() << Context::tr("failed: %1").arg(o.reason) << '\n';
            } else if (o.kind == Kind::Duplicate) {
                cx.out() << Context::tr("duplicate: %1 (%2)").arg(o.source, o.reason) << '\n';
            } else {
                cx.out() << shortId(o.itemUuid) << "  v" << o.version << "  " << o.source << '\n';
            }
        }
        cx.out() << Context::tr("%1 stored, %2 new versions, %3 duplicates skipped, %4 failed%5")
                        .arg(summary->count(Kind::Imported))
                        .arg(summary->count(Kind::NewVersion))
                        .arg(summary->count(Kind::Duplicate))
                        .arg(summary->count(Kind::Failed))
                        .arg(summary->cancelled ? Context::tr(" (cancelled)") : QString())
                 << '\n';
    }
    return summary->count(Kind::Failed) > 0 || summary->cancelled ? Failed : Ok;
}

int ls(Context &cx)
{
    const QCommandLineOption folder(QStringLiteral("folder"), Context::tr("The folder to list (default: the root)."),
                                    QStringLiteral("folder"), QStringLiteral("/"));
    const QCommandLineOption trash(QStringLiteral("trash"), Context::tr("List the Trash instead."));
    if (!cx.parse(Context::tr("List the folders and items of a folder, or the Trash."), {folder, trash}, {}, 0, 0)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    FolderRepository folders(library->database());
    auto where = folders.byPath(cx.parser().value(folder));
    if (!where) {
        return cx.failWith(where.error());
    }
    const bool inTrash = cx.parser().isSet(trash);
    auto items = ItemRepository(library->database()).list(inTrash ? 0 : where->id, inTrash);
    if (!items) {
        return cx.failWith(items.error());
    }
    QList<Folder> children;
    if (!inTrash) {
        auto found = folders.children(where->id);
        if (!found) {
            return cx.failWith(found.error());
        }
        children = *found;
    }
    if (cx.json()) {
        QJsonArray folderArray;
        for (const Folder &child : std::as_const(children)) {
            folderArray.append(toJson(child));
        }
        QJsonArray itemArray;
        for (const Item &item : std::as_const(*items)) {
            auto path = folders.pathOf(item.folderId);
            itemArray.append(toJson(item, path.value_or(QString())));
        }
        cx.printJson(QStringLiteral("ls"), {{QStringLiteral("folder"), inTrash ? QJsonValue() : QJsonValue(where->path)},
                                            {QStringLiteral("trash"), inTrash},
                                            {QStringLiteral("folders"), folderArray},
                                            {QStringLiteral("items"), itemArray}});
        return Ok;
    }
    for (const Folder &child : std::as_const(children)) {
        cx.out() << QStringLiteral("%1  %2/\n").arg(QStringLiteral("folder"), -8).arg(child.name);
    }
    for (const Item &item : std::as_const(*items)) {
        cx.out() << QStringLiteral("%1  %2  v%3  %4\n").arg(shortId(item.uuid), item.kind.leftJustified(8)).arg(item.versionCount).arg(item.title);
    }
    return Ok;
}

int show(Context &cx)
{
    if (!cx.parse(Context::tr("Show an item: its properties, versions and metadata."), {}, {QStringLiteral("id")}, 1, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto item = resolveItem(cx, *library, cx.positional().first());
    if (!item) {
        return Failed;
    }
    auto folder = FolderRepository(library->database()).pathOf(item->folderId);
    auto versions = VersionRepository(library->database()).forItem(item->id);
    auto metadata = MetadataRepository(library->database()).forItem(item->id);
    if (!folder || !versions || !metadata) {
        return cx.failWith(!folder ? folder.error() : !versions ? versions.error() : metadata.error());
    }
    if (cx.json()) {
        QJsonObject object = toJson(*item, *folder);
        QJsonArray versionArray;
        for (const Version &v : std::as_const(*versions)) {
            versionArray.append(toJson(v));
        }
        QJsonObject values;
        for (const MetadataValue &value : std::as_const(*metadata)) {
            values.insert(value.field, value.value);
        }
        object.insert(QStringLiteral("version_list"), versionArray);
        object.insert(QStringLiteral("metadata"), values);
        cx.printJson(QStringLiteral("show"), {{QStringLiteral("item"), object}});
        return Ok;
    }
    QTextStream &out = cx.out();
    out << Context::tr("id:             %1").arg(item->uuid) << '\n'
        << Context::tr("title:          %1").arg(item->title) << '\n'
        << Context::tr("kind:           %1").arg(item->kind) << '\n'
        << Context::tr("folder:         %1").arg(*folder) << '\n'
        << Context::tr("classification: %1").arg(item->classification) << '\n'
        << Context::tr("status:         %1").arg(item->status) << '\n'
        << Context::tr("created:        %1 by %2").arg(item->createdAt, item->createdBy) << '\n'
        << Context::tr("modified:       %1 by %2").arg(item->modifiedAt, item->modifiedBy) << '\n';
    if (!item->trashedAt.isEmpty()) {
        out << Context::tr("in the Trash since %1").arg(item->trashedAt) << '\n';
    }
    for (const MetadataValue &value : std::as_const(*metadata)) {
        const QString text = value.value.isArray()
                                 ? value.value.toVariant().toStringList().join(QStringLiteral(", "))
                                 : value.value.toVariant().toString();
        out << QStringLiteral("%1 %2\n").arg(value.field + QLatin1Char(':'), -15).arg(text);
    }
    out << Context::tr("versions:") << '\n';
    for (const Version &v : std::as_const(*versions)) {
        out << QStringLiteral("  v%1  %2  %3  %4  %5%6\n")
                   .arg(v.number)
                   .arg(v.filename, humanSize(v.size), v.mimeType, v.sha256.left(12),
                        v.comment.isEmpty() ? QString() : QStringLiteral("  ") + v.comment);
    }
    return Ok;
}

int history(Context &cx)
{
    if (!cx.parse(Context::tr("Show an item's versions and audit events."), {}, {QStringLiteral("id")}, 1, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto item = resolveItem(cx, *library, cx.positional().first());
    if (!item) {
        return Failed;
    }
    auto versions = VersionRepository(library->database()).forItem(item->id);
    auto events = library->audit().history(item->uuid);
    if (!versions || !events) {
        return cx.failWith(!versions ? versions.error() : events.error());
    }
    if (cx.json()) {
        QJsonArray versionArray;
        for (const Version &v : std::as_const(*versions)) {
            versionArray.append(toJson(v));
        }
        QJsonArray eventArray;
        for (const AuditRecord &record : std::as_const(*events)) {
            eventArray.append(toJson(record));
        }
        cx.printJson(QStringLiteral("history"), {{QStringLiteral("item"), item->uuid},
                                                 {QStringLiteral("versions"), versionArray},
                                                 {QStringLiteral("events"), eventArray}});
        return Ok;
    }
    cx.out() << Context::tr("versions:") << '\n';
    for (const Version &v : std::as_const(*versions)) {
        cx.out() << QStringLiteral("  v%1  %2  %3  %4  %5\n").arg(v.number).arg(v.createdAt, v.author, v.filename, v.comment);
    }
    cx.out() << Context::tr("events:") << '\n';
    for (const AuditRecord &record : std::as_const(*events)) {
        cx.out() << QStringLiteral("  #%1  %2  %3  %4\n").arg(record.seq).arg(record.at, record.actor, record.action);
    }
    return Ok;
}

int exportCommand(Context &cx)
{
    const QCommandLineOption version(QStringLiteral("version"), Context::tr("The version to export (default: current)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    if (!cx.parse(Context::tr("Copy an item's original, byte-identical, to DEST."), {version},
                  {QStringLiteral("id"), QStringLiteral("dest")}, 2, 2)) {
        return Usage;
    }
    bool ok = false;
    const int number = cx.parser().value(version).toInt(&ok);
    if (!ok || number < 0) {
        return cx.usageError(Context::tr("--version takes a version number."));
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto item = resolveItem(cx, *library, cx.positional().first());
    if (!item) {
        return Failed;
    }
    auto written = ItemOperations(*library).exportOriginal(*item, number, cx.positional().at(1));
    if (!written) {
        return cx.failWith(written.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("export"), {{QStringLiteral("item"), item->uuid}, {QStringLiteral("file"), *written}});
    } else {
        cx.out() << *written << '\n';
    }
    return Ok;
}

} // namespace

std::optional<Item> resolveItem(Context &cx, Library &library, const QString &id)
{
    auto item = ItemRepository(library.database()).resolve(id);
    if (!item) {
        cx.failWith(item.error());
        return std::nullopt;
    }
    return *item;
}

void addItemCommands(QList<Command> &list)
{
    list.append({QStringLiteral("add"), Context::tr("store files and folders as items"), add});
    list.append({QStringLiteral("ls"), Context::tr("list a folder or the Trash"), ls});
    list.append({QStringLiteral("show"), Context::tr("show an item"), show});
    list.append({QStringLiteral("history"), Context::tr("an item's versions and audit events"), history});
    list.append({QStringLiteral("export"), Context::tr("copy an original out, byte-identical"), exportCommand});
}

} // namespace Folio::Cli
