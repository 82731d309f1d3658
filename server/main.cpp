// SPDX-License-Identifier: GPL-3.0-or-later
// foliod: the shared server store. Argument parsing and wiring only.

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foliod"));
    QCoreApplication::setOrganizationName(QStringLiteral("Folio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Folio::BuildInfo::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("foliod", "Folio's shared server store: accounts, sync, blobs and sharing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("foliod", "The command to run."));
    parser.process(app);

    QTextStream err(stderr);
    if (parser.positionalArguments().isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    err << QCoreApplication::translate("foliod", "foliod: unknown command \"%1\"; see foliod --help.")
               .arg(parser.positionalArguments().first())
        << '\n';
    return 2;
}
