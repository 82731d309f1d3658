// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// folio://item/<uuid> links: what "Copy Link" puts on the clipboard and what folio accepts on its command
// line (the desktop entry registers the scheme, so a click on such a link in another application opens the
// item in Folio).
//
// Stateless functions; thread-safe.

#include <QString>
#include <QUrl>

namespace Folio::ItemUrl {

inline constexpr char scheme[] = "folio";

// folio://item/UUID.
QUrl make(const QString &uuid);
// The uuid an argument or URL names when it is a folio://item/<uuid> link, else an empty string.
QString uuidOf(const QString &argument);
bool isLink(const QString &argument);

} // namespace Folio::ItemUrl
