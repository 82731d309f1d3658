// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic corpus of `folioctl dev generate` (issue 6) and the libraries made of it: deterministic
// per seed; 60% assets; ten years of dates ending at `now`; every condition of the search query set
// matching a realistic, non-empty share of 20,000 items; a Zipf vocabulary holding the query words; and a
// generated library that passes `folioctl verify`, whose metadata rows are those the normal path writes.

#include "library/canonicaldump.h"
#include "library/library.h"
#include "library/librarygenerator.h"
#include "library/libraryverifier.h"
#include "policy/metadatavalidator.h"
#include "search/syntheticcorpus.h"
#include "search/syntheticvocabulary.h"
#include "store/database.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Folio;
using namespace Folio::Search;

namespace SyntheticCorpusTests {

const QDateTime fixedNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// True when TEXT holds WORD as a whole word (or, with PREFIX, a word starting with it), ignoring case.
bool hasWord(const QString &text, const QString &word, bool prefix = false)
{
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = prefix || end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord) {
            return true;
        }
    }
    return false;
}

// The text form a user would type for a generated value (what MetadataValidator::parse reads).
QString typedText(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toVariant().toStringList().join(QStringLiteral(", "));
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return value.toString();
}

} // namespace SyntheticCorpusTests

using namespace SyntheticCorpusTests;

class TestSyntheticCorpus : public QObject
{
    Q_OBJECT

private:
    // 20,000 items of seed 11, made once for the tests that look at proportions.
    QList<GeneratedItem> m_items;

private Q_SLOTS:
    void initTestCase()
    {
        SyntheticCorpus corpus(11, { 20'000, fixedNow });
        while (!corpus.atEnd()) {
            m_items.append(corpus.nextBatch(1000));
        }
        QCOMPARE(m_items.size(), 20'000);
    }

    void deterministicPerSeed()
    {
        const SyntheticCorpus a(5, { 3'000, fixedNow });
        const SyntheticCorpus b(5, { 3'000, fixedNow });
        const SyntheticCorpus other(6, { 3'000, fixedNow });
        int differing = 0;
        for (qint64 index : { 0, 1, 17, 999, 2'999 }) {
            const GeneratedItem x = a.at(index);
            const GeneratedItem y = b.at(index);
            QCOMPARE(x.uuid, y.uuid);
            QCOMPARE(x.title, y.title);
            QCOMPARE(x.text(), y.text());
            QCOMPARE(x.size, y.size);
            QCOMPARE(x.createdAt, y.createdAt);
            QCOMPARE(x.modifiedAt, y.modifiedAt);
            QCOMPARE(x.metadata, y.metadata);
            QCOMPARE(x.extractedFields, y.extractedFields);
            QCOMPARE(x.contentKey, y.contentKey);
            differing += other.at(index).text() != x.text() ? 1 : 0;
        }
        QCOMPARE(differing, 5);
        // The cursor gives the same items as at(), and every uuid is a distinct UUIDv7.
        SyntheticCorpus cursor(5, { 3'000, fixedNow });
        QSet<QString> uuids;
        for (qint64 index = 0; index < 300; ++index) {
            const GeneratedItem item = cursor.next();
            QCOMPARE(item.uuid, a.at(index).uuid);
            QVERIFY2(item.uuid.at(14) == u'7', qPrintable(item.uuid));
            uuids.insert(item.uuid);
            uuids.insert(item.versionUuid);
        }
        QCOMPARE(uuids.size(), 600);
    }

    void sixtyPercentAssets()
    {
        qint64 assets = 0;
        for (const GeneratedItem &item : std::as_const(m_items)) {
            QVERIFY(item.kind == QLatin1String("asset") || item.kind == QLatin1String("document"));
            assets += item.kind == QLatin1String("asset") ? 1 : 0;
            // Documents have text unless scanned; assets have none.
            QVERIFY(item.kind == QLatin1String("document") || item.pageTexts.isEmpty());
            QVERIFY2(
                item.size > 0 && !item.mimeType.isEmpty() && !item.filename.isEmpty() && item.folder.startsWith(u'/'),
                qPrintable(item.title));
        }
        const double share = double(assets) / double(m_items.size());
        QVERIFY2(share > 0.58 && share < 0.62, qPrintable(QString::number(share)));
    }

    void datesSpanTenYearsEndingAtNow()
    {
        const QDateTime start = fixedNow.addYears(-10);
        QDateTime first = fixedNow;
        QDateTime lastCreated = start;
        qint64 firstYear = 0;
        qint64 lastYear = 0;
        for (const GeneratedItem &item : std::as_const(m_items)) {
            QVERIFY(item.createdAt >= start);
            QVERIFY(item.createdAt <= item.modifiedAt);
            QVERIFY(item.modifiedAt <= fixedNow);
            first = std::min(first, item.createdAt);
            lastCreated = std::max(lastCreated, item.createdAt);
            firstYear += item.createdAt < start.addYears(1) ? 1 : 0;
            lastYear += item.createdAt >= fixedNow.addYears(-1) ? 1 : 0;
        }
        QVERIFY2(first < start.addDays(30), qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(lastCreated > fixedNow.addDays(-2), qPrintable(lastCreated.toString(Qt::ISODate)));
        QVERIFY2(lastYear > firstYear * 3, qPrintable(QStringLiteral("%1 %2").arg(firstYear).arg(lastYear))); // growth
    }

    void everyQueryOfTheSetMatches()
    {
        // Each condition of the search query set, evaluated on what the generated items carry.
        struct Query
        {
            const char *name;
            std::function<bool(const GeneratedItem &, const QString &)> matches;
            double minimum; // share of items
            double maximum;
        };
        const auto tags = [](const GeneratedItem &item) {
            return item.value(QStringLiteral("keywords")).toVariant().toStringList();
        };
        const auto field = [](const GeneratedItem &item, const char *key) {
            return item.value(QString::fromLatin1(key)).toString();
        };
        const QDateTime monthAgo = fixedNow.addDays(-30);
        const QList<Query> queries {
            { "report",
                [](const GeneratedItem &, const QString &text) { return hasWord(text, QStringLiteral("report")); },
                0.30, 0.8 },
            { "contract",
                [](const GeneratedItem &, const QString &text) { return hasWord(text, QStringLiteral("contract")); },
                0.01, 0.6 },
            { "\"brand guidelines\"",
                [](const GeneratedItem &, const QString &text) {
                    return hasWord(text, QStringLiteral("brand guidelines"));
                },
                0.005, 0.3 },
            { "logo OR banner",
                [](const GeneratedItem &, const QString &text) {
                    return hasWord(text, QStringLiteral("logo")) || hasWord(text, QStringLiteral("banner"));
                },
                0.02, 0.6 },
            { "kind:document status:approved",
                [](const GeneratedItem &i, const QString &) {
                    return i.kind == QLatin1String("document") && i.status == QLatin1String("approved");
                },
                0.02, 0.3 },
            { "type:image width:>=4000",
                [](const GeneratedItem &i, const QString &) {
                    return i.mimeType.startsWith(QLatin1String("image/")) && i.width >= 4000;
                },
                0.02, 0.5 },
            { "created:>=2024-01-01 created:<2025-01-01",
                [](const GeneratedItem &i, const QString &) { return i.createdAt.date().year() == 2024; }, 0.05, 0.3 },
            { "modified:<30d", [&](const GeneratedItem &i, const QString &) { return i.modifiedAt > monthAgo; }, 0.01,
                0.2 },
            { "tag:summer -tag:draft",
                [&](const GeneratedItem &i, const QString &) {
                    const QStringList t = tags(i);
                    return t.contains(QStringLiteral("summer")) && !t.contains(QStringLiteral("draft"));
                },
                0.01, 0.4 },
            { "creator:\"Ada Lovelace\"",
                [&](const GeneratedItem &i, const QString &) {
                    return field(i, "creator") == QLatin1String("Ada Lovelace");
                },
                0.002, 0.1 },
            { "campaign:spring2025 region:EU",
                [&](const GeneratedItem &i, const QString &) {
                    return field(i, "campaign") == QLatin1String("spring2025")
                        && field(i, "region") == QLatin1String("EU");
                },
                0.0005, 0.05 },
            { "size:>10MB kind:asset",
                [](const GeneratedItem &i, const QString &) {
                    return i.kind == QLatin1String("asset") && i.size > 10 * 1024 * 1024;
                },
                0.02, 0.5 },
            { "invoice* classification:confidential",
                [](const GeneratedItem &i, const QString &text) {
                    return i.classification == QLatin1String("confidential")
                        && hasWord(text, QStringLiteral("invoice"), true);
                },
                0.005, 0.3 },
            { "(policy OR procedure) -status:archived",
                [](const GeneratedItem &i, const QString &text) {
                    return i.status != QLatin1String("archived")
                        && (hasWord(text, QStringLiteral("policy")) || hasWord(text, QStringLiteral("procedure")));
                },
                0.01, 0.6 },
            { "product:P-1234",
                [&](const GeneratedItem &i, const QString &) { return field(i, "product") == QLatin1String("P-1234"); },
                0.001, 0.05 },
            { "language:de has:text",
                [&](const GeneratedItem &i, const QString &) {
                    return field(i, "language") == QLatin1String("de") && !i.pageTexts.isEmpty();
                },
                0.005, 0.1 },
            { "type:pdf pages:1..5",
                [](const GeneratedItem &i, const QString &) {
                    return i.mimeType == QLatin1String("application/pdf") && i.pages >= 1 && i.pages <= 5;
                },
                0.02, 0.3 },
            { "type:video duration:>60s",
                [](const GeneratedItem &i, const QString &) {
                    return i.mimeType.startsWith(QLatin1String("video/")) && i.duration > 60;
                },
                0.01, 0.2 },
        };
        QList<qint64> counts(queries.size(), 0);
        for (const GeneratedItem &item : std::as_const(m_items)) {
            const QString text = item.text();
            for (qsizetype q = 0; q < queries.size(); ++q) {
                counts[q] += queries.at(q).matches(item, text) ? 1 : 0;
            }
        }
        for (qsizetype q = 0; q < queries.size(); ++q) {
            const double share = double(counts.at(q)) / double(m_items.size());
            qInfo().noquote() << QStringLiteral("%1: %2 items (%3%)")
                                     .arg(QLatin1String(queries.at(q).name))
                                     .arg(counts.at(q))
                                     .arg(share * 100, 0, 'f', 2);
            QVERIFY2(share >= queries.at(q).minimum && share <= queries.at(q).maximum,
                qPrintable(QStringLiteral("%1 matches %2 of 20,000 items")
                               .arg(QLatin1String(queries.at(q).name))
                               .arg(counts.at(q))));
        }
    }

    void vocabularyFollowsZipfAndHoldsTheQueryWords()
    {
        const Lexicon &english = SyntheticVocabulary::lexicon(QStringLiteral("en"));
        QVERIFY2(english.words.size() >= 45'000, qPrintable(QString::number(english.words.size())));
        QCOMPARE(QSet<QString>(english.words.cbegin(), english.words.cend()).size(), english.words.size());
        for (const char *word : { "report", "contract", "brand", "guidelines", "logo", "banner", "invoice", "invoices",
                 "invoiced", "policy", "procedure", "manual" }) {
            QVERIFY2(english.words.indexOf(QString::fromLatin1(word)) < english.realWords, word);
        }
        QVERIFY(english.phrases.contains(QStringLiteral("brand guidelines")));
        const Lexicon &german = SyntheticVocabulary::lexicon(QStringLiteral("de"));
        QVERIFY(german.words.contains(QStringLiteral("Bericht")) && german.words.contains(QStringLiteral("Rechnung")));
        QVERIFY(english.zipf.probability(0) > english.zipf.probability(100));
        QVERIFY(english.zipf.probability(100) > 50 * english.zipf.probability(20'000));
        for (const QString &pseudo : SyntheticVocabulary::pseudoWords()) {
            QVERIFY2(!pseudo.startsWith(QLatin1String("invoic")) && !pseudo.startsWith(QLatin1String("report")),
                qPrintable(pseudo));
        }
        // Sampled frequencies follow the ranks: the top word far more often than the 1,000th.
        SyntheticRandom random(1);
        QList<int> hits(english.words.size(), 0);
        for (int i = 0; i < 200'000; ++i) {
            hits[english.zipf.sample(random)] += 1;
        }
        QVERIFY2(hits.at(0) > 100 * std::max(1, hits.at(1'000)),
            qPrintable(QStringLiteral("%1 %2").arg(hits.at(0)).arg(hits.at(1'000))));
        const double expected = english.zipf.probability(0) * 200'000;
        QVERIFY2(std::abs(hits.at(0) - expected) < expected * 0.05, qPrintable(QString::number(hits.at(0))));

        const QStringList &keywords = SyntheticVocabulary::keywords();
        QVERIFY2(keywords.size() >= 2'900 && keywords.size() <= 3'100, qPrintable(QString::number(keywords.size())));
        QVERIFY(keywords.indexOf(QStringLiteral("summer")) < 10 && keywords.indexOf(QStringLiteral("draft")) < 10);
        QVERIFY(SyntheticVocabulary::persons().indexOf(QStringLiteral("Ada Lovelace")) < 10);
    }

    void generatedLibraryPassesVerify()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(opened);
        Library &library = **opened;
        GenerateOptions options;
        options.items = 2'000;
        options.seed = 3;
        options.now = fixedNow;
        options.batchSize = 700; // several batches, the last one short
        options.textFolder = dir.filePath(QStringLiteral("text"));
        QList<qint64> progress;
        auto report = LibraryGenerator(library).generate(options, [&](qint64 done, qint64 total) {
            progress.append(done);
            return total == 2'000;
        });
        FOLIO_VERIFY_OK(report);
        QCOMPARE(report->items, 2'000);
        QCOMPARE(report->assets + report->documents, 2'000);
        QCOMPARE(progress, (QList<qint64> { 700, 1'400, 2'000 }));
        QCOMPARE(report->blobs, LibraryGenerator::defaultBlobPool(2'000));
        QCOMPARE(report->textFiles, 2'000);
        QVERIFY(!report->cancelled);

        auto verified = LibraryVerifier::verify(library);
        FOLIO_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(QLatin1Char('\n'))));
        QVERIFY(verified->auditEvents > 2'000);
        QCOMPARE(ItemRepository(library.database()).count().value_or(0), 2'000);

        // Sampled items read back through the normal repositories hold what the corpus made, and every
        // metadata row is the one MetadataValidator::parse makes of the same value typed by a user.
        Database &db = library.database();
        SchemaRepository schema(db);
        const SyntheticCorpus corpus(3, { 2'000, fixedNow });
        int creators = 0;
        for (qint64 index = 0; index < 2'000; index += 37) {
            const GeneratedItem expected = corpus.at(index);
            auto item = ItemRepository(db).resolve(expected.uuid);
            FOLIO_VERIFY_OK(item);
            QCOMPARE(item->title, expected.title);
            QCOMPARE(item->kind, expected.kind);
            QCOMPARE(item->status, expected.status);
            QCOMPARE(item->classification, expected.classification);
            auto versions = VersionRepository(db).forItem(item->id);
            FOLIO_VERIFY_OK(versions);
            QCOMPARE(versions->size(), 1);
            QCOMPARE(versions->first().size, expected.size);
            QCOMPARE(versions->first().filename, expected.filename);
            QCOMPARE(versions->first().id, item->currentVersionId);
            auto extraction = ExtractionRepository(db).forVersion(item->currentVersionId);
            FOLIO_VERIFY_OK(extraction);
            QVERIFY(extraction->has_value());
            QCOMPARE((*extraction)->detectedType, expected.mimeType);
            QCOMPARE((*extraction)->state, QStringLiteral("done"));
            QCOMPARE((*extraction)->width, expected.width);
            QCOMPARE((*extraction)->pages, expected.pages);
            QCOMPARE(
                ExtractionRepository(db).text(item->currentVersionId).value_or(QStringList { QStringLiteral("?") }),
                expected.pageTexts);

            auto values = MetadataRepository(db).forItem(item->id);
            FOLIO_VERIFY_OK(values);
            QCOMPARE(values->size(), expected.metadata.size());
            for (const auto &[key, value] : expected.metadata) {
                auto definition = schema.resolve(key);
                FOLIO_VERIFY_OK(definition);
                auto parsed = MetadataValidator::parse(
                    *definition, typedText(value), false, [](const QString &) -> Result<bool> { return true; },
                    [](const QString &) -> Result<bool> { return true; });
                FOLIO_VERIFY_OK(parsed);
                auto stored = MetadataRepository(db).value(item->id, definition->id);
                FOLIO_VERIFY_OK(stored);
                QVERIFY(stored->has_value());
                QCOMPARE(**stored, parsed->json);
                auto row = db.query(
                    QStringLiteral(
                        "SELECT value_text, value_num, value_date, (SELECT group_concat(term, '|') FROM "
                        "(SELECT term FROM metadata_term WHERE item_id = ?1 AND field_id = ?2 ORDER BY term)) "
                        "FROM metadata WHERE item_id = ?1 AND field_id = ?2"),
                    item->id, definition->id);
                FOLIO_VERIFY_OK(row);
                QVERIFY(row->next().value_or(false));
                QCOMPARE(row->value(0), parsed->text.isNull() ? QVariant() : QVariant(parsed->text.toString()));
                QCOMPARE(row->isNull(1), parsed->number.isNull());
                if (!parsed->number.isNull()) {
                    QCOMPARE(row->real(1), parsed->number.toDouble());
                }
                QCOMPARE(row->value(2), parsed->date.isNull() ? QVariant() : QVariant(parsed->date.toString()));
                QStringList terms = parsed->terms;
                terms.sort();
                QCOMPARE(row->text(3), terms.join(QLatin1Char('|')));
                if (key == QLatin1String("creator")) {
                    ++creators;
                }
            }
            QFile text(QDir(options.textFolder).filePath(expected.uuid + QStringLiteral(".txt")));
            QVERIFY(text.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(text.readAll()), expected.text());
        }
        QVERIFY(creators > 20);
        auto keywords = schema.vocabulary(QStringLiteral("keywords"));
        FOLIO_VERIFY_OK(keywords);
        QVERIFY(schema.hasTerm(keywords->id, QStringLiteral("summer")).value_or(false));

        auto dump = CanonicalDump::dump(library);
        FOLIO_VERIFY_OK(dump);
        QCOMPARE(dump->count(QStringLiteral("\nitem ")), 2'000);
        QVERIFY(
            dump->contains(
                QStringLiteral("  meta creator \"%1\"\n").arg(corpus.at(0).value(QStringLiteral("creator")).toString()))
            || !corpus.at(0).value(QStringLiteral("creator")).isString());

        // The same seed again is refused; another seed adds to the library, which stays sound.
        auto again = LibraryGenerator(library).generate(options);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), Error::Code::AlreadyExists);
        options.seed = 4;
        options.items = 150;
        options.textFolder.clear();
        auto more = LibraryGenerator(library).generate(options);
        FOLIO_VERIFY_OK(more);
        QCOMPARE(ItemRepository(db).count().value_or(0), 2'150);
        verified = LibraryVerifier::verify(library);
        FOLIO_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(QLatin1Char('\n'))));
    }

    void cancelledRunKeepsWholeBatches()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(opened);
        GenerateOptions options;
        options.items = 900;
        options.seed = 9;
        options.now = fixedNow;
        options.batchSize = 400;
        auto report = LibraryGenerator(**opened).generate(options, [](qint64, qint64) { return false; });
        FOLIO_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->items, 400);
        QCOMPARE(ItemRepository((*opened)->database()).count().value_or(0), 400);
        auto verified = LibraryVerifier::verify(**opened);
        FOLIO_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(QLatin1Char('\n'))));
    }
};

FOLIO_TEST(TestSyntheticCorpus, "syntheticcorpus")
#include "tst_syntheticcorpus.moc"
