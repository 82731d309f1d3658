// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes what a user marks an item with at a glance: its star rating (0–5, or none) and colour
// label (red, orange, yellow, green, blue, purple, gray, or none) — the item table's rating and color_label
// columns. Borrowed Database; one thread at a time; writes run inside the caller's transaction and bump
// the item's rev.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Folio {

class Database;

struct ItemLabels
{
    qint64 itemId = 0;
    QString itemUuid;
    std::optional<int> rating; // none: never rated (a file's own rating may still be adopted)
    QString colorLabel; // empty: none
};

class ItemLabelRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ItemLabelRepository)

public:
    explicit ItemLabelRepository(Database &db)
        : m_db(db)
    { }

    // The colour labels a user can choose, in the order menus show them.
    static QStringList colorLabels();

    // The labels of the live items among ITEMIDS, in the order given (missing or purged ones are left out).
    Result<QList<ItemLabels>> forItems(const QList<qint64> &itemIds);
    // Sets ITEM's rating and colour label to exactly these values (none and empty clear them).
    Result<void> set(
        qint64 itemId, std::optional<int> rating, const QString &colorLabel, const QString &now, qint64 actorId);

private:
    Database &m_db;
};

} // namespace Folio
