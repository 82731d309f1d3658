// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemops.h"

#include "accessdiff.h"
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

struct ItemOpsText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ItemOps)
};

constexpr qsizetype maxValueBytes = 64 * 1024;

// Fields of the item row itself rather than of its metadata.
bool isStructural(const QString &field)
{
    return field == QLatin1String("folder") || field == QLatin1String("classification")
        || field == QLatin1String("trashed");
}

std::optional<OpResult> checkFieldName(const QString &field)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.:-]{0,63}$"));
    if (!valid.match(field).hasMatch()) {
        return OpResult::rejected(QStringLiteral("invalid"),
            ItemOpsText::tr("\"%1\" is not a field name: use 1 to 64 lower-case letters, digits and _ . : -, "
                            "starting with a letter.")
                .arg(field.left(80)));
    }
    return std::nullopt;
}

std::optional<OpResult> checkValue(const QString &field, const QJsonValue &value)
{
    if (value.isObject() || value.isUndefined()) {
        return OpResult::rejected(QStringLiteral("invalid"),
            ItemOpsText::tr("The value of \"%1\" must be text, a number, yes/no, a list or null.").arg(field));
    }
    if (Snapshots::encodeValue(value).size() > maxValueBytes) {
        return OpResult::rejected(QStringLiteral("invalid"),
            ItemOpsText::tr("The value of \"%1\" is larger than %2 bytes.").arg(field).arg(maxValueBytes));
    }
    return std::nullopt;
}

// Validates and resolves the structural fields of OP into FACTS-like values; writes nothing.
struct Structural
{
    std::optional<qint64> folderId; // set when "folder" is in the op
    std::optional<QString> classification;
    std::optional<bool> trashed;
};

Result<std::variant<Structural, OpResult>> structural(OpContext &context, const QJsonObject &fields)
{
    Structural wanted;
    if (fields.contains(QStringLiteral("folder"))) {
        const QJsonValue folder = fields.value(QStringLiteral("folder"));
        if (folder.isNull()) {
            wanted.folderId = 0;
        } else {
            auto found = EntityLookup::folder(context.db, folder.toString());
            if (!found) {
                return std::unexpected(found.error());
            }
            if (!*found || (*found)->deleted) {
                return notFound(ItemOpsText::tr("folder"));
            }
            wanted.folderId = (*found)->id;
        }
        auto perms = context.perms.folder(*wanted.folderId);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        if ((*perms & Permission::Write) == 0) {
            return (*perms & Permission::Read) ? OpResult::rejected(
                       QStringLiteral("forbidden"), ItemOpsText::tr("You may not add items to that folder."))
                                               : notFound(ItemOpsText::tr("folder"));
        }
    }
    if (fields.contains(QStringLiteral("classification"))) {
        const QString value = fields.value(QStringLiteral("classification")).toString();
        if (!Permission::classifications().contains(value)) {
            return OpResult::rejected(QStringLiteral("invalid"),
                ItemOpsText::tr("\"%1\" is not a classification: use %2.")
                    .arg(value.left(80), Permission::classifications().join(QStringLiteral(", "))));
        }
        wanted.classification = value;
    }
    if (fields.contains(QStringLiteral("trashed"))) {
        if (!fields.value(QStringLiteral("trashed")).isBool()) {
            return OpResult::rejected(QStringLiteral("invalid"), ItemOpsText::tr("\"trashed\" must be true or false."));
        }
        wanted.trashed = fields.value(QStringLiteral("trashed")).toBool();
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (isStructural(it.key())) {
            continue;
        }
        if (auto bad = checkFieldName(it.key())) {
            return *bad;
        }
        if (auto bad = checkValue(it.key(), it.value())) {
            return *bad;
        }
    }
    return wanted;
}

Result<void> appendItem(OpContext &context, qint64 seq, qint64 itemId, const QString &uuid, const QString &change)
{
    auto state = Snapshots::item(context.db, itemId);
    if (!state) {
        return std::unexpected(state.error());
    }
    return context.log.append(seq, ChangeRow { QStringLiteral("item"), uuid, itemId, 0, 0, change, *state, 0 });
}

// Writes one metadata field at revision SEQ; returns the conflict to record, if any.
struct FieldWrite
{
    bool changed = false;
    std::optional<QJsonObject> conflict;
};

Result<FieldWrite> writeField(
    OpContext &context, qint64 itemId, const QString &field, const QJsonValue &value, qint64 base, qint64 seq)
{
    auto current = context.db.query(
        QStringLiteral("SELECT value, revision, author FROM item_fields WHERE item_id = ? AND field = ?"), itemId,
        field);
    if (!current) {
        return std::unexpected(current.error());
    }
    auto found = current->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    const QString encoded = Snapshots::encodeValue(value);
    FieldWrite write;
    if (*found) {
        const QString old = current->text(0);
        const qint64 revision = current->int64(1);
        const QString author = current->text(2);
        if (old == encoded) {
            return write;
        }
        if (revision > base) {
            write.conflict = QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("lost"), old },
                { QStringLiteral("lost_by"), author } };
        }
    } else if (value.isNull()) {
        return write;
    }
    write.changed = true;
    Result<int> written = value.isNull()
        ? context.db.execute(QStringLiteral("DELETE FROM item_fields WHERE item_id = ? AND field = ?"), itemId, field)
        : context.db.execute(
            QStringLiteral("INSERT INTO item_fields (item_id, field, value, revision, author) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (item_id, field) DO UPDATE SET value = excluded.value, "
                           "revision = excluded.revision, author = excluded.author"),
            itemId, field, encoded, seq, context.caller.userName);
    if (!written) {
        return std::unexpected(written.error());
    }
    return write;
}

// Records the overwritten values of CONFLICTS and appends their rows; fills RESULT's conflict list.
Result<void> recordConflicts(
    OpContext &context, qint64 itemId, const QJsonObject &fields, const QList<QJsonObject> &conflicts, OpResult &result)
{
    for (const QJsonObject &conflict : conflicts) {
        const QString field = conflict.value(QStringLiteral("field")).toString();
        auto seq = context.log.next();
        if (!seq) {
            return std::unexpected(seq.error());
        }
        const QString uuid = Ids::newUuid();
        auto inserted = context.db.scalar(
            QStringLiteral("INSERT INTO field_conflicts (uuid, item_id, field, kept_value, kept_user, lost_value, "
                           "lost_user, at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            uuid, itemId, field, Snapshots::encodeValue(fields.value(field)), context.caller.userName,
            conflict.value(QStringLiteral("lost")).toString(), conflict.value(QStringLiteral("lost_by")).toString(),
            Ids::now(), *seq);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        auto state = Snapshots::conflict(context.db, inserted->toLongLong());
        if (!state) {
            return std::unexpected(state.error());
        }
        if (auto ok = context.log.append(*seq,
                ChangeRow { QStringLiteral("conflict"), uuid, itemId, 0, 0, QStringLiteral("upsert"), *state, 0 });
            !ok) {
            return ok;
        }
        result.conflicts.append(*state);
    }
    return {};
}

} // namespace

Result<OpResult> create(OpContext &context, const Op &op)
{
    auto existing = EntityLookup::item(context.db, op.entity);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing) {
        return OpResult::rejected(QStringLiteral("exists"), ItemOpsText::tr("An item with this id exists already."));
    }
    QJsonObject fields = op.fields;
    if (!fields.contains(QStringLiteral("folder"))) {
        fields.insert(QStringLiteral("folder"), QJsonValue());
    }
    auto wanted = structural(context, fields);
    if (!wanted) {
        return std::unexpected(wanted.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*wanted)) {
        return *rejected;
    }
    const auto &structure = std::get<Structural>(*wanted);
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    const QString now = Ids::now();
    const auto folder = *structure.folderId == 0 ? QVariant() : QVariant(*structure.folderId);
    auto inserted = context.db.scalar(
        QStringLiteral("INSERT INTO items (uuid, folder_id, owner_id, classification, trashed, revision, created, "
                       "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        op.entity, folder, context.caller.userId, structure.classification.value_or(QStringLiteral("internal")),
        structure.trashed.value_or(false), *seq, now, now);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    const qint64 itemId = inserted->toLongLong();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (isStructural(it.key())) {
            continue;
        }
        if (auto written = writeField(context, itemId, it.key(), it.value(), *seq, *seq); !written) {
            return std::unexpected(written.error());
        }
    }
    if (auto ok = appendItem(context, *seq, itemId, op.entity, QStringLiteral("upsert")); !ok) {
        return std::unexpected(ok.error());
    }
    OpResult result;
    result.status = QStringLiteral("applied");
    result.revision = *seq;
    return result;
}

Result<OpResult> update(OpContext &context, const Op &op)
{
    auto target = writableItem(context, op.entity, Permission::Write);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*target)) {
        return *rejected;
    }
    const auto item = std::get<EntityLookup::Found>(*target);
    if (item.deleted) {
        return OpResult::rejected(QStringLiteral("deleted"), ItemOpsText::tr("The item was deleted."));
    }
    auto wanted = structural(context, op.fields);
    if (!wanted) {
        return std::unexpected(wanted.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*wanted)) {
        return *rejected;
    }
    const auto &structure = std::get<Structural>(*wanted);
    auto facts = PermissionResolver::facts(context.db, item.id);
    if (!facts) {
        return std::unexpected(facts.error());
    }
    const bool moves = structure.folderId && *structure.folderId != facts->folderId;
    const bool reclassifies = structure.classification && *structure.classification != facts->classification;
    if (reclassifies) {
        auto perms = context.perms.item(*facts);
        if (!perms) {
            return std::unexpected(perms.error());
        }
        if ((*perms & Permission::Share) == 0) {
            return OpResult::rejected(QStringLiteral("forbidden"),
                ItemOpsText::tr("Changing an item's classification needs the share permission."));
        }
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    AccessDiff access(context.db, context.log);
    if (moves || reclassifies) {
        if (auto ok = access.setUsersAll(); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = access.before({ item.id }); !ok) {
            return std::unexpected(ok.error());
        }
    }
    bool changed = moves || reclassifies;
    if (structure.trashed && *structure.trashed != item.trashed) {
        changed = true;
    }
    if (changed) {
        auto written = context.db.execute(
            QStringLiteral("UPDATE items SET folder_id = ?, classification = ?, trashed = ? WHERE id = ?"),
            structure.folderId ? (*structure.folderId == 0 ? QVariant() : QVariant(*structure.folderId))
                               : (facts->folderId == 0 ? QVariant() : QVariant(facts->folderId)),
            structure.classification.value_or(facts->classification), structure.trashed.value_or(item.trashed),
            item.id);
        if (!written) {
            return std::unexpected(written.error());
        }
    }
    QList<QJsonObject> conflicts;
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
        if (isStructural(it.key())) {
            continue;
        }
        // Without a base the op is a blind write: based on what is there now, so it never conflicts.
        auto written = writeField(context, item.id, it.key(), it.value(), op.base > 0 ? op.base : item.revision, *seq);
        if (!written) {
            return std::unexpected(written.error());
        }
        changed = changed || written->changed;
        if (written->conflict) {
            conflicts.append(*written->conflict);
        }
    }
    OpResult result;
    if (!changed) {
        // Everything asked for is there already: no new revision, no conflict.
        result.status = QStringLiteral("applied");
        result.revision = item.revision;
        return result;
    }
    auto touched = context.db.execute(
        QStringLiteral("UPDATE items SET revision = ?, modified = ? WHERE id = ?"), *seq, Ids::now(), item.id);
    if (!touched) {
        return std::unexpected(touched.error());
    }
    if (auto ok = appendItem(context, *seq, item.id, op.entity, QStringLiteral("upsert")); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = recordConflicts(context, item.id, op.fields, conflicts, result); !ok) {
        return std::unexpected(ok.error());
    }
    if (moves || reclassifies) {
        context.perms.reset();
        if (auto ok = access.after(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    result.status = (op.base > 0 && item.revision > op.base) || !conflicts.isEmpty() ? QStringLiteral("merged")
                                                                                     : QStringLiteral("applied");
    result.revision = *seq;
    return result;
}

Result<OpResult> remove(OpContext &context, const Op &op)
{
    auto target = writableItem(context, op.entity, Permission::Delete);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*target)) {
        return *rejected;
    }
    const auto item = std::get<EntityLookup::Found>(*target);
    OpResult result;
    result.status = QStringLiteral("applied");
    if (item.deleted) {
        result.revision = item.revision;
        return result;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto written
        = context.db.execute(QStringLiteral("UPDATE items SET deleted = 1, revision = ?, modified = ? WHERE id = ?"),
            *seq, Ids::now(), item.id);
    if (!written) {
        return std::unexpected(written.error());
    }
    if (auto ok = appendItem(context, *seq, item.id, op.entity, QStringLiteral("delete")); !ok) {
        return std::unexpected(ok.error());
    }
    result.revision = *seq;
    return result;
}

Result<OpResult> resolveConflict(OpContext &context, const Op &op)
{
    auto row = context.db.query(
        QStringLiteral("SELECT c.id, i.uuid, c.field, c.resolved FROM field_conflicts c JOIN items i "
                       "ON i.id = c.item_id WHERE c.uuid = ?"),
        op.entity);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto found = row->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return notFound(ItemOpsText::tr("conflict"));
    }
    const qint64 conflictId = row->int64(0);
    const QString itemUuid = row->text(1);
    const QString field = row->text(2);
    const bool resolved = row->int64(3) != 0;
    auto target = writableItem(context, itemUuid, Permission::Write);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto *rejected = std::get_if<OpResult>(&*target)) {
        return *rejected;
    }
    OpResult result;
    result.status = QStringLiteral("applied");
    if (!resolved && op.fields.contains(QStringLiteral("value"))) {
        // The chosen value (mine, theirs or edited) is written as a plain update based on now: no new conflict.
        const auto item = std::get<EntityLookup::Found>(*target);
        Op write { op.id, QStringLiteral("item.update"), itemUuid, item.revision,
            QJsonObject { { field, op.fields.value(QStringLiteral("value")) } } };
        auto applied = update(context, write);
        if (!applied || applied->isRejected()) {
            return applied;
        }
        result.revision = applied->revision;
    }
    auto seq = context.log.next();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    auto marked = context.db.execute(
        QStringLiteral("UPDATE field_conflicts SET resolved = 1, revision = ? WHERE id = ?"), *seq, conflictId);
    if (!marked) {
        return std::unexpected(marked.error());
    }
    auto state = Snapshots::conflict(context.db, conflictId);
    if (!state) {
        return std::unexpected(state.error());
    }
    auto itemId = EntityLookup::item(context.db, itemUuid);
    if (!itemId || !*itemId) {
        return itemId ? Result<OpResult>(notFound(ItemOpsText::tr("item"))) : std::unexpected(itemId.error());
    }
    if (auto ok = context.log.append(*seq,
            ChangeRow {
                QStringLiteral("conflict"), op.entity, (*itemId)->id, 0, 0, QStringLiteral("upsert"), *state, 0 });
        !ok) {
        return std::unexpected(ok.error());
    }
    if (result.revision == 0) {
        result.revision = *seq;
    }
    return result;
}

} // namespace Folio::Server::ItemOps
