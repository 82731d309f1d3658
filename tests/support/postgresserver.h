// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throwaway PostgreSQL 15 server for the tests that need one: initdb into a new folder under /tmp (trust
// authentication, superuser "folio", UTF-8, locale C), then postgres on its own free port on 127.0.0.1 only,
// its unix socket in that folder (a short path: socket paths are limited to ~107 bytes), fsync off (a test
// server need not survive power loss). The destructor stops it (pg_ctl stop -m fast) and deletes the folder;
// a watchdog shell started beside it does the same if the test process dies without running destructors
// (a crash, kill -9), so no server outlives its test run.
//
// initdb refuses to run as root: as root, start() fails with skipReason() set, and tests QSKIP with it
// (scripts/test runs ctest as the unprivileged user folio-test, where the server starts).
//
// shared() is the one server of a test executable run, started on first use and stopped when the
// application object goes away; each test makes its own database in it with createDatabase().
//
// Thread safety: use from the test thread only. Ownership: owns the server process and its folder.

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Folio::Test {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The server of this test run, started (once) on first call; check isRunning().
    static PostgresServer &shared();

    // initdb and pg_ctl start; false with the reason in failure() (and in skipReason() when it is that the
    // process runs as root). Takes about a second.
    bool start();
    bool isRunning() const { return m_running; }
    // Why start() failed, with initdb's or the server log's last lines.
    QString failure() const { return m_failure; }
    // Set when tests should skip rather than fail: running as root, where initdb cannot run.
    QString skipReason() const { return m_skipReason; }

    quint16 port() const { return m_port; }
    QString socketDirectory() const;
    QString binary(const QString &name) const;

    // A new, empty database NAME (dropped first if a previous test left it); false with failure() set.
    bool createDatabase(const QString &name);
    bool dropDatabase(const QString &name);
    // postgresql://folio@127.0.0.1:PORT/DATABASE, the form `foliod serve --db` takes (TCP).
    QString url(const QString &database) const;
    // The same database through the unix socket, as a libpq key=value conninfo string.
    QString conninfo(const QString &database) const;

    // pg_ctl stop -m fast; the destructor calls it.
    void stop();

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_failure;
    QString m_skipReason;
};

} // namespace Folio::Test
