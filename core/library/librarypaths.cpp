// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Folio::LibraryPaths {

QString defaultLibrary()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .absoluteFilePath(QStringLiteral("folio/Library"));
}

QString resolve(const QString &explicitPath)
{
    QString path = explicitPath;
    if (path.isEmpty()) {
        path = qEnvironmentVariable(environmentVariable);
    }
    if (path.isEmpty()) {
        path = defaultLibrary();
    }
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace Folio::LibraryPaths
