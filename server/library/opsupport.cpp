// SPDX-License-Identifier: GPL-3.0-or-later
#include "opsupport.h"

#include "entitylookup.h"
#include "permissions.h"

namespace Folio::Server::OpSupport {

namespace {

struct OpSupportText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::StructureOps)
};

} // namespace

OpResult applied(qint64 revision)
{
    OpResult result;
    result.status = QStringLiteral("applied");
    result.revision = revision;
    return result;
}

OpResult exists()
{
    return OpResult::rejected(QStringLiteral("exists"), OpSupportText::tr("Something with this id exists already."));
}

std::optional<OpResult> checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 255 || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
        || name == QLatin1String("..")) {
        return OpResult::rejected(QStringLiteral("invalid"),
            OpSupportText::tr("\"%1\" is not a usable name: 1 to 255 characters, no '/', not . or ..")
                .arg(name.left(80)));
    }
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control) {
            return OpResult::rejected(
                QStringLiteral("invalid"), OpSupportText::tr("A name must not contain control characters."));
        }
    }
    return std::nullopt;
}

// The folder's permissions, or the rejection that hides an unreadable one.

Result<std::variant<qint64, OpResult>> readableItem(OpContext &context, const QString &uuid, int need)
{
    auto found = EntityLookup::item(context.db, uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found || (*found)->deleted) {
        return notFound(OpSupportText::tr("item"));
    }
    auto perms = context.perms.itemById((*found)->id);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if ((*perms & Permission::Read) == 0) {
        return notFound(OpSupportText::tr("item"));
    }
    if ((*perms & need) != need) {
        return OpResult::rejected(QStringLiteral("forbidden"),
            OpSupportText::tr("You may not change this item (%1 needed).").arg(Permission::format(need)));
    }
    return (*found)->id;
}

// Looks up the item of OP for writing: the rejection when it is missing, unreadable or lacks NEED.
Result<std::variant<EntityLookup::Found, OpResult>> writableItem(OpContext &context, const QString &uuid, int need)
{
    auto found = EntityLookup::item(context.db, uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return notFound(OpSupportText::tr("item"));
    }
    auto perms = context.perms.itemById((*found)->id);
    if (!perms) {
        return std::unexpected(perms.error());
    }
    if ((*perms & Permission::Read) == 0) {
        return notFound(OpSupportText::tr("item"));
    }
    if ((*perms & need) != need) {
        return OpResult::rejected(QStringLiteral("forbidden"),
            OpSupportText::tr("You may not change this item (%1 needed).").arg(Permission::format(need)));
    }
    return **found;
}

} // namespace Folio::Server::OpSupport
