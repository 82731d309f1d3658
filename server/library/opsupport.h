// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the op handlers of folders, collections and relations share: the usual answers and checks.
// Stateless; runs on the op's connection.

#include "entitylookup.h"
#include "op.h"

#include <optional>
#include <variant>

namespace Folio::Server::OpSupport {

OpResult applied(qint64 revision);
OpResult exists();
// The rejection for a name that is empty, too long, has '/' or control characters, or is . or ..
std::optional<OpResult> checkName(const QString &name);
// A live item the caller may read and do NEED with: its row id, or the rejection (one that hides an
// unreadable item as missing).
Result<std::variant<qint64, OpResult>> readableItem(OpContext &context, const QString &uuid, int need);
// The item UUID (deleted or not) when the caller may do NEED with it, or the rejection (hiding an
// unreadable item as missing).
Result<std::variant<EntityLookup::Found, OpResult>> writableItem(OpContext &context, const QString &uuid, int need);

} // namespace Folio::Server::OpSupport
