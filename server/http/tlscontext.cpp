// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscontext.h"

#include <QFile>

#include <openssl/ssl.h>

namespace Folio::Server::Http {

namespace ssl = boost::asio::ssl;

Result<std::shared_ptr<ssl::context>> TlsContext::load(const QString &certificateFile, const QString &keyFile)
{
    for (const QString &file : { certificateFile, keyFile }) {
        if (!QFile::exists(file)) {
            return fail(Error::Code::NotFound, tr("TLS file %1 does not exist.").arg(file));
        }
    }
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    boost::system::error_code ec;
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
            | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use,
        ec);
    // The options above only exclude the protocols Asio knows of; the minimum version also bars future
    // additions below TLS 1.2.
    if (!ec && SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION) != 1) {
        return fail(Error::Code::Unsupported, tr("This OpenSSL cannot require TLS 1.2 or later."));
    }
    if (!ec) {
        context->use_certificate_chain_file(QFile::encodeName(certificateFile).toStdString(), ec);
        if (ec) {
            return fail(Error::Code::InvalidArgument,
                tr("TLS certificate %1 could not be loaded: is it a PEM certificate chain?").arg(certificateFile),
                QString::fromStdString(ec.message()));
        }
    }
    if (!ec) {
        context->use_private_key_file(QFile::encodeName(keyFile).toStdString(), ssl::context::pem, ec);
        if (ec) {
            return fail(Error::Code::InvalidArgument,
                tr("TLS key %1 could not be loaded, or does not belong to certificate %2.")
                    .arg(keyFile, certificateFile),
                QString::fromStdString(ec.message()));
        }
    }
    if (ec) {
        return fail(Error::Code::Unknown, tr("TLS could not be set up."), QString::fromStdString(ec.message()));
    }
    if (SSL_CTX_check_private_key(context->native_handle()) != 1) {
        return fail(Error::Code::InvalidArgument,
            tr("TLS key %1 does not belong to certificate %2.").arg(keyFile, certificateFile));
    }
    return context;
}

} // namespace Folio::Server::Http
