// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's commands that change items and folders: mkdir, mv, rename, rm, restore, purge, checkin,
// revert, set.

#include "cli.h"
#include "jsonviews.h"

#include "library/folderoperations.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"

#include <QJsonArray>

namespace Folio::Cli {

namespace {

// Prints what was done (text) or a small JSON object, and returns Ok; or prints the error.
int report(Context &cx, const Result<void> &done, const QString &format, const QJsonObject &json, const QString &text)
{
    if (!done) {
        return cx.failWith(done.error());
    }
    if (cx.json()) {
        cx.printJson(format, json);
    } else {
        cx.out() << text << '\n';
    }
    return Ok;
}

// True when ARGUMENT names an item rather than a folder: folders are paths, items ids.
bool looksLikeItem(Library &library, const QString &argument)
{
    if (argument.contains(QLatin1Char('/'))) {
        return false;
    }
    return bool(ItemRepository(library.database()).resolve(argument));
}

int mkdir(Context &cx)
{
    if (!cx.parse(Context::tr("Make a folder (and its parents)."), {}, {QStringLiteral("folder")}, 1, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto folder = FolderOperations(*library).make(cx.positional().first());
    if (!folder) {
        return cx.failWith(folder.error());
    }
    return report(cx, {}, QStringLiteral("mkdir"), {{QStringLiteral("folder"), toJson(*folder)}}, folder->path);
}

int mv(Context &cx)
{
    if (!cx.parse(Context::tr("Move an item or a folder into the folder DEST."), {},
                  {QStringLiteral("id|folder"), QStringLiteral("dest")}, 2, 2)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    const QString what = cx.positional().first();
    const QString dest = cx.positional().at(1);
    if (looksLikeItem(*library, what)) {
        auto item = resolveItem(cx, *library, what);
        return report(cx, ItemOperations(*library).move(*item, dest), QStringLiteral("mv"),
                      {{QStringLiteral("item"), item->uuid}, {QStringLiteral("folder"), dest}},
                      Context::tr("Moved %1 to %2").arg(item->title, dest));
    }
    auto folder = FolderOperations(*library).move(what, dest);
    if (!folder) {
        return cx.failWith(folder.error());
    }
    return report(cx, {}, QStringLiteral("mv"), {{QStringLiteral("folder"), toJson(*folder)}},
                  Context::tr("Moved %1 to %2").arg(what, folder->path));
}

int rename(Context &cx)
{
    if (!cx.parse(Context::tr("Rename an item (its title) or a folder."), {},
                  {QStringLiteral("id|folder"), QStringLiteral("name")}, 2, 2)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    const QString what = cx.positional().first();
    const QString name = cx.positional().at(1);
    if (looksLikeItem(*library, what)) {
        auto item = resolveItem(cx, *library, what);
        return report(cx, ItemOperations(*library).rename(*item, name), QStringLiteral("rename"),
                      {{QStringLiteral("item"), item->uuid}, {QStringLiteral("title"), name}},
                      Context::tr("Renamed %1 to %2").arg(item->title, name));
    }
    auto folder = FolderOperations(*library).rename(what, name);
    if (!folder) {
        return cx.failWith(folder.error());
    }
    return report(cx, {}, QStringLiteral("rename"), {{QStringLiteral("folder"), toJson(*folder)}}, folder->path);
}

// rm, restore (of an item) and purge share their shape: one item, one operation.
int itemCommand(Context &cx, const QString &description, const QString &format,
                const std::function<Result<void>(ItemOperations &, const Item &)> &operation, const QString &done)
{
    if (!cx.parse(description, {}, {QStringLiteral("id")}, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    ItemOperations operations(*library);
    return report(cx, operation(operations, *item), format, {{QStringLiteral("item"), item->uuid}}, done.arg(item->title));
}

int rm(Context &cx)
{
    return itemCommand(cx, Context::tr("Move an item to the Trash."), QStringLiteral("rm"),
                       [](ItemOperations &ops, const Item &item) { return ops.trash(item); },
                       Context::tr("Moved %1 to the Trash"));
}

int restore(Context &cx)
{
    // Two arguments: a backup into a folder. One: an item out of the Trash.
    if (cx.parse(Context::tr("restore ID: take an item out of the Trash. restore SRC DIR: restore a backup into DIR."),
                 {}, {QStringLiteral("id|src"), QStringLiteral("[dir]")}, 1, 2)) {
        if (cx.positional().size() == 2) {
            return restoreBackup(cx, cx.positional().first(), cx.positional().at(1));
        }
        Library *library = cx.library();
        if (!library) {
            return Failed;
        }
        auto item = resolveItem(cx, *library, cx.positional().first());
        if (!item) {
            return Failed;
        }
        return report(cx, ItemOperations(*library).restore(*item), QStringLiteral("restore"),
                      {{QStringLiteral("item"), item->uuid}}, Context::tr("Restored %1 from the Trash").arg(item->title));
    }
    return Usage;
}

int purge(Context &cx)
{
    return itemCommand(cx, Context::tr("Remove an item for good: its files, versions and recorded values."),
                       QStringLiteral("purge"), [](ItemOperations &ops, const Item &item) { return ops.purge(item); },
                       Context::tr("Purged %1"));
}

int checkin(Context &cx)
{
    const QCommandLineOption comment(QStringLiteral("comment"), Context::tr("What changed."), QStringLiteral("text"));
    if (!cx.parse(Context::tr("Store FILE as a new version of an item."), {comment},
                  {QStringLiteral("id"), QStringLiteral("file")}, 2, 2)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    auto version = ItemOperations(*library).checkIn(*item, cx.positional().at(1), cx.parser().value(comment));
    if (!version) {
        return cx.failWith(version.error());
    }
    extractQueued(cx, *library);
    return report(cx, {}, QStringLiteral("checkin"), {{QStringLiteral("item"), item->uuid}, {QStringLiteral("version"), toJson(*version)}},
                  Context::tr("%1 is now at version %2").arg(item->title).arg(version->number));
}

int revert(Context &cx)
{
    if (!cx.parse(Context::tr("Make a new version equal to an old one."), {},
                  {QStringLiteral("id"), QStringLiteral("version")}, 2, 2)) {
        return Usage;
    }
    bool ok = false;
    const int number = cx.positional().at(1).toInt(&ok);
    if (!ok || number < 1) {
        return cx.usageError(Context::tr("\"%1\" is not a version number.").arg(cx.positional().at(1)));
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    auto version = ItemOperations(*library).revert(*item, number);
    if (!version) {
        return cx.failWith(version.error());
    }
    extractQueued(cx, *library);
    return report(cx, {}, QStringLiteral("revert"), {{QStringLiteral("item"), item->uuid}, {QStringLiteral("version"), toJson(*version)}},
                  Context::tr("%1 is now at version %2 (equal to version %3)").arg(item->title).arg(version->number).arg(number));
}

int set(Context &cx)
{
    if (!cx.parse(Context::tr("Set metadata fields (keys or aliases): FIELD=VALUE; multi-valued fields take a comma list; "
                              "an empty value clears a field."),
                  {}, {QStringLiteral("id"), QStringLiteral("field=value...")}, 2)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    auto changed = ItemOperations(*library).setMetadata(*item, cx.positional().mid(1));
    if (!changed) {
        return cx.failWith(changed.error());
    }
    return report(cx, {}, QStringLiteral("set"),
                  {{QStringLiteral("item"), item->uuid}, {QStringLiteral("changed"), QJsonArray::fromStringList(*changed)}},
                  changed->isEmpty() ? Context::tr("Nothing changed") : Context::tr("Set %1").arg(changed->join(QStringLiteral(", "))));
}

} // namespace

void addEditCommands(QList<Command> &list)
{
    list.append({QStringLiteral("mkdir"), Context::tr("make a folder"), mkdir});
    list.append({QStringLiteral("mv"), Context::tr("move an item or folder"), mv});
    list.append({QStringLiteral("rename"), Context::tr("rename an item or folder"), rename});
    list.append({QStringLiteral("rm"), Context::tr("move an item to the Trash"), rm});
    list.append({QStringLiteral("restore"), Context::tr("restore from the Trash, or a backup"), restore});
    list.append({QStringLiteral("purge"), Context::tr("remove an item for good"), purge});
    list.append({QStringLiteral("checkin"), Context::tr("store a new version of an item"), checkin});
    list.append({QStringLiteral("revert"), Context::tr("new version equal to an old one"), revert});
    list.append({QStringLiteral("set"), Context::tr("set metadata fields"), set});
}

} // namespace Folio::Cli
