// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's inspector dock: follows the browser's selection.
#include "mainwindow.h"

namespace Folio {

void MainWindow::createInspector()
{ }

} // namespace Folio
