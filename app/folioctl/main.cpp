// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl: the command-line client over the same core. Argument parsing and wiring only.

#include "buildinfo.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folioctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Folio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Folio::BuildInfo::version));
    Folio::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("folioctl", "Folio's command-line client: manage a library from a terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("folioctl", "The command to run."));
    parser.process(app);

    QTextStream err(stderr);
    if (parser.positionalArguments().isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    err << QCoreApplication::translate("folioctl", "folioctl: unknown command \"%1\"; see folioctl --help.")
               .arg(parser.positionalArguments().first())
        << '\n';
    return 2;
}
