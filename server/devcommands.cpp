// SPDX-License-Identifier: GPL-3.0-or-later
// `foliod dev generate --items N [--seed S] [--blobs]`: a developer command that fills the shared library
// with synthetic items for benchmarks (ServerGenerator). Takes the data directory's lock like the other
// admin commands.

#include "blobs/serverblobstore.h"
#include "commands.h"
#include "library/libraryservice.h"
#include "library/servergenerator.h"
#include "store/serverlocation.h"
#include "store/serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace Folio::Server {

namespace {

struct DevText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::DevCommands)
};

} // namespace

int devCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.value(0) != QLatin1String("generate")) {
        err << DevText::tr("foliod dev: the only developer command is \"generate\".") << '\n';
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(DevText::tr("Fills the shared library with synthetic items (for benchmarks)."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("data"), DevText::tr("The server's data directory (default $FOLIOD_DATA)."),
            QStringLiteral("DIR") },
        { QStringLiteral("db"), DevText::tr("A PostgreSQL database (postgresql://…); DIR is then the shared folder."),
            QStringLiteral("URL") },
        { QStringLiteral("items"), DevText::tr("How many items."), QStringLiteral("N") },
        { QStringLiteral("seed"), DevText::tr("The corpus's seed (default 1)."), QStringLiteral("S") },
        { QStringLiteral("blobs"), DevText::tr("Store a pool of small real blobs the versions share.") },
    });
    if (!parser.parse(QStringList { QStringLiteral("foliod dev generate") } + arguments.mid(1))) {
        err << "foliod dev generate: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const qint64 items = parser.value(QStringLiteral("items")).toLongLong(&ok);
    if (!ok || items < 1 || items > 100'000'000) {
        err << DevText::tr("foliod dev generate: --items takes a number from 1 to 100000000.") << '\n';
        return 2;
    }
    const quint64 seed
        = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok) {
        err << DevText::tr("foliod dev generate: --seed takes a whole number.") << '\n';
        return 2;
    }
    const QString data = parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data"))
                                                              : qEnvironmentVariable("FOLIOD_DATA");
    if (data.isEmpty()) {
        err << DevText::tr("foliod dev generate: --data DIR (or $FOLIOD_DATA) is required.") << '\n';
        return 2;
    }
    const auto failed = [&err](const Error &error) {
        err << "foliod dev generate: " << error.toString() << '\n';
        return 1;
    };
    auto location = ServerLocation::open(data, parser.value(QStringLiteral("db")));
    if (!location) {
        return failed(location.error());
    }
    auto store = location->openStore();
    if (!store) {
        return failed(store.error());
    }
    std::unique_ptr<ServerBlobStore> blobs;
    if (parser.isSet(QStringLiteral("blobs"))) {
        auto opened = ServerBlobStore::open(location->directory());
        if (!opened) {
            return failed(opened.error());
        }
        blobs = std::move(*opened);
    }
    ServerBlobStore *blobStore = blobs.get();
    auto library = LibraryService::open(location->database(), location->directory(),
        blobStore
            ? BlobCheck([blobStore](const QString &user, const QString &sha) { return blobStore->readable(user, sha); })
            : BlobCheck());
    if (!library) {
        return failed(library.error());
    }
    QElapsedTimer timer;
    timer.start();
    ServerGenerator generator(**store, **library, blobStore);
    auto report = generator.generate(items, seed, [&err, &timer](qint64 done, qint64 total) {
        err << DevText::tr("\r%1 of %2 items, %3 s").arg(done).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        err.flush();
    });
    err << '\n';
    if (!report) {
        return failed(report.error());
    }
    out << DevText::tr("Generated %1 items in %2 folders (%3 ops, %4 blobs) in %5 s.")
               .arg(report->items)
               .arg(report->folders)
               .arg(report->ops)
               .arg(report->blobs)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    return 0;
}

} // namespace Folio::Server
