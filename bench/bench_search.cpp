// SPDX-License-Identifier: GPL-3.0-or-later
// The search index (SearchIndex) on 1,000,000 generated items (--items N for fewer): the fixed
// query set, each run 30 times for the first page of 50 with all facet counts, parsed by QueryParser
// as a user would type them; plus build time, memory, snapshot size per item and load time.
// The items come from SyntheticCorpus, the generator of `folioctl dev generate` (seed 42), mapped to
// search documents as the library's SearchDocumentBuilder maps stored items; `--generator own` uses this
// file's simpler generator instead (60% assets, 40% documents with bodies of 100-1,500 words drawn from
// a Zipf vocabulary of 50,000 words, ten years of dates).
// Prints bench/run's lines: figure TAB folio-value TAB peer-value TAB unit TAB peer.

#include "search/queryparser.h"
#include "search/searchdocumentbuilder.h"
#include "search/searchindex.h"
#include "search/syntheticcorpus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <vector>

using namespace Folio;
using namespace Folio::Search;

namespace {

constexpr int Runs = 30;
constexpr int VocabularySize = 50'000;
constexpr qsizetype Batch = 16384;
// "Now" for the generated dates and for relative queries (modified:<30d): fixed, so runs compare.
const QDateTime Now(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);

// splitmix64: fast and good enough for synthetic data.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

// Walker's alias method: O(1) draws from a Zipf distribution (s = 1) over N ranks.
class Zipf
{
public:
    explicit Zipf(int n)
        : m_probability(std::size_t(n))
        , m_alias(std::size_t(n))
    {
        std::vector<double> weights(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r) {
            weights[std::size_t(r)] = 1.0 / (r + 1);
        }
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        std::vector<int> small, large;
        for (int r = 0; r < n; ++r) {
            weights[std::size_t(r)] *= n / total;
            (weights[std::size_t(r)] < 1.0 ? small : large).push_back(r);
        }
        while (!small.empty() && !large.empty()) {
            const int s = small.back();
            small.pop_back();
            const int l = large.back();
            m_probability[std::size_t(s)] = weights[std::size_t(s)];
            m_alias[std::size_t(s)] = l;
            weights[std::size_t(l)] -= 1.0 - weights[std::size_t(s)];
            if (weights[std::size_t(l)] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (const int r : small) {
            m_probability[std::size_t(r)] = 1.0;
        }
        for (const int r : large) {
            m_probability[std::size_t(r)] = 1.0;
        }
    }
    int draw(Random &random) const
    {
        const int r = random.below(int(m_probability.size()));
        return random.uniform() < m_probability[std::size_t(r)] ? r : m_alias[std::size_t(r)];
    }

private:
    std::vector<double> m_probability;
    std::vector<int> m_alias;
};

// Words: English function words at the top ranks, the query words at fixed ranks, made-up words
// (syllable strings) everywhere else.
QStringList makeVocabulary(Random &random)
{
    static const char *const syllables[]
        = { "ka", "lo", "mi", "ne", "su", "ra", "ti", "po", "ve", "dan", "ber", "gol", "tri", "son", "mar", "kel",
              "fin", "ost", "ul", "ex", "qua", "zen", "ri", "to", "pa", "ser", "lin", "cor", "ta", "mon", "vi", "al" };
    const QStringList top = QStringLiteral("the of and to a in is for on that with as by this be are at from or an it "
                                           "not was we all will can has have which their our any per shall may")
                                .split(QLatin1Char(' '));
    QStringList words = top;
    QSet<QString> used(top.begin(), top.end());
    while (words.size() < VocabularySize) {
        QString word;
        const int parts = 2 + random.below(3);
        for (int i = 0; i < parts; ++i) {
            word += QLatin1String(syllables[random.below(int(std::size(syllables)))]);
        }
        if (!used.contains(word)) {
            used.insert(word);
            words.append(word);
        }
    }
    // rank -> word: "report" near the top so that it is in >= 30% of items.
    const std::pair<int, const char *> placed[] = {
        { 12, "report" },
        { 180, "contract" },
        { 240, "policy" },
        { 420, "brand" },
        { 650, "guidelines" },
        { 700, "procedure" },
        { 900, "logo" },
        { 1100, "banner" },
        { 1500, "invoice" },
        { 2600, "invoices" },
        { 5200, "invoicing" },
        { 9000, "invoiced" },
        { 1300, "summer" },
        { 1700, "approved" },
        { 2100, "confidential" },
    };
    for (const auto &[rank, word] : placed) {
        words[rank] = QLatin1String(word);
    }
    return words;
}

struct Generator
{
    Random random { 20250601 };
    QStringList vocabulary = makeVocabulary(random);
    Zipf words { VocabularySize };
    Zipf keywordRanks { 3000 };
    Zipf personRanks { 2000 };
    Zipf campaignRanks { 200 };
    QStringList keywords, persons, campaigns, folders;

    Generator()
    {
        keywords
            = { QStringLiteral("summer"), QStringLiteral("draft"), QStringLiteral("logo"), QStringLiteral("banner"),
                  QStringLiteral("product shot"), QStringLiteral("winter"), QStringLiteral("team") };
        while (keywords.size() < 3000) {
            keywords.append(vocabulary[200 + random.below(20000)]
                + (random.chance(0.3) ? QStringLiteral(" ") + vocabulary[300 + random.below(5000)] : QString()));
        }
        static const char *const first[]
            = { "Maria", "John", "Wei", "Fatima", "Lars", "Aiko", "Carlos", "Olga", "Kofi", "Priya" };
        persons.append(QStringLiteral("Ada Lovelace"));
        while (persons.size() < 2000) {
            QString last = vocabulary[1000 + random.below(30000)];
            last[0] = last[0].toUpper();
            persons.append(QLatin1String(first[random.below(10)]) + QLatin1Char(' ') + last);
        }
        campaigns = { QStringLiteral("spring2025"), QStringLiteral("autumn2024"), QStringLiteral("summer2025") };
        while (campaigns.size() < 200) {
            campaigns.append(vocabulary[400 + random.below(10000)] + QString::number(2016 + random.below(10)));
        }
        for (int i = 0; i < 500; ++i) {
            folders.append(QStringLiteral("/Projects/%1/%2").arg(2016 + i % 10).arg(vocabulary[500 + i]));
        }
    }

    QString text(int count)
    {
        QString out;
        out.reserve(count * 8);
        for (int i = 0; i < count; ++i) {
            if (i) {
                out += QLatin1Char(' ');
            }
            out += vocabulary[words.draw(random)];
        }
        return out;
    }

    SearchDocument make(qint64 id)
    {
        SearchDocument d;
        d.itemId = id;
        const bool document = random.chance(0.4);
        static const char *const statuses[] = { "draft", "in_review", "approved", "approved", "published", "archived" };
        static const char *const classes[] = { "public", "internal", "internal", "confidential", "restricted" };
        static const char *const regions[] = { "EU", "NA", "APAC", "LATAM", "MEA" };
        static const char *const languages[] = { "en", "en", "en", "en", "en", "en", "en", "de", "fr", "es" };
        d.values[QStringLiteral("kind")] = { document ? QStringLiteral("document") : QStringLiteral("asset") };
        d.values[QStringLiteral("status")] = { QLatin1String(statuses[random.below(6)]) };
        d.values[QStringLiteral("classification")] = { QLatin1String(classes[random.below(5)]) };
        d.values[QStringLiteral("creator")] = { persons[personRanks.draw(random)] };
        d.values[QStringLiteral("region")] = { QLatin1String(regions[random.below(5)]) };
        const QString folder = folders[random.below(int(folders.size()))];
        d.values[QStringLiteral("folder")]
            = { QStringLiteral("/"), QStringLiteral("/Projects"), folder.section(QLatin1Char('/'), 0, 2), folder };
        if (random.chance(0.3)) {
            d.values[QStringLiteral("product")]
                = { QStringLiteral("P-%1").arg(1 + random.below(5000), 4, 10, QLatin1Char('0')) };
        }
        const double created = double(Now.toSecsSinceEpoch()) - random.uniform() * 10 * 365 * 86400;
        d.numbers[QStringLiteral("created")] = created;
        d.numbers[QStringLiteral("modified")] = random.chance(0.03)
            ? double(Now.toSecsSinceEpoch()) - random.uniform() * 30 * 86400
            : created + (double(Now.toSecsSinceEpoch()) - created) * random.uniform() * 0.5;
        d.numbers[QStringLiteral("rating")] = random.below(6);
        d.title = text(2 + random.below(5));
        const int keywordCount = random.below(document ? 3 : 6);
        for (int i = 0; i < keywordCount; ++i) {
            d.keywords.append(keywords[keywordRanks.draw(random)]);
        }
        d.keywords.removeDuplicates();
        d.values[QStringLiteral("keywords")] = d.keywords;
        if (random.chance(document ? 0.3 : 0.5)) {
            d.description = text(5 + random.below(25));
        }
        QString mime;
        if (document) {
            static const char *const types[] = { "application/pdf", "application/pdf", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain" };
            mime = QLatin1String(types[random.below(5)]);
            const QString language = QLatin1String(languages[random.below(10)]);
            d.language = language;
            d.values[QStringLiteral("language")] = { language };
            const int length = int(100 * std::exp(random.uniform() * std::log(15.0)));
            d.body = text(length);
            if (random.chance(0.05)) {
                const qsizetype space = d.body.indexOf(QLatin1Char(' '), random.below(int(d.body.size())));
                d.body.insert(space < 0 ? d.body.size() : space, QStringLiteral(" brand guidelines"));
            }
            d.flags.insert(QStringLiteral("text"));
            if (mime == u"application/pdf") {
                d.numbers[QStringLiteral("pages")] = 1 + int(std::exp(random.uniform() * std::log(300.0)));
            }
            d.numbers[QStringLiteral("size")] = 2e4 * std::exp(random.uniform() * std::log(5000.0));
        } else {
            static const char *const types[] = { "image/jpeg", "image/jpeg", "image/jpeg", "image/png", "image/tiff",
                "image/x-adobe-dng", "video/mp4", "video/quicktime", "audio/mpeg", "image/svg+xml" };
            mime = QLatin1String(types[random.below(10)]);
            d.values[QStringLiteral("campaign")] = { campaigns[campaignRanks.draw(random)] };
            if (mime.startsWith(u"image") || mime.startsWith(u"video")) {
                const int width = 640 + random.below(7000);
                d.numbers[QStringLiteral("width")] = width;
                d.numbers[QStringLiteral("height")] = width * 2 / 3;
                if (random.chance(0.2)) {
                    d.flags.insert(QStringLiteral("gps"));
                }
            }
            if (mime.startsWith(u"video") || mime.startsWith(u"audio")) {
                d.numbers[QStringLiteral("duration")] = 5 + random.below(600);
            }
            d.numbers[QStringLiteral("size")] = 1e4 * std::exp(random.uniform() * std::log(200000.0));
            if (random.chance(0.02)) {
                d.title += QStringLiteral(" brand guidelines");
            }
        }
        if (random.chance(0.02)) {
            d.flags.insert(QStringLiteral("duplicate"));
        }
        const QString major = mime.section(QLatin1Char('/'), 0, 0);
        const QString minor = mime.section(QLatin1Char('/'), 1);
        QStringList types { mime, major };
        if (!minor.contains(QLatin1Char('.')) && !minor.startsWith(u"x-")) {
            types.append(minor);
        }
        if (minor == u"jpeg") {
            types.append(QStringLiteral("jpg"));
        } else if (minor == u"mp4" || minor == u"pdf" || minor == u"png") {
            // the short name is the suffix already
        } else if (minor == u"quicktime") {
            types.append(QStringLiteral("mov"));
        } else if (minor == u"mpeg") {
            types.append(QStringLiteral("mp3"));
        }
        d.values[QStringLiteral("type")] = types;
        return d;
    }
};

// A generated item as the library would index it (SearchDocumentBuilder's mapping of stored rows).
SearchDocument fromGenerated(const GeneratedItem &g)
{
    SearchDocument d;
    d.itemId = g.index + 1;
    d.language = g.language;
    d.title = g.title;
    QStringList bodyParts;
    for (const auto &[key, value] : g.metadata) {
        QStringList strings;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray()) {
                strings.append(v.toString());
            }
        } else if (value.isString()) {
            strings.append(value.toString());
        } else if (value.isDouble()) {
            d.numbers.insert(key, value.toDouble());
            continue;
        } else if (value.isBool()) {
            if (value.toBool()) {
                d.flags.insert(key);
            }
            continue;
        }
        if (key == QLatin1String("keywords")) {
            d.keywords = strings;
        } else if (key == QLatin1String("description")) {
            d.description = strings.join(QLatin1Char(' '));
            continue;
        }
        d.values.insert(key, strings);
    }
    d.values.insert(QStringLiteral("kind"), { g.kind });
    d.values.insert(QStringLiteral("type"), SearchDocumentBuilder::typeNames(g.mimeType));
    d.values.insert(QStringLiteral("ext"), { QFileInfo(g.filename).suffix().toLower() });
    d.values.insert(QStringLiteral("status"), { g.status });
    d.values.insert(QStringLiteral("classification"), { g.classification });
    d.values.insert(QStringLiteral("folder"), SearchDocumentBuilder::folderAndAncestors(g.folder));
    d.numbers.insert(QStringLiteral("created"), double(g.createdAt.toSecsSinceEpoch()));
    d.numbers.insert(QStringLiteral("modified"), double(g.modifiedAt.toSecsSinceEpoch()));
    d.numbers.insert(QStringLiteral("size"), double(g.size));
    if (g.rating >= 0) {
        d.numbers.insert(QStringLiteral("rating"), g.rating);
    }
    if (g.width > 0) {
        d.numbers.insert(QStringLiteral("width"), g.width);
        d.numbers.insert(QStringLiteral("height"), g.height);
    }
    if (g.pages > 0) {
        d.numbers.insert(QStringLiteral("pages"), g.pages);
    }
    if (g.duration > 0) {
        d.numbers.insert(QStringLiteral("duration"), g.duration);
    }
    if (g.gps) {
        d.flags.insert(QStringLiteral("gps"));
    }
    bodyParts.append(g.pageTexts);
    d.body = bodyParts.join(QLatin1Char('\n'));
    if (!g.pageTexts.isEmpty()) {
        d.flags.insert(QStringLiteral("text"));
    }
    return d;
}

double percentile(std::vector<double> values, double p)
{
    std::ranges::sort(values);
    return values[std::min(values.size() - 1, std::size_t(double(values.size()) * p))];
}

// CPU seconds used by CLOCK (the whole process, or this thread): the machine may be shared, and wall
// time then measures the neighbours too.
double cpuSeconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

void print(const QString &figure, double value, const char *unit)
{
    std::printf("%s\t%.3f\t-\t%s\t-\n", qPrintable(figure), value, unit);
    std::fflush(stdout);
}

struct BenchQuery
{
    QString text;
    SortKey sort = SortKey::Relevance;
    bool descending = true;
    int page = 1;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 items = 1'000'000;
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--items"));
    if (at >= 0 && at + 1 < arguments.size()) {
        items = arguments[at + 1].toLongLong();
    }
    if (items < 1000) {
        std::fprintf(stderr, "usage: bench_search [--items N] [--generator own] (N >= 1000)\n");
        return 2;
    }
    const QString scale = items == 1'000'000 ? QStringLiteral("1M") : QString::number(items);

    const bool ownGenerator = arguments.contains(QStringLiteral("own"));
    Generator generator;
    SyntheticCorpus corpus(42, SyntheticCorpusOptions { items, Now });
    SearchIndex index;
    const double memoryBefore = residentMegabytes();
    double buildSeconds = 0;
    double buildCpuSeconds = 0;
    QElapsedTimer timer;
    QElapsedTimer total;
    total.start();
    QList<SearchDocument> batch;
    for (qint64 id = 1; id <= items; ++id) {
        batch.append(ownGenerator ? generator.make(id) : fromGenerated(corpus.at(id - 1)));
        if (batch.size() == Batch || id == items) {
            timer.start();
            const double cpuBefore = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
            if (Result<void> stored = index.upsert(batch); !stored) {
                std::fprintf(stderr, "bench_search: %s\n", qPrintable(stored.error().toString()));
                return 1;
            }
            buildSeconds += double(timer.nsecsElapsed()) / 1e9;
            buildCpuSeconds += cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpuBefore;
            batch.clear();
        }
    }
    timer.start();
    index.optimize();
    const double optimizeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double resident = residentMegabytes() - memoryBefore;
    std::fprintf(stderr, "bench_search: generated and indexed %lld items in %.1f s (index %.1f s, optimize %.1f s)\n",
        items, double(total.nsecsElapsed()) / 1e9, buildSeconds, optimizeSeconds);

    QueryParser::Options options;
    options.now = Now;
    options.languages = { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
    QueryParser parser(options);
    const QList<BenchQuery> queries {
        { QStringLiteral("report") },
        { QStringLiteral("contract") },
        { QStringLiteral("\"brand guidelines\"") },
        { QStringLiteral("logo OR banner") },
        { QStringLiteral("kind:document status:approved") },
        { QStringLiteral("type:image width:>=4000") },
        { QStringLiteral("created:>=2024-01-01 created:<2025-01-01") },
        { QStringLiteral("modified:<30d") },
        { QStringLiteral("tag:summer -tag:draft") },
        { QStringLiteral("creator:\"Ada Lovelace\"") },
        { QStringLiteral("campaign:spring2025 region:EU") },
        { QStringLiteral("size:>10MB kind:asset") },
        { QStringLiteral("invoice* classification:confidential") },
        { QStringLiteral("(policy OR procedure) -status:archived") },
        { QStringLiteral("product:P-1234") },
        { QStringLiteral("language:de has:text") },
        { QStringLiteral("type:pdf pages:1..5") },
        { QStringLiteral("type:video duration:>60s") },
        { QStringLiteral("report"), SortKey::Modified, true, 1000 },
        { QString(), SortKey::Title, false, 1 },
    };

    std::vector<double> everything;
    std::vector<double> everythingCpu;
    std::vector<std::pair<QString, std::pair<double, double>>> figures;
    for (const BenchQuery &query : queries) {
        Result<QueryNodePtr> parsed = parser.parse(query.text);
        if (!parsed) {
            std::fprintf(
                stderr, "bench_search: %s: %s\n", qPrintable(query.text), qPrintable(parsed.error().toString()));
            return 1;
        }
        SearchRequest request;
        request.query = *parsed;
        request.sort = query.sort;
        request.descending = query.descending;
        request.limit = 50;
        request.facets = true;
        QString label = query.text.isEmpty() ? QStringLiteral("(all items)") : query.text;
        if (query.page > 1) {
            // The cursor of the last hit of page PAGE - 1, found once (not timed).
            SearchRequest before = request;
            before.limit = 50 * (query.page - 1);
            before.facets = false;
            Result<SearchResult> previous = index.search(before);
            if (!previous || previous->hits.isEmpty()) {
                std::fprintf(stderr, "bench_search: no page %d for %s\n", query.page, qPrintable(query.text));
                return 1;
            }
            request.after = previous->hits.last().cursor;
            label += QStringLiteral(" page %1").arg(query.page);
        }
        if (query.sort == SortKey::Modified) {
            label += QStringLiteral(" by modified");
        } else if (query.sort == SortKey::Title) {
            label += QStringLiteral(" by title");
        }
        std::vector<double> times;
        std::vector<double> cpuTimes;
        qint64 total = 0;
        for (int run = 0; run < Runs; ++run) {
            timer.start();
            const double cpuBefore = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
            Result<SearchResult> result = index.search(request);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpuTimes.push_back((cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpuBefore) * 1e3);
            if (!result) {
                std::fprintf(
                    stderr, "bench_search: %s: %s\n", qPrintable(label), qPrintable(result.error().toString()));
                return 1;
            }
            total = result->total;
        }
        everything.insert(everything.end(), times.begin(), times.end());
        everythingCpu.insert(everythingCpu.end(), cpuTimes.begin(), cpuTimes.end());
        std::fprintf(stderr, "bench_search: %-50s %8lld matches (%5.1f%%), CPU median %.2f ms, p99 %.2f ms\n",
            qPrintable(label), total, 100.0 * double(total) / double(items), percentile(cpuTimes, 0.5),
            percentile(cpuTimes, 0.99));
        figures.push_back({ label, { percentile(times, 0.5), percentile(times, 0.99) } });
    }
    // Not in the set: the visibility hook with half the items visible (its list is converted at
    // every search), so its cost shows.
    {
        auto visible = std::make_shared<QList<qint64>>();
        for (qint64 id = 1; id <= items; id += 2) {
            visible->append(id);
        }
        SearchRequest request;
        request.query = *parser.parse(QStringLiteral("report"));
        request.facets = true;
        request.visibleItems = visible;
        std::vector<double> times;
        for (int run = 0; run < Runs; ++run) {
            timer.start();
            if (!index.search(request)) {
                return 1;
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        print(QStringLiteral("search %1: report, half the items visible (median ms)").arg(scale),
            percentile(times, 0.5), "ms");
    }
    for (const auto &[label, times] : figures) {
        print(QStringLiteral("search %1: %2 (median ms)").arg(scale, label), times.first, "ms");
        print(QStringLiteral("search %1: %2 (p99 ms)").arg(scale, label), times.second, "ms");
    }
    print(QStringLiteral("search %1: all queries (median ms)").arg(scale), percentile(everything, 0.5), "ms");
    print(QStringLiteral("search %1: all queries (p99 ms)").arg(scale), percentile(everything, 0.99), "ms");
    print(QStringLiteral("search %1: all queries, CPU (median ms)").arg(scale), percentile(everythingCpu, 0.5), "ms");
    print(QStringLiteral("search %1: all queries, CPU (p99 ms)").arg(scale), percentile(everythingCpu, 0.99), "ms");
    print(QStringLiteral("search index build of %1 items (s)").arg(scale), buildSeconds, "s");
    print(QStringLiteral("search index build of %1 items, CPU of all threads (s)").arg(scale), buildCpuSeconds, "s");
    print(
        QStringLiteral("search index build of %1 items (items/s)").arg(scale), double(items) / buildSeconds, "items/s");
    print(QStringLiteral("search index of %1 items, memoryBytes (MB)").arg(scale), double(index.memoryBytes()) / 1e6,
        "MB");
    print(QStringLiteral("search index of %1 items, resident (MB)").arg(scale), resident, "MB");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.snapshot"));
    timer.start();
    if (Result<void> saved = index.save(path, 1); !saved) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(saved.error().toString()));
        return 1;
    }
    const double saveSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 fileSize = QFileInfo(path).size();
    timer.start();
    qint64 changeSeq = 0;
    Result<SearchIndex> loaded = SearchIndex::load(path, &changeSeq);
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!loaded || loaded->size() != index.size()) {
        std::fprintf(stderr, "bench_search: the snapshot did not load back: %s\n",
            loaded ? "wrong size" : qPrintable(loaded.error().toString()));
        return 1;
    }
    print(QStringLiteral("search index snapshot of %1 items (bytes/item)").arg(scale), double(fileSize) / double(items),
        "bytes");
    print(QStringLiteral("search index snapshot of %1 items, save (s)").arg(scale), saveSeconds, "s");
    print(QStringLiteral("search index snapshot of %1 items, load (s)").arg(scale), loadSeconds, "s");
    return 0;
}
