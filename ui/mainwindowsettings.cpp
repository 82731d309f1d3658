// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's settings dialog and folio:// links.
#include "mainwindow.h"

namespace Folio {

void MainWindow::createSettings()
{ }

void MainWindow::showPreferences()
{ }

void MainWindow::revealItem(const QString &uuid)
{
    Q_UNUSED(uuid);
}

} // namespace Folio
