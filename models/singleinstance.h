// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One folio per user and library: the first start listens on a local socket named after the user and the
// library's path; a second start finds it, hands over its arguments (folio:// links, files to add) and
// exits, and the first one acts on them. A socket left behind by a crashed folio is removed when nobody
// answers on it.
//
// Thread safety: the thread that made it (the GUI thread). forward() blocks for at most its timeout; it is
// meant for the start of a process, before any window exists. Owns its server and connections.

#include "error.h"

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Folio {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for this user and LIBRARYPATH (the same for every spelling of the path).
    static QString serverName(const QString &libraryPath);
    QString name() const { return m_name; }

    // Hands ARGUMENTS to the folio running on this library; true when it took them. Relative file paths
    // are made absolute here (the running folio has another working directory).
    bool forward(const QStringList &arguments, int timeoutMs = 3000) const;
    // Becomes the running folio: later starts hand their arguments to this one (argumentsReceived).
    // Errors: Busy (another folio answers on the socket), Io (the socket cannot be made).
    Result<void> listen();
    bool isListening() const;

Q_SIGNALS:
    // A second start's arguments (absolute paths and links), in their order.
    void argumentsReceived(const QStringList &arguments);

private:
    void accept();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace Folio
