// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The security audit rows of foliod's database, with appenders taking turns on PostgreSQL (ServerStore::
// lockAuditChain), so sign-ins on one node and grants on another never chain to the same predecessor.
// Use it for every AuditLog over foliod's database.
//
// Thread safety and ownership: as BasicAuditRepository.

#include "sql/sqlconnection.h"
#include "store/auditrepository.h"
#include "store/serverstore.h"

namespace Folio::Server {

class ServerAuditRepository final : public BasicAuditRepository<SqlConnection>
{
public:
    explicit ServerAuditRepository(SqlConnection &connection)
        : BasicAuditRepository<SqlConnection>(connection)
        , m_connection(connection)
    { }

    Result<void> lockChain() override { return ServerStore::lockAuditChain(m_connection); }

private:
    SqlConnection &m_connection;
};

} // namespace Folio::Server
