// SPDX-License-Identifier: GPL-3.0-or-later
#include "opapplier.h"

#include "changelog.h"
#include "domain/ids.h"
#include "itemops.h"
#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"
#include "structureops.h"

#include <QJsonDocument>

namespace Folio::Server {

namespace {

struct OpText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Op)
};

using Handler = Result<OpResult> (*)(OpContext &, const Op &);

const QHash<QString, Handler> &handlers()
{
    static const QHash<QString, Handler> all {
        { QStringLiteral("item.create"), &ItemOps::create },
        { QStringLiteral("item.update"), &ItemOps::update },
        { QStringLiteral("item.delete"), &ItemOps::remove },
        { QStringLiteral("version.add"), &ItemOps::addVersion },
        { QStringLiteral("conflict.resolve"), &ItemOps::resolveConflict },
        { QStringLiteral("folder.create"), &StructureOps::createFolder },
        { QStringLiteral("folder.update"), &StructureOps::updateFolder },
        { QStringLiteral("folder.delete"), &StructureOps::removeFolder },
        { QStringLiteral("collection.create"), &StructureOps::createCollection },
        { QStringLiteral("collection.update"), &StructureOps::updateCollection },
        { QStringLiteral("collection.delete"), &StructureOps::removeCollection },
        { QStringLiteral("collection.add"), &StructureOps::addToCollection },
        { QStringLiteral("collection.remove"), &StructureOps::removeFromCollection },
        { QStringLiteral("relation.add"), &StructureOps::addRelation },
        { QStringLiteral("relation.remove"), &StructureOps::removeRelation },
    };
    return all;
}

} // namespace

QJsonObject OpResult::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("status"), status } };
    if (revision > 0) {
        json.insert(QStringLiteral("revision"), double(revision));
    }
    if (isRejected()) {
        json.insert(QStringLiteral("code"), code);
        json.insert(QStringLiteral("reason"), reason);
    }
    if (!conflicts.isEmpty()) {
        json.insert(QStringLiteral("conflicts"), conflicts);
    }
    return json;
}

OpResult OpResult::fromJson(const QJsonObject &json)
{
    OpResult result;
    result.id = json.value(QStringLiteral("id")).toString();
    result.status = json.value(QStringLiteral("status")).toString();
    result.revision = qint64(json.value(QStringLiteral("revision")).toDouble());
    result.code = json.value(QStringLiteral("code")).toString();
    result.reason = json.value(QStringLiteral("reason")).toString();
    result.conflicts = json.value(QStringLiteral("conflicts")).toArray();
    return result;
}

OpResult notFound(const QString &what)
{
    return OpResult::rejected(QStringLiteral("not-found"), OpText::tr("There is no such %1.").arg(what));
}

OpApplier::OpApplier(SqlConnection &db, Caller caller, BlobCheck blobExists)
    : m_db(db)
    , m_caller(std::move(caller))
    , m_blobExists(std::move(blobExists))
{ }

const QStringList &OpApplier::kinds()
{
    static const QStringList all = [] {
        QStringList names = handlers().keys();
        names.sort();
        return names;
    }();
    return all;
}

Result<QList<Op>> OpApplier::parse(const QJsonObject &body)
{
    const auto invalid = [](const QString &message) { return fail(Error::Code::InvalidArgument, message); };
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("ops")) {
            return invalid(tr("Unknown field \"%1\": a batch has only \"ops\".").arg(it.key().left(80)));
        }
    }
    if (!body.value(QStringLiteral("ops")).isArray()) {
        return invalid(tr("\"ops\" must be a list of ops."));
    }
    const QJsonArray array = body.value(QStringLiteral("ops")).toArray();
    if (array.isEmpty() || array.size() > maxOps) {
        return invalid(tr("A batch holds 1 to %1 ops, not %2.").arg(maxOps).arg(array.size()));
    }
    static const QStringList known { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("entity"),
        QStringLiteral("base"), QStringLiteral("fields") };
    QList<Op> ops;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            return invalid(tr("Op %1 is not an object.").arg(i + 1));
        }
        const QJsonObject json = array[i].toObject();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!known.contains(it.key())) {
                return invalid(tr("Op %1 has an unknown field \"%2\".").arg(i + 1).arg(it.key().left(80)));
            }
        }
        Op op;
        op.id = json.value(QStringLiteral("id")).toString();
        op.kind = json.value(QStringLiteral("kind")).toString();
        op.entity = json.value(QStringLiteral("entity")).toString();
        if (!Ids::isUuid(op.id) || ids.contains(op.id)) {
            return invalid(tr("Op %1 needs an \"id\" that is a lower-case UUID, once per batch.").arg(i + 1));
        }
        if (!handlers().contains(op.kind)) {
            return invalid(tr("Op %1 has the unknown kind \"%2\"; known: %3.")
                               .arg(i + 1)
                               .arg(op.kind.left(80), kinds().join(QStringLiteral(", "))));
        }
        if (!Ids::isUuid(op.entity)) {
            return invalid(tr("Op %1 needs an \"entity\" that is a lower-case UUID.").arg(i + 1));
        }
        const QJsonValue base = json.value(QStringLiteral("base"));
        if (!base.isUndefined() && (!base.isDouble() || base.toDouble() < 0 || base.toDouble() > 9e15)) {
            return invalid(tr("Op %1: \"base\" must be a revision number.").arg(i + 1));
        }
        op.base = qint64(base.toDouble());
        const QJsonValue fields = json.value(QStringLiteral("fields"));
        if (!fields.isUndefined() && !fields.isObject()) {
            return invalid(tr("Op %1: \"fields\" must be an object.").arg(i + 1));
        }
        op.fields = fields.toObject();
        ids.insert(op.id);
        ops.append(op);
    }
    return ops;
}

Result<OpResult> OpApplier::dispatch(OpContext &context, const Op &op)
{
    return handlers().value(op.kind)(context, op);
}

Result<QList<OpResult>> OpApplier::apply(const QList<Op> &ops)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    ChangeLog log(m_db);
    if (auto locked = log.lockForWriting(); !locked) {
        return std::unexpected(locked.error());
    }
    auto results = applyWithin(log, ops);
    if (!results) {
        return results;
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return results;
}

Result<QList<OpResult>> OpApplier::applyWithin(ChangeLog &log, const QList<Op> &ops)
{
    PermissionResolver perms(m_db, m_caller);
    OpContext context { m_db, log, perms, m_caller, m_blobExists };
    QList<OpResult> results;
    for (const Op &op : ops) {
        auto seen = m_db.query(QStringLiteral("SELECT user_id, result FROM ops WHERE op_id = ?"), op.id);
        if (!seen) {
            return std::unexpected(seen.error());
        }
        auto replay = seen->next();
        if (!replay) {
            return std::unexpected(replay.error());
        }
        if (*replay) {
            OpResult stored = seen->int64(0) == m_caller.userId
                ? OpResult::fromJson(QJsonDocument::fromJson(seen->text(1).toUtf8()).object())
                : OpResult::rejected(QStringLiteral("invalid"), tr("This op id was used by someone else."));
            stored.id = op.id;
            results.append(stored);
            continue;
        }
        if (auto ok = m_db.exec(QStringLiteral("SAVEPOINT op")); !ok) {
            return std::unexpected(ok.error());
        }
        auto result = dispatch(context, op);
        if (!result) {
            return std::unexpected(result.error());
        }
        result->id = op.id;
        if (result->isRejected()) {
            // Undo whatever the op wrote before it found the reason to refuse.
            if (auto ok = m_db.exec(QStringLiteral("ROLLBACK TO op")); !ok) {
                return std::unexpected(ok.error());
            }
            perms.reset();
        }
        if (auto ok = m_db.exec(QStringLiteral("RELEASE op")); !ok) {
            return std::unexpected(ok.error());
        }
        auto stored
            = m_db.execute(QStringLiteral("INSERT INTO ops (op_id, user_id, result, received) VALUES (?, ?, ?, ?)"),
                op.id, m_caller.userId,
                QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact)), Ids::now());
        if (!stored) {
            return std::unexpected(stored.error());
        }
        results.append(*result);
    }
    return results;
}

} // namespace Folio::Server
