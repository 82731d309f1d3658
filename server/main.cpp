// SPDX-License-Identifier: GPL-3.0-or-later
// foliod: the shared server store. Argument parsing and wiring only: each command lives in its own file
// (commands.h).

#include "buildinfo.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
void usage(QTextStream &out)
{
    out << QCoreApplication::translate("foliod",
        "foliod: Folio's shared server store: accounts, sync, blobs and sharing.\n\n"
        "Commands:\n"
        "  serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http] [--threads N]\n"
        "        [--header-timeout SECONDS] [--read-timeout SECONDS]\n"
        "  user add NAME --role ROLE [--password-file F] | passwd NAME [--password-file F] | disable NAME\n"
        "       | list [--json] | totp NAME\n"
        "  sessions [USER] [--json]\n"
        "  revoke SESSION | revoke --user USER\n"
        "  migrate\n"
        "  grant USER|ROLE PERMS TARGET | revoke-grant USER|ROLE TARGET | grants [--json]\n"
        "  dev generate --items N [--seed S] [--blobs]   synthetic items for benchmarks\n"
        "  check [--json]            database, audit chain and blob integrity; runs beside serve\n"
        "  backup DEST               a consistent copy that serve --data DEST starts from; runs beside serve\n\n"
        "Every command takes --data DIR (default $FOLIOD_DATA). foliod COMMAND --help tells more.\n"
        "Options: --help, --version.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foliod"));
    QCoreApplication::setOrganizationName(QStringLiteral("Folio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Folio::BuildInfo::version));

    QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        usage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        out << "foliod " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("serve")) {
        return Folio::Server::serveCommand(arguments);
    }
    if (command == QLatin1String("check")) {
        return Folio::Server::checkCommand(arguments);
    }
    if (command == QLatin1String("backup")) {
        return Folio::Server::backupCommand(arguments);
    }
    if (command == QLatin1String("dev")) {
        return Folio::Server::devCommand(arguments);
    }
    for (const char *grant : { "grant", "revoke-grant", "grants" }) {
        if (command == QLatin1String(grant)) {
            return Folio::Server::grantCommand(command, arguments);
        }
    }
    for (const char *account : { "user", "sessions", "revoke", "migrate" }) {
        if (command == QLatin1String(account)) {
            return Folio::Server::accountCommand(command, arguments);
        }
    }
    err << QCoreApplication::translate("foliod", "foliod: unknown command \"%1\"; see foliod --help.").arg(command)
        << '\n';
    return 2;
}
