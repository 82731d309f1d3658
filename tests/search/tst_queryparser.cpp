// SPDX-License-Identifier: GPL-3.0-or-later
// QueryParser: every construct of the query language (docs/SEARCH.md) through describe(), the issue's
// benchmark queries, relative dates against a fixed now, units, precedence, NOT-only queries, and an
// error with the right column for every kind of malformed query. The parser must be total: hostile
// and random input gives a tree or an error, quickly.

#include "search/queryparser.h"
#include "search/searchquery.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Folio;
using namespace Folio::Search;

namespace QueryParserTests {

// 2025-06-15T12:00:00Z, the "now" of every test.
const QDateTime Now(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
constexpr qint64 Day = 86400;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

QString n(qint64 value)
{
    return QString::number(value);
}

// A library schema with aliases, as the field registry gives it.
std::optional<FieldInfo> registry(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"author" || key == u"by") {
        return FieldInfo { QStringLiteral("creator"), FieldKind::Keyword };
    }
    if (key == u"effective" || key == u"effective-date") {
        return FieldInfo { QStringLiteral("effective-date"), FieldKind::Date };
    }
    if (key == u"iso") {
        return FieldInfo { QStringLiteral("iso"), FieldKind::Number };
    }
    if (key == u"stars") {
        return FieldInfo { QStringLiteral("rating"), FieldKind::Number };
    }
    if (key == u"rights" || key == u"copyright") {
        return FieldInfo { QStringLiteral("rights"), FieldKind::Text };
    }
    return std::nullopt;
}

QueryParser::Options options(const QStringList &languages = {})
{
    QueryParser::Options o;
    o.now = Now;
    o.languages = languages;
    o.lookup = registry;
    return o;
}

// describe() of the tree, or "error N: message" so a failing row shows what happened.
QString parsed(const QString &query, const QueryParser::Options &o = options())
{
    QueryParser parser(o);
    const Result<QueryNodePtr> result = parser.parse(query);
    if (!result) {
        return QStringLiteral("error %1: %2").arg(result.error().detail(), result.error().message());
    }
    return describe(**result);
}

} // namespace QueryParserTests

class TestQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchmarkQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        const qint64 now = QueryParserTests::Now.toSecsSinceEpoch();
        QTest::newRow("report") << "report"
                                << "(word report)";
        QTest::newRow("contract") << "contract"
                                  << "(word contract)";
        QTest::newRow("phrase") << "\"brand guidelines\""
                                << "(phrase \"brand guidelin\")";
        QTest::newRow("or") << "logo OR banner"
                            << "(or (word logo) (word banner))";
        QTest::newRow("kind status") << "kind:document status:approved"
                                     << "(and (term kind document) (term status approved))";
        QTest::newRow("type width") << "type:image width:>=4000"
                                    << "(and (term type image) (range width >=4000))";
        QTest::newRow("created year by bounds")
            << "created:>=2024-01-01 created:<2025-01-01"
            << "(and (range created >=" + QueryParserTests::n(QueryParserTests::utc(2024, 1, 1)) + ") (range created <"
                + QueryParserTests::n(QueryParserTests::utc(2025, 1, 1)) + "))";
        QTest::newRow("modified 30d") << "modified:<30d"
                                      << "(range modified >" + QueryParserTests::n(now - 30 * QueryParserTests::Day)
                + ")";
        QTest::newRow("tag not tag") << "tag:summer -tag:draft"
                                     << "(and (term tag summer) (not (term tag draft)))";
        QTest::newRow("quoted creator") << "creator:\"Ada Lovelace\""
                                        << "(term creator \"ada lovelace\")";
        QTest::newRow("campaign region") << "campaign:spring2025 region:EU"
                                         << "(and (term campaign spring2025) (term region eu))";
        QTest::newRow("size kind") << "size:>10MB kind:asset"
                                   << "(and (range size >10000000) (term kind asset))";
        QTest::newRow("prefix classification") << "invoice* classification:confidential"
                                               << "(and (prefix invoice) (term classification confidential))";
        QTest::newRow("group not status") << "(policy OR procedure) -status:archived"
                                          << "(and (or (word polici) (word procedur)) (not (term status archived)))";
        QTest::newRow("product") << "product:P-1234"
                                 << "(term product p-1234)";
        QTest::newRow("language has text") << "language:de has:text"
                                           << "(and (term language de) (has text))";
        QTest::newRow("pdf pages") << "type:pdf pages:1..5"
                                   << "(and (term type pdf) (range pages >=1 <=5))";
        QTest::newRow("video duration") << "type:video duration:>60s"
                                        << "(and (term type video) (range duration >60))";
    }

    void benchmarkQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void constructs_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("empty") << ""
                               << "(all)";
        QTest::newRow("blank") << " \t\n "
                               << "(all)";
        QTest::newRow("punctuation only") << "... !!! --"
                                          << "(all)";
        QTest::newRow("punctuation dropped") << "a ... b"
                                             << "(and (word a) (word b))";
        QTest::newRow("stemmed") << "Running"
                                 << "(word run)";
        QTest::newRow("accents") << "Crème brûlée"
                                 << "(and (word creme) (word brulee))";
        QTest::newRow("explicit AND") << "a AND b"
                                      << "(and (word a) (word b))";
        QTest::newRow("pipe") << "a|b | c"
                              << "(or (word a) (word b) (word c))";
        QTest::newRow("lower-case or is a word") << "a or b"
                                                 << "(and (word a) (word or) (word b))";
        QTest::newRow("quoted OR is a word") << "\"OR\""
                                             << "(word or)";
        QTest::newRow("curly quotes") << "“brand guidelines”"
                                      << "(phrase \"brand guidelin\")";
        QTest::newRow("one-word phrase") << "\"reports\""
                                         << "(word report)";
        QTest::newRow("empty phrase") << "\"\" a"
                                      << "(word a)";
        QTest::newRow("joined words are a phrase") << "don't e-mail"
                                                   << "(and (phrase \"don t\") (phrase \"e mail\"))";
        QTest::newRow("cjk") << "東京"
                             << "(phrase \"東 京\")";
        QTest::newRow("url is words") << "http://example.com"
                                      << "(phrase \"http exampl com\")";
        QTest::newRow("prefix folded, not stemmed") << "Économiques*"
                                                    << "(prefix economiques)";
        QTest::newRow("prefix of joined words") << "e-mai*"
                                                << "(and (word e) (prefix mai))";
        QTest::newRow("star alone") << "*"
                                    << "(all)";
        QTest::newRow("title word") << "title:Reports"
                                    << "(word title:report)";
        QTest::newRow("title phrase") << "title:\"Annual Reports\""
                                      << "(phrase title:\"annual report\")";
        QTest::newRow("title prefix") << "title:rep*"
                                      << "(prefix title:rep)";
        QTest::newRow("description, keywords, body") << "description:a keywords:b body:c"
                                                     << "(and (word description:a) (word keywords:b) (word body:c))";
        QTest::newRow("field names ignore case") << "TITLE:x Tag:Y"
                                                 << "(and (word title:x) (term tag y))";
        QTest::newRow("tags is tag") << "tags:x"
                                     << "(term tag x)";
        QTest::newRow("keyword prefix") << "product:P-12*"
                                        << "(prefix product:p-12)";
        QTest::newRow("keyword equals") << "status:=draft"
                                        << "(term status draft)";
        QTest::newRow("keyword range syntax is literal") << "product:1..5"
                                                         << "(term product 1..5)";
        QTest::newRow("quoted operator is literal") << "tag:\">5\""
                                                    << "(term tag >5)";
        QTest::newRow("ext without dot") << "ext:.PDF"
                                         << "(term ext pdf)";
        QTest::newRow("folder with slash") << "folder:/Projects"
                                           << "(term folder /projects)";
        QTest::newRow("folder without slash") << "folder:Projects/2024/"
                                              << "(term folder /projects/2024)";
        QTest::newRow("folder root") << "folder:/"
                                     << "(term folder /)";
        QTest::newRow("folder quoted") << "folder:\"/Client Work//Été/\""
                                       << "(term folder \"/client work/ete\")";
        QTest::newRow("remaining built-ins")
            << "collection:a camera:b campaign:c region:d language:e kind:f type:g ext:h creator:i classification:j"
            << "(and (term collection a) (term camera b) (term campaign c) (term region d) (term language e) "
               "(term kind f) (term type g) (term ext h) (term creator i) (term classification j))";
        QTest::newRow("registry alias") << "author:Ada"
                                        << "(term creator ada)";
        QTest::newRow("registry number alias") << "stars:>=4 iso:800"
                                               << "(and (range rating >=4) (range iso >=800 <=800))";
        QTest::newRow("registry text") << "copyright:exclusive"
                                       << "(word rights:exclus)";
        QTest::newRow("registry date") << "effective:2024"
                                       << "(range effective-date >="
                + QueryParserTests::n(QueryParserTests::utc(2024, 1, 1)) + " <"
                + QueryParserTests::n(QueryParserTests::utc(2025, 1, 1)) + ")";
        QTest::newRow("has gps, is") << "has:GPS is:duplicate is:protected"
                                     << "(and (has gps) (is duplicate) (is protected))";
        QTest::newRow("rating exact") << "rating:3"
                                      << "(range rating >=3 <=3)";
        QTest::newRow("rating at least") << "rating:>=3"
                                         << "(range rating >=3)";
        QTest::newRow("decimal and negative") << "iso:-1.5..2.25"
                                              << "(range iso >=-1.5 <=2.25)";
        QTest::newRow("open end high") << "pages:3.."
                                       << "(range pages >=3)";
        QTest::newRow("open end low") << "pages:..5"
                                      << "(range pages <=5)";
        QTest::newRow("less than") << "height:<100 width:<=200"
                                   << "(and (range height <100) (range width <=200))";
        QTest::newRow("url is not a field") << "ftp://x"
                                            << "(phrase \"ftp x\")";
    }

    void constructs()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("and binds tighter than or") << "a b OR c d"
                                                   << "(or (and (word a) (word b)) (and (word c) (word d)))";
        QTest::newRow("or of and") << "a OR b c"
                                   << "(or (word a) (and (word b) (word c)))";
        QTest::newRow("not binds tightest") << "NOT a b"
                                            << "(and (not (word a)) (word b))";
        QTest::newRow("not before or") << "-a OR b"
                                       << "(or (and (all) (not (word a))) (word b))";
        QTest::newRow("parentheses") << "a (b OR c)"
                                     << "(and (word a) (or (word b) (word c)))";
        QTest::newRow("negated group") << "x -(a OR b)"
                                       << "(and (word x) (not (or (word a) (word b))))";
        QTest::newRow("nested groups flatten") << "(a (b (c)))"
                                               << "(and (word a) (word b) (word c))";
        QTest::newRow("nested ors flatten") << "a OR (b OR c)"
                                            << "(or (word a) (word b) (word c))";
        QTest::newRow("double negation") << "NOT -a"
                                         << "(word a)";
        QTest::newRow("explicit and mixes") << "a AND b OR c"
                                            << "(or (and (word a) (word b)) (word c))";
    }

    void precedence()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void notOnlyQueriesStartFromEverything_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("minus") << "-draft"
                               << "(and (all) (not (word draft)))";
        QTest::newRow("two NOTs") << "NOT a NOT b"
                                  << "(and (all) (not (word a)) (not (word b)))";
        QTest::newRow("fields") << "-tag:draft -status:archived"
                                << "(and (all) (not (term tag draft)) (not (term status archived)))";
        QTest::newRow("negated group") << "-(a OR b)"
                                       << "(and (all) (not (or (word a) (word b))))";
        QTest::newRow("inside a group") << "(-a) b"
                                        << "(and (not (word a)) (word b))";
        QTest::newRow("negated punctuation") << "-... x"
                                             << "(word x)";
    }

    void notOnlyQueriesStartFromEverything()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        const qint64 now = QueryParserTests::Now.toSecsSinceEpoch();
        const auto r
            = [](qint64 low, qint64 high) { return QStringLiteral("(range created >=%1 <%2)").arg(low).arg(high); };
        QTest::newRow("year") << "created:2024"
                              << r(QueryParserTests::utc(2024, 1, 1), QueryParserTests::utc(2025, 1, 1));
        QTest::newRow("leap month") << "created:2024-02"
                                    << r(QueryParserTests::utc(2024, 2, 1), QueryParserTests::utc(2024, 3, 1));
        QTest::newRow("day") << "created:2024-02-29"
                             << r(QueryParserTests::utc(2024, 2, 29), QueryParserTests::utc(2024, 3, 1));
        QTest::newRow("minute") << "created:2024-01-01T10:00"
                                << r(QueryParserTests::utc(2024, 1, 1, 10), QueryParserTests::utc(2024, 1, 1, 10, 1));
        QTest::newRow("second, Z") << "created:2024-01-01T10:00:05Z"
                                   << r(QueryParserTests::utc(2024, 1, 1, 10, 0, 5),
                                          QueryParserTests::utc(2024, 1, 1, 10, 0, 6));
        QTest::newRow("quoted with space")
            << "created:\"2024-01-01 10:00\""
            << r(QueryParserTests::utc(2024, 1, 1, 10), QueryParserTests::utc(2024, 1, 1, 10, 1));
        QTest::newRow("after a day") << "created:>2024-03-15"
                                     << "(range created >=" + QueryParserTests::n(QueryParserTests::utc(2024, 3, 16))
                + ")";
        QTest::newRow("from a day") << "created:>=2024-03-15"
                                    << "(range created >=" + QueryParserTests::n(QueryParserTests::utc(2024, 3, 15))
                + ")";
        QTest::newRow("before a month") << "created:<2024-03"
                                        << "(range created <" + QueryParserTests::n(QueryParserTests::utc(2024, 3, 1))
                + ")";
        QTest::newRow("up to a month") << "created:<=2024-03"
                                       << "(range created <" + QueryParserTests::n(QueryParserTests::utc(2024, 4, 1))
                + ")";
        QTest::newRow("equal") << "created:=2024"
                               << r(QueryParserTests::utc(2024, 1, 1), QueryParserTests::utc(2025, 1, 1));
        QTest::newRow("years range") << "created:2023..2024"
                                     << r(QueryParserTests::utc(2023, 1, 1), QueryParserTests::utc(2025, 1, 1));
        QTest::newRow("open start") << "created:..2024-06"
                                    << "(range created <" + QueryParserTests::n(QueryParserTests::utc(2024, 7, 1))
                + ")";
        QTest::newRow("open end") << "created:2024-06.."
                                  << "(range created >=" + QueryParserTests::n(QueryParserTests::utc(2024, 6, 1)) + ")";
        QTest::newRow("today") << "created:today"
                               << r(QueryParserTests::utc(2025, 6, 15), QueryParserTests::utc(2025, 6, 16));
        QTest::newRow("yesterday") << "created:Yesterday"
                                   << r(QueryParserTests::utc(2025, 6, 14), QueryParserTests::utc(2025, 6, 15));
        QTest::newRow("newer than 30 days")
            << "modified:<30d"
            << "(range modified >" + QueryParserTests::n(now - 30 * QueryParserTests::Day) + ")";
        QTest::newRow("within 30 days") << "modified:<=30d"
                                        << "(range modified >=" + QueryParserTests::n(now - 30 * QueryParserTests::Day)
                + ")";
        QTest::newRow("bare age means within")
            << "modified:30d"
            << "(range modified >=" + QueryParserTests::n(now - 30 * QueryParserTests::Day) + ")";
        QTest::newRow("older than 30 days")
            << "modified:>30d"
            << "(range modified <" + QueryParserTests::n(now - 30 * QueryParserTests::Day) + ")";
        QTest::newRow("at least 30 days old")
            << "modified:>=30d"
            << "(range modified <=" + QueryParserTests::n(now - 30 * QueryParserTests::Day) + ")";
        QTest::newRow("hours") << "modified:<12h"
                               << "(range modified >" + QueryParserTests::n(now - 12 * 3600) + ")";
        QTest::newRow("weeks") << "modified:<2w"
                               << "(range modified >" + QueryParserTests::n(now - 14 * QueryParserTests::Day) + ")";
        QTest::newRow("months are 30 days")
            << "modified:<6m"
            << "(range modified >" + QueryParserTests::n(now - 180 * QueryParserTests::Day) + ")";
        QTest::newRow("years are 365 days")
            << "modified:<1y"
            << "(range modified >" + QueryParserTests::n(now - 365 * QueryParserTests::Day) + ")";
        QTest::newRow("age range") << "modified:30d..7d"
                                   << "(range modified >=" + QueryParserTests::n(now - 30 * QueryParserTests::Day)
                + " <=" + QueryParserTests::n(now - 7 * QueryParserTests::Day) + ")";
        QTest::newRow("age range either order")
            << "modified:7d..30d"
            << "(range modified >=" + QueryParserTests::n(now - 30 * QueryParserTests::Day)
                + " <=" + QueryParserTests::n(now - 7 * QueryParserTests::Day) + ")";
        QTest::newRow("date to age") << "modified:2025-01-01..7d"
                                     << "(range modified >=" + QueryParserTests::n(QueryParserTests::utc(2025, 1, 1))
                + " <=" + QueryParserTests::n(now - 7 * QueryParserTests::Day) + ")";
    }

    void dates()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void units_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("bytes") << "size:100"
                               << "(range size >=100 <=100)";
        QTest::newRow("B") << "size:>100B"
                           << "(range size >100)";
        QTest::newRow("kB") << "size:>1kB"
                            << "(range size >1000)";
        QTest::newRow("KB") << "size:>1KB"
                            << "(range size >1000)";
        QTest::newRow("MB decimal") << "size:>1.5MB"
                                    << "(range size >1500000)";
        QTest::newRow("GB") << "size:<2GB"
                            << "(range size <2000000000)";
        QTest::newRow("TB") << "size:>=1TB"
                            << "(range size >=1000000000000)";
        QTest::newRow("KiB") << "size:>1KiB"
                             << "(range size >1024)";
        QTest::newRow("MiB") << "size:>1MiB"
                             << "(range size >1048576)";
        QTest::newRow("GiB") << "size:>2GiB"
                             << "(range size >2147483648)";
        QTest::newRow("size range") << "size:1MB..1GiB"
                                    << "(range size >=1000000 <=1073741824)";
        QTest::newRow("quoted with space") << "size:\">10 MB\""
                                           << "(range size >10000000)";
        QTest::newRow("seconds bare") << "duration:90"
                                      << "(range duration >=90 <=90)";
        QTest::newRow("s") << "duration:>60s"
                           << "(range duration >60)";
        QTest::newRow("m is minutes here") << "duration:>2m"
                                           << "(range duration >120)";
        QTest::newRow("h") << "duration:<1h"
                           << "(range duration <3600)";
        QTest::newRow("compound") << "duration:1h30m"
                                  << "(range duration >=5400 <=5400)";
        QTest::newRow("mm:ss") << "duration:>=1:30"
                               << "(range duration >=90)";
        QTest::newRow("hh:mm:ss") << "duration:<1:02:03"
                                  << "(range duration <3723)";
        QTest::newRow("duration range") << "duration:30s..2m"
                                        << "(range duration >=30 <=120)";
    }

    void units()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void wordsExpandToEveryLibraryLanguage()
    {
        const QueryParser::Options o = QueryParserTests::options({ QStringLiteral("de"), QStringLiteral("fr") });
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("Häuser"), o), QStringLiteral("(word hauser|haus)"));
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("\"alte Häuser\""), o),
            QStringLiteral("(phrase \"alt|alte hauser|haus\")"));
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("running"), o), QStringLiteral("(word run|running)"));
        // Prefixes are folded, never stemmed, whatever the languages.
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("Häus*"), o), QStringLiteral("(prefix haus)"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed parenthesis") << "a (b OR c" << 3 << "The “(” at column 3 is never closed";
        QTest::newRow("unmatched parenthesis") << "a b)" << 4 << "The “)” at column 4 has no matching “(”";
        QTest::newRow("empty parentheses") << "a ( )" << 3 << "Empty parentheses at column 3";
        QTest::newRow("unclosed quote") << "a \"brand guidelines" << 3 << "The quote at column 3 is never closed";
        QTest::newRow("unclosed quoted value") << "creator:\"Ada" << 9 << "The quote at column 9 is never closed";
        QTest::newRow("unknown field") << "a foo:bar" << 3 << "Unknown field “foo” at column 3";
        QTest::newRow("field without value") << "x title:" << 3 << "The field “title” has no value at column 3";
        QTest::newRow("comparison without value") << "size:>=" << 1 << "The field “size” has no value at column 1";
        QTest::newRow("empty quoted value") << "tag:\"  \"" << 1 << "The field “tag” has no value at column 1";
        QTest::newRow("not a number") << "width:wide" << 7
                                      << "The field “width” takes a number, not “wide”, at column 7";
        QTest::newRow("number with a unit it lacks") << "width:4000px" << 7 << "takes a number, not “4000px”";
        QTest::newRow("not a number after operator") << "size:>big" << 7 << "takes a number, not “big”";
        QTest::newRow("bad size unit") << "size:>10XB" << 9 << "Unknown unit “XB” at column 9; sizes take";
        QTest::newRow("bad duration unit") << "duration:>5y" << 12 << "Unknown unit “y” at column 12; durations take";
        QTest::newRow("bad clock") << "duration:1:75" << 10 << "takes a number, not “1:75”";
        QTest::newRow("bad age unit") << "modified:<30x" << 13 << "Unknown unit “x” at column 13; ages take";
        QTest::newRow("bad month") << "created:2024-13" << 9 << "“2024-13” is not a date at column 9";
        QTest::newRow("bad day") << "created:2023-02-29" << 9 << "“2023-02-29” is not a date at column 9";
        QTest::newRow("bad time") << "created:2024-01-01T25:00" << 9 << "is not a date at column 9";
        QTest::newRow("two-digit year") << "created:>=24" << 11 << "“24” is not a date at column 11";
        QTest::newRow("not a date") << "created:soon" << 9 << "“soon” is not a date at column 9";
        QTest::newRow("bad range end") << "pages:1..x" << 10 << "takes a number, not “x”, at column 10";
        QTest::newRow("empty range") << "pages:5..1" << 7 << "The range “5..1” is empty at column 7";
        QTest::newRow("empty date range") << "created:2025..2024" << 9 << "The range “2025..2024” is empty";
        QTest::newRow("operator on keyword") << "tag:>5" << 5 << "The field “tag” cannot compare with “>” at column 5";
        QTest::newRow("operator on text") << "title:<=x" << 7 << "The field “title” cannot compare with “<=”";
        QTest::newRow("or at the end") << "a OR" << 3 << "Nothing after OR at column 3";
        QTest::newRow("or before group end") << "(a OR) b" << 4 << "Nothing after OR at column 4";
        QTest::newRow("or at the start") << "OR a" << 1 << "Nothing before OR at column 1";
        QTest::newRow("or twice") << "a OR OR b" << 3 << "Nothing after OR at column 3";
        QTest::newRow("pipe at the end") << "a |" << 3 << "Nothing after OR at column 3";
        QTest::newRow("and at the end") << "a AND" << 3 << "Nothing after AND at column 3";
        QTest::newRow("and at the start") << "AND a" << 1 << "Nothing before AND at column 1";
        QTest::newRow("dangling minus") << "a -" << 3 << "Nothing after “-” at column 3";
        QTest::newRow("minus then space") << "a - b" << 3 << "Nothing after “-” at column 3";
        QTest::newRow("not at the end") << "a NOT" << 3 << "Nothing after NOT at column 3";
        QTest::newRow("unknown has") << "has:colour" << 5
                                     << "Unknown flag “has:colour” at column 5; known: “text”, “gps”";
        QTest::newRow("unknown is") << "is:shiny" << 4 << "known: “duplicate”, “protected”";
        QTest::newRow("has without value") << "has:" << 1 << "The field “has” has no value at column 1";
        // Columns count characters, not UTF-16 units: 𝄞 is one character.
        QTest::newRow("column after astral character") << "𝄞 foo:bar" << 3 << "Unknown field “foo” at column 3";
        QTest::newRow("column after accents") << "Crème foo:bar" << 7 << "at column 7";
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        QFETCH(QString, message);
        QueryParser parser(QueryParserTests::options());
        const Result<QueryNodePtr> result = parser.parse(query);
        QVERIFY2(!result, qPrintable(result ? describe(**result) : QString()));
        QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
        QCOMPARE(result.error().detail(), QString::number(column));
        QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(QStringLiteral("column %1").arg(column)),
            qPrintable(result.error().message()));
    }

    void errorsQuoteLongTextShort()
    {
        QueryParser parser(QueryParserTests::options());
        const Result<QueryNodePtr> result = parser.parse(QStringLiteral("size:") + QString(5000, QLatin1Char('9')));
        QVERIFY(!result);
        QVERIFY2(result.error().message().size() < 200, qPrintable(result.error().message()));
        QVERIFY(result.error().message().contains(QStringLiteral("…")));
        QCOMPARE(result.error().detail(), QStringLiteral("6"));
    }

    void limits()
    {
        QueryParser::Options o = QueryParserTests::options();
        o.maxNodes = 10;
        QueryParser small(o);
        // Ten words and their AND are eleven nodes.
        const Result<QueryNodePtr> tooMany = small.parse(QStringLiteral("a b c d e f g h i j k l"));
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error().message().contains(QStringLiteral("more than 10 parts")),
            qPrintable(tooMany.error().message()));
        QCOMPARE(tooMany.error().detail(), QStringLiteral("21")); // "k", the eleventh word
        QVERIFY(small.parse(QStringLiteral("a b c d e f g h i")));
        // A phrase counts its words.
        const Result<QueryNodePtr> longPhrase = small.parse(QStringLiteral("\"a b c d e f g h i j k l\""));
        QVERIFY(!longPhrase);

        QueryParser parser(QueryParserTests::options());
        const QString nested32 = QString(32, QLatin1Char('(')) + QStringLiteral("a") + QString(32, QLatin1Char(')'));
        QCOMPARE(QueryParserTests::parsed(nested32), QStringLiteral("(word a)"));
        const QString nested33 = QString(33, QLatin1Char('(')) + QStringLiteral("a") + QString(33, QLatin1Char(')'));
        const Result<QueryNodePtr> deep = parser.parse(nested33);
        QVERIFY(!deep);
        QCOMPARE(deep.error().detail(), QStringLiteral("33"));
        QVERIFY(deep.error().message().contains(QStringLiteral("nested deeper than 32")));

        // Hostile shapes are refused or parsed at once, without deep recursion.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!parser.parse(QString(100000, QLatin1Char('('))));
        QVERIFY(!parser.parse(QString(60000, QLatin1Char(')'))));
        QVERIFY(!parser.parse(QStringLiteral("a ").repeated(5000))); // node limit
        QVERIFY(!parser.parse(QStringLiteral("x").repeated(70000))); // length limit
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("NOT ").repeated(5000) + QStringLiteral("a")),
            QStringLiteral("(word a)"));
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("-").repeated(3000) + QStringLiteral("a")),
            QStringLiteral("(word a)"));
        QVERIFY(parser.parse(QStringLiteral("a-").repeated(20000)).has_value() == false); // a 40,000-word phrase
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void injectionLooksLikeWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("drop table") << "'; DROP TABLE item; --"
                                    << "(and (word drop) (word tabl) (word item))";
        QTest::newRow("balanced or 1=1") << "1\" OR \"1\"=\"1"
                                         << "(and (word 1) (word or) (word 1) (word 1))";
        QTest::newRow("comment") << "admin'--"
                                 << "(word admin)";
        QTest::newRow("percent") << "%' OR '1'='1"
                                 << "(phrase \"1 1\")";
        QTest::newRow("quoted statement") << "\"; DELETE FROM item WHERE 1=1; --\""
                                          << "(phrase \"delet from item where 1 1\")";
    }

    void injectionLooksLikeWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(QueryParserTests::parsed(query), tree);
    }

    void injectionWithAnUnclosedQuoteIsAnError()
    {
        // The quote opens a phrase that never ends: an error naming the column, never a silent result.
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("\") OR 1=1 --")),
            QStringLiteral("error 1: The quote at column 1 is never closed"));
    }

    void nodesRememberTheirText()
    {
        QueryParser parser(QueryParserTests::options());
        const Result<QueryNodePtr> result = parser.parse(QStringLiteral("tag:summer -tag:draft"));
        FOLIO_VERIFY_OK(result);
        const QueryNode &root = **result;
        QCOMPARE(root.text, QStringLiteral("tag:summer -tag:draft"));
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(root.children[0]->text, QStringLiteral("tag:summer"));
        QCOMPARE(root.children[0]->column, 1);
        QCOMPARE(root.children[1]->kind, NodeKind::Not);
        QCOMPARE(root.children[1]->column, 12);
        QCOMPARE(root.children[1]->children[0]->text, QStringLiteral("tag:draft"));
        QCOMPARE(root.children[1]->children[0]->column, 13);
    }

    void highlightsSkipNegatedWords()
    {
        QueryParser parser(QueryParserTests::options());
        const Result<QueryNodePtr> result
            = parser.parse(QStringLiteral("Reports -draft \"brand guidelines\" invoice* tag:x title:Annual report"));
        FOLIO_VERIFY_OK(result);
        QCOMPARE(highlightWords(**result),
            (QStringList { QStringLiteral("Reports"), QStringLiteral("brand guidelines"), QStringLiteral("invoice*"),
                QStringLiteral("Annual"), QStringLiteral("report") }));
        const Result<QueryNodePtr> negated = parser.parse(QStringLiteral("-(a OR b)"));
        FOLIO_VERIFY_OK(negated);
        QVERIFY(highlightWords(**negated).isEmpty());
    }

    void describeQuotesWhatNeedsIt()
    {
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("creator:\"a (b) c\"")),
            QStringLiteral("(term creator \"a (b) c\")"));
        QCOMPARE(QueryParserTests::parsed(QStringLiteral("tag:\"x\\\"")), QStringLiteral("(term tag \"x\\\\\")"));
        QCOMPARE(
            QueryParserTests::parsed(QStringLiteral("product:a|b")), QStringLiteral("(or (term product a) (word b))"));
        QCOMPARE(
            QueryParserTests::parsed(QStringLiteral("product:\"a|b:c\"")), QStringLiteral("(term product \"a|b:c\")"));
    }

    // Random strings over the query language's alphabet: each parse gives a tree or an error with a
    // column inside the query, and all of them together take well under a second.
    void randomInputIsTotal()
    {
        const QStringList pieces { QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("("), QStringLiteral(")"),
            QStringLiteral("\""), QStringLiteral("-"), QStringLiteral("OR"), QStringLiteral("NOT"),
            QStringLiteral("AND"), QStringLiteral("|"), QStringLiteral(":"), QStringLiteral("*"), QStringLiteral(".."),
            QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("size:"), QStringLiteral("created:"),
            QStringLiteral("tag:"), QStringLiteral("has:"), QStringLiteral("2024-01"), QStringLiteral("30d"),
            QStringLiteral("10MB"), QStringLiteral("1:30"), QStringLiteral("é"), QStringLiteral("東"),
            QStringLiteral("\u0301"), QStringLiteral("𝄞"), QString(QChar(0xD800)), QStringLiteral("“") };
        QRandomGenerator random(20250615);
        QueryParser parser(QueryParserTests::options({ QStringLiteral("de") }));
        QElapsedTimer timer;
        timer.start();
        int trees = 0;
        for (int i = 0; i < 3000; ++i) {
            QString query;
            const int length = int(random.bounded(12));
            for (int j = 0; j < length; ++j) {
                query += pieces[random.bounded(int(pieces.size()))];
            }
            const Result<QueryNodePtr> result = parser.parse(query);
            if (result) {
                QVERIFY(*result);
                QVERIFY(!describe(**result).isEmpty());
                ++trees;
            } else {
                bool numeric = false;
                const int column = result.error().detail().toInt(&numeric);
                QVERIFY2(numeric && column >= 1 && column <= query.size() + 1, qPrintable(query));
            }
        }
        QVERIFY(trees > 300);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void builtinFields()
    {
        QCOMPARE(QueryParser::builtinField(QStringLiteral("Modified"))->kind, FieldKind::Date);
        QCOMPARE(QueryParser::builtinField(QStringLiteral("size"))->kind, FieldKind::Number);
        QCOMPARE(QueryParser::builtinField(QStringLiteral("title"))->kind, FieldKind::Text);
        QCOMPARE(QueryParser::builtinField(QStringLiteral("tags"))->key, QStringLiteral("tag"));
        QVERIFY(!QueryParser::builtinField(QStringLiteral("foo")));
    }
};

FOLIO_TEST(TestQueryParser, "queryparser")
#include "tst_queryparser.moc"
