// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl: the command-line client over the same core. Argument parsing and wiring only; each command
// group lives in its own file (librarycommands.cpp, itemcommands.cpp, schemacommands.cpp).

#include "buildinfo.h"
#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate("folioctl", "Usage: folioctl [--library DIR] COMMAND [options] [arguments]\n"
                                                           "Folio's command-line client: manage a library from a terminal.\n\n"
                                                           "Commands:\n");
    for (const Folio::Cli::Command &command : Folio::Cli::commands()) {
        text += QStringLiteral("  %1 %2\n").arg(command.name, -16).arg(command.summary);
    }
    text += QCoreApplication::translate("folioctl", "\nOptions of every command: --library DIR, --json, --help.\n"
                                                    "folioctl --version prints the version.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folioctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Folio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Folio::BuildInfo::version));
    Folio::Translations::install();

    QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Options before the command (--library DIR, --json) apply to it as if they came after.
    QStringList leading;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            out << "folioctl " << Folio::BuildInfo::version << '\n';
            return 0;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << helpText();
            return 0;
        }
        leading.append(option);
        if (option == QLatin1String("--library") && !arguments.isEmpty()) {
            leading.append(arguments.takeFirst());
        }
    }
    if (arguments.isEmpty()) {
        err << helpText();
        return Folio::Cli::Usage;
    }
    const QString name = arguments.takeFirst();
    for (const Folio::Cli::Command &command : Folio::Cli::commands()) {
        if (command.name == name) {
            Folio::Cli::Context context(name, leading + arguments);
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("folioctl", "folioctl: unknown command \"%1\"; see folioctl --help.").arg(name)
        << '\n';
    return Folio::Cli::Usage;
}
