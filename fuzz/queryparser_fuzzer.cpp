// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the search query language (core/search/queryparser.h) and the text analysis under
// it: any bytes must give a well-formed tree or an InvalidArgument error naming a column inside the
// query — never a crash, a hang, unbounded recursion or a tree the index could trip over.

#include "search/queryparser.h"
#include "search/searchquery.h"
#include "search/textanalyzer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace QueryParserFuzzer {

using namespace Folio::Search;

// A few registry fields of each kind, with aliases, as a library's schema would give.
std::optional<FieldInfo> lookup(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"author" || key == u"artist") {
        return FieldInfo { QStringLiteral("creator"), FieldKind::Keyword };
    }
    if (key == u"effective" || key == u"effective-date") {
        return FieldInfo { QStringLiteral("effective-date"), FieldKind::Date };
    }
    if (key == u"iso" || key == u"stars") {
        return FieldInfo { key == u"iso" ? QStringLiteral("iso") : QStringLiteral("rating"), FieldKind::Number };
    }
    if (key == u"rights" || key == u"copyright") {
        return FieldInfo { QStringLiteral("rights"), FieldKind::Text };
    }
    return std::nullopt;
}

[[noreturn]] void violated(const char *what, const QString &query)
{
    std::fprintf(stderr, "invariant violated: %s\nquery: %s\n", what, query.toUtf8().constData());
    std::abort();
}

// The shape the index relies on (searchquery.h); returns the depth.
int check(const QueryNode &node, const QString &query, int depth)
{
    if (depth > 200) {
        violated("tree deeper than 200", query);
    }
    if (node.column < 1 || node.column > query.size() + 1) {
        violated("node column outside the query", query);
    }
    int deepest = depth;
    switch (node.kind) {
    case NodeKind::Word:
        if (node.forms.isEmpty() || node.forms.contains(QString())) {
            violated("word without forms", query);
        }
        break;
    case NodeKind::Prefix:
        if (node.forms.size() != 1 || node.forms.first().isEmpty()) {
            violated("prefix without exactly one form", query);
        }
        break;
    case NodeKind::Phrase:
        if (node.phrase.size() < 2) {
            violated("phrase of fewer than two words", query);
        }
        for (const QStringList &forms : node.phrase) {
            if (forms.isEmpty()) {
                violated("phrase word without forms", query);
            }
        }
        break;
    case NodeKind::Term:
    case NodeKind::Has:
    case NodeKind::Is:
        if (node.value.isEmpty()) {
            violated("term or flag without a value", query);
        }
        break;
    case NodeKind::Range:
        if (std::isnan(node.low) || std::isnan(node.high) || node.low > node.high || node.field.isEmpty()) {
            violated("range that is empty, NaN or without a field", query);
        }
        break;
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        if (node.kind == NodeKind::Not ? node.children.size() != 1 : node.children.size() < 2) {
            violated("wrong number of children", query);
        }
        for (const QueryNodePtr &child : node.children) {
            if (!child) {
                violated("null child", query);
            }
            deepest = std::max(deepest, check(*child, query, depth + 1));
        }
        break;
    case NodeKind::MatchAll: break;
    }
    return deepest;
}

QueryParser &parser()
{
    static QueryParser instance([] {
        QueryParser::Options options;
        options.now = QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
        options.languages = { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja") };
        options.lookup = lookup;
        options.maxNodes = 200;
        return options;
    }());
    return instance;
}

} // namespace QueryParserFuzzer

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QueryParserFuzzer;
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Folio::Result<QueryNodePtr> result = parser().parse(query);
    if (result) {
        if (!*result) {
            violated("null tree", query);
        }
        check(**result, query, 0);
        (void)describe(**result);
        (void)highlightWords(**result);
    } else {
        bool numeric = false;
        const int column = result.error().detail().toInt(&numeric);
        if (result.error().code() != Folio::Error::Code::InvalidArgument || !numeric || column < 1
            || column > query.size() + 1 || result.error().message().isEmpty()) {
            violated("error without a code, a message or a column inside the query", query);
        }
    }
    // The analysis the index runs on documents, over the same bytes.
    static TextAnalyzer analyzer;
    (void)analyzer.terms(query, u"de");
    (void)analyzer.terms(query);
    (void)TextAnalyzer::foldValue(query);
    return 0;
}
