// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "domain/ids.h"
#include "permissions.h"
#include "store/database.h"

#include <QHash>
#include <QJsonDocument>

namespace Folio::Server {

Result<qint64> ChangeLog::next()
{
    if (m_next == 0) {
        auto top = head();
        if (!top) {
            return top;
        }
        m_next = *top + 1;
    }
    return m_next++;
}

Result<qint64> ChangeLog::head()
{
    auto top = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!top) {
        return std::unexpected(top.error());
    }
    return top->toLongLong();
}

Result<void> ChangeLog::append(qint64 seq, const ChangeRow &row)
{
    const auto orNull = [](qint64 id) { return id == 0 ? QVariant() : QVariant(id); };
    auto inserted = m_db.execute(
        QStringLiteral("INSERT INTO changes (seq, entity_kind, entity_uuid, item_id, other_item_id, folder_id, "
                       "change, payload, audience_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        seq, row.entityKind, row.entityUuid, orNull(row.itemId), orNull(row.otherItemId), orNull(row.folderId),
        row.change, QString::fromUtf8(QJsonDocument(row.payload).toJson(QJsonDocument::Compact)),
        orNull(row.audienceId), Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return {};
}

Result<qint64> ChangeLog::append(const ChangeRow &row)
{
    auto seq = next();
    if (!seq) {
        return seq;
    }
    if (auto ok = append(*seq, row); !ok) {
        return std::unexpected(ok.error());
    }
    return seq;
}

Result<ChangePage> ChangeLog::read(PermissionResolver &reader, qint64 since, int limit)
{
    limit = std::clamp(limit, 1, maxPage);
    const int scanLimit = limit * 20;
    ChangePage page;
    page.next = since;
    auto rows = m_db.query(
        QStringLiteral("SELECT seq, entity_kind, entity_uuid, item_id, other_item_id, folder_id, change, payload, "
                       "audience_id FROM changes WHERE seq > ? AND (audience_id IS NULL OR audience_id = ?) "
                       "ORDER BY seq LIMIT ?"),
        since, reader.caller().userId, scanLimit + 1);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    QHash<qint64, bool> readable;
    const auto mayRead = [&](qint64 itemId) -> Result<bool> {
        if (auto known = readable.constFind(itemId); known != readable.constEnd()) {
            return *known;
        }
        auto perms = reader.itemById(itemId);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        const bool may = (*perms & Permission::Read) != 0;
        readable.insert(itemId, may);
        return may;
    };
    int scanned = 0;
    for (;;) {
        auto more = rows->next();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            break;
        }
        if (scanned == scanLimit || page.changes.size() == limit) {
            page.more = true;
            break;
        }
        ++scanned;
        page.next = rows->int64(0);
        bool visible = true;
        if (rows->isNull(8)) {
            // Addressed to everyone: decided by what the reader may read now.
            if (!rows->isNull(3)) {
                auto may = mayRead(rows->int64(3));
                if (!may) {
                    return std::unexpected(may.error());
                }
                visible = *may;
            }
            if (visible && !rows->isNull(4)) {
                auto may = mayRead(rows->int64(4));
                if (!may) {
                    return std::unexpected(may.error());
                }
                visible = *may;
            }
            if (visible && !rows->isNull(5)) {
                auto perms = reader.folder(rows->int64(5));
                if (!perms) {
                    return std::unexpected(perms.error());
                }
                visible = (*perms & Permission::Read) != 0;
            }
        }
        if (!visible) {
            continue;
        }
        page.changes.append(
            QJsonObject { { QStringLiteral("seq"), double(rows->int64(0)) }, { QStringLiteral("kind"), rows->text(1) },
                { QStringLiteral("uuid"), rows->text(2) }, { QStringLiteral("change"), rows->text(6) },
                { QStringLiteral("state"), QJsonDocument::fromJson(rows->text(7).toUtf8()).object() } });
    }
    return page;
}

} // namespace Folio::Server
