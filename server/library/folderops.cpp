// SPDX-License-Identifier: GPL-3.0-or-later
#include "structureops.h"

#include "accessdiff.h"
#include "changelog.h"
#include "domain/ids.h"
#include "entitylookup.h"
#include "opsupport.h"
#include "permissions.h"
#include "snapshots.h"
#include "sql/sqlconnection.h"

namespace Folio::Server::StructureOps {

using namespace OpSupport;

namespace {

struct StructureOpsText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::StructureOps)
};

Result<std::variant<int, OpResult>> folderPerms(OpContext &context, qint64 folderId, int need)
{
    auto perms = context.perms.folder(folderId);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if ((*perms & Permission::Read) == 0 && folderId != 0) {
        return notFound(StructureOpsText::tr("folder"));
    }
    if ((*perms & need) != need) {
        return OpResult::rejected(QStringLiteral("forbidden"),
            StructureOpsText::tr("You may not change this folder (%1 needed).").arg(Permission::format(need)));
    }
    return *perms;
}

// The folder id named by FIELDS' "parent" (0: the root), or the rejection.
Result<std::variant<qint64, OpResult>> parentOf(OpContext &context, const QJsonObject &fields)
{
    const QJsonValue parent = fields.value(QStringLiteral("parent"));
    if (parent.isNull() || parent.isUndefined()) {
        return qint64(0);
    }
    auto found = EntityLookup::folder(context.db, parent.toString());
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found || (*found)->deleted) {
        return notFound(StructureOpsText::tr("folder"));
    }
    return (*found)->id;
}

Result<void> appendFolder(OpContext &context, qint64 seq, qint64 id, const QString &uuid, const QString &change)
{
    auto state = Snapshots::folder(context.db, id);
    if (!state) {
        return std::unexpected(state.error());
    }
    return context.log.append(seq, ChangeRow { QStringLiteral("folder"), uuid, 0, 0, id, change, *state, 0 });
}

} // namespace

Result<OpResult> createFolder(OpContext &context, const Op &op)
{
    auto existing = EntityLookup::folder(context.db, op.entity);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing) {
        return exists();
    }
    const QString name = op.fields.value(QStringLiteral("name")).toString();
    if (auto bad = checkName(name)) {
        return *bad;
    }
    auto parent = parentOf(context, op.fields);
    if (!parent) {
        return std::unexpected(parent.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*parent)) {
        return *rejected;
    }
    const qint64 parentId = std::get<qint64>(*parent);
    auto perms = folderPerms(context, parentId, Permission::Write);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*perms)) {
        return *rejected;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto inserted = context.db.scalar(QStringLiteral("INSERT INTO folders (uuid, parent_id, name, owner_id, revision, "
                                                     "created) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        op.entity, parentId == 0 ? QVariant() : QVariant(parentId), name, context.caller.userId, *seq, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (auto ok = appendFolder(context, *seq, inserted->toLongLong(), op.entity, QStringLiteral("upsert")); !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

Result<OpResult> updateFolder(OpContext &context, const Op &op)
{
    auto found = EntityLookup::folder(context.db, op.entity);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found || (*found)->deleted) {
        return notFound(StructureOpsText::tr("folder"));
    }
    const auto folder = **found;
    auto perms = folderPerms(context, folder.id, Permission::Write);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*perms)) {
        return *rejected;
    }
    auto current = context.db.query(QStringLiteral("SELECT name, parent_id FROM folders WHERE id = ?"), folder.id);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (auto row = current->next(); !row || !*row) {
        return row ? Result<OpResult>(notFound(StructureOpsText::tr("folder"))) : std::unexpected(row.error());
    }
    QString name = current->text(0);
    qint64 parentId = current->isNull(1) ? 0 : current->int64(1);
    const qint64 oldParent = parentId;
    if (op.fields.contains(QStringLiteral("name"))) {
        name = op.fields.value(QStringLiteral("name")).toString();
        if (auto bad = checkName(name)) {
            return *bad;
        }
    }
    if (op.fields.contains(QStringLiteral("parent"))) {
        auto parent = parentOf(context, op.fields);
        if (!parent) {
            return std::unexpected(parent.error());
        }
        if (auto *rejected = std::get_if<OpResult>(&*parent)) {
            return *rejected;
        }
        parentId = std::get<qint64>(*parent);
        auto target = folderPerms(context, parentId, Permission::Write);
        if (!target) {
            return std::unexpected(target.error());
        }
        if (auto *rejected = std::get_if<OpResult>(&*target)) {
            return *rejected;
        }
        // A folder may not move into itself or below itself.
        auto cycle = context.db.scalar(
            QStringLiteral("WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM folders WHERE id = ? "
                           "UNION ALL SELECT f.id, f.parent_id FROM folders f JOIN up ON f.id = up.parent_id) "
                           "SELECT COUNT(*) FROM up WHERE id = ?"),
            parentId, folder.id);
        if (!cycle) {
            return std::unexpected(cycle.error());
        }
        if (cycle->toLongLong() > 0) {
            return OpResult::rejected(QStringLiteral("cycle"),
                StructureOpsText::tr("A folder cannot move into itself or a folder below it."));
        }
    }
    if (name == current->text(0) && parentId == oldParent) {
        return applied(folder.revision);
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    AccessDiff access(context.db, context.log);
    QList<qint64> below;
    if (parentId != oldParent) {
        auto items = access.itemsUnder(folder.id);
        if (!items) {
            return std::unexpected(items.error());
        }
        below = *items;
        if (auto ok = access.setUsersAll(); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = access.before(below); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto written
        = context.db.execute(QStringLiteral("UPDATE folders SET name = ?, parent_id = ?, revision = ? WHERE id = ?"),
            name, parentId == 0 ? QVariant() : QVariant(parentId), *seq, folder.id);
    if (!written) {
        return std::unexpected(written.error());
    }
    if (auto ok = appendFolder(context, *seq, folder.id, op.entity, QStringLiteral("upsert")); !ok) {
        return std::unexpected(ok.error());
    }
    if (parentId != oldParent) {
        context.perms.reset();
        if (auto ok = access.after(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    OpResult result = applied(*seq);
    if (op.base > 0 && folder.revision > op.base) {
        result.status = QStringLiteral("merged");
    }
    return result;
}

Result<OpResult> removeFolder(OpContext &context, const Op &op)
{
    auto found = EntityLookup::folder(context.db, op.entity);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return notFound(StructureOpsText::tr("folder"));
    }
    const auto folder = **found;
    auto perms = folderPerms(context, folder.id, Permission::Delete);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*perms)) {
        return *rejected;
    }
    if (folder.deleted) {
        return applied(folder.revision);
    }
    auto contents
        = context.db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM items WHERE folder_id = ? AND deleted = 0) + "
                                           "(SELECT COUNT(*) FROM folders WHERE parent_id = ? AND deleted = 0)"),
            folder.id, folder.id);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    if (contents->toLongLong() > 0) {
        return OpResult::rejected(QStringLiteral("not-empty"),
            StructureOpsText::tr(
                "The folder still holds %n item(s) or folder(s).", nullptr, int(contents->toLongLong())));
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written = context.db.execute(
        QStringLiteral("UPDATE folders SET deleted = 1, revision = ? WHERE id = ?"), *seq, folder.id);
    if (!written) {
        return std::unexpected(written.error());
    }
    if (auto ok = appendFolder(context, *seq, folder.id, op.entity, QStringLiteral("delete")); !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

} // namespace Folio::Server::StructureOps
