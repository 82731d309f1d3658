// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The server's TLS settings: a certificate chain and private key from PEM files, TLS 1.2 or later only.
// Private header of server/http (it includes Boost.Asio's SSL): only .cpp files include it.
// Thread safety: the context is read-only once made and shared by every connection.

#include "error.h"

#include <QCoreApplication>

#include <boost/asio/ssl/context.hpp>

#include <memory>

namespace Folio::Server::Http {

class TlsContext
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::TlsContext)

public:
    static Result<std::shared_ptr<boost::asio::ssl::context>> load(
        const QString &certificateFile, const QString &keyFile);
};

} // namespace Folio::Server::Http
