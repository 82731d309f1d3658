// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonviews.h"

#include <QLocale>

namespace Folio::Cli {

QString shortId(const QString &uuid)
{
    return uuid.right(8);
}

QJsonObject toJson(const Item &item, const QString &folderPath)
{
    return QJsonObject{{QStringLiteral("id"), item.uuid},
                       {QStringLiteral("kind"), item.kind},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("folder"), folderPath},
                       {QStringLiteral("classification"), item.classification},
                       {QStringLiteral("status"), item.status},
                       {QStringLiteral("versions"), item.versionCount},
                       {QStringLiteral("rev"), double(item.rev)},
                       {QStringLiteral("created"), item.createdAt},
                       {QStringLiteral("created_by"), item.createdBy},
                       {QStringLiteral("modified"), item.modifiedAt},
                       {QStringLiteral("modified_by"), item.modifiedBy},
                       {QStringLiteral("trashed"), item.trashedAt.isEmpty() ? QJsonValue() : QJsonValue(item.trashedAt)}};
}

QJsonObject toJson(const Version &v)
{
    return QJsonObject{{QStringLiteral("number"), v.number},
                       {QStringLiteral("id"), v.uuid},
                       {QStringLiteral("sha256"), v.sha256},
                       {QStringLiteral("filename"), v.filename},
                       {QStringLiteral("size"), double(v.size)},
                       {QStringLiteral("mime_type"), v.mimeType},
                       {QStringLiteral("author"), v.author},
                       {QStringLiteral("created"), v.createdAt},
                       {QStringLiteral("file_modified"), v.fileModifiedAt.isEmpty() ? QJsonValue() : QJsonValue(v.fileModifiedAt)},
                       {QStringLiteral("comment"), v.comment},
                       {QStringLiteral("parent"), v.parentNumber ? QJsonValue(v.parentNumber) : QJsonValue()},
                       {QStringLiteral("conflict"), v.conflict}};
}

QJsonObject toJson(const Folder &folder)
{
    return QJsonObject{{QStringLiteral("id"), folder.uuid}, {QStringLiteral("name"), folder.name},
                       {QStringLiteral("path"), folder.path}};
}

QJsonObject toJson(const AuditRecord &record)
{
    return QJsonObject{{QStringLiteral("seq"), double(record.seq)},
                       {QStringLiteral("id"), record.uuid},
                       {QStringLiteral("at"), record.at},
                       {QStringLiteral("actor"), record.actor},
                       {QStringLiteral("action"), record.action},
                       {QStringLiteral("entity_kind"), record.entityKind},
                       {QStringLiteral("entity"), record.entityUuid},
                       {QStringLiteral("values"), record.values ? QJsonValue(*record.values) : QJsonValue()},
                       {QStringLiteral("redacted"), record.redacted}};
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace Folio::Cli
