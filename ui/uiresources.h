// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's icons (ui/icons/*.svg, under ":/icons/") live in the folio_ui static library, whose resources
// the linker does not register by itself: every widget that shows them calls this first (once is enough;
// later calls do nothing).

namespace Folio {

void initUiResources();

} // namespace Folio
