// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ops on the library's structure: folder.create / update (rename, move) / delete (only when empty),
// collection.create / update / delete / add / remove, relation.add / remove. Moving a folder re-decides who
// may read everything below it (AccessDiff).
//
// Thread safety: runs inside the applier's transaction on its connection.

#include "op.h"

namespace Folio::Server::StructureOps {

Result<OpResult> createFolder(OpContext &context, const Op &op);
Result<OpResult> updateFolder(OpContext &context, const Op &op);
Result<OpResult> removeFolder(OpContext &context, const Op &op);
Result<OpResult> createCollection(OpContext &context, const Op &op);
Result<OpResult> updateCollection(OpContext &context, const Op &op);
Result<OpResult> removeCollection(OpContext &context, const Op &op);
// fields.item: the item to add or remove.
Result<OpResult> addToCollection(OpContext &context, const Op &op);
Result<OpResult> removeFromCollection(OpContext &context, const Op &op);
// fields: source, target (item uuids), type.
Result<OpResult> addRelation(OpContext &context, const Op &op);
Result<OpResult> removeRelation(OpContext &context, const Op &op);

} // namespace Folio::Server::StructureOps
