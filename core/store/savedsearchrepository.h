// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved searches are smart collections: rows of `collection` with kind 'smart' and their query. This
// is their SQL. Borrowed Database; writes run inside the caller's transaction.

#include "error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Folio {

class Database;

struct SavedSearch
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString query;
    QString createdAt;
    QString modifiedAt;
};

class SavedSearchRepository
{
public:
    explicit SavedSearchRepository(Database &db)
        : m_db(db)
    { }

    // Live (not trashed) saved searches by name.
    Result<QList<SavedSearch>> all();
    Result<std::optional<SavedSearch>> byName(const QString &name);
    Result<void> add(const SavedSearch &search);
    Result<void> updateQuery(qint64 id, const QString &query, const QString &at);
    Result<void> remove(qint64 id);

private:
    Database &m_db;
};

} // namespace Folio
