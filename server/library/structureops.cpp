// SPDX-License-Identifier: GPL-3.0-or-later
#include "structureops.h"

#include "accessdiff.h"
#include "changelog.h"
#include "domain/ids.h"
#include "entitylookup.h"
#include "permissions.h"
#include "snapshots.h"
#include "store/database.h"

namespace Folio::Server::StructureOps {

namespace {

struct StructureOpsText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::StructureOps)
};

OpResult applied(qint64 revision)
{
    OpResult result;
    result.status = QStringLiteral("applied");
    result.revision = revision;
    return result;
}

OpResult exists()
{
    return OpResult::rejected(QStringLiteral("exists"), StructureOpsText::tr("Something with this id exists already."));
}

std::optional<OpResult> checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 255 || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
        || name == QLatin1String("..")) {
        return OpResult::rejected(QStringLiteral("invalid"),
            StructureOpsText::tr("\"%1\" is not a usable name: 1 to 255 characters, no '/', not . or ..")
                .arg(name.left(80)));
    }
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control) {
            return OpResult::rejected(
                QStringLiteral("invalid"), StructureOpsText::tr("A name must not contain control characters."));
        }
    }
    return std::nullopt;
}

// The folder's permissions, or the rejection that hides an unreadable one.
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

Result<void> appendCollection(OpContext &context, qint64 seq, qint64 id, const QString &uuid, const QString &change)
{
    auto state = Snapshots::collection(context.db, id);
    if (!state) {
        return std::unexpected(state.error());
    }
    return context.log.append(seq, ChangeRow { QStringLiteral("collection"), uuid, 0, 0, 0, change, *state, 0 });
}

// Collections are shared by everyone who may write somewhere; changed by their owner or a librarian.
std::optional<OpResult> checkCollectionWriter(OpContext &context, qint64 ownerId)
{
    const bool curator = context.caller.isAdmin() || context.caller.role == QLatin1String("librarian");
    if (!curator && ownerId != context.caller.userId) {
        return OpResult::rejected(QStringLiteral("forbidden"),
            StructureOpsText::tr("Only its owner or a librarian may change this collection."));
    }
    return std::nullopt;
}

// A live collection the caller may change, or the rejection.
Result<std::variant<EntityLookup::Found, OpResult>> writableCollection(OpContext &context, const QString &uuid)
{
    auto found = EntityLookup::collection(context.db, uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found || (*found)->deleted) {
        return notFound(StructureOpsText::tr("collection"));
    }
    if (auto refused = checkCollectionWriter(context, (*found)->ownerId)) {
        return *refused;
    }
    return **found;
}

// A live item the caller may read (and, with NEED, do more with), or the rejection.
Result<std::variant<qint64, OpResult>> readableItem(OpContext &context, const QString &uuid, int need)
{
    auto found = EntityLookup::item(context.db, uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found || (*found)->deleted) {
        return notFound(StructureOpsText::tr("item"));
    }
    auto perms = context.perms.itemById((*found)->id);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if ((*perms & Permission::Read) == 0) {
        return notFound(StructureOpsText::tr("item"));
    }
    if ((*perms & need) != need) {
        return OpResult::rejected(QStringLiteral("forbidden"),
            StructureOpsText::tr("You may not change this item (%1 needed).").arg(Permission::format(need)));
    }
    return (*found)->id;
}

Result<OpResult> setMembership(OpContext &context, const Op &op, bool member)
{
    auto collection = writableCollection(context, op.entity);
    if (!collection) {
        return std::unexpected(collection.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*collection)) {
        return *rejected;
    }
    const qint64 collectionId = std::get<EntityLookup::Found>(*collection).id;
    auto item = readableItem(context, op.fields.value(QStringLiteral("item")).toString(), Permission::Read);
    if (!item) {
        return std::unexpected(item.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*item)) {
        return *rejected;
    }
    const qint64 itemId = std::get<qint64>(*item);
    auto current = context.db.query(
        QStringLiteral("SELECT deleted, revision FROM collection_items WHERE collection_id = ? AND item_id = ?"),
        collectionId, itemId);
    if (!current) {
        return std::unexpected(current.error());
    }
    auto found = current->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    const bool isMember = *found && current->int64(0) == 0;
    if (isMember == member) {
        return applied(*found ? current->int64(1) : 0);
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written = context.db.execute(
        QStringLiteral("INSERT INTO collection_items (collection_id, item_id, revision, deleted) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (collection_id, item_id) DO UPDATE SET revision = excluded.revision, "
                       "deleted = excluded.deleted"),
        collectionId, itemId, *seq, !member);
    if (!written) {
        return std::unexpected(written.error());
    }
    auto state = Snapshots::membership(context.db, collectionId, itemId);
    if (!state) {
        return std::unexpected(state.error());
    }
    if (auto ok = context.log.append(*seq,
            ChangeRow { QStringLiteral("membership"), op.entity, itemId, 0, 0,
                member ? QStringLiteral("upsert") : QStringLiteral("delete"), *state, 0 });
        !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
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
    auto inserted = context.db.execute(
        QStringLiteral(
            "INSERT INTO folders (uuid, parent_id, name, owner_id, revision, created) VALUES (?, ?, ?, ?, ?, ?)"),
        op.entity, parentId == 0 ? QVariant() : QVariant(parentId), name, context.caller.userId, *seq, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (auto ok = appendFolder(context, *seq, context.db.lastInsertRowId(), op.entity, QStringLiteral("upsert")); !ok) {
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
        = context.db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM items WHERE folder_id = ?1 AND deleted = 0) + "
                                           "(SELECT COUNT(*) FROM folders WHERE parent_id = ?1 AND deleted = 0)"),
            folder.id);
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

Result<OpResult> createCollection(OpContext &context, const Op &op)
{
    auto existing = EntityLookup::collection(context.db, op.entity);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing) {
        return exists();
    }
    if ((Permission::roleCeiling(context.caller.role) & Permission::Write) == 0) {
        return OpResult::rejected(
            QStringLiteral("forbidden"), StructureOpsText::tr("Your role may not create collections."));
    }
    const QString name = op.fields.value(QStringLiteral("name")).toString();
    if (auto bad = checkName(name)) {
        return *bad;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto inserted = context.db.execute(
        QStringLiteral("INSERT INTO collections (uuid, name, owner_id, revision, created) VALUES (?, ?, ?, ?, ?)"),
        op.entity, name, context.caller.userId, *seq, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (auto ok = appendCollection(context, *seq, context.db.lastInsertRowId(), op.entity, QStringLiteral("upsert"));
        !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

Result<OpResult> updateCollection(OpContext &context, const Op &op)
{
    auto collection = writableCollection(context, op.entity);
    if (!collection) {
        return std::unexpected(collection.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*collection)) {
        return *rejected;
    }
    const auto found = std::get<EntityLookup::Found>(*collection);
    const QString name = op.fields.value(QStringLiteral("name")).toString();
    if (auto bad = checkName(name)) {
        return *bad;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written
        = context.db.execute(QStringLiteral("UPDATE collections SET name = ?, revision = ? WHERE id = ? AND name <> ?"),
            name, *seq, found.id, name);
    if (!written) {
        return std::unexpected(written.error());
    }
    if (*written == 0) {
        return applied(found.revision);
    }
    if (auto ok = appendCollection(context, *seq, found.id, op.entity, QStringLiteral("upsert")); !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

Result<OpResult> removeCollection(OpContext &context, const Op &op)
{
    auto collection = writableCollection(context, op.entity);
    if (!collection) {
        return std::unexpected(collection.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*collection)) {
        return *rejected;
    }
    const auto found = std::get<EntityLookup::Found>(*collection);
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written = context.db.execute(
        QStringLiteral("UPDATE collections SET deleted = 1, revision = ? WHERE id = ?"), *seq, found.id);
    if (!written) {
        return std::unexpected(written.error());
    }
    if (auto ok = appendCollection(context, *seq, found.id, op.entity, QStringLiteral("delete")); !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

Result<OpResult> addToCollection(OpContext &context, const Op &op)
{
    return setMembership(context, op, true);
}

Result<OpResult> removeFromCollection(OpContext &context, const Op &op)
{
    return setMembership(context, op, false);
}

Result<OpResult> addRelation(OpContext &context, const Op &op)
{
    auto existing = EntityLookup::relation(context.db, op.entity);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing) {
        return exists();
    }
    const QString type = op.fields.value(QStringLiteral("type")).toString();
    if (type.isEmpty() || type.size() > 64) {
        return OpResult::rejected(
            QStringLiteral("invalid"), StructureOpsText::tr("A relation needs a type of 1 to 64 characters."));
    }
    auto source = readableItem(context, op.fields.value(QStringLiteral("source")).toString(), Permission::Write);
    if (!source) {
        return std::unexpected(source.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*source)) {
        return *rejected;
    }
    auto target = readableItem(context, op.fields.value(QStringLiteral("target")).toString(), Permission::Read);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*target)) {
        return *rejected;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    const qint64 sourceId = std::get<qint64>(*source);
    const qint64 targetId = std::get<qint64>(*target);
    auto inserted = context.db.execute(
        QStringLiteral("INSERT INTO relations (uuid, source_id, target_id, type, revision) VALUES (?, ?, ?, ?, ?)"),
        op.entity, sourceId, targetId, type, *seq);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    auto state = Snapshots::relation(context.db, context.db.lastInsertRowId());
    if (!state) {
        return std::unexpected(state.error());
    }
    if (auto ok = context.log.append(*seq,
            ChangeRow {
                QStringLiteral("relation"), op.entity, sourceId, targetId, 0, QStringLiteral("upsert"), *state, 0 });
        !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

Result<OpResult> removeRelation(OpContext &context, const Op &op)
{
    auto found = EntityLookup::relation(context.db, op.entity);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return notFound(StructureOpsText::tr("relation"));
    }
    const auto relation = **found;
    auto ends = context.db.query(
        QStringLiteral("SELECT s.uuid, r.target_id FROM relations r JOIN items s ON s.id = r.source_id WHERE r.id = ?"),
        relation.id);
    if (!ends) {
        return std::unexpected(ends.error());
    }
    if (auto row = ends->next(); !row || !*row) {
        return row ? Result<OpResult>(notFound(StructureOpsText::tr("relation"))) : std::unexpected(row.error());
    }
    const QString sourceUuid = ends->text(0);
    const qint64 targetId = ends->int64(1);
    auto source = readableItem(context, sourceUuid, Permission::Write);
    if (!source) {
        return std::unexpected(source.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*source)) {
        return *rejected;
    }
    if (relation.deleted) {
        return applied(relation.revision);
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written = context.db.execute(
        QStringLiteral("UPDATE relations SET deleted = 1, revision = ? WHERE id = ?"), *seq, relation.id);
    if (!written) {
        return std::unexpected(written.error());
    }
    auto state = Snapshots::relation(context.db, relation.id);
    if (!state) {
        return std::unexpected(state.error());
    }
    if (auto ok = context.log.append(*seq,
            ChangeRow { QStringLiteral("relation"), op.entity, std::get<qint64>(*source), targetId, 0,
                QStringLiteral("delete"), *state, 0 });
        !ok) {
        return std::unexpected(ok.error());
    }
    return applied(*seq);
}

} // namespace Folio::Server::StructureOps
