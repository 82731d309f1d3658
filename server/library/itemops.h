// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ops on items and their versions: item.create, item.update (metadata, folder, classification, trash),
// item.delete (a tombstone), version.add and conflict.resolve, with DESIGN.md's conflict rules — per field,
// the later accepted write wins and the value it overwrote is kept as a conflict record when that value was
// written after the op's base; a version added on a base that is no longer the head is kept and flagged.
// Writing the value that is already there changes nothing and is no conflict.
//
// Thread safety: runs inside the applier's transaction on its connection.

#include "op.h"

namespace Folio::Server::ItemOps {

Result<OpResult> create(OpContext &context, const Op &op);
Result<OpResult> update(OpContext &context, const Op &op);
Result<OpResult> remove(OpContext &context, const Op &op);
Result<OpResult> addVersion(OpContext &context, const Op &op);
Result<OpResult> resolveConflict(OpContext &context, const Op &op);

} // namespace Folio::Server::ItemOps
