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
    auto inserted = context.db.scalar(
        QStringLiteral(
            "INSERT INTO collections (uuid, name, owner_id, revision, created) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        op.entity, name, context.caller.userId, *seq, Ids::now());
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (auto ok = appendCollection(context, *seq, inserted->toLongLong(), op.entity, QStringLiteral("upsert")); !ok) {
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
    auto inserted = context.db.scalar(
        QStringLiteral(
            "INSERT INTO relations (uuid, source_id, target_id, type, revision) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        op.entity, sourceId, targetId, type, *seq);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    auto state = Snapshots::relation(context.db, inserted->toLongLong());
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
