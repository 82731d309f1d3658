// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What folioctl's ingest commands (ingestcommands.cpp) share with the commands that run one item's jobs
// again with something more (ocrcommands.cpp: unlock, ocr): running the engine to its end and its summary.

#include "cli.h"

namespace Folio {
class IngestEngine;
}

namespace Folio::Cli {

// Runs ENGINE (already started) to its end, with live progress on a terminal and Ctrl-C as cancel.
void runToEnd(Context &cx, IngestEngine &engine);
// Prints what ENGINE's run did (as JSON with --json); returns the exit code.
int printSummary(Context &cx, IngestEngine &engine);
// `unlock` and `ocr` (ocrcommands.cpp).
void addOcrCommands(QList<Command> &list);

} // namespace Folio::Cli
