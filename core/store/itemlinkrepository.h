// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relation table seen from one item: every link of any type in both directions, with the linked item's
// title, and the removal of a link. (RelationRepository inserts links and follows one type; this class
// serves the inspector's list and unlinking.) A relation reads "SOURCE is TYPE TARGET".
// Borrowed Database; one thread at a time; writes run inside the caller's transaction.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Folio {

class Database;

// One link of an item and the item at its other end.
struct ItemLink
{
    qint64 relationId = 0;
    QString relationUuid;
    QString type;
    bool outgoing = true; // true: this item is the source ("this is TYPE other")
    qint64 otherItemId = 0;
    QString otherUuid;
    QString otherTitle;
    QString otherKind;
    bool otherTrashed = false;
    QString createdAt;
};

class ItemLinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ItemLinkRepository)

public:
    explicit ItemLinkRepository(Database &db)
        : m_db(db)
    { }

    // The relation types a user may link with (extracted-from is ingest's own).
    static QStringList userTypes();
    // Every link of ITEM (both directions, all types) to live items, outgoing first, then by type and title.
    Result<QList<ItemLink>> ofItem(qint64 itemId);
    // The link TYPE from SOURCE to TARGET, if there is one.
    Result<std::optional<ItemLink>> find(const QString &type, qint64 sourceItemId, qint64 targetItemId);
    // Removes the link with this id; NotFound when it is not there.
    Result<void> remove(qint64 relationId);

private:
    Database &m_db;
};

} // namespace Folio
