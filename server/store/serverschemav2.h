// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of foliod.db's version 2 (the synced library), apart from serverschema.cpp so that file stays the
// list of versions. Thread safety: constant data.

namespace Folio::Server::ServerSchema {

extern const char *const version2;

} // namespace Folio::Server::ServerSchema
