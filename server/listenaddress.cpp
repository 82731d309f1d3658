// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenaddress.h"

namespace Folio::Server {

Result<ListenAddress> ListenAddress::parse(const QString &text)
{
    QString hostPart;
    QString portPart;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0) {
            return fail(Error::Code::InvalidArgument,
                        tr("Listen address \"%1\": an IPv6 address is written [address]:port.").arg(text));
        }
        hostPart = text.mid(1, close - 1);
        portPart = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            return fail(Error::Code::InvalidArgument, tr("Listen address \"%1\": expected host:port.").arg(text));
        }
        hostPart = text.left(colon);
        portPart = text.mid(colon + 1);
    }

    ListenAddress address;
    if (hostPart == QLatin1String("localhost")) {
        address.m_host = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.m_host.setAddress(hostPart)) {
        return fail(Error::Code::InvalidArgument,
                    tr("Listen address \"%1\": \"%2\" is not an IP address.").arg(text, hostPart));
    }
    bool ok = false;
    const uint port = portPart.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return fail(Error::Code::InvalidArgument,
                    tr("Listen address \"%1\": the port must be a number from 1 to 65535.").arg(text));
    }
    address.m_port = quint16(port);
    return address;
}

QString ListenAddress::toString() const
{
    const QString host = m_host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_host.toString() + QLatin1Char(']')
                             : m_host.toString();
    return host + QLatin1Char(':') + QString::number(m_port);
}

Result<void> ListenAddress::checkTransport(bool tls, bool allowInsecure) const
{
    if (tls || allowInsecure || isLoopback()) {
        return {};
    }
    return fail(Error::Code::PermissionDenied,
                tr("Refusing to listen on %1 without TLS: other machines could read passwords and files. "
                   "Give --tls-cert and --tls-key, or --insecure-http if a proxy in front terminates TLS.")
                    .arg(toString()));
}

} // namespace Folio::Server
