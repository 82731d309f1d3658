// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes items (store/ is the only place with SQL). Borrowed Database; same thread rule.

#include "error.h"

#include <QList>
#include <QString>

namespace Folio {

class Database;

struct ItemRow
{
    qint64 id = 0;
    QString uuid;
    QString kind;
    QString title;
};

class ItemRepository
{
public:
    explicit ItemRepository(Database &db) : m_db(db) {}

    Result<qint64> count();
    // Up to LIMIT items ordered by title, starting at OFFSET.
    Result<QList<ItemRow>> page(qint64 offset, int limit);

private:
    Database &m_db;
};

} // namespace Folio
