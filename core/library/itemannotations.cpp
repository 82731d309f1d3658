// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/itemannotations.h"

#include "domain/ids.h"
#include "library/library.h"

#include <QJsonObject>

namespace Folio {

namespace {
QJsonValue ratingJson(std::optional<int> rating)
{
    return rating ? QJsonValue(*rating) : QJsonValue();
}

QJsonValue labelJson(const QString &label)
{
    return label.isEmpty() ? QJsonValue() : QJsonValue(label);
}
} // namespace

Result<QList<ItemLabels>> ItemAnnotations::set(
    const QList<qint64> &itemIds, std::optional<int> rating, std::optional<QString> colorLabel)
{
    if (rating && (*rating < 0 || *rating > 5)) {
        return fail(Error::Code::InvalidArgument, tr("A rating has 0 to 5 stars, not %1.").arg(*rating));
    }
    if (colorLabel && !colorLabel->isEmpty() && !ItemLabelRepository::colorLabels().contains(*colorLabel)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a colour label.").arg(*colorLabel));
    }
    auto before = ItemLabelRepository(m_library.database()).forItems(itemIds);
    if (!before) {
        return std::unexpected(before.error());
    }
    QList<ItemLabels> after = *before;
    for (ItemLabels &item : after) {
        if (rating) {
            item.rating = *rating;
        }
        if (colorLabel) {
            item.colorLabel = *colorLabel;
        }
    }
    if (auto ok = write(*before, after); !ok) {
        return std::unexpected(ok.error());
    }
    return *before;
}

Result<void> ItemAnnotations::restore(const QList<ItemLabels> &previous)
{
    QList<qint64> ids;
    for (const ItemLabels &item : previous) {
        ids.append(item.itemId);
    }
    auto current = ItemLabelRepository(m_library.database()).forItems(ids);
    if (!current) {
        return std::unexpected(current.error());
    }
    // Items purged since are left out of CURRENT: restore only the ones still there.
    QList<ItemLabels> before;
    QList<ItemLabels> after;
    for (const ItemLabels &now : std::as_const(*current)) {
        for (const ItemLabels &old : previous) {
            if (old.itemId == now.itemId) {
                before.append(now);
                after.append(old);
                break;
            }
        }
    }
    return write(before, after);
}

Result<void> ItemAnnotations::write(const QList<ItemLabels> &before, const QList<ItemLabels> &after)
{
    return m_library.write([&]() -> Result<void> {
        ItemLabelRepository labels(m_library.database());
        const QString now = Ids::now();
        for (qsizetype i = 0; i < before.size(); ++i) {
            const ItemLabels &old = before.at(i);
            const ItemLabels &next = after.at(i);
            const bool rated = old.rating != next.rating;
            const bool labelled = old.colorLabel != next.colorLabel;
            if (!rated && !labelled) {
                continue; // writing the value that is already there changes nothing
            }
            if (auto ok = labels.set(next.itemId, next.rating, next.colorLabel, now, m_library.actorId()); !ok) {
                return ok;
            }
            if (rated) {
                auto recorded
                    = m_library.record(QStringLiteral("item.rate"), QStringLiteral("item"), old.itemUuid, old.itemUuid,
                        QJsonObject { { QStringLiteral("rating"),
                            QJsonObject { { QStringLiteral("old"), ratingJson(old.rating) },
                                { QStringLiteral("new"), ratingJson(next.rating) } } } });
                if (!recorded) {
                    return recorded;
                }
            }
            if (labelled) {
                auto recorded
                    = m_library.record(QStringLiteral("item.label"), QStringLiteral("item"), old.itemUuid, old.itemUuid,
                        QJsonObject { { QStringLiteral("color_label"),
                            QJsonObject { { QStringLiteral("old"), labelJson(old.colorLabel) },
                                { QStringLiteral("new"), labelJson(next.colorLabel) } } } });
                if (!recorded) {
                    return recorded;
                }
            }
        }
        return {};
    });
}

} // namespace Folio
