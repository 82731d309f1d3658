// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Installs Folio's translation (and Qt's own) for the language the user asked for: FOLIO_LANGUAGE when set,
// else PREFERRED (the client's language setting, ClientSettings::language()), else the system locale
// (LANG, LC_MESSAGES…: `LANG=de_DE.UTF-8 folio` is German).
//
// Thread safety: call once at start, on the main thread, after the application object exists. The
// translators it installs are owned by the application object.

#include <QLocale>
#include <QString>

namespace Folio::Translations {

// The locale install() uses for PREFERRED ("de", "fr", "en"; empty: none).
QLocale chosenLocale(const QString &preferred = {});
// Returns the language installed ("de", "fr"), or an empty string when that locale has no Folio
// translation (English, the source language, needs none).
QString install(const QString &preferred = {});

} // namespace Folio::Translations
