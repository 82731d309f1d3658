// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex on small hand-made documents: every query node kind, field weights, facet counts,
// keyset paging in every sort order, the visibility hook, re-indexing and removal (also past the point
// where dead slots are purged and reused), bulk building, snapshots and their damage, id limits.

#include "search/indexanalyzer.h"
#include "search/searchindex.h"
#include "search/textanalyzer.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

using namespace Folio;
using namespace Folio::Search;
using namespace Qt::StringLiterals;

namespace SearchIndexTests {

using Ids = QList<qint64>;

QueryNodePtr node(QueryNode n)
{
    return std::make_shared<const QueryNode>(std::move(n));
}

// Query nodes as the parser makes them: words analysed, values folded.
QueryNodePtr word(const QString &typed, const QString &field = {})
{
    return node(
        { .kind = NodeKind::Word, .field = field, .forms = TextAnalyzer().queryForms(typed, {}), .text = typed });
}

QueryNodePtr phrase(const QString &typed)
{
    TextAnalyzer analyzer;
    QList<QStringList> words;
    for (const QString &part : TextAnalyzer::words(typed)) {
        words.append(analyzer.queryForms(part, {}));
    }
    return node({ .kind = NodeKind::Phrase, .phrase = words, .text = typed });
}

QueryNodePtr prefix(const QString &start, const QString &field = {})
{
    return node({ .kind = NodeKind::Prefix, .field = field, .forms = { TextAnalyzer::foldValue(start) } });
}

QueryNodePtr term(const QString &field, const QString &value)
{
    return node({ .kind = NodeKind::Term, .field = field, .value = TextAnalyzer::foldValue(value) });
}

QueryNodePtr range(const QString &field, double low, double high, bool lowInclusive = true, bool highInclusive = true)
{
    return node({ .kind = NodeKind::Range,
        .field = field,
        .low = low,
        .high = high,
        .lowInclusive = lowInclusive,
        .highInclusive = highInclusive });
}

QueryNodePtr flag(NodeKind kind, const QString &value)
{
    return node({ .kind = kind, .value = value });
}

QueryNodePtr allOf(QList<QueryNodePtr> children)
{
    return node({ .kind = NodeKind::And, .children = std::move(children) });
}

QueryNodePtr anyOf(QList<QueryNodePtr> children)
{
    return node({ .kind = NodeKind::Or, .children = std::move(children) });
}

QueryNodePtr notOf(QueryNodePtr child)
{
    return node({ .kind = NodeKind::Not, .children = { std::move(child) } });
}

double epoch(const char *iso)
{
    return double(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch());
}

SearchDocument document(qint64 id, const QString &title, const QString &body = {})
{
    SearchDocument d;
    d.itemId = id;
    d.title = title;
    d.body = body;
    return d;
}

Ids ids(const SearchResult &result)
{
    Ids list;
    for (const SearchHit &hit : result.hits) {
        list.append(hit.itemId);
    }
    return list;
}

Ids sorted(Ids list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The value -> count pairs of facet NAME, in the order the index gave them.
QList<QPair<QString, qint64>> facet(const SearchResult &result, const QString &name)
{
    QList<QPair<QString, qint64>> values;
    for (const Facet &f : result.facets) {
        if (f.name == name) {
            for (const FacetValue &v : f.values) {
                values.append({ v.value, v.count });
            }
        }
    }
    return values;
}

// A deterministic little library for facets, paging and snapshots: 60 items.
QList<SearchDocument> library()
{
    static const char *const kinds[] = { "asset", "document" };
    static const char *const statuses[] = { "draft", "approved", "published", "archived" };
    static const char *const creators[] = { "Ada Lovelace", "Grace Hopper", "Alan Turing" };
    static const char *const types[] = { "image/jpeg", "application/pdf", "video/mp4" };
    static const char *const tags[] = { "summer", "draft", "logo", "banner", "spring" };
    QList<SearchDocument> documents;
    for (int i = 1; i <= 60; ++i) {
        SearchDocument d;
        d.itemId = i * 3; // ids need not be dense
        d.title = u"Item %1 %2"_s.arg(i % 7 == 0 ? u"report"_s : u"photo"_s).arg(i);
        d.body = i % 2 ? u"quarterly report on brand guidelines and logo usage"_s : QString();
        if (i % 5 == 0) {
            d.body += u" report report report"_s;
        }
        d.keywords = { QString::fromLatin1(tags[i % 5]), QString::fromLatin1(tags[(i / 5) % 5]) };
        d.keywords.removeDuplicates();
        d.values[u"kind"_s] = { QString::fromLatin1(kinds[i % 2]) };
        d.values[u"status"_s] = { QString::fromLatin1(statuses[i % 4]) };
        d.values[u"classification"_s] = { i % 3 ? u"internal"_s : u"confidential"_s };
        const QString type = QString::fromLatin1(types[i % 3]);
        d.values[u"type"_s] = { type, type.section(QLatin1Char('/'), 0, 0), type.section(QLatin1Char('/'), 1) };
        d.values[u"creator"_s] = { QString::fromLatin1(creators[i % 3]) };
        d.numbers[u"created"_s] = epoch("2020-01-01T00:00:00Z") + double(i % 9) * 200 * 86400;
        d.numbers[u"modified"_s] = epoch("2024-06-01T00:00:00Z") + double((i * 37) % 60) * 3600;
        if (i % 4 != 0) {
            d.numbers[u"size"_s] = double((i * 7919) % 1000) * 1000;
        }
        if (i % 2) {
            d.flags.insert(u"text"_s);
        }
        documents.append(d);
    }
    return documents;
}

} // namespace SearchIndexTests

using namespace SearchIndexTests;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    SearchResult run(const SearchIndex &index, SearchRequest request)
    {
        Result<SearchResult> result = index.search(request);
        if (!result) {
            qWarning("%s", qPrintable(result.error().toString()));
            return {};
        }
        return *result;
    }

    SearchResult run(const SearchIndex &index, QueryNodePtr query, int limit = 100)
    {
        SearchRequest request;
        request.query = std::move(query);
        request.limit = limit;
        return run(index, request);
    }

    Ids matching(const SearchIndex &index, QueryNodePtr query) { return sorted(ids(run(index, std::move(query)))); }

    SearchIndex libraryIndex()
    {
        SearchIndex index;
        for (const SearchDocument &d : library()) {
            if (!index.upsert(d)) {
                return {};
            }
        }
        return index;
    }

private Q_SLOTS:
    void wordsMatchEveryTextFieldOrOne()
    {
        SearchIndex index;
        SearchDocument inKeywords = document(2, u"Second"_s);
        inKeywords.keywords = { u"Contracts"_s };
        SearchDocument inDescription = document(3, u"Third"_s);
        inDescription.description = u"the signed contract"_s;
        FOLIO_VERIFY_OK(index.upsert(document(1, u"Contract of sale"_s)));
        FOLIO_VERIFY_OK(index.upsert(inKeywords));
        FOLIO_VERIFY_OK(index.upsert(inDescription));
        FOLIO_VERIFY_OK(index.upsert(document(4, u"Fourth"_s, u"…under this CONTRACT the…"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(5, u"Fifth"_s, u"nothing here"_s)));
        QCOMPARE(matching(index, word(u"contracts"_s)), (Ids { 1, 2, 3, 4 }));
        QCOMPARE(matching(index, word(u"contract"_s, u"title"_s)), Ids { 1 });
        QCOMPARE(matching(index, word(u"contract"_s, u"keywords"_s)), Ids { 2 });
        QCOMPARE(matching(index, word(u"contract"_s, u"description"_s)), Ids { 3 });
        QCOMPARE(matching(index, word(u"contract"_s, u"body"_s)), Ids { 4 });
        QCOMPARE(matching(index, word(u"unknownword"_s)), Ids {});
        QCOMPARE(matching(index, nullptr), (Ids { 1, 2, 3, 4, 5 }));
        QCOMPARE(matching(index, node(QueryNode {})), (Ids { 1, 2, 3, 4, 5 })); // MatchAll
    }

    void titleOutranksKeywordsDescriptionAndBody()
    {
        SearchIndex index;
        SearchDocument k = document(10, u"k"_s);
        k.keywords = { u"policy"_s };
        SearchDocument d = document(11, u"d"_s);
        d.description = u"a policy"_s;
        // Ids in the reverse of the expected order, so the order cannot come from the tie-break.
        FOLIO_VERIFY_OK(index.upsert(document(14, u"Policy"_s)));
        FOLIO_VERIFY_OK(index.upsert(k));
        FOLIO_VERIFY_OK(index.upsert(d));
        FOLIO_VERIFY_OK(index.upsert(document(12, u"b3"_s, u"policy policy policy text"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(13, u"b1"_s, u"one policy text"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(9, u"other"_s, u"unrelated"_s)));
        const SearchResult result = run(index, word(u"policy"_s));
        QCOMPARE(ids(result), (Ids { 14, 10, 11, 12, 13 }));
        for (qsizetype i = 1; i < result.hits.size(); ++i) {
            QVERIFY(result.hits[i - 1].score > result.hits[i].score);
        }
        // A rarer word weighs more: both words in the body, the document with the rare one first.
        FOLIO_VERIFY_OK(index.upsert(document(20, u"x"_s, u"policy zebra"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(21, u"y"_s, u"policy policy policy"_s)));
        const SearchResult either = run(index, anyOf({ word(u"zebra"_s), word(u"text"_s) }));
        QCOMPARE(either.hits.first().itemId, 20);
    }

    void prefixesMatchWordsAndValues()
    {
        SearchIndex index;
        SearchDocument tagged = document(4, u"Tagged"_s);
        tagged.keywords = { u"Summer 2024"_s };
        FOLIO_VERIFY_OK(index.upsert(document(1, u"Invoices of March"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(2, u"x"_s, u"invoicing rules"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(3, u"A voice memo"_s)));
        FOLIO_VERIFY_OK(index.upsert(tagged));
        QCOMPARE(matching(index, prefix(u"invoice"_s)), (Ids { 1, 2 }));
        QCOMPARE(matching(index, prefix(u"Invoi"_s)), (Ids { 1, 2 }));
        QCOMPARE(matching(index, prefix(u"voic"_s)), Ids { 3 });
        QCOMPARE(matching(index, prefix(u"invoice"_s, u"title"_s)), Ids { 1 });
        QCOMPARE(matching(index, prefix(u"summ"_s, u"tag"_s)), Ids { 4 });
        QCOMPARE(matching(index, prefix(u"summer 2"_s, u"tag"_s)), Ids { 4 });
        QCOMPARE(matching(index, prefix(u"zz"_s)), Ids {});
    }

    void phrasesNeedTheirWordsSideBySideInOrder()
    {
        SearchIndex index;
        FOLIO_VERIFY_OK(index.upsert(document(1, u"x"_s, u"read the Brand Guidelines first"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(2, u"x"_s, u"guidelines for the brand"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(3, u"x"_s, u"brand new guidelines"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(4, u"Brand guideline"_s)));
        // Pairs never span two fields: "brand" ends the title, "guidelines" starts the body.
        FOLIO_VERIFY_OK(index.upsert(document(5, u"our brand"_s, u"guidelines follow"_s)));
        SearchDocument keywords = document(6, u"x"_s);
        keywords.keywords = { u"brand"_s, u"guidelines"_s };
        FOLIO_VERIFY_OK(index.upsert(keywords));
        QCOMPARE(matching(index, phrase(u"brand guidelines"_s)), (Ids { 1, 4 }));
        QCOMPARE(matching(index, phrase(u"read the brand"_s)), Ids { 1 });
        QCOMPARE(matching(index, phrase(u"the brand read"_s)), Ids {});
        QCOMPARE(matching(index, phrase(u"brand"_s)), (Ids { 1, 2, 3, 4, 5, 6 }));
        QCOMPARE(matching(index, notOf(phrase(u"brand guidelines"_s))), (Ids { 2, 3, 5, 6 }));
    }

    void termsRangesAndFlags()
    {
        SearchIndex index;
        SearchDocument a = document(1, u"a"_s);
        a.values[u"kind"_s] = { u"document"_s };
        a.values[u"creator"_s] = { u"Ada Lovelace"_s };
        a.values[u"product"_s] = { u"P-1234"_s };
        a.numbers[u"width"_s] = 4000;
        a.numbers[u"created"_s] = epoch("2024-01-01T00:00:00Z");
        a.flags = { u"text"_s };
        SearchDocument b = document(2, u"b"_s);
        b.values[u"kind"_s] = { u"asset"_s };
        b.values[u"type"_s] = { u"image/jpeg"_s, u"image"_s, u"jpeg"_s };
        b.keywords = { u"Été"_s };
        b.numbers[u"width"_s] = 3999.5;
        b.numbers[u"created"_s] = epoch("2025-01-01T00:00:00Z");
        b.flags = { u"duplicate"_s };
        SearchDocument c = document(3, u"c"_s);
        c.values[u"keywords"_s] = { u"summer"_s };
        c.numbers[u"created"_s] = epoch("2023-12-31T23:59:59Z");
        c.numbers[u"width"_s] = std::numeric_limits<double>::quiet_NaN();
        for (const SearchDocument &d : { a, b, c }) {
            FOLIO_VERIFY_OK(index.upsert(d));
        }
        QCOMPARE(matching(index, term(u"kind"_s, u"Document"_s)), Ids { 1 });
        QCOMPARE(matching(index, term(u"creator"_s, u"ada lovelace"_s)), Ids { 1 });
        QCOMPARE(matching(index, term(u"product"_s, u"p-1234"_s)), Ids { 1 });
        QCOMPARE(matching(index, term(u"type"_s, u"image"_s)), Ids { 2 });
        QCOMPARE(matching(index, term(u"tag"_s, u"ete"_s)), Ids { 2 });
        QCOMPARE(matching(index, term(u"tag"_s, u"summer"_s)), Ids { 3 });
        QCOMPARE(matching(index, term(u"keywords"_s, u"summer"_s)), Ids { 3 });
        QCOMPARE(matching(index, term(u"nosuchfield"_s, u"x"_s)), Ids {});
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(matching(index, range(u"width"_s, 4000, inf)), Ids { 1 });
        QCOMPARE(matching(index, range(u"width"_s, 3999.5, 4000, false, true)), Ids { 1 });
        QCOMPARE(matching(index, range(u"width"_s, -inf, 4000, true, false)), Ids { 2 });
        QCOMPARE(matching(index, notOf(range(u"width"_s, -inf, inf))), Ids { 3 });
        QCOMPARE(matching(index,
                     range(u"created"_s, epoch("2024-01-01T00:00:00Z"), epoch("2025-01-01T00:00:00Z"), true, false)),
            Ids { 1 });
        QCOMPARE(matching(index, range(u"pages"_s, 1, 5)), Ids {});
        QCOMPARE(matching(index, flag(NodeKind::Has, u"text"_s)), Ids { 1 });
        QCOMPARE(matching(index, flag(NodeKind::Is, u"duplicate"_s)), Ids { 2 });
        QCOMPARE(matching(index, flag(NodeKind::Is, u"protected"_s)), Ids {});
        // The year of creation is a value too (the year facet counts it).
        QCOMPARE(matching(index, term(u"year"_s, u"2024"_s)), Ids { 1 });
    }

    void booleanOperatorsCombineSets()
    {
        SearchIndex index = libraryIndex();
        QCOMPARE(index.size(), 60);
        const auto kindDocument = term(u"kind"_s, u"document"_s);
        const auto approved = term(u"status"_s, u"approved"_s);
        Ids both;
        Ids either;
        Ids documentsNotApproved;
        for (const SearchDocument &d : library()) {
            const bool isDocument = d.values[u"kind"_s].first() == u"document";
            const bool isApproved = d.values[u"status"_s].first() == u"approved";
            if (isDocument && isApproved) {
                both.append(d.itemId);
            }
            if (isDocument || isApproved) {
                either.append(d.itemId);
            }
            if (isDocument && !isApproved) {
                documentsNotApproved.append(d.itemId);
            }
        }
        QVERIFY(!both.isEmpty());
        QCOMPARE(matching(index, allOf({ kindDocument, approved })), both);
        QCOMPARE(matching(index, anyOf({ kindDocument, approved })), either);
        QCOMPARE(matching(index, allOf({ kindDocument, notOf(approved) })), documentsNotApproved);
        QCOMPARE(matching(index, allOf({ notOf(notOf(kindDocument)), anyOf({ approved, notOf(approved) }) })),
            matching(index, kindDocument));
        QCOMPARE(run(index, allOf({ notOf(kindDocument), notOf(approved) })).total, 60 - either.size());
        // Malformed trees are errors, not empty results.
        QueryNode twoOperandNot;
        twoOperandNot.kind = NodeKind::Not;
        twoOperandNot.children = { kindDocument, approved };
        SearchRequest request;
        request.query = node(twoOperandNot);
        const Result<SearchResult> refused = index.search(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
    }

    void facetsCountTheWholeResultSet()
    {
        SearchIndex index = libraryIndex();
        const QList<SearchDocument> documents = library();
        const auto check = [&](const QueryNodePtr &query, const std::function<bool(const SearchDocument &)> &filter) {
            SearchRequest request;
            request.query = query;
            request.limit = 3;
            request.facets = true;
            request.facetLimit = 100;
            const SearchResult result = run(index, request);
            QHash<QString, QHash<QString, qint64>> expected;
            qint64 total = 0;
            for (const SearchDocument &d : documents) {
                if (!filter(d)) {
                    continue;
                }
                ++total;
                ++expected[u"kind"_s][d.values[u"kind"_s].first()];
                ++expected[u"status"_s][d.values[u"status"_s].first()];
                ++expected[u"classification"_s][d.values[u"classification"_s].first()];
                ++expected[u"type"_s][d.values[u"type"_s].first()];
                ++expected[u"creator"_s][TextAnalyzer::foldValue(d.values[u"creator"_s].first())];
                const auto created = QDateTime::fromSecsSinceEpoch(qint64(d.numbers[u"created"_s]), Qt::UTC);
                ++expected[u"year"_s][QString::number(created.date().year())];
                for (const QString &keyword : d.keywords) {
                    ++expected[u"keywords"_s][keyword];
                }
            }
            QCOMPARE(result.total, total);
            QCOMPARE(qint64(result.hits.size()), std::min<qint64>(3, total));
            QCOMPARE(result.facets.size(), 7);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                QHash<QString, qint64> counted;
                qint64 previous = std::numeric_limits<qint64>::max();
                for (const auto &[value, count] : facet(result, it.key())) {
                    QVERIFY2(count <= previous, qPrintable(it.key())); // most frequent first
                    previous = count;
                    counted.insert(value, count);
                }
                QCOMPARE(counted, it.value());
            }
        };
        check(nullptr, [](const SearchDocument &) { return true; });
        check(term(u"kind"_s, u"document"_s),
            [](const SearchDocument &d) { return d.values[u"kind"_s].first() == u"document"; });
        check(word(u"report"_s),
            [](const SearchDocument &d) { return d.title.contains(u"report"_s) || d.body.contains(u"report"_s); });
        // facetLimit keeps the most frequent values.
        SearchRequest request;
        request.facets = true;
        request.facetLimit = 2;
        const SearchResult limited = run(index, request);
        for (const Facet &f : limited.facets) {
            QVERIFY2(f.values.size() <= 2, qPrintable(f.name));
        }
        QCOMPARE(facet(limited, u"creator"_s).size(), 2);
    }

    void keysetPagesEqualOneBigPage_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("withQuery");
        QTest::newRow("relevance") << int(SortKey::Relevance) << true << true;
        QTest::newRow("relevance ascending") << int(SortKey::Relevance) << false << true;
        QTest::newRow("relevance of a filter (all ties)") << int(SortKey::Relevance) << true << false;
        QTest::newRow("modified descending") << int(SortKey::Modified) << true << false;
        QTest::newRow("modified ascending") << int(SortKey::Modified) << false << true;
        QTest::newRow("created descending") << int(SortKey::Created) << true << false;
        QTest::newRow("title ascending") << int(SortKey::Title) << false << false;
        QTest::newRow("title descending") << int(SortKey::Title) << true << true;
        QTest::newRow("size ascending") << int(SortKey::Size) << false << false;
        QTest::newRow("size descending") << int(SortKey::Size) << true << false;
    }

    void keysetPagesEqualOneBigPage()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(bool, withQuery);
        SearchIndex index = libraryIndex();
        SearchRequest request;
        request.query
            = withQuery ? anyOf({ word(u"report"_s), word(u"logo"_s) }) : notOf(term(u"status"_s, u"draft"_s));
        request.sort = SortKey(sort);
        request.descending = descending;
        request.limit = 1000;
        const SearchResult all = run(index, request);
        QVERIFY(all.hits.size() > 20);
        QCOMPARE(qint64(all.hits.size()), all.total);
        Ids paged;
        request.limit = 7;
        for (int page = 0; page < 100; ++page) {
            const SearchResult result = run(index, request);
            QCOMPARE(result.total, all.total);
            paged += ids(result);
            if (result.hits.size() < 7) {
                break;
            }
            request.after = result.hits.last().cursor;
        }
        QCOMPARE(paged, ids(all));
    }

    void sortKeysOrderBothWays()
    {
        SearchIndex index;
        const QStringList titles { u"delta"_s, u"Été"_s, u"alpha beta gamma 2"_s, u"Alpha beta gamma 10"_s, QString(),
            u"foxtrot"_s };
        for (int i = 0; i < titles.size(); ++i) {
            SearchDocument d = document(i + 1, titles[i]);
            if (i != 2) {
                d.numbers[u"size"_s] = 100.0 * ((i * 7) % 5);
            }
            FOLIO_VERIFY_OK(index.upsert(d));
        }
        SearchRequest request;
        request.sort = SortKey::Title;
        request.descending = false;
        // Folded (case and accents ignored), whole titles on ties of the first characters, empty last.
        QCOMPARE(ids(run(index, request)), (Ids { 4, 3, 1, 2, 6, 5 }));
        request.descending = true;
        QCOMPARE(ids(run(index, request)), (Ids { 6, 2, 1, 3, 4, 5 }));
        // Sizes: 1:0, 2:200, 4:100, 5:300, 6:0 (3 has none, so comes last either way; ties by id).
        request.sort = SortKey::Size;
        request.descending = false;
        QCOMPARE(ids(run(index, request)), (Ids { 1, 6, 4, 2, 5, 3 }));
        request.descending = true;
        QCOMPARE(ids(run(index, request)), (Ids { 5, 2, 4, 1, 6, 3 }));
        // A cursor only continues the order it came from.
        request.limit = 2;
        const SearchResult first = run(index, request);
        request.after = first.hits.last().cursor;
        request.descending = false;
        const Result<SearchResult> refused = index.search(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
        request.after = u"garbage"_s;
        QVERIFY(!index.search(request));
    }

    void visibilityHookLimitsHitsTotalsAndFacets()
    {
        SearchIndex index = libraryIndex();
        auto visible = std::make_shared<Ids>(Ids { 3, 6, 9, 12, 999, -5 });
        SearchRequest request;
        request.visibleItems = visible;
        request.facets = true;
        const SearchResult result = run(index, request);
        QCOMPARE(sorted(ids(result)), (Ids { 3, 6, 9, 12 }));
        QCOMPARE(result.total, 4);
        qint64 kinds = 0;
        for (const auto &[value, count] : facet(result, u"kind"_s)) {
            kinds += count;
        }
        QCOMPARE(kinds, 4);
        request.query = notOf(term(u"kind"_s, u"asset"_s));
        QCOMPARE(sorted(ids(run(index, request))), (Ids { 3, 9 })); // ids 3 and 9 are items 1 and 3: documents
        request.visibleItems = std::make_shared<Ids>();
        QCOMPARE(run(index, request).total, 0);
    }

    void upsertReplacesAndRemoveForgets()
    {
        SearchIndex index;
        SearchDocument d = document(7, u"Old contract"_s, u"brand guidelines"_s);
        d.values[u"status"_s] = { u"draft"_s };
        d.numbers[u"size"_s] = 10;
        FOLIO_VERIFY_OK(index.upsert(d));
        FOLIO_VERIFY_OK(index.upsert(document(8, u"Other"_s)));
        d.title = u"New policy"_s;
        d.body.clear();
        d.values[u"status"_s] = { u"approved"_s };
        d.numbers.clear();
        FOLIO_VERIFY_OK(index.upsert(d));
        QCOMPARE(index.size(), 2);
        QVERIFY(index.contains(7));
        QCOMPARE(matching(index, word(u"contract"_s)), Ids {});
        QCOMPARE(matching(index, phrase(u"brand guidelines"_s)), Ids {});
        QCOMPARE(matching(index, term(u"status"_s, u"draft"_s)), Ids {});
        QCOMPARE(matching(index, range(u"size"_s, 0, 100)), Ids {});
        QCOMPARE(matching(index, word(u"policy"_s)), Ids { 7 });
        QCOMPARE(matching(index, term(u"status"_s, u"approved"_s)), Ids { 7 });
        QVERIFY(index.remove(7));
        QVERIFY(!index.remove(7));
        QVERIFY(!index.contains(7));
        QCOMPARE(index.size(), 1);
        QCOMPARE(matching(index, word(u"policy"_s)), Ids {});
        QCOMPARE(matching(index, nullptr), Ids { 8 });
    }

    void manyRewritesPurgeAndReuseSlots()
    {
        // Enough re-indexing to purge dead slots several times; the index must stay exact.
        SearchIndex index;
        QSet<int> removed;
        for (int round = 0; round < 60; ++round) {
            for (int id = 1; id <= 200; ++id) {
                if (removed.contains(id)) {
                    continue;
                }
                SearchDocument d = document(id, u"round%1 item"_s.arg(round));
                d.values[u"kind"_s] = { round % 2 ? u"asset"_s : u"document"_s };
                d.numbers[u"modified"_s] = round * 1000 + id;
                FOLIO_VERIFY_OK(index.upsert(d));
            }
            if (round % 10 == 9) {
                QVERIFY(index.remove(round)); // one fewer each time
                removed.insert(round);
            }
        }
        QCOMPARE(index.size(), 194);
        QCOMPARE(run(index, word(u"round59"_s)).total, 194);
        QCOMPARE(run(index, word(u"round58"_s)).total, 0);
        QCOMPARE(run(index, term(u"kind"_s, u"document"_s)).total, 0);
        SearchRequest request;
        request.sort = SortKey::Modified;
        request.limit = 3;
        request.facets = true;
        const SearchResult newest = run(index, request);
        QCOMPARE(ids(newest), (Ids { 200, 199, 198 }));
        QCOMPARE(facet(newest, u"kind"_s), (QList<QPair<QString, qint64>> { { u"asset"_s, 194 } }));
        const qint64 before = index.memoryBytes();
        index.optimize();
        QVERIFY(index.memoryBytes() <= before);
        QCOMPARE(run(index, word(u"round59"_s)).total, 194);
    }

    void bulkUpsertEqualsSingleUpserts()
    {
        const QList<SearchDocument> base = library();
        QList<SearchDocument> documents;
        for (int i = 0; i < 1200; ++i) {
            SearchDocument d = base[i % 60];
            d.itemId = i + 1;
            d.title += u" number%1"_s.arg(i % 13);
            documents.append(d);
        }
        documents.append(document(5, u"replaced by a later one in the batch"_s));
        SearchIndex bulk;
        FOLIO_VERIFY_OK(bulk.upsert(documents));
        SearchIndex single;
        for (const SearchDocument &d : documents) {
            FOLIO_VERIFY_OK(single.upsert(d));
        }
        QCOMPARE(bulk.size(), 1200);
        for (const QueryNodePtr &query : { word(u"number7"_s), phrase(u"brand guidelines"_s), prefix(u"rep"_s),
                 word(u"replaced"_s), term(u"tag"_s, u"summer"_s) }) {
            SearchRequest request;
            request.query = query;
            request.limit = 2000;
            request.facets = true;
            const SearchResult a = run(bulk, request);
            const SearchResult b = run(single, request);
            QCOMPARE(ids(a), ids(b));
            QCOMPARE(a.total, b.total);
            QCOMPARE(facet(a, u"keywords"_s), facet(b, u"keywords"_s));
        }
        QCOMPARE(matching(bulk, word(u"replaced"_s)), Ids { 5 });
    }

    void idsBeyond32BitsAreRefused()
    {
        SearchIndex index;
        const Result<void> tooLarge = index.upsert(document(qint64(1) << 32, u"x"_s));
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code(), Error::Code::InvalidArgument);
        QVERIFY(tooLarge.error().message().contains(u"4294967296"_s));
        QVERIFY(!index.upsert(document(-1, u"x"_s)));
        FOLIO_VERIFY_OK(index.upsert(document((qint64(1) << 32) - 1, u"largest"_s)));
        FOLIO_VERIFY_OK(index.upsert(document(0, u"smallest"_s)));
        QCOMPARE(matching(index, nullptr), (Ids { 0, (qint64(1) << 32) - 1 }));
        QVERIFY(!index.contains(qint64(1) << 32));
        QVERIFY(!index.remove(qint64(1) << 32));
        // In a batch, the documents before the refused one are stored.
        QList<SearchDocument> batch;
        for (int i = 1; i <= 300; ++i) {
            batch.append(document(i == 280 ? qint64(1) << 40 : i, u"batch"_s));
        }
        const Result<void> refused = index.upsert(batch);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
        QCOMPARE(run(index, word(u"batch"_s)).total, 279);
    }

    void snapshotRoundTripGivesIdenticalResults()
    {
        QTemporaryDir dir;
        SearchIndex index = libraryIndex();
        QVERIFY(index.remove(6));
        FOLIO_VERIFY_OK(index.upsert(document(9, u"rewritten report"_s)));
        const QString path = dir.filePath(u"search.snapshot"_s);
        FOLIO_VERIFY_OK(index.save(path, 4242));
        QVERIFY(!QFile::exists(path + u".part"_s));
        qint64 changeSeq = 0;
        Result<SearchIndex> loaded = SearchIndex::load(path, &changeSeq);
        FOLIO_VERIFY_OK(loaded);
        QCOMPARE(changeSeq, 4242);
        QCOMPARE(loaded->size(), index.size());
        const QList<QueryNodePtr> queries { nullptr, word(u"report"_s), phrase(u"brand guidelines"_s),
            prefix(u"guid"_s), allOf({ term(u"kind"_s, u"document"_s), range(u"size"_s, 1000, 500000) }),
            flag(NodeKind::Has, u"text"_s) };
        for (const QueryNodePtr &query : queries) {
            for (const SortKey sort : { SortKey::Relevance, SortKey::Title, SortKey::Modified }) {
                SearchRequest request;
                request.query = query;
                request.sort = sort;
                request.limit = 1000;
                request.facets = true;
                const SearchResult a = run(index, request);
                const SearchResult b = run(*loaded, request);
                QCOMPARE(ids(b), ids(a));
                QCOMPARE(b.total, a.total);
                for (qsizetype i = 0; i < a.hits.size(); ++i) {
                    QCOMPARE(b.hits[i].score, a.hits[i].score);
                    QCOMPARE(b.hits[i].cursor, a.hits[i].cursor);
                }
                for (const char *name : { "kind", "type", "keywords", "status", "classification", "year", "creator" }) {
                    QCOMPARE(facet(b, QLatin1String(name)), facet(a, QLatin1String(name)));
                }
            }
        }
        // The loaded index keeps working as a writable index.
        FOLIO_VERIFY_OK(loaded->upsert(document(1000, u"after loading"_s)));
        QCOMPARE(matching(*loaded, word(u"loading"_s)), Ids { 1000 });
        // An empty index round-trips too.
        FOLIO_VERIFY_OK(SearchIndex().save(path, 1));
        FOLIO_VERIFY_OK(SearchIndex::load(path, &changeSeq));
        QCOMPARE(changeSeq, 1);
    }

    void concurrentSearchesAgree()
    {
        // search() is const and may run on many threads at once (each thread has its own score array).
        const SearchIndex index = libraryIndex();
        const QList<QueryNodePtr> queries { word(u"report"_s), phrase(u"brand guidelines"_s), prefix(u"rep"_s),
            allOf({ term(u"kind"_s, u"asset"_s), notOf(word(u"logo"_s)) }) };
        const auto scores = [](const SearchResult &result) {
            QList<double> list;
            for (const SearchHit &hit : result.hits) {
                list.append(hit.score);
            }
            return list;
        };
        QList<SearchResult> expected;
        for (const QueryNodePtr &query : queries) {
            expected.append(run(index, query));
            QVERIFY(!expected.last().hits.isEmpty());
        }
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 200; ++i) {
                    const qsizetype q = (i + t) % queries.size();
                    SearchRequest request;
                    request.query = queries[q];
                    request.limit = 100;
                    const Result<SearchResult> result = index.search(request);
                    if (!result || ids(*result) != ids(expected[q]) || scores(*result) != scores(expected[q])) {
                        ++mismatches;
                    }
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        QCOMPARE(mismatches.load(), 0);
    }

    void wordsAreCutAsTheAnalyzerCutsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("punctuation") << u"Hello, world! e-mail foo_bar 3.14 x1y2 (draft)"_s;
        QTest::newRow("edges") << u"  leading and trailing  "_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << u" ,.;-- "_s;
        QTest::newRow("a very long word") << QString(100, QLatin1Char('x')) + u" next"_s;
        QTest::newRow("accents") << u"naïve café Straße"_s;
        QTest::newRow("combining mark") << u"café ok"_s;
        QTest::newRow("CJK") << u"東京タワー and more"_s;
        QTest::newRow("emoji") << u"logo 🎉 banner"_s;
    }

    void wordsAreCutAsTheAnalyzerCutsThem()
    {
        // The index cuts ASCII text itself (no string per word); it must agree with TextAnalyzer.
        QFETCH(QString, text);
        QStringList cut;
        Internal::IndexAnalyzer::forEachWord(text, [&](QStringView word) { cut.append(word.toString()); });
        QCOMPARE(cut, TextAnalyzer::words(text));
    }

    void damagedSnapshotsAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"search.snapshot"_s);
        FOLIO_VERIFY_OK(libraryIndex().save(path, 7));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QVERIFY(good.size() > 1000);
        const QString damaged = dir.filePath(u"damaged.snapshot"_s);
        const auto expectCorrupt = [&](const QByteArray &bytes, const QByteArray &what) {
            QFile out(damaged);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(bytes), bytes.size());
            out.close();
            qint64 changeSeq = 0;
            const Result<SearchIndex> loaded = SearchIndex::load(damaged, &changeSeq);
            QVERIFY2(!loaded, what.constData());
            QVERIFY2(loaded.error().code() == Error::Code::Corrupt,
                QByteArray(what + ": " + loaded.error().toString().toUtf8()).constData());
            QVERIFY(loaded.error().message().contains(u"damaged.snapshot"_s));
        };
        for (const qsizetype size : { qsizetype(0), qsizetype(10), qsizetype(40), good.size() / 3, good.size() / 2,
                 good.size() - 17, good.size() - 1 }) {
            expectCorrupt(good.left(size), "truncated to " + QByteArray::number(size));
        }
        expectCorrupt(good + QByteArray(5, 'x'), "bytes appended");
        // One flipped bit anywhere: the header, section headers, payloads, checksums, the trailer.
        const qsizetype step = std::max<qsizetype>(1, good.size() / 97);
        for (qsizetype at = 0; at < good.size(); at += (at < 64 ? 1 : step)) {
            QByteArray flipped = good;
            flipped[at] = char(flipped[at] ^ 0x10);
            expectCorrupt(flipped, "flipped byte " + QByteArray::number(at));
        }
        QByteArray last = good;
        last[last.size() - 1] = char(last[last.size() - 1] ^ 1);
        expectCorrupt(last, "flipped last byte");
        qint64 changeSeq = 0;
        const Result<SearchIndex> missing = SearchIndex::load(dir.filePath(u"none"_s), &changeSeq);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
    }
};

FOLIO_TEST(TestSearchIndex, "searchindex")
#include "tst_searchindex.moc"
