// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// folioctl's command table and what every command shares: options common to all (--library, --json),
// opening the library, and printing results as text or as versioned JSON
// ({"format": "folio.<name>", "version": 1, ...}) and errors as one line naming the thing and the reason.

#include "domain/records.h"
#include "error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Folio {
class Library;
}

namespace Folio::Cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

class Context
{
    Q_DECLARE_TR_FUNCTIONS(folioctl)

public:
    Context(QString command, QStringList arguments);
    ~Context();

    // Declares the command's options and positional arguments, then parses. Returns false (after
    // printing the reason) when the arguments are wrong or --help was asked.
    bool parse(const QString &description, const QList<QCommandLineOption> &options,
               const QStringList &positionalNames, int minimumPositional, int maximumPositional = -1);

    QCommandLineParser &parser() { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString libraryPath() const;

    // Opens the library (which must exist); prints the error and returns null when it cannot.
    Library *library();
    // Opens the library and finds the item ID names (uuid or its tail); prints the error and returns
    // nothing when either fails.
    std::optional<Item> item(const QString &id);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Prints OBJECT as versioned JSON of format NAME.
    void printJson(const QString &format, QJsonObject object);
    // Prints ERROR (as JSON too when --json) and returns Failed or the usage code.
    int failWith(const Error &error);
    int usageError(const QString &message);

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Library> m_library;
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(Context &)> run;
};

// Every command, in the order `folioctl --help` lists them.
const QList<Command> &commands();

// The command groups (each in its own file) add their commands here.
void addLibraryCommands(QList<Command> &list);
void addItemCommands(QList<Command> &list);
void addSchemaCommands(QList<Command> &list);
void addEditCommands(QList<Command> &list);
void addIngestCommands(QList<Command> &list);
void addDevCommands(QList<Command> &list);
void addSearchCommands(QList<Command> &list);
void addSettingsCommands(QList<Command> &list);
// `show` (showcommand.cpp).
int showCommand(Context &cx);
// Runs the extraction jobs waiting in LIBRARY (a new version's), quietly; failures show in `show`.
void extractQueued(Context &cx, Library &library);
// `ingest`, which `add` is an alias of (ingestcommands.cpp).
int ingestCommand(Context &cx);

// The item ID names (uuid or its tail); prints the error and returns nothing when there is none.
std::optional<Item> resolveItem(Context &cx, Library &library, const QString &id);

// Restores the backup SOURCE into DESTINATION (librarycommands.cpp); `restore` with two arguments.
int restoreBackup(Context &cx, const QString &source, const QString &destination);

} // namespace Folio::Cli
