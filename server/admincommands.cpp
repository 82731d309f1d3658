// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's administration commands: `foliod check` and `foliod backup DEST`. Both only read the data
// directory and take no lock, so they run beside a serving foliod (store/datadirectorycheck.h says why
// that is safe, store/datadirectorybackup.h how the copy stays consistent).

#include "commands.h"
#include "store/datadirectorybackup.h"
#include "store/datadirectorycheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace Folio::Server {

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::AdminCommands)
};

// Parses ARGUMENTS for COMMAND; nullopt with EXIT set when the command is done (help, a usage error).
std::optional<QString> parseCommon(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments, int maxPositional, int &exit)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("data"), AdminText::tr("The server's data directory (default $FOLIOD_DATA)."),
        QStringLiteral("DIR") });
    if (!parser.parse(QStringList { QStringLiteral("foliod ") + command } + arguments)) {
        err << "foliod " << command << ": " << parser.errorText() << '\n';
        exit = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        exit = 0;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        err << AdminText::tr("foliod %1: unexpected argument \"%2\".")
                   .arg(command, parser.positionalArguments().value(maxPositional))
            << '\n';
        exit = 2;
        return std::nullopt;
    }
    const QString data = parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data"))
                                                              : qEnvironmentVariable("FOLIOD_DATA");
    if (data.isEmpty()) {
        err << AdminText::tr("foliod %1: no data directory: pass --data DIR or set FOLIOD_DATA.").arg(command) << '\n';
        exit = 2;
        return std::nullopt;
    }
    return data;
}

int failed(const QString &command, const Error &error)
{
    QTextStream err(stderr);
    err << "foliod " << command << ": " << error.message() << '\n';
    if (!error.detail().isEmpty()) {
        err << "  " << error.detail() << '\n';
    }
    return 1;
}

} // namespace

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AdminText::tr("Checks a data directory: the database (integrity, foreign keys, schema, the audit hash "
                      "chain), every blob's content against its name, blobs owners refer to, stray and partial "
                      "files. Read only: it may run while foliod serves. Exits 0 when all is sound, 1 with the "
                      "problems otherwise."));
    parser.addOption({ QStringLiteral("json"), AdminText::tr("Print the report as JSON.") });
    int exit = 0;
    const auto data = parseCommon(parser, QStringLiteral("check"), arguments, 0, exit);
    if (!data) {
        return exit;
    }
    auto report = DataDirectoryCheck::run(*data);
    if (!report) {
        return failed(QStringLiteral("check"), report.error());
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const CheckProblem &problem : std::as_const(report->problems)) {
            problems.append(QJsonObject {
                { QStringLiteral("subject"), problem.subject }, { QStringLiteral("reason"), problem.reason } });
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), report->ok() },
                                 { QStringLiteral("problems"), problems }, { QStringLiteral("users"), report->users },
                                 { QStringLiteral("audit_events"), double(report->auditEvents) },
                                 { QStringLiteral("blobs"), report->blobsChecked },
                                 { QStringLiteral("blob_bytes"), double(report->blobBytes) },
                                 { QStringLiteral("owner_markers"), report->ownerMarkers },
                                 { QStringLiteral("upload_sessions"), report->uploadSessions } })
                   .toJson(QJsonDocument::Indented);
        return report->ok() ? 0 : 1;
    }
    for (const CheckProblem &problem : std::as_const(report->problems)) {
        out << problem.subject << ": " << problem.reason << '\n';
    }
    out << AdminText::tr("%1 user(s), %2 audit event(s), %3 blob(s) of %4 bytes, %5 owner marker(s), %6 upload "
                         "session(s) checked: %7.")
               .arg(report->users)
               .arg(report->auditEvents)
               .arg(report->blobsChecked)
               .arg(report->blobBytes)
               .arg(report->ownerMarkers)
               .arg(report->uploadSessions)
               .arg(report->ok() ? AdminText::tr("no problems")
                                 : AdminText::tr("%n problem(s)", nullptr, int(report->problems.size())))
        << '\n';
    return report->ok() ? 0 : 1;
}

int backupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AdminText::tr("Copies a data directory, while foliod serves it, into DEST (a new or empty folder): the "
                      "database as of one moment, the audit head, the token key, every blob (verified while "
                      "copied) and the logs. foliod serve --data DEST starts from the copy."));
    parser.addPositionalArgument(QStringLiteral("DEST"), AdminText::tr("Where the backup goes."));
    int exit = 0;
    const auto data = parseCommon(parser, QStringLiteral("backup"), arguments, 1, exit);
    if (!data) {
        return exit;
    }
    if (parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << AdminText::tr("foliod backup: say where the backup goes: foliod backup DEST.") << '\n';
        return 2;
    }
    const QString dest = parser.positionalArguments().first();
    auto report = DataDirectoryBackup::run(*data, dest);
    if (!report) {
        return failed(QStringLiteral("backup"), report.error());
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &skipped : std::as_const(report->skipped)) {
        err << AdminText::tr("foliod backup: left out the damaged blob %1").arg(skipped) << '\n';
    }
    out << AdminText::tr("Backed up %1 into %2: %3 audit event(s), %4 blob(s) of %5 bytes, %6 owner marker(s)%7.")
               .arg(*data, dest)
               .arg(report->auditEvents)
               .arg(report->blobs)
               .arg(report->blobBytes)
               .arg(report->ownerMarkers)
               .arg(report->complete()
                       ? QString()
                       : AdminText::tr("; %n damaged blob(s) left out", nullptr, int(report->skipped.size())))
        << '\n';
    return report->complete() ? 0 : 1;
}

} // namespace Folio::Server
