// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's colours: the platform's palette (light or dark, as the desktop says), or a light or dark one
// forced by the user (View → Theme), remembered in QSettings ("appearance/theme").
//
// Thread safety: GUI thread.

#include <QCoreApplication>
#include <QString>

namespace Folio {

class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Appearance)

public:
    enum class Theme { System, Light, Dark };

    static Theme stored();
    // Applies THEME to the application and remembers it.
    static void apply(Theme theme);
    static QString name(Theme theme);
};

} // namespace Folio
