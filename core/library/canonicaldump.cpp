// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/canonicaldump.h"

#include "domain/canonicaljson.h"
#include "library/library.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/versionrepository.h"

#include <QJsonObject>

#include <algorithm>

namespace Folio::CanonicalDump {

namespace {
// Every value is written as canonical JSON, so quoting and escaping are unambiguous.
QString json(const QJsonValue &value)
{
    return QString::fromUtf8(CanonicalJson::serialize(value));
}
} // namespace

Result<QString> dump(Library &library)
{
    Database &db = library.database();
    FolderRepository folders(db);
    QString out = QStringLiteral("folio-dump 1\n");

    auto allFolders = folders.all();
    if (!allFolders) {
        return std::unexpected(allFolders.error());
    }
    QStringList paths;
    for (const Folder &folder : std::as_const(*allFolders)) {
        paths.append(QStringLiteral("folder %1 %2\n").arg(folder.uuid, json(folder.path)));
    }
    std::sort(paths.begin(), paths.end());
    out += paths.join(QString());

    ItemRepository items(db);
    auto ids = items.allIds(true);
    if (!ids) {
        return std::unexpected(ids.error());
    }
    for (qint64 id : std::as_const(*ids)) {
        auto item = items.byId(id);
        if (!item) {
            return std::unexpected(item.error());
        }
        if (item->tombstone) {
            out += QStringLiteral("item %1 tombstone\n").arg(item->uuid);
            continue;
        }
        auto folder = folders.pathOf(item->folderId);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        out += QStringLiteral("item %1 %2\n")
                   .arg(item->uuid, json(QJsonObject{{QStringLiteral("kind"), item->kind},
                                                     {QStringLiteral("title"), item->title},
                                                     {QStringLiteral("folder"), *folder},
                                                     {QStringLiteral("classification"), item->classification},
                                                     {QStringLiteral("status"), item->status},
                                                     {QStringLiteral("trashed"), !item->trashedAt.isEmpty()}}));
        auto versions = VersionRepository(db).forItem(id);
        if (!versions) {
            return std::unexpected(versions.error());
        }
        for (const Version &v : std::as_const(*versions)) {
            out += QStringLiteral("  version %1 %2 %3\n")
                       .arg(v.number)
                       .arg(v.uuid, json(QJsonObject{{QStringLiteral("sha256"), v.sha256},
                                                     {QStringLiteral("size"), double(v.size)},
                                                     {QStringLiteral("filename"), v.filename},
                                                     {QStringLiteral("mime"), v.mimeType},
                                                     {QStringLiteral("comment"), v.comment},
                                                     {QStringLiteral("parent"), v.parentNumber},
                                                     {QStringLiteral("current"), v.id == item->currentVersionId},
                                                     {QStringLiteral("conflict"), v.conflict}}));
        }
        auto values = MetadataRepository(db).forItem(id);
        if (!values) {
            return std::unexpected(values.error());
        }
        QStringList lines;
        for (const MetadataValue &value : std::as_const(*values)) {
            lines.append(QStringLiteral("  meta %1 %2\n").arg(value.field, json(value.value)));
        }
        std::sort(lines.begin(), lines.end());
        out += lines.join(QString());
    }
    return out;
}

} // namespace Folio::CanonicalDump
