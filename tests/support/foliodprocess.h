// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One real `foliod serve` process for the server tests, on a free loopback port (port 0, read back from the
// "listening on HOST:PORT" line foliod prints once it serves). Killed when it goes out of scope.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Folio::Test {

class FoliodProcess
{
public:
    explicit FoliodProcess(QString dataDir);
    ~FoliodProcess();
    FoliodProcess(const FoliodProcess &) = delete;
    FoliodProcess &operator=(const FoliodProcess &) = delete;

    // Starts `foliod serve --data DIR --listen LISTEN EXTRA…`; false (with the reason in failure()) unless it
    // says it listens within 20 s.
    bool start(const QStringList &extra = {}, const QString &listen = QStringLiteral("127.0.0.1:0"));
    // SIGTERM and wait: true when it exits with 0 (its store and lock are free afterwards).
    bool stop();
    // SIGKILL: no chance to clean up (crash tests).
    void kill();

    quint16 port() const { return m_port; }
    QString failure() const { return m_failure; }
    QProcess &process() { return m_process; }
    // Everything foliod wrote to stderr so far (its request log).
    QByteArray standardError();

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_failure;
    QByteArray m_error;
};

} // namespace Folio::Test
