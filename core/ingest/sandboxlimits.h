// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The limits a folio-extract process puts on itself before it touches an untrusted file (DESIGN.md rule
// 5): address space, CPU time, size of files it may write, no core dumps, no new privileges, death with
// its parent, and one thread per parser library (libvips, OpenMP in Tesseract). Call once, first thing.

#include "error.h"

namespace Folio::SandboxLimits {

struct Limits
{
    qint64 memoryBytes = qint64(2) << 30; // address space for parsing, on top of what the process uses when
                                           // the limits apply; a decompression bomb hits it, not the machine
    int cpuSeconds = 3600;                 // a backstop: the parent's watchdog stops a single slow file sooner
    qint64 fileBytes = qint64(1) << 30;    // renditions are far smaller
};

// Limits from the environment (FOLIO_EXTRACT_MEMORY_MB, FOLIO_EXTRACT_CPU_SECONDS), else the defaults.
Limits fromEnvironment();
Result<void> apply(const Limits &limits);

} // namespace Folio::SandboxLimits
