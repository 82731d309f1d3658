// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiresources.h"

#include <QtCore/qglobal.h>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace Folio {

void initUiResources()
{
    static std::once_flag once;
    std::call_once(once, registerIcons);
}

} // namespace Folio
