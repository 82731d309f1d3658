// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's search: the search bar in the tool bar and the facet panel beside the results.
#include "mainwindow.h"

namespace Folio {

void MainWindow::createSearch()
{ }

} // namespace Folio
