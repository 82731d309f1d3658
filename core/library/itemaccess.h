// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records that this library's user viewed, exported or opened from search an item, in the access log
// (store/accesslogrepository.h): what the inspector's Activity shows beside the audit events. Reads are not
// audited (DESIGN.md), so this is no audit event and no transaction of its own; a read-only library records
// nothing. One thread at a time, like its Library.

#include "error.h"
#include "store/accesslogrepository.h"

namespace Folio {

class Library;

namespace ItemAccess {

Result<void> record(Library &library, AccessRecord::Action action, const QString &itemUuid, int versionNumber = 0);

} // namespace ItemAccess

} // namespace Folio
