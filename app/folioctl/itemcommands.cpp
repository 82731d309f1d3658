// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's commands that store and show items: add, ls, show, history, export.

#include "cli.h"
#include "jsonviews.h"

#include "audit/auditlog.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/versionrepository.h"

#include <QJsonArray>


namespace Folio::Cli {

std::optional<Item> resolveItem(Context &cx, Library &library, const QString &id);

namespace {

// `add` is an alias of `ingest` (ingestcommands.cpp): one engine stores every file.
int add(Context &cx)
{
    return ingestCommand(cx);
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

int history(Context &cx)
{
    if (!cx.parse(Context::tr("Show an item's versions and audit events."), {}, {QStringLiteral("id")}, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
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
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
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
    list.append({QStringLiteral("add"), Context::tr("store files and folders as items (alias of ingest)"), add});
    list.append({QStringLiteral("ls"), Context::tr("list a folder or the Trash"), ls});
    list.append({QStringLiteral("show"), Context::tr("show an item"), showCommand});
    list.append({QStringLiteral("history"), Context::tr("an item's versions and audit events"), history});
    list.append({QStringLiteral("export"), Context::tr("copy an original out, byte-identical"), exportCommand});
}

} // namespace Folio::Cli
