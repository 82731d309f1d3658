// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpApplier applies a batch of ops from one caller in one write transaction (group commit), each op in its
// own savepoint so a rejected op leaves nothing behind while the others stand. An op id seen before answers
// its stored result without applying anything (a client that lost the answer simply sends the batch again).
// parse() checks the envelope strictly — a malformed batch is refused whole, before anything is stored.
//
// Thread safety: one per batch, on the writer's connection. Borrows the database.

#include "op.h"
#include "permissions.h"

#include <QList>

namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class ChangeLog;

class OpApplier
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::OpApplier)

public:
    static constexpr int maxOps = 1000;

    OpApplier(SqlConnection &db, Caller caller, BlobCheck blobExists);

    // The ops of a request body {"ops": [...]}: InvalidArgument naming the op and the problem.
    static Result<QList<Op>> parse(const QJsonObject &body);
    static const QStringList &kinds();

    // OPS in a transaction of their own.
    Result<QList<OpResult>> apply(const QList<Op> &ops);
    // OPS inside the caller's write transaction, which has called LOG.lockForWriting() (group commit).
    Result<QList<OpResult>> applyWithin(ChangeLog &log, const QList<Op> &ops);

private:
    Result<OpResult> dispatch(OpContext &context, const Op &op);

    SqlConnection &m_db;
    Caller m_caller;
    BlobCheck m_blobExists;
};

} // namespace Folio::Server
