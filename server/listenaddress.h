// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The address foliod listens on ("127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443") and the rule that a
// non-loopback address without TLS is refused unless the administrator insists (--insecure-http).
// Value type.

#include "error.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Folio::Server {

class ListenAddress
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ListenAddress)

public:
    static Result<ListenAddress> parse(const QString &text);

    const QHostAddress &host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool isLoopback() const { return m_host.isLoopback(); }
    QString toString() const;

    // Refuses plain HTTP on an address other machines can reach, unless ALLOWINSECURE.
    Result<void> checkTransport(bool tls, bool allowInsecure) const;

private:
    QHostAddress m_host;
    quint16 m_port = 0;
};

} // namespace Folio::Server
