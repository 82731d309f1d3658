// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl show ID: everything known about an item — properties, unified metadata, versions, what
// extraction found (detected type, warnings, an archive's refused members, every raw tag), its text (which
// pages OCR read; all of it with --text), renditions, near duplicates, the archive it was extracted from and
// the members extracted from it.

#include "cli.h"
#include "jsonviews.h"

#include "ingest/extractors/archiveextractor.h"
#include "library/library.h"
#include "search/nearduplicateindex.h"
#include "store/extractionrepository.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/relationrepository.h"
#include "store/versionrepository.h"

#include <QJsonArray>

namespace Folio::Cli {

namespace {

constexpr int nearDuplicateBits = 10;
// Lines of an archive's refused members and of its members in the text output.
constexpr qsizetype listedRefusals = 20;
constexpr qsizetype listedMembers = 20;

QString valueText(const QJsonValue &value)
{
    return value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", ")) : value.toVariant().toString();
}

// Items whose current image looks like ITEM's, nearest first.
Result<QJsonArray> nearDuplicates(Library &library, const Item &item)
{
    auto hashes = ExtractionRepository(library.database()).currentHashes();
    if (!hashes) {
        return std::unexpected(hashes.error());
    }
    NearDuplicateIndex index;
    std::optional<quint64> own;
    for (const HashedImage &image : std::as_const(*hashes)) {
        index.insert(image.itemId, image.hash);
        if (image.itemId == item.id) {
            own = image.hash;
        }
    }
    QJsonArray list;
    if (!own) {
        return list;
    }
    ItemRepository items(library.database());
    for (const NearDuplicateIndex::Match &match : index.query(*own, nearDuplicateBits)) {
        if (match.id == item.id) {
            continue;
        }
        auto other = items.byId(match.id);
        if (other) {
            list.append(QJsonObject { { QStringLiteral("id"), other->uuid }, { QStringLiteral("title"), other->title },
                { QStringLiteral("distance"), match.distance } });
        }
    }
    return list;
}

// The items ITEM was extracted from (OUTWARD) or that were extracted from it, as {"id", "title", "folder"}.
Result<QJsonArray> extractionRelatives(Library &library, const Item &item, bool outward)
{
    RelationRepository relations(library.database());
    auto found = outward ? relations.fromItem(item.id, RelationRepository::extractedFrom())
                         : relations.toItem(item.id, RelationRepository::extractedFrom());
    if (!found) {
        return std::unexpected(found.error());
    }
    QJsonArray list;
    for (const Relation &relation : std::as_const(*found)) {
        auto other = ItemRepository(library.database()).byId(outward ? relation.targetItemId : relation.sourceItemId);
        if (!other) {
            return std::unexpected(other.error());
        }
        auto folder = FolderRepository(library.database()).pathOf(other->folderId);
        list.append(QJsonObject { { QStringLiteral("id"), other->uuid }, { QStringLiteral("title"), other->title },
            { QStringLiteral("folder"), folder ? *folder : QString() } });
    }
    return list;
}

// The start of the text, on one line.
QString excerpt(const QList<PageText> &pages)
{
    constexpr qsizetype length = 300;
    QString text;
    for (const PageText &page : pages) {
        text += page.text.simplified() + QLatin1Char(' ');
        if (text.size() > length) {
            break;
        }
    }
    text = text.trimmed();
    return text.size() > length ? text.left(length) + QStringLiteral("…") : text;
}

} // namespace

int showCommand(Context &cx)
{
    const QCommandLineOption wholeText(QStringLiteral("text"), Context::tr("Also print the whole text, page by page."));
    if (!cx.parse(Context::tr("Show an item: properties, metadata, versions, extraction, text, renditions, near "
                              "duplicates."),
            { wholeText }, { QStringLiteral("id") }, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    Database &db = library->database();
    auto folder = FolderRepository(db).pathOf(item->folderId);
    auto versions = VersionRepository(db).forItem(item->id);
    auto metadata = MetadataRepository(db).forItem(item->id);
    auto extraction = ExtractionRepository(db).forVersion(item->currentVersionId);
    auto renditions = ExtractionRepository(db).renditions(item->currentVersionId);
    auto similar = nearDuplicates(*library, *item);
    auto text = ExtractionRepository(db).pages(item->currentVersionId);
    auto source = extractionRelatives(*library, *item, true);
    auto members = extractionRelatives(*library, *item, false);
    for (const Error *error : { folder ? nullptr : &folder.error(), versions ? nullptr : &versions.error(),
             metadata ? nullptr : &metadata.error(), extraction ? nullptr : &extraction.error(),
             renditions ? nullptr : &renditions.error(), similar ? nullptr : &similar.error(),
             text ? nullptr : &text.error(), source ? nullptr : &source.error(),
             members ? nullptr : &members.error() }) {
        if (error) {
            return cx.failWith(*error);
        }
    }
    const std::optional<ExtractionRecord> &found = *extraction;
    QJsonArray ocrPages; // the pages whose text OCR read, from 1
    for (const PageText &page : std::as_const(*text)) {
        if (page.source == QLatin1String("ocr")) {
            ocrPages.append(page.page);
        }
    }

    if (cx.json()) {
        QJsonObject object = toJson(*item, *folder);
        QJsonArray versionArray;
        for (const Version &v : std::as_const(*versions)) {
            versionArray.append(toJson(v));
        }
        QJsonObject values;
        for (const MetadataValue &value : std::as_const(*metadata)) {
            values.insert(value.field, value.value);
        }
        object.insert(QStringLiteral("version_list"), versionArray);
        object.insert(QStringLiteral("metadata"), values);
        QJsonObject extracted { { QStringLiteral("state"), found ? found->state : QStringLiteral("pending") } };
        if (found) {
            extracted.insert(QStringLiteral("detected_type"), found->detectedType);
            extracted.insert(QStringLiteral("extension_mismatch"), found->extensionMismatch);
            extracted.insert(QStringLiteral("protected"), found->isProtected);
            extracted.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(found->warnings));
            extracted.insert(QStringLiteral("error"), found->error.isEmpty() ? QJsonValue() : QJsonValue(found->error));
            extracted.insert(QStringLiteral("pages"), found->pages);
            extracted.insert(QStringLiteral("fields"), found->fields);
            extracted.insert(QStringLiteral("tags"), found->tags);
        }
        object.insert(QStringLiteral("extraction"), extracted);
        QJsonArray renditionArray;
        for (const RenditionRecord &r : std::as_const(*renditions)) {
            renditionArray.append(
                QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("mime_type"), r.mimeType },
                    { QStringLiteral("width"), r.width }, { QStringLiteral("height"), r.height },
                    { QStringLiteral("size"), double(r.size) }, { QStringLiteral("sha256"), r.sha256 } });
        }
        object.insert(QStringLiteral("renditions"), renditionArray);
        object.insert(QStringLiteral("near_duplicates"), *similar);
        object.insert(QStringLiteral("extracted_from"), source->isEmpty() ? QJsonValue() : source->first());
        object.insert(QStringLiteral("members"), *members);
        QJsonObject textObject { { QStringLiteral("pages"), int(text->size()) },
            { QStringLiteral("excerpt"), excerpt(*text) }, { QStringLiteral("ocr_pages"), ocrPages } };
        if (cx.parser().isSet(wholeText)) {
            QJsonArray pageArray;
            for (const PageText &page : std::as_const(*text)) {
                pageArray.append(QJsonObject { { QStringLiteral("page"), page.page },
                    { QStringLiteral("source"), page.source }, { QStringLiteral("text"), page.text } });
            }
            textObject.insert(QStringLiteral("page_texts"), pageArray);
        }
        object.insert(QStringLiteral("text"), textObject);
        cx.printJson(QStringLiteral("show"), { { QStringLiteral("item"), object } });
        return Ok;
    }

    QTextStream &out = cx.out();
    auto line = [&](const QString &label, const QString &value) {
        out << QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -16).arg(value);
    };
    line(Context::tr("id"), item->uuid);
    line(Context::tr("title"), item->title);
    line(Context::tr("kind"), item->kind);
    if (found) {
        line(Context::tr("type"), found->detectedType);
    }
    line(Context::tr("folder"), *folder);
    line(Context::tr("classification"), item->classification);
    line(Context::tr("status"), item->status);
    line(Context::tr("created"), Context::tr("%1 by %2").arg(item->createdAt, item->createdBy));
    line(Context::tr("modified"), Context::tr("%1 by %2").arg(item->modifiedAt, item->modifiedBy));
    if (!item->trashedAt.isEmpty()) {
        line(Context::tr("in the Trash"), item->trashedAt);
    }
    if (found) {
        for (const QString &warning : found->warnings) {
            line(Context::tr("warning"), warning);
        }
        if (!found->error.isEmpty()) {
            line(Context::tr("not extracted"), found->error);
        }
        if (found->isProtected) {
            line(Context::tr("locked"), Context::tr("needs a password (folioctl unlock %1)").arg(shortId(item->uuid)));
        }
        // An archive's refused members; a bomb's thousands are in --json.
        const QJsonArray refused = found->fields.value(ArchiveFields::refused).toArray();
        for (qsizetype i = 0; i < std::min(listedRefusals, refused.size()); ++i) {
            const QJsonObject member = refused.at(i).toObject();
            line(Context::tr("refused"),
                QStringLiteral("%1 — %2").arg(member.value(QStringLiteral("path")).toString(),
                    member.value(QStringLiteral("reason")).toString()));
        }
        if (refused.size() > listedRefusals) {
            line(Context::tr("refused"),
                Context::tr("… and %n more (folioctl show --json)", nullptr, int(refused.size() - listedRefusals)));
        }
    } else {
        line(Context::tr("extraction"), Context::tr("pending (folioctl reprocess)"));
    }
    out << Context::tr("metadata:") << '\n';
    for (const MetadataValue &value : std::as_const(*metadata)) {
        line(QStringLiteral("  ") + value.field, valueText(value.value));
    }
    out << Context::tr("versions:") << '\n';
    for (const Version &v : std::as_const(*versions)) {
        out << QStringLiteral("  v%1  %2  %3  %4  %5%6\n")
                   .arg(v.number)
                   .arg(v.filename, humanSize(v.size), v.mimeType, v.sha256.left(12),
                       v.comment.isEmpty() ? QString() : QStringLiteral("  ") + v.comment);
    }
    if (!text->isEmpty()) {
        line(Context::tr("text"), Context::tr("%n page(s): %1", nullptr, int(text->size())).arg(excerpt(*text)));
    }
    if (!ocrPages.isEmpty()) {
        QStringList numbers;
        for (const QJsonValue &page : std::as_const(ocrPages)) {
            numbers.append(QString::number(page.toInt()));
        }
        line(Context::tr("read by OCR"),
            Context::tr("page(s) %1", nullptr, int(numbers.size())).arg(numbers.join(QStringLiteral(", "))));
    }
    if (!renditions->isEmpty()) {
        out << Context::tr("renditions:") << '\n';
        for (const RenditionRecord &r : std::as_const(*renditions)) {
            out << QStringLiteral("  %1  %2×%3  %4  %5\n")
                       .arg(r.name)
                       .arg(r.width)
                       .arg(r.height)
                       .arg(r.mimeType, humanSize(r.size));
        }
    }
    if (!similar->isEmpty()) {
        out << Context::tr("near duplicates:") << '\n';
        for (const QJsonValue &value : std::as_const(*similar)) {
            const QJsonObject other = value.toObject();
            out << QStringLiteral("  %1  %2  %3\n")
                       .arg(shortId(other.value(QStringLiteral("id")).toString()))
                       .arg(other.value(QStringLiteral("distance")).toInt())
                       .arg(other.value(QStringLiteral("title")).toString());
        }
    }
    if (!source->isEmpty()) {
        const QJsonObject archive = source->first().toObject();
        line(Context::tr("extracted from"),
            QStringLiteral("%1  %2").arg(shortId(archive.value(QStringLiteral("id")).toString()),
                archive.value(QStringLiteral("title")).toString()));
    }
    if (!members->isEmpty()) {
        // A large archive's members are listed in its folder (folioctl ls); the first ones say what it holds.
        out << Context::tr("members: %n item(s)", nullptr, int(members->size())) << '\n';
        for (qsizetype i = 0; i < std::min(listedMembers, members->size()); ++i) {
            const QJsonObject member = members->at(i).toObject();
            out << QStringLiteral("  %1  %2  (%3)\n")
                       .arg(shortId(member.value(QStringLiteral("id")).toString()),
                           member.value(QStringLiteral("title")).toString(),
                           member.value(QStringLiteral("folder")).toString());
        }
        if (members->size() > listedMembers) {
            out << Context::tr("  … and %n more", nullptr, int(members->size() - listedMembers)) << '\n';
        }
    }
    if (found && !found->tags.isEmpty()) {
        out << Context::tr("tags:") << '\n';
        for (const QJsonValue &value : found->tags) {
            const QJsonObject tag = value.toObject();
            line(QStringLiteral("  ") + tag.value(QStringLiteral("key")).toString(),
                tag.value(QStringLiteral("value")).toString());
        }
    }
    if (cx.parser().isSet(wholeText)) {
        for (const PageText &page : std::as_const(*text)) {
            out << (page.source == QLatin1String("ocr") ? Context::tr("--- page %1 (read by OCR) ---\n")
                                                        : Context::tr("--- page %1 ---\n"))
                       .arg(page.page)
                << page.text << '\n';
        }
    }
    return Ok;
}

} // namespace Folio::Cli
