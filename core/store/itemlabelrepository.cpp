// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/itemlabelrepository.h"

#include "store/database.h"

namespace Folio {

QStringList ItemLabelRepository::colorLabels()
{
    return { QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"), QStringLiteral("green"),
        QStringLiteral("blue"), QStringLiteral("purple"), QStringLiteral("gray") };
}

Result<QList<ItemLabels>> ItemLabelRepository::forItems(const QList<qint64> &itemIds)
{
    QList<ItemLabels> labels;
    labels.reserve(itemIds.size());
    for (const qint64 id : itemIds) {
        auto stmt = m_db.query(
            QStringLiteral("SELECT uuid, rating, color_label FROM item WHERE id = ? AND tombstone = 0"), id);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        auto row = stmt->next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            continue;
        }
        ItemLabels item;
        item.itemId = id;
        item.itemUuid = stmt->text(0);
        if (!stmt->isNull(1)) {
            item.rating = int(stmt->int64(1));
        }
        item.colorLabel = stmt->isNull(2) ? QString() : stmt->text(2);
        labels.append(item);
    }
    return labels;
}

Result<void> ItemLabelRepository::set(
    qint64 itemId, std::optional<int> rating, const QString &colorLabel, const QString &now, qint64 actorId)
{
    if (rating && (*rating < 0 || *rating > 5)) {
        return fail(Error::Code::InvalidArgument, tr("A rating has 0 to 5 stars, not %1.").arg(*rating));
    }
    if (!colorLabel.isEmpty() && !colorLabels().contains(colorLabel)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a colour label.").arg(colorLabel));
    }
    auto updated = m_db.execute(QStringLiteral("UPDATE item SET rating = ?, color_label = ?, modified_at = ?, "
                                               "modified_by = ?, rev = rev + 1 WHERE id = ? AND tombstone = 0"),
        rating ? QVariant(qint64(*rating)) : QVariant(), colorLabel.isEmpty() ? QVariant() : QVariant(colorLabel), now,
        actorId ? QVariant(actorId) : QVariant(), itemId);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    if (*updated == 0) {
        return fail(Error::Code::NotFound, tr("Item %1 does not exist.").arg(itemId));
    }
    return {};
}

} // namespace Folio
