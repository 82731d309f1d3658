// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds an entity of the shared library by its uuid: its row id, revision and whether it is a tombstone.
// Shared by the op handlers and the state reads. Stateless; runs on the caller's connection.

#include "error.h"

#include <QString>

#include <optional>

namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server::EntityLookup {

struct Found
{
    qint64 id = 0;
    qint64 revision = 0;
    bool deleted = false;
    bool trashed = false; // items only
    qint64 ownerId = 0; // folders, items, collections
};

// nullopt when there is no such row (or UUID is empty).
Result<std::optional<Found>> item(SqlConnection &db, const QString &uuid);
Result<std::optional<Found>> folder(SqlConnection &db, const QString &uuid);
Result<std::optional<Found>> collection(SqlConnection &db, const QString &uuid);
Result<std::optional<Found>> relation(SqlConnection &db, const QString &uuid);

} // namespace Folio::Server::EntityLookup
