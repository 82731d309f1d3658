// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordata.h"

#include "library/library.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/versionrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace Folio {

namespace {

Result<void> readSingle(Library &library, InspectorData &data)
{
    Database &db = library.database();
    auto item = ItemRepository(db).byId(data.itemIds.first());
    if (!item) {
        return std::unexpected(item.error());
    }
    data.item = *item;
    auto folder = FolderRepository(db).pathOf(item->folderId);
    if (!folder) {
        return std::unexpected(folder.error());
    }
    data.folderPath = *folder;
    auto versions = VersionRepository(db).forItem(item->id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    data.versions = *versions;
    std::sort(data.versions.begin(), data.versions.end(),
        [](const Version &a, const Version &b) { return a.number > b.number; });
    for (const Version &version : std::as_const(data.versions)) {
        if (version.id == item->currentVersionId) {
            data.current = version;
        }
    }
    ExtractionRepository extraction(db);
    auto renditions = extraction.renditions(item->currentVersionId);
    if (!renditions) {
        return std::unexpected(renditions.error());
    }
    for (const QString &name : { QStringLiteral("preview"), QStringLiteral("thumb"), QStringLiteral("poster") }) {
        for (const RenditionRecord &rendition : std::as_const(*renditions)) {
            if (data.previewSha256.isEmpty() && rendition.name == name) {
                data.previewSha256 = rendition.sha256;
            }
        }
    }
    auto record = extraction.forVersion(item->currentVersionId);
    if (!record) {
        return std::unexpected(record.error());
    }
    data.extraction = *record;
    auto pages = extraction.pages(item->currentVersionId);
    if (!pages) {
        return std::unexpected(pages.error());
    }
    for (const PageText &page : std::as_const(*pages)) {
        if (pages->size() > 1) {
            data.text += (page.source == QLatin1String("ocr")
                    ? QCoreApplication::translate("Folio::InspectorData", "— Page %1 (read by OCR) —\n")
                    : QCoreApplication::translate("Folio::InspectorData", "— Page %1 —\n"))
                             .arg(page.page);
        }
        data.text += page.text;
        data.text += QLatin1Char('\n');
        if (data.text.size() > InspectorData::TextLimit) {
            data.text.truncate(InspectorData::TextLimit);
            data.textTruncated = true;
            break;
        }
    }
    auto links = ItemLinkRepository(db).ofItem(item->id);
    if (!links) {
        return std::unexpected(links.error());
    }
    data.links = *links;
    auto history = library.audit().history(item->uuid);
    if (!history) {
        return std::unexpected(history.error());
    }
    const qsizetype count = history->size();
    const qsizetype from = std::max<qsizetype>(0, count - InspectorData::ActivityLimit);
    data.activityTruncated = from > 0;
    for (qsizetype i = count - 1; i >= from; --i) {
        data.activity.append(history->at(i));
    }
    auto accesses = AccessLogRepository(db).forItem(item->uuid, int(InspectorData::ActivityLimit));
    if (!accesses) {
        return std::unexpected(accesses.error());
    }
    data.accesses = *accesses;
    return {};
}

} // namespace

Result<InspectorData> InspectorData::read(Library &library, const QList<qint64> &itemIds)
{
    InspectorData data;
    data.itemIds = itemIds;
    if (itemIds.isEmpty()) {
        return data;
    }
    auto labels = ItemLabelRepository(library.database()).forItems(itemIds);
    if (!labels) {
        return std::unexpected(labels.error());
    }
    data.labels = *labels;
    if (itemIds.size() == 1 && !data.labels.isEmpty()) {
        if (auto ok = readSingle(library, data); !ok) {
            return std::unexpected(ok.error());
        }
        data.single = true;
        data.totalSize = data.current.size;
        return data;
    }
    ItemRepository items(library.database());
    VersionRepository versions(library.database());
    for (const ItemLabels &labelled : std::as_const(data.labels)) {
        auto item = items.byId(labelled.itemId);
        if (!item) {
            return std::unexpected(item.error());
        }
        auto version = versions.byId(item->currentVersionId);
        if (!version) {
            return std::unexpected(version.error());
        }
        data.totalSize += version->size;
    }
    return data;
}

} // namespace Folio
