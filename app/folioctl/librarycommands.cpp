// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's library-wide commands: init, whoami, verify, backup, dump.

#include "cli.h"

#include "library/canonicaldump.h"
#include "library/library.h"
#include "library/librarybackup.h"
#include "library/libraryverifier.h"

#include <QJsonArray>

namespace Folio::Cli {

namespace {

int init(Context &cx)
{
    if (!cx.parse(Context::tr("Create a library in DIR (a missing or empty folder)."), {}, {QStringLiteral("[dir]")}, 0, 1)) {
        return Usage;
    }
    const QString path = cx.positional().isEmpty() ? cx.libraryPath() : cx.positional().first();
    auto library = Library::open(path, Library::OpenMode::Create);
    if (!library) {
        return cx.failWith(library.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("init"), {{QStringLiteral("library"), (*library)->path()},
                                              {QStringLiteral("id"), (*library)->uuid()}});
    } else {
        cx.out() << Context::tr("Created the library %1").arg((*library)->path()) << '\n';
    }
    return Ok;
}

int whoami(Context &cx)
{
    if (!cx.parse(Context::tr("Print the actor recorded on every change."), {}, {}, 0, 0)) {
        return Usage;
    }
    const QString actor = Library::localActorName();
    if (cx.json()) {
        cx.printJson(QStringLiteral("whoami"), {{QStringLiteral("actor"), actor}, {QStringLiteral("source"), QStringLiteral("local")}});
    } else {
        cx.out() << actor << '\n';
    }
    return Ok;
}

int verify(Context &cx)
{
    if (!cx.parse(Context::tr("Re-hash every blob and walk the audit chain; exit 1 when anything is wrong."), {}, {}, 0, 0)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto report = LibraryVerifier::verify(*library);
    if (!report) {
        return cx.failWith(report.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("verify"), {{QStringLiteral("ok"), report->ok()},
                                                {QStringLiteral("blobs"), report->blobsChecked},
                                                {QStringLiteral("audit_events"), double(report->auditEvents)},
                                                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else if (report->ok()) {
        cx.out() << Context::tr("The library is sound: %1 blobs re-hashed, %2 audit events verified.")
                        .arg(report->blobsChecked)
                        .arg(report->auditEvents)
                 << '\n';
    } else {
        for (const QString &problem : std::as_const(report->problems)) {
            cx.out() << problem << '\n';
        }
    }
    return report->ok() ? Ok : Failed;
}

int backup(Context &cx)
{
    if (!cx.parse(Context::tr("Copy the library, consistently, while others may be writing to it."), {},
                  {QStringLiteral("dest")}, 1, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto report = LibraryBackup::backup(*library, cx.positional().first());
    if (!report) {
        return cx.failWith(report.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("backup"), {{QStringLiteral("destination"), cx.positional().first()},
                                                {QStringLiteral("blobs"), report->blobs},
                                                {QStringLiteral("bytes"), double(report->bytes)}});
    } else {
        cx.out() << Context::tr("Backed up to %1: %2 blobs.").arg(cx.positional().first()).arg(report->blobs) << '\n';
    }
    return Ok;
}

int dump(Context &cx)
{
    if (!cx.parse(Context::tr("Print the library's logical state as deterministic text."),
                  {{QStringLiteral("canonical"), Context::tr("The canonical form (the only one, for now).")}}, {}, 0, 0)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto text = CanonicalDump::dump(*library);
    if (!text) {
        return cx.failWith(text.error());
    }
    cx.out() << *text;
    return Ok;
}

} // namespace

// `restore` is shared with the item commands: one argument restores an item from the Trash, two restore
// a backup (itemcommands.cpp dispatches).
int restoreBackup(Context &cx, const QString &source, const QString &destination)
{
    auto report = LibraryBackup::restore(source, destination);
    if (!report) {
        return cx.failWith(report.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("restore"), {{QStringLiteral("library"), destination},
                                                 {QStringLiteral("blobs"), report->blobs},
                                                 {QStringLiteral("verified"), true}});
    } else {
        cx.out() << Context::tr("Restored %1 into %2 and verified it.").arg(source, destination) << '\n';
    }
    return Ok;
}

void addLibraryCommands(QList<Command> &list)
{
    list.append({QStringLiteral("init"), Context::tr("create a library"), init});
    list.append({QStringLiteral("whoami"), Context::tr("the actor recorded on every change"), whoami});
    list.append({QStringLiteral("verify"), Context::tr("re-hash blobs and walk the audit chain"), verify});
    list.append({QStringLiteral("backup"), Context::tr("consistent online copy of the library"), backup});
    list.append({QStringLiteral("dump"), Context::tr("deterministic dump of the logical state"), dump});
}

} // namespace Folio::Cli
