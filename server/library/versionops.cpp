// SPDX-License-Identifier: GPL-3.0-or-later
// ItemOps::addVersion (itemops.h): a new version of an item's content, kept and flagged when its base is no
// longer the head.
#include "itemops.h"

#include "changelog.h"
#include "domain/ids.h"
#include "entitylookup.h"
#include "opsupport.h"
#include "permissions.h"
#include "snapshots.h"
#include "sql/sqlconnection.h"

#include <QRegularExpression>

namespace Folio::Server::ItemOps {

using namespace OpSupport;

namespace {

struct VersionOpsText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ItemOps)
};

// True when the caller uploaded SHA256 or may read an item with a version of it.
Result<bool> mayUseBlob(OpContext &context, const QString &sha256)
{
    if (!context.blobExists || context.blobExists(context.caller.userUuid, sha256)) {
        return true;
    }
    auto items = context.db.query(QStringLiteral("SELECT DISTINCT item_id FROM versions WHERE sha256 = ?"), sha256);
    if (!items) {
        return std::unexpected(items.error());
    }
    QList<qint64> ids;
    if (auto ok = items->forEach([&ids](const SqlStatement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    for (const qint64 id : ids) {
        auto perms = context.perms.itemById(id);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        if (*perms & Permission::Read) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<OpResult> addVersion(OpContext &context, const Op &op)
{
    auto existing = context.db.scalar(QStringLiteral("SELECT id FROM versions WHERE uuid = ?"), op.entity);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (existing->isValid()) {
        return OpResult::rejected(
            QStringLiteral("exists"), VersionOpsText::tr("A version with this id exists already."));
    }
    auto target = writableItem(context, op.fields.value(QStringLiteral("item")).toString(), Permission::Write);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*target)) {
        return *rejected;
    }
    const auto item = std::get<EntityLookup::Found>(*target);
    if (item.deleted) {
        return OpResult::rejected(QStringLiteral("deleted"), VersionOpsText::tr("The item was deleted."));
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString sha256 = op.fields.value(QStringLiteral("sha256")).toString();
    const double size = op.fields.value(QStringLiteral("size")).toDouble(-1);
    const QString filename = op.fields.value(QStringLiteral("filename")).toString();
    if (!hex.match(sha256).hasMatch() || size < 0 || filename.isEmpty() || filename.size() > 255
        || filename.contains(QLatin1Char('/')) || filename == QLatin1String("..")) {
        return OpResult::rejected(QStringLiteral("invalid"),
            VersionOpsText::tr("A version needs sha256 (64 hex digits), size (bytes) and a file name without '/'."));
    }
    auto present = mayUseBlob(context, sha256);
    if (!present) {
        return std::unexpected(present.error());
    }
    if (!*present) {
        // Also when the blob exists but the caller may not read it: naming a hash must not grant access to it.
        return OpResult::rejected(QStringLiteral("blob-missing"),
            VersionOpsText::tr("The server does not have the content %1 yet: upload it first.").arg(sha256));
    }
    auto head
        = context.db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM versions WHERE item_id = ?"), item.id);
    if (!head) {
        return std::unexpected(head.error());
    }
    const qint64 number = head->toLongLong() + 1;
    const qint64 baseNumber
        = qint64(op.fields.value(QStringLiteral("base_number")).toDouble(double(head->toLongLong())));
    const bool conflict = baseNumber != head->toLongLong();
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto inserted = context.db.scalar(
        QStringLiteral("INSERT INTO versions (uuid, item_id, number, sha256, size, filename, comment, conflict, "
                       "author_id, revision, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        op.entity, item.id, number, sha256, qint64(size), filename,
        op.fields.value(QStringLiteral("comment")).toString(QStringLiteral("")).left(4000), conflict,
        context.caller.userId, *seq, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    auto state = Snapshots::version(context.db, inserted->toLongLong());
    if (!state) {
        return std::unexpected(state.error());
    }
    if (auto ok = context.log.append(*seq,
            ChangeRow { QStringLiteral("version"), op.entity, item.id, 0, 0, QStringLiteral("upsert"), *state, 0 });
        !ok) {
        return std::unexpected(ok.error());
    }
    OpResult result;
    result.status = conflict ? QStringLiteral("merged") : QStringLiteral("applied");
    result.revision = *seq;
    if (conflict) {
        result.conflicts.append(*state);
    }
    return result;
}

} // namespace Folio::Server::ItemOps
