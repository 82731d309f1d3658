// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `folioctl dump --canonical`: the library's logical state as deterministic text — folders by path,
// items by uuid with their versions and metadata — without local row ids, modification times or anything
// about the dump itself. Two replicas that converged print the same bytes (the basis of sync tests).

#include "error.h"

#include <QString>

namespace Folio {

class Library;

namespace CanonicalDump {
Result<QString> dump(Library &library);
} // namespace CanonicalDump

} // namespace Folio
