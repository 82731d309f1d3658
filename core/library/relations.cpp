// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/relations.h"

#include "domain/ids.h"
#include "library/library.h"
#include "store/itemrepository.h"
#include "store/relationrepository.h"

#include <QJsonObject>

namespace Folio {

Result<ItemLink> Relations::link(const QString &type, qint64 sourceItemId, qint64 targetItemId)
{
    if (!ItemLinkRepository::userTypes().contains(type)) {
        return fail(Error::Code::InvalidArgument, tr("%1 is not a relation type items can be linked with.").arg(type));
    }
    if (sourceItemId == targetItemId) {
        return fail(Error::Code::InvalidArgument, tr("An item cannot be linked to itself."));
    }
    ItemRepository items(m_library.database());
    auto source = items.byId(sourceItemId);
    if (!source) {
        return std::unexpected(source.error());
    }
    auto target = items.byId(targetItemId);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (source->tombstone || target->tombstone) {
        return fail(Error::Code::NotFound, tr("A purged item cannot be linked."));
    }
    ItemLink made;
    auto ok = m_library.write([&]() -> Result<void> {
        const QString uuid = Ids::newUuid();
        auto id = RelationRepository(m_library.database())
                      .insert(type, sourceItemId, targetItemId, uuid, Ids::now(), m_library.actorId());
        if (!id) {
            return std::unexpected(id.error());
        }
        auto found = ItemLinkRepository(m_library.database()).find(type, sourceItemId, targetItemId);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (*found) {
            made = **found;
        }
        return m_library.record(QStringLiteral("relation.add"), QStringLiteral("relation"), uuid, source->uuid,
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("source"), source->uuid },
                { QStringLiteral("target"), target->uuid }, { QStringLiteral("target_title"), target->title } });
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return made;
}

Result<void> Relations::unlink(const QString &type, qint64 sourceItemId, qint64 targetItemId)
{
    ItemLinkRepository links(m_library.database());
    auto found = links.find(type, sourceItemId, targetItemId);
    if (!found) {
        return std::unexpected(found.error());
    }
    const std::optional<ItemLink> &existing = *found;
    if (!existing) {
        return fail(Error::Code::NotFound,
            tr("Item %1 is not %2 item %3 (any more).").arg(sourceItemId).arg(type).arg(targetItemId));
    }
    const ItemLink link = *existing;
    auto source = ItemRepository(m_library.database()).byId(sourceItemId);
    if (!source) {
        return std::unexpected(source.error());
    }
    return m_library.write([&]() -> Result<void> {
        if (auto removed = ItemLinkRepository(m_library.database()).remove(link.relationId); !removed) {
            return removed;
        }
        return m_library.record(QStringLiteral("relation.remove"), QStringLiteral("relation"), link.relationUuid,
            source->uuid,
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("source"), source->uuid },
                { QStringLiteral("target"), link.otherUuid }, { QStringLiteral("target_title"), link.otherTitle } });
    });
}

} // namespace Folio
