// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractionapplier.h"

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/archiveexpander.h"
#include "ingest/extractor.h"
#include "ingest/ocrjob.h"
#include "library/library.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "store/versionrepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include <unistd.h>

namespace Folio {

namespace {

// Unified fields that are not schema fields of the same name.
void flattenFields(QJsonObject &fields)
{
    // A file's own dates are not the item's (when it entered the library, when it last changed).
    for (const char *date : { "created", "modified" }) {
        const QString key = QString::fromLatin1(date);
        if (fields.contains(key)) {
            fields.insert(QStringLiteral("document-") + key, fields.take(key));
        }
    }
    const QJsonObject gps = fields.take(QStringLiteral("gps")).toObject();
    for (const char *part : { "latitude", "longitude", "altitude" }) {
        const QString key = QString::fromLatin1(part);
        if (gps.contains(key)) {
            fields.insert(QStringLiteral("gps-") + key, gps.value(key));
        }
    }
}

// A value extraction found, typed for its field; nothing when it does not fit.
std::optional<TypedValue> typed(const FieldDefinition &field, const QJsonValue &value)
{
    TypedValue out;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Person:
    case FieldType::Enum: {
        QString text = value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", "))
            : value.isDouble()         ? QString::number(value.toDouble())
                                       : value.toString();
        text = text.trimmed();
        if (text.isEmpty()) {
            return std::nullopt;
        }
        out.json = text;
        out.text = text;
        if (field.type == FieldType::Enum) {
            out.terms = { text };
        }
        return out;
    }
    case FieldType::Number: {
        bool ok = value.isDouble();
        const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
        out.json = number;
        out.number = number;
        return out;
    }
    case FieldType::Date: {
        const QString text = value.toString();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QString stored
            = time.isValid() ? (time.timeSpec() == Qt::LocalTime ? text : Ids::format(time)) : QString();
        if (stored.isEmpty()) {
            return std::nullopt;
        }
        out.json = stored;
        out.date = stored;
        return out;
    }
    case FieldType::MultiEnum: {
        QStringList terms;
        const QStringList raw = value.isArray() ? value.toVariant().toStringList() : QStringList { value.toString() };
        for (const QString &term : raw) {
            if (!term.trimmed().isEmpty() && !terms.contains(term.trimmed())) {
                terms.append(term.trimmed());
            }
        }
        if (terms.isEmpty()) {
            return std::nullopt;
        }
        out.json = QJsonArray::fromStringList(terms);
        out.terms = terms;
        return out;
    }
    case FieldType::Bool: {
        if (!value.isBool()) {
            return std::nullopt;
        }
        out.json = value.toBool();
        out.number = value.toBool() ? 1 : 0;
        return out;
    }
    case FieldType::ItemRef: return std::nullopt;
    }
    return std::nullopt;
}

// The file's star rating (0–5; XMP's -1, "rejected", is not a rating).
std::optional<int> ratingOf(const QJsonObject &fields)
{
    const QJsonValue value = fields.value(QStringLiteral("rating"));
    if (!value.isDouble() || value.toInt(-1) < 0 || value.toInt(-1) > 5) {
        return std::nullopt;
    }
    return value.toInt();
}

// The file's label when it names one of the colours the browsers show (Lightroom, Bridge and digiKam write
// the colour's English name); other labels ("Select", "To do") stay in the label field only.
QString colorLabelOf(const QJsonObject &fields)
{
    static const QStringList colours { QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
        QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("purple"), QStringLiteral("gray") };
    const QString label = fields.value(QStringLiteral("label")).toString().trimmed().toLower();
    if (label == QLatin1String("grey")) {
        return QStringLiteral("gray");
    }
    return colours.contains(label) ? label : QString();
}
} // namespace

Result<void> ExtractionApplier::apply(const QList<ExtractedVersion> &results)
{
    Database &db = m_library.database();
    BlobStore &blobs = m_library.blobs();

    // Rendition files first, outside the transaction (BlobStore's crash-safe order).
    struct Placed
    {
        qsizetype result;
        ExtractedRendition rendition;
        StagedBlob blob;
    };
    QList<Placed> placed;
    QList<StagedBlob> staged;
    QStringList sources;
    QList<std::pair<qsizetype, ExtractedRendition>> origins;
    for (qsizetype i = 0; i < results.size(); ++i) {
        for (const ExtractedRendition &rendition : results.at(i).result.renditions) {
            sources.append(rendition.file);
            origins.append({ i, rendition });
        }
    }
    const QList<Result<StagedBlob>> copies = blobs.stageAll(sources);
    QList<ExtractedVersion> withWarnings = results;
    for (qsizetype k = 0; k < copies.size(); ++k) {
        if (!copies.at(k)) {
            withWarnings[origins.at(k).first].result.warnings.append(
                tr("The %1 rendition was not stored: %2")
                    .arg(origins.at(k).second.name, copies.at(k).error().message()));
            continue;
        }
        staged.append(*copies.at(k));
        placed.append({ origins.at(k).first, origins.at(k).second, *copies.at(k) });
    }
    const QString owner = QStringLiteral("extract-%1").arg(::getpid());
    if (auto ok = blobs.commitFiles(staged, owner); !ok) {
        return ok;
    }

    return m_library.write([&]() -> Result<void> {
        ExtractionRepository extractions(db);
        ItemRepository items(db);
        VersionRepository versions(db);
        MetadataRepository metadata(db);
        SchemaRepository schema(db);
        JobRepository jobs(db);
        const QString now = Ids::now();

        for (qsizetype i = 0; i < withWarnings.size(); ++i) {
            const ExtractedVersion &extracted = withWarnings.at(i);
            const ExtractionResult &result = extracted.result;
            if (extracted.jobId) {
                if (auto done = jobs.finish(extracted.jobId, !result.error.isEmpty(), result.error, now); !done) {
                    return done;
                }
            }
            auto version = versions.byId(extracted.versionId);
            if (!version) {
                continue; // purged while it was being extracted
            }
            auto item = items.byId(version->itemId);
            if (!item) {
                return std::unexpected(item.error());
            }

            QJsonArray renditionNames;
            for (const Placed &p : std::as_const(placed)) {
                if (p.result != i) {
                    continue;
                }
                auto blobId = blobs.addReference(p.blob.sha256, p.blob.size, owner);
                if (!blobId) {
                    return std::unexpected(blobId.error());
                }
                auto previous = extractions.saveRendition(
                    { extracted.versionId, p.rendition.name, *blobId, p.blob.sha256, p.rendition.mimeType,
                        p.rendition.width, p.rendition.height, p.blob.size },
                    now);
                if (!previous) {
                    return std::unexpected(previous.error());
                }
                if (*previous) {
                    if (auto released = blobs.release(*previous); !released) {
                        return released;
                    }
                }
                renditionNames.append(p.rendition.name);
            }

            ExtractionRecord record;
            record.versionId = extracted.versionId;
            record.state = result.error.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed");
            record.detectedType = result.detectedType;
            record.extensionMismatch = result.extensionMismatch;
            record.isProtected = result.isProtected;
            record.pages = result.pages;
            record.width = result.width;
            record.height = result.height;
            record.tags = result.tags;
            record.fields = result.fields;
            record.warnings = result.warnings;
            record.error = result.error;
            record.extractorVersion = Extractor::version;
            record.extractedAt = now;
            if (auto planned = ArchiveExpander(m_library).afterListing(*item, record, m_maxArchiveDepth); !planned) {
                return planned;
            }
            if (auto saved = extractions.save(record); !saved) {
                return saved;
            }
            if (!result.pageTexts.isEmpty()) {
                if (auto saved = extractions.saveText(extracted.versionId, result.pageTexts, QStringLiteral("layer"));
                    !saved) {
                    return saved;
                }
            }
            // Pages without text wait for OCR, queued with the record so neither is ever without the other.
            if (!result.ocrPages.isEmpty() && result.error.isEmpty()) {
                if (auto queued = OcrJob::enqueue(db, extracted.versionId, result.ocrPages); !queued) {
                    return std::unexpected(queued.error());
                }
            }
            if (result.perceptualHash) {
                if (auto saved = extractions.saveHash(item->id, extracted.versionId, *result.perceptualHash); !saved) {
                    return saved;
                }
            }
            if (!result.kind.isEmpty() && result.kind != item->kind) {
                if (auto set = items.setKind(item->id, result.kind, now, m_library.actorId()); !set) {
                    return set;
                }
            }

            // A rating and colour label set in another tool (XMP, EXIF) become the item's own, which the
            // browsers show and sort, unless the item has its own already.
            if (auto adopted = items.adoptRatingAndLabel(
                    item->id, ratingOf(result.fields), colorLabelOf(result.fields), now, m_library.actorId());
                !adopted) {
                return adopted;
            }

            // Unified fields fill what the item does not have yet.
            QJsonObject fields = result.fields;
            flattenFields(fields);
            if (result.width > 0) {
                fields.insert(QStringLiteral("width"), result.width);
                fields.insert(QStringLiteral("height"), result.height);
            }
            if (result.pages > 1) {
                fields.insert(QStringLiteral("pages"), result.pages);
            }
            QJsonObject applied;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                auto field = schema.resolve(it.key());
                if (!field || field->builtin) {
                    continue; // not a field of this library, or the item's own title/status/classification
                }
                auto current = metadata.value(item->id, field->id);
                if (!current) {
                    return std::unexpected(current.error());
                }
                if (current->has_value()) {
                    continue;
                }
                const auto value = typed(*field, it.value());
                if (!value) {
                    continue;
                }
                if (!field->vocabulary.isEmpty()) {
                    auto vocabulary = schema.vocabulary(field->vocabulary);
                    if (!vocabulary || !vocabulary->open) {
                        continue; // a closed vocabulary takes no values from files
                    }
                    for (const QString &term : value->terms) {
                        if (auto added = schema.addTerm(vocabulary->id, term); !added) {
                            return added;
                        }
                    }
                }
                if (auto set = metadata.set(item->id, field->id, *value, m_library.actorId(), now); !set) {
                    return set;
                }
                applied.insert(field->key, value->json);
            }
            // The embedded title replaces a title that is still just the file name.
            const QString embeddedTitle = result.fields.value(QStringLiteral("title")).toString().trimmed();
            if (!embeddedTitle.isEmpty() && item->title == QFileInfo(version->filename).completeBaseName()) {
                if (auto set = items.setTitle(item->id, embeddedTitle, now, m_library.actorId()); !set) {
                    return set;
                }
                applied.insert(QStringLiteral("title"), embeddedTitle);
            }
            if (!applied.isEmpty()) {
                if (auto touched = items.touch(item->id, now, m_library.actorId()); !touched) {
                    return touched;
                }
            }
            auto recorded = m_library.record(QStringLiteral("version.extract"), QStringLiteral("version"),
                version->uuid, item->uuid,
                QJsonObject { { QStringLiteral("detected_type"), result.detectedType },
                    { QStringLiteral("fields"), applied }, { QStringLiteral("renditions"), renditionNames },
                    { QStringLiteral("error"), result.error } });
            if (!recorded) {
                return recorded;
            }
        }
        return {};
    });
}

} // namespace Folio
