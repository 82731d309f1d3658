// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The access_log table: who viewed, exported or opened from search which item, and when. Unlike the audit
// log it is not hash-chained, not synced and not a record of changes (DESIGN.md: reads are not audited);
// the inspector's Activity shows it beside the audit events.
//
// Thread safety: one thread at a time, like its Database. Borrows the Database.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Folio {

class Database;

struct AccessRecord
{
    enum class Action { View, Download, Export, SearchOpen };

    QString at; // ISO 8601 UTC
    QString actor;
    Action action = Action::View;
    QString itemUuid;
    int versionNumber = 0; // 0: not known

    // The table's spelling ("view", "download", "export", "search-open").
    static QString name(Action action);
};

class AccessLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::AccessLogRepository)

public:
    explicit AccessLogRepository(Database &db)
        : m_db(db)
    { }

    Result<void> record(const AccessRecord &access);
    // ITEMUUID's accesses, newest first, at most LIMIT.
    Result<QList<AccessRecord>> forItem(const QString &itemUuid, int limit);

private:
    Database &m_db;
};

} // namespace Folio
