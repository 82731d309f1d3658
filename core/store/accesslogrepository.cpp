// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accesslogrepository.h"

#include "store/database.h"

namespace Folio {

QString AccessRecord::name(Action action)
{
    switch (action) {
    case Action::View: return QStringLiteral("view");
    case Action::Download: return QStringLiteral("download");
    case Action::Export: return QStringLiteral("export");
    case Action::SearchOpen: return QStringLiteral("search-open");
    }
    return QStringLiteral("view");
}

Result<void> AccessLogRepository::record(const AccessRecord &access)
{
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO access_log (at, actor, action, item_uuid, version_number) "
                                                "VALUES (?, ?, ?, ?, ?)"),
        access.at, access.actor, AccessRecord::name(access.action), access.itemUuid,
        access.versionNumber > 0 ? QVariant(access.versionNumber) : QVariant());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return {};
}

Result<QList<AccessRecord>> AccessLogRepository::forItem(const QString &itemUuid, int limit)
{
    auto stmt = m_db.query(QStringLiteral("SELECT at, actor, action, coalesce(version_number, 0) FROM access_log "
                                          "WHERE item_uuid = ? ORDER BY at DESC, id DESC LIMIT ?"),
        itemUuid, limit);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<AccessRecord> records;
    while (true) {
        auto row = stmt->next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        AccessRecord record;
        record.at = stmt->text(0);
        record.actor = stmt->text(1);
        const QString action = stmt->text(2);
        for (const auto candidate : { AccessRecord::Action::View, AccessRecord::Action::Download,
                 AccessRecord::Action::Export, AccessRecord::Action::SearchOpen }) {
            if (AccessRecord::name(candidate) == action) {
                record.action = candidate;
            }
        }
        record.itemUuid = itemUuid;
        record.versionNumber = int(stmt->int64(3));
        records.append(record);
    }
    return records;
}

} // namespace Folio
