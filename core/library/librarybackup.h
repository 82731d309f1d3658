// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `folioctl backup` and `restore`: a consistent online copy of a library (the database as of one moment,
// through SQLite's backup API, while other processes keep writing; the blob files that moment needs; an
// audit head for that moment), and its restoration into a new folder, verified.

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Folio {

class Library;

struct BackupReport
{
    int blobs = 0;
    qint64 bytes = 0;
};

class LibraryBackup
{
    Q_DECLARE_TR_FUNCTIONS(Folio::LibraryBackup)

public:
    // Copies LIBRARY into DESTINATION, a missing or empty folder.
    static Result<BackupReport> backup(Library &library, const QString &destination);
    // Copies the backup SOURCE into DESTINATION (missing or empty) and verifies the result.
    static Result<BackupReport> restore(const QString &source, const QString &destination);

private:
    static Result<BackupReport> copyBlobs(const QStringList &hashes, const QString &fromLibrary, const QString &toLibrary);
};

} // namespace Folio
