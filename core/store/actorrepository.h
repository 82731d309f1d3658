// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The people who act on a library and the library's own facts (library_info). Borrowed Database.

#include "error.h"

#include <QString>

namespace Folio {

class Database;

class ActorRepository
{
public:
    explicit ActorRepository(Database &db) : m_db(db) {}

    // The id of the actor NAME, or 0 when there is none.
    Result<qint64> find(const QString &name);
    // The id of the actor NAME, created (source 'local') when missing.
    Result<qint64> ensure(const QString &name, const QString &displayName);

    Result<QString> info(const QString &key);
    Result<void> setInfo(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace Folio
