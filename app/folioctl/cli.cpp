// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "domain/canonicaljson.h"
#include "library/library.h"
#include "library/librarypaths.h"

#include <QJsonDocument>

#include <cstdio>

namespace Folio::Cli {

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
}

Context::~Context() = default;

bool Context::parse(const QString &description, const QList<QCommandLineOption> &options,
                    const QStringList &positionalNames, int minimumPositional, int maximumPositional)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption({QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    m_parser.addOption({QStringLiteral("library"),
                        tr("The library folder (default: $FOLIO_LIBRARY, else the platform's data location)."),
                        QStringLiteral("dir")});
    m_parser.addOption({QStringLiteral("json"), tr("Print versioned JSON instead of text.")});
    m_parser.addOptions(options);
    for (const QString &name : positionalNames) {
        m_parser.addPositionalArgument(name, QString());
    }
    if (!m_parser.parse(QStringList{QStringLiteral("folioctl ") + m_command} + m_arguments)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText().replace(QStringLiteral("folioctl ") + m_command + QStringLiteral(" [options]"),
                                             QStringLiteral("folioctl ") + m_command + QStringLiteral(" [options]"));
        m_out.flush();
        return false;
    }
    const int count = int(m_parser.positionalArguments().size());
    if (count < minimumPositional || (maximumPositional >= 0 && count > maximumPositional)) {
        usageError(tr("folioctl %1 takes %2; see folioctl %1 --help.")
                       .arg(m_command, positionalNames.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

QString Context::libraryPath() const
{
    return LibraryPaths::resolve(m_parser.value(QStringLiteral("library")));
}

Library *Context::library()
{
    if (!m_library) {
        auto opened = Library::open(libraryPath(), Library::OpenMode::Existing);
        if (!opened) {
            failWith(opened.error());
            return nullptr;
        }
        m_library = std::move(*opened);
    }
    return m_library.get();
}

std::optional<Item> Context::item(const QString &id)
{
    Library *opened = library();
    if (!opened) {
        return std::nullopt;
    }
    return resolveItem(*this, *opened, id);
}

void Context::printJson(const QString &format, QJsonObject object)
{
    object.insert(QStringLiteral("format"), QString(QStringLiteral("folio.") + format));
    object.insert(QStringLiteral("version"), 1);
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

int Context::failWith(const Error &error)
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), Error::codeName(error.code())},
                                        {QStringLiteral("message"), error.message()},
                                        {QStringLiteral("detail"), error.detail()}}}};
        printJson(QStringLiteral("error"), object);
    }
    m_err << "folioctl " << m_command << ": " << error.message() << '\n';
    m_err.flush();
    return error.code() == Error::Code::InvalidArgument ? Usage : Failed;
}

int Context::usageError(const QString &message)
{
    m_err << "folioctl " << m_command << ": " << message << '\n';
    m_err.flush();
    return Usage;
}

const QList<Command> &commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        addLibraryCommands(list);
        addItemCommands(list);
        addEditCommands(list);
        addIngestCommands(list);
        addSearchCommands(list);
        addSettingsCommands(list);
        addSchemaCommands(list);
        addDevCommands(list);
        return list;
    }();
    return all;
}

} // namespace Folio::Cli
