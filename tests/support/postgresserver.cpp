// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace Folio::Test {

namespace PostgresServerHelpers {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

std::unique_ptr<PostgresServer> &sharedServer()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

void stopSharedServer()
{
    sharedServer().reset();
}

} // namespace PostgresServerHelpers

using namespace PostgresServerHelpers;

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

PostgresServer &PostgresServer::shared()
{
    auto &server = sharedServer();
    if (!server) {
        server = std::make_unique<PostgresServer>();
        server->start();
        // Stopped while the application object still exists (its QProcess use is then well defined), also when
        // a test failed; the watchdog covers exits that skip this.
        qAddPostRoutine(stopSharedServer);
    }
    return *server;
}

QString PostgresServer::binary(const QString &name) const
{
    return binDir + QLatin1Char('/') + name;
}

QString PostgresServer::socketDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("s")) : QString();
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("PGDATA"));
    environment.remove(QStringLiteral("PGHOST"));
    environment.remove(QStringLiteral("PGPORT"));
    process.setProcessEnvironment(environment);
    process.start(binary(tool), arguments);
    if (!process.waitForStarted(10000)) {
        m_failure = QStringLiteral("%1 did not start: %2").arg(binary(tool), process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_failure = QStringLiteral("%1 did not finish in %2 s").arg(tool).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_failure = QStringLiteral("%1 %2 failed (exit %3): %4")
                        .arg(tool, arguments.join(QLatin1Char(' ')))
                        .arg(process.exitCode())
                        .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

QString PostgresServer::logTail() const
{
    QFile log(m_dir->filePath(QStringLiteral("postgres.log")));
    if (!log.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(2000)).trimmed();
}

bool PostgresServer::start()
{
    if (m_running) {
        return true;
    }
    if (::geteuid() == 0) {
        m_skipReason = QStringLiteral("PostgreSQL's initdb refuses to run as root; run the PostgreSQL tests as an "
                                      "unprivileged user (scripts/test runs them as folio-test)");
        m_failure = m_skipReason;
        return false;
    }
    if (!QFileInfo(binary(QStringLiteral("initdb"))).isExecutable()) {
        m_failure = QStringLiteral("%1 is missing: run scripts/install-deps (postgresql-15)")
                        .arg(binary(QStringLiteral("initdb")));
        return false;
    }
    // Under /tmp whatever TMPDIR says: the socket path must stay short.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/folio-pg-XXXXXX"));
    if (!m_dir->isValid() || !QDir(m_dir->path()).mkdir(QStringLiteral("s"))) {
        m_failure = QStringLiteral("cannot make a folder under /tmp: %1").arg(m_dir->errorString());
        return false;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    // The watchdog: once this process is gone, stop the server and delete the folder, whatever ended it. It
    // starts before initdb, and waits a little after the end, so an initdb or pg_ctl start left running by a
    // killed test has finished before the server is stopped and its folder removed.
    const QString script = QStringLiteral("exec >/dev/null 2>&1 </dev/null; while kill -0 %1; do sleep 1; done; "
                                          "sleep 3; '%2' -D '%3' -m immediate -w stop; rm -rf '%4'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(binary(QStringLiteral("pg_ctl")), data, m_dir->path());
    if (!QProcess::startDetached(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script })) {
        m_failure = QStringLiteral("cannot start the watchdog shell /bin/sh");
        return false;
    }
    if (!runTool(QStringLiteral("initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("--auth=trust"), QStringLiteral("-U"), QStringLiteral("folio"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
                QStringLiteral("--no-instructions") },
            60000)) {
        return false;
    }

    // A free port can be taken between the probe and postgres binding it: try a few.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories=%2 "
                                               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                                               "-c shared_buffers=16MB -c max_connections=60")
                                    .arg(m_port)
                                    .arg(socketDirectory());
        m_running = runTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("postgres.log")),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), options,
                QStringLiteral("start") },
            40000);
    }
    if (!m_running) {
        m_failure += QStringLiteral("\nserver log: ") + logTail();
    }
    return m_running;
}

void PostgresServer::stop()
{
    if (m_running) {
        m_running = false;
        runTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") },
            30000);
    }
    m_dir.reset();
}

bool PostgresServer::createDatabase(const QString &name)
{
    return m_running && dropDatabase(name)
        && runTool(QStringLiteral("createdb"),
            { QStringLiteral("-h"), socketDirectory(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("folio"), name },
            30000);
}

bool PostgresServer::dropDatabase(const QString &name)
{
    return m_running
        && runTool(QStringLiteral("dropdb"),
            { QStringLiteral("-h"), socketDirectory(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("folio"), QStringLiteral("--if-exists"), QStringLiteral("--force"),
                name },
            30000);
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://folio@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PostgresServer::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=folio dbname=%3").arg(socketDirectory()).arg(m_port).arg(database);
}

} // namespace Folio::Test
