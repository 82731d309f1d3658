// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of manual collections: rows of `collection` with kind 'manual' and their members in
// `collection_item` (smart collections are SavedSearchRepository's). Names are not unique in the schema;
// Collections checks them inside its write transaction.
//
// Thread safety: one thread at a time, like the borrowed Database. Writes run inside the caller's
// transaction.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Folio {

class Database;

struct Collection
{
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 itemCount = 0; // members that are live and outside the Trash (what the browser shows)
    qint64 rev = 0;
    QString createdAt;
    QString modifiedAt;
    QString trashedAt;
};

class CollectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::CollectionRepository)

public:
    explicit CollectionRepository(Database &db)
        : m_db(db)
    { }

    // Live (not trashed) manual collections by name, with their item counts.
    Result<QList<Collection>> all();
    // The manual collection ID, trashed or not; NotFound when there is none.
    Result<Collection> byId(qint64 id);
    // The live manual collection named NAME (compared without case), if any.
    Result<std::optional<Collection>> byName(const QString &name);

    Result<qint64> insert(const QString &uuid, const QString &name, const QString &now);
    Result<void> rename(qint64 id, const QString &name, const QString &now);
    // Sets (or, with an empty TRASHEDAT, clears) the collection's trashed time.
    Result<void> setTrashed(qint64 id, const QString &trashedAt, const QString &now);
    // Adds ITEMID after the collection's last member; false when it was a member already.
    Result<bool> addItem(qint64 id, qint64 itemId, const QString &now);
    // False when ITEMID was not a member.
    Result<bool> removeItem(qint64 id, qint64 itemId);
    // Every member (trashed or not) in the order they were added.
    Result<QList<qint64>> itemIds(qint64 id);

private:
    Database &m_db;
};

} // namespace Folio
