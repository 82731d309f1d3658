// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/sandboxlimits.h"

#include "util/durablefile.h"

#include <QCoreApplication>

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <malloc.h>
#include <unistd.h>
#include <csignal>
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace Folio::SandboxLimits {

namespace {
Result<void> limit(int resource, rlim_t value, const char *name)
{
    const rlimit wanted{value, value};
    if (::setrlimit(resource, &wanted) != 0) {
        const int error = errno;
        return fail(Error::Code::PermissionDenied,
                    QCoreApplication::translate("Folio::SandboxLimits", "Could not set the %1 limit: %2")
                        .arg(QString::fromLatin1(name), DurableFile::errnoText(error)));
    }
    return {};
}
} // namespace

Limits fromEnvironment()
{
    Limits limits;
    bool ok = false;
    if (const int mb = qEnvironmentVariableIntValue("FOLIO_EXTRACT_MEMORY_MB", &ok); ok && mb > 0) {
        // Below 128 MB the encoders themselves run short and ordinary photos lose their renditions.
        limits.memoryBytes = qint64(std::max(mb, 128)) << 20;
    }
    if (const int seconds = qEnvironmentVariableIntValue("FOLIO_EXTRACT_CPU_SECONDS", &ok); ok && seconds > 0) {
        limits.cpuSeconds = seconds;
    }
    return limits;
}

// The address space the process already uses (Qt, libvips, Exiv2 and their modules, ~120 MB): the memory
// limit is a budget for parsing on top of it, not a total the libraries alone nearly fill.
qint64 addressSpaceInUse()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const qint64 pages = statm.readLine().split(' ').value(0).toLongLong();
    return pages * ::sysconf(_SC_PAGESIZE);
}

Result<void> apply(const Limits &limits)
{
    // One malloc arena: every thread's own 64 MB arena reservation would otherwise eat the budget.
    ::mallopt(M_ARENA_MAX, 1);
    // Die with the parent: an orphaned extractor would go on parsing for nobody.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    // Writing past the file-size limit should fail the write (EFBIG), not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::setenv("VIPS_CONCURRENCY", "1", 1);
    if (auto ok = limit(RLIMIT_CORE, 0, "core"); !ok) {
        return ok;
    }
    if (auto ok = limit(RLIMIT_AS, rlim_t(addressSpaceInUse() + limits.memoryBytes), "memory"); !ok) {
        return ok;
    }
    if (auto ok = limit(RLIMIT_CPU, rlim_t(limits.cpuSeconds), "CPU time"); !ok) {
        return ok;
    }
    return limit(RLIMIT_FSIZE, rlim_t(limits.fileBytes), "file size");
}

} // namespace Folio::SandboxLimits
