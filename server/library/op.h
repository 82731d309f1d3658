// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One client op as POST /api/v1/ops carries it, its answer, and what an op handler works with. An op is
// the unit of every write to the shared library (DESIGN.md, Sync): a client-chosen id that makes a replay
// harmless, a kind ("item.update"), the entity it is about, the revision the client based it on and the
// fields it sets.
//
// Thread safety: value types; OpContext borrows what the applier owns for one transaction.

#include "error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>


namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class ChangeLog;
class PermissionResolver;
struct Caller;

// Whether the server holds the blob SHA256 and user USERUUID uploaded it.
using BlobCheck = std::function<bool(const QString &userUuid, const QString &sha256)>;

struct Op
{
    QString id;
    QString kind;
    QString entity;
    qint64 base = 0;
    QJsonObject fields;
};

struct OpResult
{
    QString id;
    // applied: nothing else changed the entity since the base; merged: applied on top of other changes
    // (conflicts lists fields whose concurrent value lost); rejected: nothing changed (code, reason).
    QString status;
    qint64 revision = 0;
    QString code;
    QString reason;
    QJsonArray conflicts;

    static OpResult rejected(QString code, QString reason)
    {
        OpResult result;
        result.status = QStringLiteral("rejected");
        result.code = std::move(code);
        result.reason = std::move(reason);
        return result;
    }
    bool isRejected() const { return status == QLatin1String("rejected"); }
    QJsonObject toJson() const;
    static OpResult fromJson(const QJsonObject &json);
};

struct OpContext
{
    SqlConnection &db;
    ChangeLog &log;
    PermissionResolver &perms;
    const Caller &caller;
    // Null accepts every blob (tests without a blob store).
    BlobCheck blobExists;
};

// The answer for something the caller may not read or that does not exist: the same words either way, so a
// rejection never tells an outsider that an item exists.
OpResult notFound(const QString &what);

} // namespace Folio::Server
