// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarygenerator.h"

#include "blobs/blobstore.h"
#include "domain/canonicaljson.h"
#include "domain/ids.h"
#include "ingest/extractor.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "search/syntheticcorpus.h"
#include "search/syntheticvocabulary.h"
#include "store/bulkitemwriter.h"
#include "store/schemarepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace Folio {

namespace {

using Search::GeneratedItem;
using Search::SyntheticCorpus;

struct FieldInfo
{
    qint64 id = 0;
    FieldType type = FieldType::Text;
    QString appliesTo;
    qint64 vocabularyId = 0; // 0: none, or a closed one (the generator adds no terms to those)
};

// An item made on the helper thread, ready to be written.
struct PreparedItem
{
    GeneratedItem generated;
    BulkItem bulk;
    QJsonObject fields; // the metadata written, by key, for the audit event
    QList<qint64> vocabularies; // per bulk.metadata entry: the open vocabulary its terms join, or 0
};

// The value a field stores for JSON VALUE, as MetadataValidator::parse makes it from the same value typed
// as text (numbers stay numbers, dates ISO text, keywords one term each).
TypedValue typedValue(FieldType type, const QJsonValue &value)
{
    TypedValue typed;
    typed.json = value;
    switch (type) {
    case FieldType::Text:
    case FieldType::Person:
    case FieldType::ItemRef: typed.text = value.toString(); break;
    case FieldType::Number: typed.number = value.toDouble(); break;
    case FieldType::Date: typed.date = value.toString(); break;
    case FieldType::Bool: typed.number = value.toBool() ? 1 : 0; break;
    case FieldType::Enum:
        typed.text = value.toString();
        typed.terms = { value.toString() };
        break;
    case FieldType::MultiEnum: typed.terms = value.toVariant().toStringList(); break;
    }
    return typed;
}

QList<PreparedItem> prepareBatch(
    const SyntheticCorpus &corpus, qint64 from, qint64 to, const QHash<QString, FieldInfo> &fields)
{
    QList<PreparedItem> batch;
    batch.reserve(to - from);
    for (qint64 index = from; index < to; ++index) {
        PreparedItem p;
        p.generated = corpus.at(index);
        const GeneratedItem &g = p.generated;
        BulkItem &b = p.bulk;
        b.item.uuid = g.uuid;
        b.item.kind = g.kind;
        b.item.title = g.title;
        b.item.classification = g.classification;
        b.item.status = g.status;
        b.item.createdAt = Ids::format(g.createdAt);
        b.item.modifiedAt = Ids::format(g.modifiedAt);
        b.rating = g.rating;
        b.version.uuid = g.versionUuid;
        b.version.filename = g.filename;
        b.version.size = g.size;
        b.version.mimeType = g.mimeType;
        b.version.createdAt = b.item.createdAt;
        b.version.fileModifiedAt = b.item.createdAt;
        b.version.comment = QStringLiteral("");
        for (const auto &[key, value] : g.metadata) {
            const auto field = fields.constFind(key);
            if (field == fields.cend() || (field->appliesTo != QLatin1String("both") && field->appliesTo != g.kind)) {
                continue; // this library's schema has no such field for this kind
            }
            if (field->vocabularyId < 0) {
                continue; // a closed vocabulary: its terms are the library's choice
            }
            b.metadata.append(
                { field->id, typedValue(field->type, value), QString::fromUtf8(CanonicalJson::serialize(value)) });
            p.vocabularies.append(field->vocabularyId);
            p.fields.insert(key, value);
        }
        ExtractionRecord &e = b.extraction;
        e.state = QStringLiteral("done");
        e.detectedType = g.mimeType;
        e.pages = g.pages;
        e.width = g.width;
        e.height = g.height;
        e.fields = g.extractedFields;
        e.extractorVersion = Extractor::version;
        e.extractedAt = b.item.createdAt;
        b.pageTexts = g.pageTexts;
        batch.append(std::move(p));
    }
    return batch;
}

// The pool of stored contents the versions share: small distinct files, made per seed.
class BlobPool
{
public:
    BlobPool(Library &library, quint64 seed, int size)
        : m_library(library)
        , m_seed(seed)
        , m_size(size)
    { }

    int slotOf(const GeneratedItem &item) const { return int(item.contentKey % quint64(m_size)); }
    int used() const { return int(m_blobs.size()); }

    // Stores the pool files BATCH needs that are not stored yet (outside any transaction).
    Result<void> storeFor(const QList<PreparedItem> &batch)
    {
        QList<int> slots;
        QSet<int> seen;
        for (const PreparedItem &p : batch) {
            const int slot = slotOf(p.generated);
            if (!m_blobs.contains(slot) && !seen.contains(slot)) {
                seen.insert(slot);
                slots.append(slot);
            }
        }
        if (slots.isEmpty()) {
            return {};
        }
        if (!m_sources.isValid()) {
            return fail(
                Error::Code::Io, LibraryGenerator::tr("Could not make a temporary folder for the generated files."));
        }
        QStringList paths;
        for (int slot : std::as_const(slots)) {
            Search::SyntheticRandom random(
                Search::SyntheticRandom::mix(m_seed) ^ Search::SyntheticRandom::mix(quint64(slot)));
            QByteArray content
                = QStringLiteral("Folio synthetic content %1 of seed %2\n").arg(slot).arg(m_seed).toUtf8();
            const int extra = random.between(256, 4096);
            for (int i = 0; i < extra; ++i) {
                content.append(char(random.below(256)));
            }
            const QString path = m_sources.filePath(QStringLiteral("content-%1").arg(slot));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
                return fail(
                    Error::Code::Io, LibraryGenerator::tr("Could not write %1: %2").arg(path, file.errorString()));
            }
            paths.append(path);
        }
        // The sources go with the temporary folder; the copies are the store's.
        BlobStore &blobs = m_library.blobs();
        QList<StagedBlob> staged;
        const QList<Result<StagedBlob>> copies = blobs.stageAll(paths);
        for (const Result<StagedBlob> &copy : copies) {
            if (copy) {
                staged.append(*copy);
            }
        }
        for (const Result<StagedBlob> &copy : copies) {
            if (!copy) {
                blobs.discard(staged);
                return std::unexpected(copy.error());
            }
        }
        if (auto committed = blobs.commitFiles(staged, owner()); !committed) {
            return committed;
        }
        for (qsizetype i = 0; i < staged.size(); ++i) {
            m_blobs.insert(slots.at(i), { staged.at(i).sha256, staged.at(i).size, 0 });
        }
        return {};
    }

    // Inside the batch's transaction: the blob row of SLOT, counting its first use here.
    Result<qint64> reference(int slot, bool *counted)
    {
        Entry &entry = m_blobs[slot];
        *counted = false;
        if (entry.id == 0) {
            auto id = m_library.blobs().addReference(entry.sha256, entry.size, owner());
            if (!id) {
                return std::unexpected(id.error());
            }
            entry.id = *id;
            *counted = true;
        }
        return entry.id;
    }

    QString sha256(int slot) const { return m_blobs.value(slot).sha256; }
    // A batch rolled back: its first references are gone with it.
    void forgetIds(const QList<int> &slots)
    {
        for (int slot : slots) {
            m_blobs[slot].id = 0;
        }
    }

private:
    struct Entry
    {
        QString sha256;
        qint64 size = 0;
        qint64 id = 0; // 0 until this run referenced it
    };
    static QString owner() { return QStringLiteral("generate-%1").arg(::getpid()); }

    Library &m_library;
    quint64 m_seed;
    int m_size;
    QTemporaryDir m_sources;
    QHash<int, Entry> m_blobs;
};

Result<QHash<QString, FieldInfo>> schemaFields(Database &db)
{
    SchemaRepository schema(db);
    auto all = schema.fields();
    if (!all) {
        return std::unexpected(all.error());
    }
    QHash<QString, FieldInfo> fields;
    for (const FieldDefinition &field : std::as_const(*all)) {
        if (field.builtin) {
            continue; // title, status and classification are the item's own columns
        }
        FieldInfo info { field.id, field.type, field.appliesTo, 0 };
        if (!field.vocabulary.isEmpty()) {
            auto vocabulary = schema.vocabulary(field.vocabulary);
            if (!vocabulary) {
                return std::unexpected(vocabulary.error());
            }
            info.vocabularyId = vocabulary->open ? vocabulary->id : -1;
        }
        fields.insert(field.key, info);
    }
    return fields;
}

Result<void> writeText(const QString &folder, const GeneratedItem &item)
{
    const QString path = QDir(folder).filePath(item.uuid + QStringLiteral(".txt"));
    QFile file(path);
    const QByteArray text = item.text().toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        return fail(Error::Code::Io,
            LibraryGenerator::tr("Could not write the text file %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace

int LibraryGenerator::defaultBlobPool(qint64 count)
{
    // Adding a version revisits every other version of its blob (the search change log's trigger marks
    // them as changed duplicates): N items on P blobs cost N²/2P visits of about 1 µs, while each blob
    // costs about 6 ms to store durably (two files, an fsync). P = N/100 keeps both near a minute for a
    // million items.
    return int(std::clamp<qint64>(count / 100, 1, 16'384));
}

Result<GenerateReport> LibraryGenerator::generate(
    const GenerateOptions &options, const std::function<bool(qint64, qint64)> &progress)
{
    if (options.items < 0 || options.batchSize < 1 || options.blobPool < 0) {
        return fail(Error::Code::InvalidArgument,
            tr("Generating needs a number of items (0 or more), a batch size and a blob pool size of 1 or more."));
    }
    if (m_library.isReadOnly()) {
        return fail(Error::Code::PermissionDenied,
            tr("The library %1 is read-only: nothing can be generated in it.").arg(m_library.path()));
    }
    if (!options.textFolder.isEmpty() && !QDir().mkpath(options.textFolder)) {
        return fail(Error::Code::Io, tr("Could not create the folder %1 for the text files.").arg(options.textFolder));
    }
    GenerateReport report;
    if (options.items == 0) {
        return report;
    }
    Database &db = m_library.database();
    auto fields = schemaFields(db);
    if (!fields) {
        return std::unexpected(fields.error());
    }
    const SyntheticCorpus corpus(options.seed, { options.items, options.now });
    BulkItemWriter writer(db, m_library.actorId());
    auto exists = writer.hasItem(corpus.at(0).uuid);
    if (!exists) {
        return std::unexpected(exists.error());
    }
    if (*exists) {
        return fail(Error::Code::AlreadyExists,
            tr("The library %1 holds the items of seed %2 already; generate with another seed.")
                .arg(m_library.path())
                .arg(options.seed));
    }
    if (auto cached = writer.tuneForBulkWrites(true); !cached) {
        return std::unexpected(cached.error());
    }
    // The connection is the library's: give it back as it was on every way out. The normal end checks
    // the result; after a failure, the failure is what the caller hears of.
    bool restored = false;
    struct Restore
    {
        BulkItemWriter &writer;
        bool &done;
        ~Restore()
        {
            if (!done) {
                (void)writer.tuneForBulkWrites(false);
            }
        }
    } restoreConnection { writer, restored };
    BlobPool pool(m_library, options.seed, options.blobPool > 0 ? options.blobPool : defaultBlobPool(options.items));
    QHash<QString, qint64> folders;
    QHash<qint64, QSet<QString>> knownTerms;

    // Items are made on a helper thread one batch ahead of the one being written.
    const QHash<QString, FieldInfo> &fieldInfo = *fields;
    auto makeBatch = [&](qint64 from) {
        const qint64 to = std::min(options.items, from + options.batchSize);
        return QtConcurrent::run([&corpus, &fieldInfo, from, to] { return prepareBatch(corpus, from, to, fieldInfo); });
    };
    QFuture<QList<PreparedItem>> pending = makeBatch(0);
    // The helper thread reads the corpus and fields on this stack: wait for it on every way out.
    struct Wait
    {
        QFuture<QList<PreparedItem>> &future;
        ~Wait() { future.waitForFinished(); }
    } waitForHelper { pending };

    for (qint64 from = 0; from < options.items; from += options.batchSize) {
        QList<PreparedItem> batch = pending.result();
        if (from + options.batchSize < options.items) {
            pending = makeBatch(from + options.batchSize);
        }
        if (auto stored = pool.storeFor(batch); !stored) {
            return std::unexpected(stored.error());
        }
        QList<int> firstUses;
        auto written = m_library.write([&]() -> Result<void> {
            QHash<int, qint64> uses;
            for (const PreparedItem &p : std::as_const(batch)) {
                uses[pool.slotOf(p.generated)] += 1;
            }
            QHash<int, qint64> blobIds;
            for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
                bool counted = false;
                auto id = pool.reference(it.key(), &counted);
                if (!id) {
                    return std::unexpected(id.error());
                }
                if (counted) {
                    firstUses.append(it.key());
                }
                blobIds.insert(it.key(), *id);
                if (auto added = writer.addBlobReferences(*id, it.value() - (counted ? 1 : 0)); !added) {
                    return added;
                }
            }
            SchemaRepository schema(db);
            FolderOperations folderOperations(m_library);
            for (PreparedItem &p : batch) {
                const GeneratedItem &g = p.generated;
                auto folder = folders.constFind(g.folder);
                if (folder == folders.cend()) {
                    auto id = folderOperations.ensure(g.folder);
                    if (!id) {
                        return std::unexpected(id.error());
                    }
                    folder = folders.insert(g.folder, *id);
                }
                p.bulk.item.folderId = *folder;
                const int slot = pool.slotOf(g);
                p.bulk.version.blobId = blobIds.value(slot);
                // Open vocabularies learn the terms used, as when a user types them.
                for (qsizetype i = 0; i < p.bulk.metadata.size(); ++i) {
                    const qint64 vocabulary = p.vocabularies.at(i);
                    if (vocabulary <= 0) {
                        continue;
                    }
                    QSet<QString> &known = knownTerms[vocabulary];
                    for (const QString &term : p.bulk.metadata.at(i).value.terms) {
                        if (!known.contains(term)) {
                            if (auto added = schema.addTerm(vocabulary, term); !added) {
                                return added;
                            }
                            known.insert(term);
                        }
                    }
                }
                if (auto done = writer.write(p.bulk); !done) {
                    return done;
                }
                QJsonObject values { { QStringLiteral("title"), g.title }, { QStringLiteral("filename"), g.filename },
                    { QStringLiteral("sha256"), pool.sha256(slot) }, { QStringLiteral("size"), double(g.size) },
                    { QStringLiteral("version"), 1 }, { QStringLiteral("detected_type"), g.mimeType },
                    { QStringLiteral("fields"), p.fields },
                    { QStringLiteral("generated"),
                        QJsonObject { { QStringLiteral("seed"), QString::number(options.seed) },
                            { QStringLiteral("index"), double(g.index) } } } };
                if (auto recorded
                    = m_library.record(QStringLiteral("item.create"), QStringLiteral("item"), g.uuid, g.uuid, values);
                    !recorded) {
                    return recorded;
                }
            }
            return {};
        });
        if (!written) {
            pool.forgetIds(firstUses);
            return std::unexpected(written.error());
        }
        for (const PreparedItem &p : std::as_const(batch)) {
            ++(p.generated.kind == QLatin1String("asset") ? report.assets : report.documents);
            if (!options.textFolder.isEmpty()) {
                if (auto saved = writeText(options.textFolder, p.generated); !saved) {
                    return std::unexpected(saved.error());
                }
                ++report.textFiles;
            }
        }
        report.items += batch.size();
        report.blobs = pool.used();
        if (progress && !progress(report.items, options.items)) {
            report.cancelled = report.items < options.items;
            break;
        }
    }
    restored = true;
    if (auto reset = writer.tuneForBulkWrites(false); !reset) {
        return std::unexpected(reset.error());
    }
    return report;
}

} // namespace Folio
