// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl search QUERY, saved add|list|run|rm, report search: the query language over the library
// (docs/SEARCH.md), saved searches (smart collections) and local search analytics.

#include "cli.h"

#include "library/library.h"
#include "library/librarysearch.h"
#include "library/savedsearches.h"
#include "search/searchquery.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace Folio::Cli {

namespace {

struct SearchOptions
{
    QCommandLineOption sort { QStringLiteral("sort"),
        Context::tr("relevance (default), modified, created, title or size."), QStringLiteral("key"),
        QStringLiteral("relevance") };
    QCommandLineOption ascending { QStringLiteral("asc"),
        Context::tr("Ascending order (default for title and size).") };
    QCommandLineOption descending { QStringLiteral("desc"),
        Context::tr("Descending order (default for relevance and dates).") };
    QCommandLineOption limit { QStringLiteral("limit"), Context::tr("Hits per page (default 50)."), QStringLiteral("n"),
        QStringLiteral("50") };
    QCommandLineOption after { QStringLiteral("after"),
        Context::tr("Continue after this cursor (printed with each page)."), QStringLiteral("cursor") };
    QCommandLineOption facets { QStringLiteral("facets"), Context::tr("Count facets over all matches.") };
    QCommandLineOption explain { QStringLiteral("explain"), Context::tr("Print the query as understood first.") };
    QCommandLineOption brief { QStringLiteral("brief"), Context::tr("Hits without snippets (faster).") };

    QList<QCommandLineOption> all() const
    {
        return { sort, ascending, descending, limit, after, facets, explain, brief };
    }

    // Reads the options into OPTIONS; prints the reason and returns false when one is wrong.
    bool read(Context &cx, LibrarySearch::Options &options) const
    {
        static const QHash<QString, Search::SortKey> keys { { QStringLiteral("relevance"), Search::SortKey::Relevance },
            { QStringLiteral("modified"), Search::SortKey::Modified },
            { QStringLiteral("created"), Search::SortKey::Created },
            { QStringLiteral("title"), Search::SortKey::Title }, { QStringLiteral("size"), Search::SortKey::Size } };
        const QString key = cx.parser().value(sort);
        if (!keys.contains(key)) {
            cx.usageError(Context::tr("--sort takes relevance, modified, created, title or size, not “%1”.").arg(key));
            return false;
        }
        options.sort = keys.value(key);
        if (cx.parser().isSet(ascending)) {
            options.descending = false;
        } else if (cx.parser().isSet(descending)) {
            options.descending = true;
        }
        bool ok = false;
        options.limit = cx.parser().value(limit).toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > 10000) {
            cx.usageError(Context::tr("--limit takes a number from 1 to 10000."));
            return false;
        }
        options.after = cx.parser().value(after);
        options.facets = cx.parser().isSet(facets);
        options.snippets = !cx.parser().isSet(brief);
        return true;
    }
};

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int printResponse(Context &cx, const LibrarySearch::Response &response, bool explain)
{
    if (cx.json()) {
        QJsonArray hits;
        for (const LibrarySearch::Hit &hit : response.hits) {
            hits.append(QJsonObject { { QStringLiteral("id"), hit.uuid }, { QStringLiteral("title"), hit.title },
                { QStringLiteral("kind"), hit.kind }, { QStringLiteral("type"), hit.type },
                { QStringLiteral("filename"), hit.filename }, { QStringLiteral("folder"), hit.folder },
                { QStringLiteral("modified"), hit.modifiedAt }, { QStringLiteral("size"), hit.size },
                { QStringLiteral("score"), hit.score }, { QStringLiteral("snippet"), hit.snippet },
                { QStringLiteral("cursor"), hit.cursor } });
        }
        QJsonObject facets;
        for (const Search::Facet &facet : response.facets) {
            QJsonArray values;
            for (const Search::FacetValue &value : facet.values) {
                values.append(
                    QJsonObject { { QStringLiteral("value"), value.value }, { QStringLiteral("count"), value.count } });
            }
            facets.insert(facet.name, values);
        }
        QJsonObject object { { QStringLiteral("total"), response.total }, { QStringLiteral("hits"), hits },
            { QStringLiteral("next"), response.nextCursor }, { QStringLiteral("parsed"), response.parsed },
            { QStringLiteral("elapsedMs"), response.elapsedMs }, { QStringLiteral("refreshMs"), response.refreshMs } };
        if (!response.facets.isEmpty()) {
            object.insert(QStringLiteral("facets"), facets);
        }
        cx.printJson(QStringLiteral("search"), object);
        return Ok;
    }
    QTextStream &out = cx.out();
    if (explain) {
        out << response.parsed << '\n';
    }
    out << Context::tr("%n match(es)", nullptr, int(qMin<qint64>(response.total, INT_MAX))) << '\n';
    for (const LibrarySearch::Hit &hit : response.hits) {
        out << hit.uuid.right(12) << "  " << hit.title << "  (" << hit.type << ", " << humanSize(hit.size) << ", "
            << hit.folder << ")\n";
        if (!hit.snippet.isEmpty()) {
            out << "    " << hit.snippet << '\n';
        }
    }
    for (const Search::Facet &facet : response.facets) {
        if (facet.values.isEmpty()) {
            continue;
        }
        QStringList values;
        for (const Search::FacetValue &value : facet.values) {
            values.append(QStringLiteral("%1 (%2)").arg(value.value).arg(value.count));
        }
        out << facet.name << ": " << values.join(QStringLiteral(", ")) << '\n';
    }
    if (!response.nextCursor.isEmpty()) {
        out << Context::tr("more: --after %1").arg(response.nextCursor) << '\n';
    }
    return Ok;
}

// Runs QUERY with the paging and sorting options of the command line and prints the page.
int runQuery(Context &cx, LibrarySearch &librarySearch, const SearchOptions &searchOptions, const QString &query)
{
    LibrarySearch::Options options;
    options.query = query;
    if (!searchOptions.read(cx, options)) {
        return Usage;
    }
    auto response = librarySearch.search(options);
    if (!response) {
        return cx.failWith(response.error());
    }
    return printResponse(cx, *response, cx.parser().isSet(searchOptions.explain));
}

int search(Context &cx)
{
    const SearchOptions searchOptions;
    const QCommandLineOption reindex(
        QStringLiteral("reindex"), Context::tr("Rebuild the search index from the library."));
    const QCommandLineOption opened(QStringLiteral("record-open"),
        Context::tr("Report that the item ID was opened from the last results (analytics)."), QStringLiteral("id"));
    QList<QCommandLineOption> declared = searchOptions.all();
    declared << reindex << opened;
    if (!cx.parse(Context::tr("Search the library with the query language of docs/SEARCH.md."), declared,
            { QStringLiteral("[query]") }, 0, 1)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    LibrarySearch librarySearch(*library);
    if (cx.parser().isSet(reindex)) {
        QElapsedTimer timer;
        timer.start();
        if (auto rebuilt = librarySearch.rebuild(); !rebuilt) {
            return cx.failWith(rebuilt.error());
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (cx.json()) {
            cx.printJson(QStringLiteral("search.reindex"),
                { { QStringLiteral("items"), librarySearch.indexedItems() }, { QStringLiteral("seconds"), seconds } });
        } else {
            cx.out()
                << Context::tr("Indexed %1 items in %2 s.").arg(librarySearch.indexedItems()).arg(seconds, 0, 'f', 2)
                << '\n';
        }
        return Ok;
    }
    if (cx.parser().isSet(opened)) {
        auto item = cx.item(cx.parser().value(opened));
        if (!item) {
            return Failed;
        }
        if (auto recorded = librarySearch.recordOpen(item->uuid); !recorded) {
            return cx.failWith(recorded.error());
        }
        return Ok;
    }
    return runQuery(cx, librarySearch, searchOptions, cx.positional().value(0));
}

int saved(Context &cx)
{
    const SearchOptions searchOptions;
    const QCommandLineOption replace(
        QStringLiteral("replace"), Context::tr("saved add: change the query of an existing name."));
    QList<QCommandLineOption> declared = searchOptions.all();
    declared << replace;
    if (!cx.parse(
            Context::tr(
                "Saved searches (smart collections): saved add NAME QUERY, saved list, saved run NAME, saved rm NAME."),
            declared, { QStringLiteral("add|list|run|rm"), QStringLiteral("[name]"), QStringLiteral("[query]") }, 1,
            3)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    const QStringList args = cx.positional();
    const QString verb = args.first();
    SavedSearches savedSearches(*library);
    LibrarySearch librarySearch(*library);
    if (verb == QLatin1String("add") && args.size() == 3) {
        auto added = savedSearches.add(args.at(1), args.at(2), librarySearch, cx.parser().isSet(replace));
        if (!added) {
            return cx.failWith(added.error());
        }
        if (cx.json()) {
            cx.printJson(QStringLiteral("saved.add"),
                { { QStringLiteral("id"), added->uuid }, { QStringLiteral("name"), added->name } });
        } else {
            cx.out() << Context::tr("Saved “%1”.").arg(added->name) << '\n';
        }
        return Ok;
    }
    if (verb == QLatin1String("list") && args.size() == 1) {
        auto all = savedSearches.list();
        if (!all) {
            return cx.failWith(all.error());
        }
        if (cx.json()) {
            QJsonArray list;
            for (const SavedSearch &s : *all) {
                list.append(QJsonObject { { QStringLiteral("id"), s.uuid }, { QStringLiteral("name"), s.name },
                    { QStringLiteral("query"), s.query }, { QStringLiteral("modified"), s.modifiedAt } });
            }
            cx.printJson(QStringLiteral("saved.list"), { { QStringLiteral("saved"), list } });
        } else {
            for (const SavedSearch &s : *all) {
                cx.out() << s.name << "\t" << s.query << '\n';
            }
        }
        return Ok;
    }
    if (verb == QLatin1String("run") && args.size() == 2) {
        auto found = savedSearches.find(args.at(1));
        if (!found) {
            return cx.failWith(found.error());
        }
        return runQuery(cx, librarySearch, searchOptions, found->query);
    }
    if (verb == QLatin1String("rm") && args.size() == 2) {
        if (auto removed = savedSearches.remove(args.at(1)); !removed) {
            return cx.failWith(removed.error());
        }
        if (!cx.json()) {
            cx.out() << Context::tr("Removed “%1”.").arg(args.at(1)) << '\n';
        } else {
            cx.printJson(QStringLiteral("saved.rm"), { { QStringLiteral("name"), args.at(1) } });
        }
        return Ok;
    }
    return cx.usageError(Context::tr("saved takes: add NAME QUERY, list, run NAME, or rm NAME."));
}

int report(Context &cx)
{
    const QCommandLineOption days(QStringLiteral("days"), Context::tr("How many days back (default 30)."),
        QStringLiteral("n"), QStringLiteral("30"));
    if (!cx.parse(Context::tr("report search: top and zero-result queries and the search success rate."), { days },
            { QStringLiteral("search") }, 1, 1)) {
        return Usage;
    }
    if (cx.positional().first() != QLatin1String("search")) {
        return cx.usageError(Context::tr("report takes: search."));
    }
    bool ok = false;
    const int dayCount = cx.parser().value(days).toInt(&ok);
    if (!ok || dayCount < 1) {
        return cx.usageError(Context::tr("--days takes a positive number."));
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    auto summary = LibrarySearch(*library).report(dayCount);
    if (!summary) {
        return cx.failWith(summary.error());
    }
    const double rate = summary->searches > 0 ? double(summary->successful) / double(summary->searches) : 0.0;
    const auto toJson = [](const QList<SearchLogSummary::Query> &queries) {
        QJsonArray array;
        for (const SearchLogSummary::Query &q : queries) {
            array.append(QJsonObject { { QStringLiteral("query"), q.query }, { QStringLiteral("count"), q.count },
                { QStringLiteral("results"), q.results } });
        }
        return array;
    };
    if (cx.json()) {
        cx.printJson(QStringLiteral("report.search"),
            { { QStringLiteral("days"), dayCount }, { QStringLiteral("searches"), summary->searches },
                { QStringLiteral("successful"), summary->successful }, { QStringLiteral("successRate"), rate },
                { QStringLiteral("top"), toJson(summary->top) },
                { QStringLiteral("zeroResults"), toJson(summary->zeroResults) } });
        return Ok;
    }
    QTextStream &out = cx.out();
    out << Context::tr("Searches in the last %1 days: %2; followed by opening a result within 2 minutes: %3 (%4%)")
               .arg(dayCount)
               .arg(summary->searches)
               .arg(summary->successful)
               .arg(rate * 100.0, 0, 'f', 1)
        << '\n';
    out << Context::tr("Top queries:") << '\n';
    for (const SearchLogSummary::Query &q : summary->top) {
        out << QStringLiteral("  %1  %2  (%3)\n")
                   .arg(q.count, 5)
                   .arg(q.query)
                   .arg(Context::tr("%n result(s)", nullptr, int(q.results)));
    }
    out << Context::tr("Queries without results:") << '\n';
    for (const SearchLogSummary::Query &q : summary->zeroResults) {
        out << QStringLiteral("  %1  %2\n").arg(q.count, 5).arg(q.query);
    }
    return Ok;
}

} // namespace

void addSearchCommands(QList<Command> &list)
{
    list.append(
        { QStringLiteral("search"), Context::tr("search the library (query language: docs/SEARCH.md)"), search });
    list.append({ QStringLiteral("saved"), Context::tr("saved searches: add, list, run, rm"), saved });
    list.append({ QStringLiteral("report"), Context::tr("reports: search analytics"), report });
}

} // namespace Folio::Cli
