// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's commands, each a function of its own file, called by main.cpp with the arguments after the
// command's name. Each returns the process's exit code (0 done, 1 failed, 2 usage) and prints its errors.

#include <QStringList>

namespace Folio::Server {

// `foliod serve --data DIR --listen HOST:PORT [--tls-cert F --tls-key F] [--insecure-http]` (servecommand.cpp)
int serveCommand(const QStringList &arguments);
// `foliod user add|passwd|disable|list|totp …`, `foliod sessions [USER]`, `foliod revoke SESSION|--user USER`,
// `foliod migrate` (accountcommands.cpp); COMMAND is the first word.
int accountCommand(const QString &command, const QStringList &arguments);
// `foliod check [--data DIR] [--json]` and `foliod backup DEST [--data DIR]` (admincommands.cpp): read only,
// no lock, so they run beside a serving foliod.
int checkCommand(const QStringList &arguments);
int backupCommand(const QStringList &arguments);
// `foliod grant USER|ROLE PERMS TARGET`, `foliod revoke-grant USER|ROLE TARGET`, `foliod grants [--json]`
// (grantcommands.cpp); COMMAND is the first word.
int grantCommand(const QString &command, const QStringList &arguments);
// `foliod dev generate --items N [--seed S] [--blobs]` (devcommands.cpp): synthetic data for benchmarks.
int devCommand(const QStringList &arguments);

} // namespace Folio::Server
