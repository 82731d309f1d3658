// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How folioctl shows records: as JSON objects (the --json output) and as short text.

#include "audit/auditlog.h"
#include "domain/records.h"

#include <QJsonObject>

namespace Folio::Cli {

// The short id users type and see: the uuid's last 8 characters (its random part).
QString shortId(const QString &uuid);
QJsonObject toJson(const Item &item, const QString &folderPath);
QJsonObject toJson(const Version &version);
QJsonObject toJson(const Folder &folder);
QJsonObject toJson(const AuditRecord &record);
QString humanSize(qint64 bytes);

} // namespace Folio::Cli
