// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Installs Folio's translation (and Qt's own) for the user's locale, or for FOLIO_LANGUAGE when set.

#include <QString>

namespace Folio::Translations {
// Returns the language installed, or an empty string when the locale has no Folio translation.
QString install();
} // namespace Folio::Translations
