// SPDX-License-Identifier: GPL-3.0-or-later
// foliod's account commands: user add|passwd|disable|list|totp, sessions, revoke, migrate. Each takes the
// data directory's lock for its whole run, so it never writes beside a running server (commands.h).

#include "auth/passwordhasher.h"
#include "auth/totp.h"
#include "commands.h"
#include "sql/sqlconnection.h"
#include "store/database.h"
#include "store/serverlocation.h"
#include "store/serverschema.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace Folio::Server {

namespace {

const char *const context = "foliod";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// The arguments of one command: words in order, and the options that were given.
struct Arguments
{
    QStringList words;
    QHash<QString, QString> options; // "--role" → "editor"; flags map to an empty string
};

const QStringList valueOptions { QStringLiteral("--data"), QStringLiteral("--db"), QStringLiteral("--role"),
    QStringLiteral("--password-file"), QStringLiteral("--user") };
const QStringList flagOptions { QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h") };

Result<Arguments> parse(const QStringList &arguments)
{
    Arguments out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                return fail(Error::Code::InvalidArgument, tr("The option %1 needs a value.").arg(argument));
            }
            out.options.insert(argument, arguments.at(++i));
        } else if (flagOptions.contains(argument)) {
            out.options.insert(argument, QString());
        } else if (argument.startsWith(QLatin1String("--"))) {
            return fail(Error::Code::InvalidArgument, tr("Unknown option %1.").arg(argument));
        } else {
            out.words.append(argument);
        }
    }
    return out;
}

// Who is changing the accounts, for the audit trail.
QString cliActor()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = QStringLiteral("uid ") + QString::number(::getuid());
    }
    return QStringLiteral("foliod-cli:") + login;
}

// Turns the terminal's echo off while it lives, so a typed password is not shown; restores it after.
class EchoOff
{
public:
    EchoOff()
    {
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            QTextStream(stderr) << '\n';
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

// The first line of FILE, or of standard input when FILE is empty, without its line end. On a terminal
// it asks for it for NAME and does not echo it.
Result<QString> readPassword(const QString &file, const QString &name)
{
    QFile in;
    const bool fromStdin = file.isEmpty();
    std::optional<EchoOff> echoOff;
    if (fromStdin && ::isatty(STDIN_FILENO)) {
        QTextStream(stderr) << tr("Password for %1: ").arg(name) << Qt::flush;
        echoOff.emplace();
    }
    if (fromStdin) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return fail(Error::Code::Io, tr("Could not read the password from standard input."));
        }
    } else {
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return fail(Error::Code::Io, tr("Could not read the password file %1: %2").arg(file, in.errorString()));
        }
    }
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return fail(Error::Code::InvalidArgument,
            fromStdin ? tr("No password was given on standard input (or use --password-file F).")
                      : tr("The password file %1 is empty.").arg(file));
    }
    return QString::fromUtf8(line);
}

QJsonObject userJson(const ServerUser &user)
{
    // Never the password hash or the TOTP secret.
    return QJsonObject { { QStringLiteral("uuid"), user.uuid }, { QStringLiteral("name"), user.name },
        { QStringLiteral("role"), user.role }, { QStringLiteral("disabled"), user.disabled },
        { QStringLiteral("totp"), !user.totpSecret.isEmpty() }, { QStringLiteral("created"), user.created } };
}

QJsonObject sessionJson(const ServerSession &session)
{
    return QJsonObject { { QStringLiteral("id"), session.id }, { QStringLiteral("user"), session.userName },
        { QStringLiteral("device"), session.device }, { QStringLiteral("created"), session.created },
        { QStringLiteral("last_used"), session.lastUsed }, { QStringLiteral("expires"), session.expires } };
}

class Runner
{
public:
    Runner()
        : m_out(stdout)
        , m_err(stderr)
    { }

    int failed(const Error &error)
    {
        m_err << "foliod: " << error.message() << '\n';
        if (!error.detail().isEmpty()) {
            m_err << "  " << error.detail() << '\n';
        }
        return 1;
    }
    int usage(const QString &message)
    {
        m_err << "foliod: " << message << '\n';
        return 2;
    }

    int run(const QString &command, const QStringList &arguments)
    {
        auto parsed = parse(arguments);
        if (!parsed) {
            return usage(parsed.error().message());
        }
        m_args = std::move(*parsed);
        if (m_args.options.contains(QStringLiteral("--help")) || m_args.options.contains(QStringLiteral("-h"))) {
            m_out << tr("Usage:\n"
                        "  foliod user add NAME --role ROLE [--password-file F]   (else the password is read "
                        "from standard input)\n"
                        "  foliod user passwd NAME [--password-file F]\n"
                        "  foliod user disable NAME\n"
                        "  foliod user list [--json]\n"
                        "  foliod user totp NAME        prints an otpauth:// URI to enrol an authenticator app\n"
                        "  foliod sessions [USER] [--json]\n"
                        "  foliod revoke SESSION | --user USER\n"
                        "  foliod migrate\n"
                        "Each takes --data DIR (default $FOLIOD_DATA); run them while foliod serve is stopped.\n"
                        "With --db postgresql://… they work on that database (DIR is then the shared folder) and\n"
                        "may run beside serving nodes.\n");
            return 0;
        }
        QString dir = m_args.options.value(QStringLiteral("--data"));
        if (dir.isEmpty()) {
            dir = qEnvironmentVariable("FOLIOD_DATA");
        }
        if (dir.isEmpty()) {
            return usage(tr("No data directory: pass --data DIR or set FOLIOD_DATA."));
        }
        auto location = ServerLocation::open(dir, m_args.options.value(QStringLiteral("--db")));
        if (!location) {
            return failed(location.error());
        }
        auto store = location->openStore();
        if (!store) {
            return failed(store.error());
        }
        m_store = store->get();
        if (command == QLatin1String("user")) {
            return user();
        }
        if (command == QLatin1String("sessions")) {
            return sessions();
        }
        if (command == QLatin1String("revoke")) {
            return revoke();
        }
        if (command == QLatin1String("migrate")) {
            m_out << tr("%1 is at schema version %2 (was %3).")
                         .arg(m_store->connection().name())
                         .arg(ServerSchema::currentVersion())
                         .arg(m_store->migratedFrom())
                  << '\n';
            return 0;
        }
        return usage(tr("Unknown command \"%1\".").arg(command));
    }

private:
    int user()
    {
        const QString verb = m_args.words.value(0);
        const QString name = m_args.words.value(1);
        if (verb == QLatin1String("list")) {
            return list();
        }
        if (verb.isEmpty() || name.isEmpty() || m_args.words.size() > 2) {
            return usage(tr("Usage: foliod user add|passwd|disable|totp NAME, or foliod user list."));
        }
        if (verb == QLatin1String("add")) {
            const QString role = m_args.options.value(QStringLiteral("--role"));
            if (role.isEmpty()) {
                return usage(tr("foliod user add needs --role ROLE (one of %1).")
                                 .arg(ServerStore::roles().join(QStringLiteral(", "))));
            }
            // Checked before reading and hashing the password, so a typo costs no prompt.
            if (auto ok = ServerStore::validateName(name); !ok) {
                return failed(ok.error());
            }
            if (auto ok = ServerStore::validateRole(role); !ok) {
                return failed(ok.error());
            }
            auto hash = passwordHash(name);
            if (!hash) {
                return failed(hash.error());
            }
            auto added = m_store->addUser(name, role, *hash, cliActor());
            if (!added) {
                return failed(added.error());
            }
            m_out << tr("Added the user %1 (%2), id %3.").arg(added->name, added->role, added->uuid) << '\n';
            return 0;
        }
        if (verb == QLatin1String("passwd")) {
            if (auto found = m_store->user(name); !found) {
                return failed(found.error());
            }
            auto hash = passwordHash(name);
            if (!hash) {
                return failed(hash.error());
            }
            if (auto ok = m_store->setPasswordHash(name, *hash, cliActor()); !ok) {
                return failed(ok.error());
            }
            m_out << tr("Changed the password of %1.").arg(name) << '\n';
            return 0;
        }
        if (verb == QLatin1String("disable")) {
            if (auto ok = m_store->setDisabled(name, true, cliActor()); !ok) {
                return failed(ok.error());
            }
            m_out << tr("Disabled %1 and revoked their sessions.").arg(name) << '\n';
            return 0;
        }
        if (verb == QLatin1String("totp")) {
            auto secret = Totp::newSecret();
            if (!secret) {
                return failed(secret.error());
            }
            if (auto ok = m_store->setTotpSecret(name, *secret, cliActor()); !ok) {
                return failed(ok.error());
            }
            m_out << Totp::provisioningUri(name, *secret) << '\n';
            return 0;
        }
        return usage(tr("Unknown user command \"%1\"; see foliod user --help.").arg(verb));
    }

    Result<QString> passwordHash(const QString &name)
    {
        auto password = readPassword(m_args.options.value(QStringLiteral("--password-file")), name);
        if (!password) {
            return std::unexpected(password.error());
        }
        return PasswordHasher().hash(*password);
    }

    int list()
    {
        auto users = m_store->users();
        if (!users) {
            return failed(users.error());
        }
        if (m_args.options.contains(QStringLiteral("--json"))) {
            QJsonArray array;
            for (const ServerUser &user : *users) {
                array.append(userJson(user));
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const ServerUser &user : *users) {
            m_out << user.name << '\t' << user.role << '\t' << (user.disabled ? tr("disabled") : tr("active")) << '\t'
                  << (user.totpSecret.isEmpty() ? tr("no-totp") : tr("totp")) << '\t' << user.created << '\n';
        }
        return 0;
    }

    int sessions()
    {
        if (m_args.words.size() > 1) {
            return usage(tr("Usage: foliod sessions [USER] [--json]."));
        }
        auto sessions = m_store->sessions(m_args.words.value(0), QDateTime::currentDateTimeUtc());
        if (!sessions) {
            return failed(sessions.error());
        }
        if (m_args.options.contains(QStringLiteral("--json"))) {
            QJsonArray array;
            for (const ServerSession &session : *sessions) {
                array.append(sessionJson(session));
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const ServerSession &session : *sessions) {
            m_out << session.id << '\t' << session.userName << '\t' << session.device << '\t' << session.lastUsed
                  << '\t' << session.expires << '\n';
        }
        return 0;
    }

    int revoke()
    {
        if (m_args.options.contains(QStringLiteral("--user"))) {
            if (!m_args.words.isEmpty()) {
                return usage(tr("Usage: foliod revoke SESSION, or foliod revoke --user USER."));
            }
            const QString name = m_args.options.value(QStringLiteral("--user"));
            auto count = m_store->revokeUserSessions(name, cliActor());
            if (!count) {
                return failed(count.error());
            }
            m_out << tr("Revoked %1 session(s) of %2.").arg(*count).arg(name) << '\n';
            return 0;
        }
        bool isNumber = false;
        const qint64 id = m_args.words.value(0).toLongLong(&isNumber);
        if (m_args.words.size() != 1 || !isNumber) {
            return usage(tr("Usage: foliod revoke SESSION (a number from foliod sessions), or foliod revoke --user "
                            "USER."));
        }
        auto revoked = m_store->revokeSession(id, cliActor());
        if (!revoked) {
            return failed(revoked.error());
        }
        m_out << (*revoked ? tr("Revoked session %1.") : tr("Session %1 was revoked already.")).arg(id) << '\n';
        return 0;
    }

    QTextStream m_out;
    QTextStream m_err;
    Arguments m_args;
    ServerStore *m_store = nullptr;
};

} // namespace

int accountCommand(const QString &command, const QStringList &arguments)
{
    Runner runner;
    return runner.run(command, arguments);
}

} // namespace Folio::Server
