// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryverifier.h"

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "library/library.h"
#include "store/integritycheck.h"

#include <QCoreApplication>

namespace Folio::LibraryVerifier {

Result<VerifyReport> verify(Library &library, const std::function<bool(qint64 done, qint64 total)> &progress)
{
    VerifyReport report;
    auto integrity = IntegrityCheck::run(library.database());
    if (!integrity) {
        return std::unexpected(integrity.error());
    }
    report.problems.append(*integrity);

    auto audit = library.audit().verify();
    if (!audit) {
        return std::unexpected(audit.error());
    }
    report.auditEvents = audit->events;
    if (!audit->ok) {
        report.problems.append(audit->problem);
    }

    auto scrub = library.blobs().scrub(progress);
    if (!scrub) {
        return std::unexpected(scrub.error());
    }
    report.blobsChecked = scrub->checked;
    for (const BlobProblem &problem : std::as_const(scrub->problems)) {
        report.problems.append(QCoreApplication::translate("Folio::LibraryVerifier", "The blob %1 (%2) is %3.")
                                   .arg(problem.sha256, problem.path, problem.reason));
    }
    return report;
}

} // namespace Folio::LibraryVerifier
