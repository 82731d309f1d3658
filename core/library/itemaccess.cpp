// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/itemaccess.h"

#include "domain/ids.h"
#include "library/library.h"

namespace Folio::ItemAccess {

Result<void> record(Library &library, AccessRecord::Action action, const QString &itemUuid, int versionNumber)
{
    if (library.isReadOnly() || itemUuid.isEmpty()) {
        return {};
    }
    AccessRecord access;
    access.at = Ids::now();
    access.actor = library.actorName();
    access.action = action;
    access.itemUuid = itemUuid;
    access.versionNumber = versionNumber;
    return AccessLogRepository(library.database()).record(access);
}

} // namespace Folio::ItemAccess
