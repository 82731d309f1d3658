// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ocrjob.h"

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/extractors/ocrengine.h"
#include "library/library.h"
#include "store/actorrepository.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "store/versionrepository.h"

#include <QJsonArray>

#include <algorithm>

namespace Folio {

Result<qint64> OcrJob::enqueue(
    Database &db, qint64 versionId, const QList<int> &pages, const QString &languages, int priority)
{
    QJsonObject payload;
    if (!pages.isEmpty()) {
        QJsonArray list;
        for (int page : pages) {
            list.append(page);
        }
        payload.insert(QStringLiteral("pages"), list);
    }
    if (!languages.isEmpty()) {
        payload.insert(QStringLiteral("languages"), languages);
    }
    return JobRepository(db).enqueue(QStringLiteral("ocr"), versionId, priority, payload, Ids::now());
}

Result<QString> OcrJob::libraryLanguages(Database &db)
{
    auto set = ActorRepository(db).info(languageSetting());
    if (!set) {
        return std::unexpected(set.error());
    }
    return set->trimmed().isEmpty() ? defaultLanguages() : set->trimmed();
}

Result<void> OcrJob::checkLanguages(const QString &languages)
{
    const QStringList installed = OcrEngine::installedLanguages();
    for (const QString &language : languages.split(QLatin1Char('+'))) {
        if (!installed.contains(language)) {
            return fail(Error::Code::NotFound,
                tr("The OCR language \"%1\" is not installed (installed: %2).")
                    .arg(language, installed.isEmpty() ? tr("none") : installed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<ExtractionRequest> OcrJob::prepare(const Job &job)
{
    Library &library = m_context.library;
    Database &db = library.database();
    auto version = VersionRepository(db).byId(job.versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    Asked asked;
    for (const QJsonValue &page : job.payload.value(QStringLiteral("pages")).toArray()) {
        asked.pages.append(page.toInt());
    }
    asked.languages = job.payload.value(QStringLiteral("languages")).toString();
    if (asked.languages.isEmpty()) {
        asked.languages = m_context.ocrLanguages;
    }
    if (asked.languages.isEmpty()) {
        auto setting = libraryLanguages(db);
        if (!setting) {
            return std::unexpected(setting.error());
        }
        asked.languages = *setting;
    }
    // The watchdog's limit scales with the pages: a long scanned PDF is no hung parser.
    qsizetype pages = asked.pages.size();
    if (pages == 0) {
        auto record = ExtractionRepository(db).forVersion(job.versionId);
        if (!record) {
            return std::unexpected(record.error());
        }
        pages = record->has_value() ? std::max(1, (*record)->pages) : 1;
    }
    ExtractionRequest request;
    request.id = job.id;
    request.task = job.kind;
    request.path = library.blobs().pathFor(version->sha256);
    request.originalName = version->filename;
    request.password = m_context.passwords.value(job.versionId);
    request.background = true;
    request.timeoutSeconds = int(std::min<qsizetype>(MaxSeconds, StartSeconds + SecondsPerPage * pages));
    QJsonArray pageList;
    for (int page : std::as_const(asked.pages)) {
        pageList.append(page);
    }
    request.options = QJsonObject { { QStringLiteral("pages"), pageList },
        { QStringLiteral("languages"), asked.languages }, { QStringLiteral("seconds"), request.timeoutSeconds } };
    m_asked.insert(job.id, asked);
    return request;
}

Result<void> OcrJob::record(const QList<ExtractedVersion> &results)
{
    const QString now = Ids::now();
    return m_context.library.write([&]() -> Result<void> {
        for (const ExtractedVersion &done : results) {
            if (auto recorded = recordOne(done, m_asked.take(done.jobId), now); !recorded) {
                return recorded;
            }
        }
        return {};
    });
}

Result<void> OcrJob::recordOne(const ExtractedVersion &done, const Asked &asked, const QString &now)
{
    Library &library = m_context.library;
    Database &db = library.database();
    const ExtractionResult &result = done.result;
    if (auto finished = JobRepository(db).finish(done.jobId, !result.error.isEmpty(), result.error, now); !finished) {
        return finished;
    }
    auto version = VersionRepository(db).byId(done.versionId);
    if (!version) {
        return {}; // purged while it was being read
    }
    ItemRepository items(db);
    auto item = items.byId(version->itemId);
    if (!item) {
        return std::unexpected(item.error());
    }

    // The pages read replace whatever those pages had (an empty layer); the others keep their text.
    QList<PageText> pages;
    QJsonArray read;
    QStringList warnings = result.warnings;
    int confidenceSum = 0;
    int withText = 0;
    for (const RecognisedPage &page : result.recognised) {
        pages.append({ page.page + 1, QStringLiteral("ocr"), page.text });
        read.append(page.page + 1);
        if (page.text.trimmed().isEmpty()) {
            continue; // a blank page: nothing to be confident about
        }
        confidenceSum += page.confidence;
        ++withText;
        if (page.confidence < LowConfidence) {
            warnings.append(tr("OCR read page %1 with a confidence of only %2%: its text may be garbled (another "
                               "language? folioctl ocr --lang)")
                                .arg(page.page + 1)
                                .arg(page.confidence));
        }
    }
    if (!result.error.isEmpty()) {
        warnings.append(tr("OCR failed: %1").arg(result.error));
    }
    ExtractionRepository extractions(db);
    if (auto saved = extractions.savePages(done.versionId, pages); !saved) {
        return saved;
    }

    // The extraction record tells what OCR did; an earlier OCR's warnings give way to this one's.
    QJsonObject ocr { { QStringLiteral("languages"), asked.languages }, { QStringLiteral("pages"), read },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
    if (withText > 0) {
        ocr.insert(QStringLiteral("confidence"), confidenceSum / withText);
    }
    if (!result.error.isEmpty()) {
        ocr.insert(QStringLiteral("error"), result.error);
    }
    auto record = extractions.forVersion(done.versionId);
    if (!record) {
        return std::unexpected(record.error());
    }
    if (record->has_value()) {
        ExtractionRecord updated = **record;
        for (const QJsonValue &earlier :
            updated.fields.value(QStringLiteral("ocr")).toObject().value(QStringLiteral("warnings")).toArray()) {
            updated.warnings.removeOne(earlier.toString());
        }
        updated.warnings.append(warnings);
        updated.fields.insert(QStringLiteral("ocr"), ocr);
        if (auto saved = extractions.save(updated); !saved) {
            return saved;
        }
    }

    // Done: the item no longer needs OCR (a value the user set to false stays).
    bool cleared = false;
    if (result.error.isEmpty()) {
        auto field = SchemaRepository(db).resolve(QStringLiteral("needs-ocr"));
        if (field) {
            MetadataRepository metadata(db);
            auto current = metadata.value(item->id, field->id);
            if (!current) {
                return std::unexpected(current.error());
            }
            if (current->has_value() && (*current)->toBool()) {
                if (auto removed = metadata.remove(item->id, field->id); !removed) {
                    return removed;
                }
                if (auto touched = items.touch(item->id, now, library.actorId()); !touched) {
                    return touched;
                }
                cleared = true;
            }
        }
    }
    return library.record(QStringLiteral("version.ocr"), QStringLiteral("version"), version->uuid, item->uuid,
        QJsonObject { { QStringLiteral("languages"), asked.languages }, { QStringLiteral("pages"), read },
            { QStringLiteral("needs-ocr-cleared"), cleared }, { QStringLiteral("error"), result.error } });
}

} // namespace Folio
