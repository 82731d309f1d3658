// SPDX-License-Identifier: GPL-3.0-or-later
// `foliod grant USER|ROLE PERMS TARGET`, `foliod revoke-grant USER|ROLE TARGET` and `foliod grants [--json]`.
// Like the account commands they take the data directory's lock for their run (commands.h). A grant that
// changes who may read items writes the change feed's entries for it in the same transaction, so clients
// learn on their next sync.

#include "commands.h"
#include "library/libraryservice.h"
#include "library/permissions.h"
#include "store/serverlocation.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace Folio::Server {

namespace {

struct GrantCommandText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::GrantCommands)
};

QString actor()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = QStringLiteral("uid ") + QString::number(::getuid());
    }
    return QStringLiteral("foliod-cli:") + login;
}

QJsonObject toJson(const GrantRow &row)
{
    return { { QStringLiteral("principal_kind"), row.principalKind },
        { QStringLiteral("principal"), row.principalName }, { QStringLiteral("target_kind"), row.targetKind },
        { QStringLiteral("target"), row.target }, { QStringLiteral("target_name"), row.targetName },
        { QStringLiteral("perms"), Permission::format(row.perms) } };
}

} // namespace

int grantCommand(const QString &command, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList words;
    QString dir = qEnvironmentVariable("FOLIOD_DATA");
    QString database;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--data") && i + 1 < arguments.size()) {
            dir = arguments.at(++i);
        } else if (argument == QLatin1String("--db") && i + 1 < arguments.size()) {
            database = arguments.at(++i);
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << GrantCommandText::tr(
                "Usage:\n"
                "  foliod grant USER|ROLE PERMS TARGET     PERMS: read,write,delete,approve,share,admin or all\n"
                "  foliod revoke-grant USER|ROLE TARGET\n"
                "  foliod grants [--json]\n"
                "TARGET is / (the whole library), a folder path (/Legal/2024) or a folder's or item's uuid.\n"
                "Confidential and restricted items are readable only with a grant on the item itself.\n"
                "Each takes --data DIR (default $FOLIOD_DATA); run them while foliod serve is stopped,\n"
                "or --db postgresql://… (with --data the shared folder) beside serving nodes.\n");
            return 0;
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << GrantCommandText::tr("foliod: unknown option %1.").arg(argument) << '\n';
            return 2;
        } else {
            words.append(argument);
        }
    }
    const int wanted = command == QLatin1String("grant") ? 3 : command == QLatin1String("revoke-grant") ? 2 : 0;
    if (words.size() != wanted) {
        err << GrantCommandText::tr("foliod: wrong number of arguments; see foliod %1 --help.").arg(command) << '\n';
        return 2;
    }
    if (dir.isEmpty()) {
        err << GrantCommandText::tr("foliod: no data directory: pass --data DIR or set FOLIOD_DATA.") << '\n';
        return 2;
    }
    const auto failed = [&err](const Error &error) {
        err << "foliod: " << error.message() << '\n';
        return 1;
    };
    auto location = ServerLocation::open(dir, database);
    if (!location) {
        return failed(location.error());
    }
    // Opening the store brings the database to the current schema first.
    if (auto store = location->openStore(); !store) {
        return failed(store.error());
    }
    auto library = LibraryService::open(location->database(), location->directory());
    if (!library) {
        return failed(library.error());
    }
    if (command == QLatin1String("grants")) {
        auto rows = (*library)->grants();
        if (!rows) {
            return failed(rows.error());
        }
        QJsonArray list;
        for (const GrantRow &row : std::as_const(*rows)) {
            if (json) {
                list.append(toJson(row));
            } else {
                out << row.principalKind << ' ' << row.principalName << '\t' << Permission::format(row.perms) << '\t'
                    << row.targetName << '\n';
            }
        }
        if (json) {
            out << QJsonDocument(QJsonObject { { QStringLiteral("grants"), list } }).toJson(QJsonDocument::Indented);
        }
        return 0;
    }
    auto row = (*library)->resolveGrant(words.at(0), words.last());
    if (!row) {
        return failed(row.error());
    }
    if (command == QLatin1String("grant")) {
        auto perms = Permission::parse(words.at(1));
        if (!perms) {
            return failed(perms.error());
        }
        row->perms = *perms;
    }
    auto touched = (*library)->setGrant(*row, actor());
    if (!touched) {
        return failed(touched.error());
    }
    out << (row->perms == 0
            ? GrantCommandText::tr("Revoked %1 %2's grant on %3.")
                  .arg(row->principalKind, row->principalName, row->targetName)
            : GrantCommandText::tr("Granted %1 to %2 %3 on %4.")
                  .arg(Permission::format(row->perms), row->principalKind, row->principalName, row->targetName))
        << ' ' << GrantCommandText::tr("Access changed for %n user(s).", nullptr, *touched) << '\n';
    return 0;
}

} // namespace Folio::Server
