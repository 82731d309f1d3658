// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `folioctl verify`: the database's integrity, every blob re-hashed, and the audit chain walked from its
// first event to the head recorded outside the database. One thread at a time, like its Library.

#include "error.h"

#include <QStringList>

#include <functional>

namespace Folio {

class Library;

struct VerifyReport
{
    QStringList problems; // the first problem found comes first; empty when the library is sound
    int blobsChecked = 0;
    qint64 auditEvents = 0;
    bool ok() const { return problems.isEmpty(); }
};

namespace LibraryVerifier {
Result<VerifyReport> verify(Library &library, const std::function<bool(qint64 done, qint64 total)> &progress = {});
} // namespace LibraryVerifier

} // namespace Folio
