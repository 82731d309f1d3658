// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON state of one entity of the shared library as the change feed and the state reads deliver it:
// always the whole entity, read back from the database after the change, so applying a change is idempotent
// and a client that sees only the latest change of an entity still has all of it. Users appear by name.
//
// Thread safety: stateless functions over the caller's connection.

#include "error.h"

#include <QJsonObject>


namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server::Snapshots {

// A field value as item_fields.value and field_conflicts store it, and back.
QString encodeValue(const QJsonValue &value);
QJsonValue jsonValue(const QString &text);

Result<QJsonObject> folder(SqlConnection &db, qint64 id);
// With "fields": every metadata field's JSON value.
Result<QJsonObject> item(SqlConnection &db, qint64 id);
Result<QJsonObject> version(SqlConnection &db, qint64 id);
Result<QJsonObject> collection(SqlConnection &db, qint64 id);
Result<QJsonObject> membership(SqlConnection &db, qint64 collectionId, qint64 itemId);
Result<QJsonObject> relation(SqlConnection &db, qint64 id);
Result<QJsonObject> conflict(SqlConnection &db, qint64 id);

} // namespace Folio::Server::Snapshots
