// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarysearch.h"

#include "domain/ids.h"
#include "library/library.h"
#include "search/queryparser.h"
#include "search/searchdocumentbuilder.h"
#include "search/snippet.h"
#include "search/textanalyzer.h"
#include "store/database.h"
#include "store/schemarepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace Folio {

namespace {

// More changes than this since the snapshot and the next refresh writes a new one, so a process that
// starts later does not redo them.
constexpr qint64 SnapshotAfterChanges = 256;

Search::FieldKind fieldKind(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Search::FieldKind::Text;
    case FieldType::Number: return Search::FieldKind::Number;
    case FieldType::Date: return Search::FieldKind::Date;
    default: return Search::FieldKind::Keyword;
    }
}

bool ascendingByDefault(Search::SortKey key)
{
    return key == Search::SortKey::Title || key == Search::SortKey::Size;
}

} // namespace

LibrarySearch::LibrarySearch(Library &library)
    : m_library(library)
{ }

LibrarySearch::~LibrarySearch() = default;

QString LibrarySearch::snapshotPath() const
{
    return QDir(m_library.path()).filePath(QStringLiteral("search/index.bin"));
}

qint64 LibrarySearch::indexedItems() const
{
    return m_index.size();
}

Result<void> LibrarySearch::saveSnapshot()
{
    if (m_library.isReadOnly()) {
        return {};
    }
    if (!QDir().mkpath(QFileInfo(snapshotPath()).absolutePath())) {
        return fail(Error::Code::Io, tr("Cannot create the folder of the search index %1").arg(snapshotPath()));
    }
    if (auto saved = m_index.save(snapshotPath(), m_seq); !saved) {
        return saved;
    }
    m_unsaved = 0;
    return {};
}

Result<void> LibrarySearch::applyChanges(
    const std::optional<QList<qint64>> &items, qint64 seq, const std::function<void(qint64, qint64)> &progress)
{
    SearchRepository repository(m_library.database());
    auto paths = repository.folderPaths();
    if (!paths) {
        return std::unexpected(paths.error());
    }
    const Search::SearchDocumentBuilder builder(std::move(*paths));
    QSet<qint64> stillLive;
    qint64 done = 0;
    const qint64 total = items ? items->size() : -1;
    // Documents go to the index in chunks: its bulk path analyses one chunk on the thread pool while it
    // stores the previous one.
    constexpr qsizetype ChunkSize = 2000;
    QList<Search::SearchDocument> chunk;
    const auto flush = [&]() -> Result<void> {
        auto added = m_index.upsert(chunk);
        done += chunk.size();
        chunk.clear();
        if (progress) {
            progress(done, total);
        }
        return added;
    };
    auto scanned = repository.scan(items, [&](SearchItemRows &&rows) -> Result<void> {
        stillLive.insert(rows.itemId);
        chunk.append(builder.build(rows));
        return chunk.size() >= ChunkSize ? flush() : Result<void>();
    });
    if (!scanned) {
        return scanned;
    }
    if (auto flushed = flush(); !flushed) {
        return flushed;
    }
    if (!items) {
        m_index.optimize(); // after a rebuild: compact bitmaps, release the build's caches
    }
    // Changed items the scan did not return were trashed or purged.
    if (items) {
        for (qint64 id : *items) {
            if (!stillLive.contains(id)) {
                m_index.remove(id);
            }
        }
    }
    m_seq = seq;
    m_unsaved += items ? items->size() : SnapshotAfterChanges;
    return {};
}

Result<void> LibrarySearch::rebuild(const std::function<void(qint64, qint64)> &progress)
{
    m_index = Search::SearchIndex();
    SearchRepository repository(m_library.database());
    auto read = repository.consistentRead([&]() -> Result<void> {
        auto seq = repository.currentSeq();
        if (!seq) {
            return std::unexpected(seq.error());
        }
        return applyChanges(std::nullopt, *seq, progress);
    });
    if (!read) {
        m_seq = -1;
        return read;
    }
    return saveSnapshot();
}

Result<void> LibrarySearch::refresh(const std::function<void(qint64, qint64)> &progress)
{
    if (m_seq < 0) {
        qint64 seq = 0;
        auto loaded = QFileInfo::exists(snapshotPath()) ? Search::SearchIndex::load(snapshotPath(), &seq)
                                                        : Result<Search::SearchIndex>(std::unexpected(Error()));
        if (!loaded) {
            // No snapshot, or one this build cannot read: the database has everything to rebuild it.
            return rebuild(progress);
        }
        m_index = std::move(*loaded);
        m_seq = seq;
    }
    SearchRepository repository(m_library.database());
    auto read = repository.consistentRead([&]() -> Result<void> {
        auto seq = repository.currentSeq();
        if (!seq) {
            return std::unexpected(seq.error());
        }
        if (*seq == m_seq) {
            return {};
        }
        if (*seq < m_seq) {
            // The database went back (restored from an older backup): the snapshot is from its future.
            m_seq = -1;
            return fail(Error::Code::Conflict, QStringLiteral("rebuild"));
        }
        auto changed = repository.changedItems(m_seq);
        if (!changed) {
            return std::unexpected(changed.error());
        }
        return applyChanges(*changed, *seq, progress);
    });
    if (!read) {
        if (read.error().code() == Error::Code::Conflict) {
            return rebuild(progress);
        }
        return read;
    }
    return m_unsaved >= SnapshotAfterChanges ? saveSnapshot() : Result<void>();
}

Result<Search::QueryNodePtr> LibrarySearch::parse(const QString &query)
{
    SearchRepository repository(m_library.database());
    auto languages = repository.languages();
    if (!languages) {
        return std::unexpected(languages.error());
    }
    auto fields = SchemaRepository(m_library.database()).fields();
    if (!fields) {
        return std::unexpected(fields.error());
    }
    QHash<QString, Search::FieldInfo> byName;
    for (const FieldDefinition &field : *fields) {
        const Search::FieldInfo info { field.key, fieldKind(field.type) };
        byName.insert(field.key.toLower(), info);
        for (const QString &alias : field.aliases) {
            byName.insert(alias.toLower(), info);
        }
    }
    Search::QueryParser::Options parserOptions;
    parserOptions.now = QDateTime::currentDateTimeUtc();
    parserOptions.languages = *languages;
    parserOptions.lookup = [&byName](const QString &name) -> std::optional<Search::FieldInfo> {
        const auto found = byName.constFind(name.toLower());
        return found == byName.constEnd() ? std::nullopt : std::optional(*found);
    };
    Search::QueryParser parser(parserOptions);
    return parser.parse(query);
}

Result<QList<qint64>> LibrarySearch::matchingItems(const QString &query)
{
    if (auto refreshed = refresh(); !refreshed) {
        return std::unexpected(refreshed.error());
    }
    auto parsed = parse(query);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    return m_index.matchingItems(*parsed);
}

Result<LibrarySearch::Ranking> LibrarySearch::rankItems(const QString &query, int ranked, bool facets, bool log)
{
    if (auto refreshed = refresh(); !refreshed) {
        return std::unexpected(refreshed.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto parsed = parse(query);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    Search::SearchRequest request;
    request.query = *parsed;
    request.sort = Search::SortKey::Relevance;
    request.descending = true;
    request.limit = std::max(0, ranked);
    request.facets = facets;
    auto result = m_index.search(request);
    if (!result) {
        return std::unexpected(result.error());
    }
    Ranking ranking;
    ranking.total = result->total;
    ranking.facets = std::move(result->facets);
    ranking.parsed = Search::describe(**parsed);
    ranking.itemIds.reserve(qsizetype(result->total));
    QSet<qint64> rankedIds;
    rankedIds.reserve(result->hits.size());
    for (const Search::SearchHit &hit : std::as_const(result->hits)) {
        ranking.itemIds.append(hit.itemId);
        rankedIds.insert(hit.itemId);
    }
    if (result->total > result->hits.size()) {
        auto all = m_index.matchingItems(*parsed);
        if (!all) {
            return std::unexpected(all.error());
        }
        for (const qint64 id : std::as_const(*all)) {
            if (!rankedIds.contains(id)) {
                ranking.itemIds.append(id);
            }
        }
    }
    ranking.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    if (log && !m_library.isReadOnly()) {
        auto logged = SearchRepository(m_library.database()).logSearch(query.simplified(), ranking.total, Ids::now());
        if (!logged) {
            return std::unexpected(logged.error());
        }
    }
    return ranking;
}

Result<LibrarySearch::Response> LibrarySearch::search(const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    if (auto refreshed = refresh(); !refreshed) {
        return std::unexpected(refreshed.error());
    }
    const double refreshMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    SearchRepository repository(m_library.database());
    auto query = parse(options.query);
    if (!query) {
        return std::unexpected(query.error());
    }

    Search::SearchRequest request;
    request.query = *query;
    request.sort = options.sort;
    request.descending = options.descending.value_or(!ascendingByDefault(options.sort));
    // One hit more than the page tells whether another page follows (no cursor on the last page).
    const int limit = qBound(1, options.limit, 10000);
    request.limit = limit + 1;
    request.after = options.after;
    request.facets = options.facets;
    auto result = m_index.search(request);
    if (!result) {
        return std::unexpected(result.error());
    }
    const bool more = result->hits.size() > limit;
    if (more) {
        result->hits.resize(limit);
    }
    Response response;
    response.total = result->total;
    response.facets = result->facets;
    response.parsed = Search::describe(**query);
    auto hits = describeHits(result->hits, options.snippets ? Search::highlightWords(**query) : QStringList());
    if (!hits) {
        return std::unexpected(hits.error());
    }
    response.hits = std::move(*hits);
    if (more && !response.hits.isEmpty()) {
        response.nextCursor = response.hits.last().cursor;
    }
    response.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    response.refreshMs = refreshMs;
    if (options.log && !m_library.isReadOnly()) {
        if (auto logged = repository.logSearch(options.query.simplified(), response.total, Ids::now()); !logged) {
            return std::unexpected(logged.error());
        }
    }
    return response;
}

Result<QList<LibrarySearch::Hit>> LibrarySearch::describeHits(
    const QList<Search::SearchHit> &hits, const QStringList &words)
{
    QList<qint64> ids;
    for (const Search::SearchHit &hit : hits) {
        ids.append(hit.itemId);
    }
    SearchRepository repository(m_library.database());
    auto paths = repository.folderPaths();
    if (!paths) {
        return std::unexpected(paths.error());
    }
    Search::TextAnalyzer analyzer;
    QHash<qint64, Hit> described;
    auto scanned = repository.scan(
        ids,
        [&](SearchItemRows &&rows) -> Result<void> {
            Hit hit;
            hit.itemId = rows.itemId;
            hit.uuid = rows.uuid;
            hit.title = rows.title;
            hit.kind = rows.kind;
            hit.type = rows.detectedType.isEmpty() ? rows.mimeType : rows.detectedType;
            hit.filename = rows.filename;
            hit.folder = paths->value(rows.folderId);
            hit.modifiedAt = rows.modifiedAt;
            hit.size = rows.size;
            QString language;
            QString description;
            for (const SearchItemRows::Value &value : rows.metadata) {
                if (value.fieldKey == QLatin1String("language")) {
                    language = value.json.mid(1).chopped(1);
                } else if (value.fieldKey == QLatin1String("description")) {
                    description = value.json.mid(1).chopped(1);
                }
            }
            if (!words.isEmpty()) {
                for (const QString &text : { description, rows.text.join(QLatin1Char('\n')) }) {
                    if (hit.snippet.isEmpty()) {
                        hit.snippet = Search::makeSnippet(text, words, analyzer, language);
                    }
                }
            }
            described.insert(rows.itemId, hit);
            return {};
        },
        !words.isEmpty());
    if (!scanned) {
        return std::unexpected(scanned.error());
    }
    QList<Hit> ordered;
    for (const Search::SearchHit &hit : hits) {
        // An item purged between the index's refresh and now is simply left out.
        if (auto found = described.find(hit.itemId); found != described.end()) {
            found->score = hit.score;
            found->cursor = hit.cursor;
            ordered.append(*found);
        }
    }
    return ordered;
}

QStringList LibrarySearch::QueryTerms::valuesFor(const QString &name) const
{
    return values.value(canonical.value(name.toLower()));
}

Result<LibrarySearch::QueryTerms> LibrarySearch::queryTerms(int valuesPerField)
{
    if (auto refreshed = refresh(); !refreshed) {
        return std::unexpected(refreshed.error());
    }
    SchemaRepository schema(m_library.database());
    auto fields = schema.fields();
    if (!fields) {
        return std::unexpected(fields.error());
    }
    auto vocabularies = schema.vocabularies();
    if (!vocabularies) {
        return std::unexpected(vocabularies.error());
    }
    QueryTerms terms;
    // Names resolve as the parser resolves them: a built-in first, then the schema's keys and aliases.
    for (const QString &name : Search::QueryParser::builtinFieldNames()) {
        terms.canonical.insert(name, Search::QueryParser::builtinField(name)->key);
    }
    const auto namesOf = [](const FieldDefinition &field) { return QStringList(field.aliases) << field.key; };
    for (const FieldDefinition &field : std::as_const(*fields)) {
        for (const QString &name : namesOf(field)) {
            if (!terms.canonical.contains(name.toLower())) {
                terms.canonical.insert(name.toLower(), field.key);
            }
        }
    }
    for (const bool has : { true, false }) {
        const QString name = has ? QStringLiteral("has") : QStringLiteral("is");
        terms.canonical.insert(name, name);
        terms.values.insert(name, Search::QueryParser::flagNames(has));
    }
    terms.fieldNames = terms.canonical.keys();
    terms.fieldNames.sort();

    QHash<QString, QStringList> found;
    QHash<QString, const Vocabulary *> byKey;
    for (const Vocabulary &vocabulary : std::as_const(*vocabularies)) {
        byKey.insert(vocabulary.key, &vocabulary);
    }
    const std::function<void(const QList<VocabularyTerm> &, QStringList &)> flatten
        = [&flatten](const QList<VocabularyTerm> &list, QStringList &into) {
              for (const VocabularyTerm &term : list) {
                  into.append(term.value);
                  flatten(term.children, into);
              }
          };
    for (const FieldDefinition &field : std::as_const(*fields)) {
        const Vocabulary *vocabulary = byKey.value(field.vocabulary);
        if (!vocabulary) {
            continue;
        }
        QStringList values;
        flatten(vocabulary->terms, values);
        for (const QString &name : namesOf(field)) {
            found[terms.canonical.value(name.toLower())].append(values);
        }
    }
    // The values the library holds, most frequent first: the facets of every item.
    Search::SearchRequest request;
    request.limit = 0;
    request.facets = true;
    request.facetLimit = std::max(1, valuesPerField);
    auto everything = m_index.search(request);
    if (!everything) {
        return std::unexpected(everything.error());
    }
    static const QHash<QString, QStringList> facetFields { { QStringLiteral("kind"), { QStringLiteral("kind") } },
        { QStringLiteral("type"), { QStringLiteral("type") } },
        { QStringLiteral("keywords"), { QStringLiteral("tag"), QStringLiteral("keywords") } },
        { QStringLiteral("status"), { QStringLiteral("status") } },
        { QStringLiteral("classification"), { QStringLiteral("classification") } },
        { QStringLiteral("year"), { QStringLiteral("created") } },
        { QStringLiteral("creator"), { QStringLiteral("creator") } } };
    for (const Search::Facet &facet : std::as_const(everything->facets)) {
        QStringList values;
        for (const Search::FacetValue &value : facet.values) {
            values.append(value.value);
            if (facet.name == QLatin1String("type")) {
                values.append(Search::SearchDocumentBuilder::typeNames(value.value)); // pdf, image, …
            }
        }
        for (const QString &key : facetFields.value(facet.name, { facet.name })) {
            found[key].append(values);
        }
    }
    for (auto it = found.begin(); it != found.end(); ++it) {
        QStringList unique;
        QSet<QString> seen;
        for (const QString &value : std::as_const(it.value())) {
            if (!value.isEmpty() && !seen.contains(value.toCaseFolded())) {
                seen.insert(value.toCaseFolded());
                unique.append(value);
            }
        }
        std::sort(unique.begin(), unique.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        terms.values.insert(it.key(), unique);
    }
    return terms;
}

Result<void> LibrarySearch::recordOpen(const QString &itemUuid)
{
    if (m_library.isReadOnly()) {
        return {};
    }
    auto logged = SearchRepository(m_library.database()).logOpen(itemUuid, Ids::now());
    if (!logged) {
        return std::unexpected(logged.error());
    }
    return {};
}

Result<SearchLogSummary> LibrarySearch::report(int days, int limit)
{
    const QString since = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    return SearchRepository(m_library.database()).summary(since, limit);
}

} // namespace Folio
