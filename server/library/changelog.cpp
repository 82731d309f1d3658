// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "domain/ids.h"
#include "permissions.h"
#include "sql/sqlconnection.h"

#include <QHash>
#include <QJsonDocument>

namespace Folio::Server {

namespace {

// Any fixed number: the advisory lock's key, shared by every foliod on one database.
constexpr qint64 changeOrderLockKey = 0x466f6c696f; // "Folio"

bool isPostgres(const SqlConnection &db)
{
    return db.dialect().backend() == SqlDialect::Backend::Postgres;
}

} // namespace

Result<void> ChangeLog::lockForWriting()
{
    if (!isPostgres(m_db) || qEnvironmentVariableIntValue("FOLIOD_TEST_UNSAFE_CHANGE_ORDER") == 1) {
        return {};
    }
    auto locked = m_db.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), changeOrderLockKey);
    if (!locked) {
        return std::unexpected(locked.error());
    }
    return locked->run();
}

Result<qint64> ChangeLog::next()
{
    if (isPostgres(m_db)) {
        auto value = m_db.scalar(QStringLiteral("SELECT nextval('change_seq')"));
        if (!value) {
            return std::unexpected(value.error());
        }
        return value->toLongLong();
    }
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

namespace {

QByteArray quoted(const QString &text)
{
    // Kinds, uuids and change names are plain ASCII; QJsonValue quotes anything else correctly.
    return QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace

QByteArray ChangePage::toJson() const
{
    QByteArray out;
    out.reserve(changes.size() * 600 + 64);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeEntry &entry = changes[i];
        out += i == 0 ? "{\"seq\":" : ",{\"seq\":";
        out += QByteArray::number(entry.seq);
        out += ",\"kind\":" + quoted(entry.kind) + ",\"uuid\":" + quoted(entry.uuid)
            + ",\"change\":" + quoted(entry.change) + ",\"state\":" + entry.state + '}';
    }
    out += "],\"next\":" + QByteArray::number(next) + ",\"more\":" + (more ? "true" : "false") + '}';
    return out;
}

QJsonArray ChangePage::changesJson() const
{
    return QJsonDocument::fromJson(toJson()).object().value(QStringLiteral("changes")).toArray();
}

Result<ChangePage> ChangeLog::read(PermissionResolver &reader, qint64 since, int limit)
{
    limit = std::clamp(limit, 1, maxPage);
    const int scanLimit = limit * 20;
    ChangePage page;
    page.next = since;
    QHash<qint64, bool> readable;
    const auto mayRead = [&](qint64 itemId, const ItemAccessFacts *facts) -> Result<bool> {
        if (auto known = readable.constFind(itemId); known != readable.constEnd()) {
            return *known;
        }
        auto perms = facts ? reader.item(*facts) : reader.itemById(itemId);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        const bool may = (*perms & Permission::Read) != 0;
        readable.insert(itemId, may);
        return may;
    };
    // Whether the reader may see ROW (addressed rows always; the others by what the reader may read now).
    const auto visible = [&](const SqlStatement &row) -> Result<bool> {
        if (!row.isNull(8)) {
            return true;
        }
        if (!row.isNull(3)) {
            ItemAccessFacts facts;
            facts.id = row.int64(3);
            facts.uuid = row.text(9);
            facts.folderId = row.isNull(10) ? 0 : row.int64(10);
            facts.ownerId = row.isNull(11) ? 0 : row.int64(11);
            facts.classification = row.text(12);
            auto may = mayRead(facts.id, &facts);
            if (!may || !*may) {
                return may;
            }
        }
        if (!row.isNull(4)) {
            auto may = mayRead(row.int64(4), nullptr);
            if (!may || !*may) {
                return may;
            }
        }
        if (!row.isNull(5)) {
            auto perms = reader.folder(row.int64(5));
            if (!perms) {
                return std::unexpected(perms.error());
            }
            return (*perms & Permission::Read) != 0;
        }
        return true;
    };
    // Rows are read in chunks just large enough to fill the page (and tell whether more follow): PostgreSQL
    // holds a whole result in memory, so asking for the scan limit at once would fetch twenty pages.
    int scanned = 0;
    for (;;) {
        const int wanted = limit - int(page.changes.size()) + 1;
        // The facts permissions need come with each row (LEFT JOIN), so a chunk costs one query, not one per row.
        auto rows = m_db.query(
            QStringLiteral("SELECT c.seq, c.entity_kind, c.entity_uuid, c.item_id, c.other_item_id, c.folder_id, "
                           "c.change, c.payload, c.audience_id, i.uuid, i.folder_id, i.owner_id, i.classification "
                           "FROM changes c LEFT JOIN items i ON i.id = c.item_id "
                           "WHERE c.seq > ? AND (c.audience_id IS NULL OR c.audience_id = ?) ORDER BY c.seq LIMIT ?"),
            page.next, reader.caller().userId, wanted);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        int got = 0;
        for (;;) {
            auto more = rows->next();
            if (!more) {
                return std::unexpected(more.error());
            }
            if (!*more) {
                break;
            }
            ++got;
            if (scanned == scanLimit || page.changes.size() == limit) {
                page.more = true;
                return page;
            }
            ++scanned;
            page.next = rows->int64(0);
            auto show = visible(*rows);
            if (!show) {
                return std::unexpected(show.error());
            }
            if (*show) {
                page.changes.append(
                    ChangeEntry { rows->int64(0), rows->text(1), rows->text(2), rows->text(6), rows->blob(7) });
            }
        }
        if (got < wanted) {
            return page; // the feed ends here
        }
    }
}

} // namespace Folio::Server
