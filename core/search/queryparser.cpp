// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/queryparser.h"

#include "search/querylexer.h"

#include <algorithm>

namespace Folio::Search {

using Internal::QueryLexer;
using Internal::QueryToken;
using Internal::ScanError;
using Internal::Units;

namespace {

// Deeper nesting is refused: the parser and everything that walks the tree recurse once per level.
constexpr int MaxDepth = 32;
// Longer text is refused before it is read; the node limit (Options::maxNodes) bounds the rest.
constexpr qsizetype MaxQueryLength = 65536;

QString quotedList(const QStringList &values)
{
    return QStringLiteral("“") + values.join(QStringLiteral("”, “")) + QStringLiteral("”");
}

// Typed text quoted in a message, cut short: a pasted paragraph must not become the message.
QString shown(const QString &typed)
{
    constexpr qsizetype Shown = 40;
    if (typed.size() <= Shown) {
        return typed;
    }
    qsizetype cut = Shown;
    if (typed[cut - 1].isHighSurrogate()) {
        --cut;
    }
    return typed.left(cut) + QStringLiteral("…");
}

// A subtree and the span of the query it came from; a null node stands for words that analyse to
// nothing (punctuation), which are dropped.
struct Parsed
{
    QueryNodePtr node;
    qsizetype start = 0;
    qsizetype end = 0;
};

// "folder:Projects/2024/" → "/Projects/2024": the index stores paths with one leading slash.
QString normalisedFolder(const QString &path)
{
    return QLatin1Char('/') + path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

// One parse: the cursor over the tokens, the node budget and the nesting depth.
class Run
{
public:
    Run(const QString &text, const QueryParser::Options &options, TextAnalyzer &analyzer)
        : m_text(text)
        , m_options(options)
        , m_analyzer(analyzer)
        , m_lexer(text)
        , m_now(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
    {
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate()) {
                m_pairEnds.append(i);
            }
        }
    }

    Result<QueryNodePtr> parse();

private:
    Result<Parsed> parseOr();
    Result<Parsed> parseAnd();
    Result<Parsed> parseUnary();
    Result<Parsed> parsePrimary();
    Result<QueryNodePtr> term(const QueryToken &token);
    Result<QueryNodePtr> words(const QString &field, const QueryToken &token);
    Result<QueryNodePtr> keyword(const FieldInfo &info, const QueryToken &token);
    Result<QueryNodePtr> range(const FieldInfo &info, const QueryToken &token);
    Result<QueryNodePtr> flag(const QueryToken &token);
    Result<QueryNodePtr> combine(NodeKind kind, const QList<Parsed> &items, qsizetype start, qsizetype end);
    Result<QueryNodePtr> make(QueryNode node, qsizetype position, qsizetype length, int weight = 1);
    std::unexpected<Error> scanFailure(const FieldInfo &info, const QueryToken &token, const ScanError &error) const;
    std::optional<FieldInfo> resolve(const QString &name) const;

    std::unexpected<Error> failure(const QString &message, qsizetype position) const
    {
        return fail(Error::Code::InvalidArgument, message, QString::number(column(position)));
    }
    std::unexpected<Error> noValue(const QueryToken &token) const
    {
        return failure(QueryParser::tr("The field “%1” has no value at column %2")
                           .arg(shown(token.field))
                           .arg(column(token.position)),
            token.position);
    }
    std::unexpected<Error> tooMany(qsizetype position) const
    {
        return failure(QueryParser::tr("The query has more than %1 parts at column %2; search for fewer words")
                           .arg(m_options.maxNodes)
                           .arg(column(position)),
            position);
    }
    // Columns count characters: the second half of a surrogate pair before POSITION does not count.
    int column(qsizetype position) const
    {
        const auto pairs = std::lower_bound(m_pairEnds.begin(), m_pairEnds.end(), position) - m_pairEnds.begin();
        return int(position - pairs) + 1;
    }
    void advance() { m_token = m_lexer.next(); }
    bool atOperand() const
    {
        return m_token.type != QueryToken::Type::End && m_token.type != QueryToken::Type::RightParen
            && m_token.type != QueryToken::Type::Or && m_token.type != QueryToken::Type::And;
    }

    const QString &m_text;
    const QueryParser::Options &m_options;
    TextAnalyzer &m_analyzer;
    QueryLexer m_lexer;
    QueryToken m_token;
    QDateTime m_now;
    QList<qsizetype> m_pairEnds; // where the low halves of surrogate pairs are
    int m_nodes = 0;
    int m_depth = 0;
};

Result<QueryNodePtr> Run::parse()
{
    if (m_text.size() > MaxQueryLength) {
        return failure(QueryParser::tr("The query is longer than %1 characters at column %2")
                           .arg(MaxQueryLength)
                           .arg(column(MaxQueryLength)),
            MaxQueryLength);
    }
    advance();
    const Result<Parsed> parsed = parseOr();
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    if (m_token.type == QueryToken::Type::RightParen) {
        return failure(QueryParser::tr("The “)” at column %1 has no matching “(”").arg(column(m_token.position)),
            m_token.position);
    }
    if (parsed->node) {
        return parsed->node;
    }
    return make(QueryNode {}, 0, m_text.size());
}

Result<Parsed> Run::parseOr()
{
    const QueryToken first = m_token;
    if (first.type == QueryToken::Type::Or) {
        return failure(QueryParser::tr("Nothing before OR at column %1").arg(column(first.position)), first.position);
    }
    QList<Parsed> items;
    while (true) {
        Result<Parsed> item = parseAnd();
        if (!item) {
            return item;
        }
        items.append(*item);
        if (m_token.type != QueryToken::Type::Or) {
            break;
        }
        const QueryToken orToken = m_token;
        advance();
        if (!atOperand()) {
            return failure(
                QueryParser::tr("Nothing after OR at column %1").arg(column(orToken.position)), orToken.position);
        }
    }
    const qsizetype start = items.first().start;
    const qsizetype end = items.last().end;
    const Result<QueryNodePtr> node = combine(NodeKind::Or, items, start, end);
    if (!node) {
        return std::unexpected(node.error());
    }
    return Parsed { *node, start, end };
}

Result<Parsed> Run::parseAnd()
{
    QList<Parsed> items;
    const qsizetype start = m_token.position;
    qsizetype end = start;
    bool any = false;
    while (m_token.type != QueryToken::Type::End && m_token.type != QueryToken::Type::RightParen
        && m_token.type != QueryToken::Type::Or) {
        if (m_token.type == QueryToken::Type::And) {
            const QueryToken andToken = m_token;
            if (!any) {
                return failure(QueryParser::tr("Nothing before AND at column %1").arg(column(andToken.position)),
                    andToken.position);
            }
            advance();
            if (!atOperand()) {
                return failure(QueryParser::tr("Nothing after AND at column %1").arg(column(andToken.position)),
                    andToken.position);
            }
            continue;
        }
        Result<Parsed> item = parseUnary();
        if (!item) {
            return item;
        }
        any = true;
        end = item->end;
        items.append(*item);
    }
    const Result<QueryNodePtr> node = combine(NodeKind::And, items, start, end);
    if (!node) {
        return std::unexpected(node.error());
    }
    return Parsed { *node, start, end };
}

// NOT and - chains are counted, not recursed into, so "- - - … x" cannot exhaust the stack.
Result<Parsed> Run::parseUnary()
{
    const qsizetype start = m_token.position;
    int negations = 0;
    while (m_token.type == QueryToken::Type::Not || m_token.type == QueryToken::Type::Minus) {
        const QueryToken negation = m_token;
        const bool minus = negation.type == QueryToken::Type::Minus;
        advance();
        if ((minus && negation.dangling) || !atOperand()) {
            return failure(minus ? QueryParser::tr("Nothing after “-” at column %1; write -word to leave a word out")
                                       .arg(column(negation.position))
                                 : QueryParser::tr("Nothing after NOT at column %1").arg(column(negation.position)),
                negation.position);
        }
        ++negations;
    }
    Result<Parsed> primary = parsePrimary();
    if (!primary || !primary->node || negations % 2 == 0) {
        return primary;
    }
    QueryNode node;
    node.kind = NodeKind::Not;
    node.children = { primary->node };
    const Result<QueryNodePtr> negated = make(std::move(node), start, primary->end - start);
    if (!negated) {
        return std::unexpected(negated.error());
    }
    return Parsed { *negated, start, primary->end };
}

Result<Parsed> Run::parsePrimary()
{
    const QueryToken token = m_token;
    switch (token.type) {
    case QueryToken::Type::LeftParen: {
        if (m_depth >= MaxDepth) {
            return failure(QueryParser::tr("Parentheses nested deeper than %1 at column %2")
                               .arg(MaxDepth)
                               .arg(column(token.position)),
                token.position);
        }
        advance();
        if (m_token.type == QueryToken::Type::RightParen) {
            return failure(
                QueryParser::tr("Empty parentheses at column %1").arg(column(token.position)), token.position);
        }
        ++m_depth;
        Result<Parsed> inner = parseOr();
        --m_depth;
        if (!inner) {
            return inner;
        }
        if (m_token.type != QueryToken::Type::RightParen) {
            return failure(
                QueryParser::tr("The “(” at column %1 is never closed").arg(column(token.position)), token.position);
        }
        const qsizetype end = m_token.position + 1;
        advance();
        return Parsed { inner->node, token.position, end };
    }
    case QueryToken::Type::Term: {
        advance();
        const Result<QueryNodePtr> node = term(token);
        if (!node) {
            return std::unexpected(node.error());
        }
        return Parsed { *node, token.position, token.position + token.length };
    }
    case QueryToken::Type::UnclosedQuote:
        return failure(
            QueryParser::tr("The quote at column %1 is never closed").arg(column(token.position)), token.position);
    default: // the callers only come here at an operand
        return failure(QueryParser::tr("Unexpected “%1” at column %2")
                           .arg(shown(m_text.mid(token.position, qMax<qsizetype>(token.length, 1))))
                           .arg(column(token.position)),
            token.position);
    }
}

// AND drops what analysed to nothing and flattens nested ANDs; when only negations remain it starts
// from every item (MatchAll), so "-tag:draft" means everything but drafts. OR flattens nested ORs.
Result<QueryNodePtr> Run::combine(NodeKind kind, const QList<Parsed> &items, qsizetype start, qsizetype end)
{
    QList<QueryNodePtr> children;
    for (const Parsed &item : items) {
        if (!item.node) {
            continue;
        }
        if (item.node->kind == kind) {
            children.append(item.node->children);
        } else {
            children.append(item.node);
        }
    }
    if (kind == NodeKind::And) {
        children.removeIf([](const QueryNodePtr &child) { return child->kind == NodeKind::MatchAll; });
        const bool positive = std::any_of(
            children.begin(), children.end(), [](const QueryNodePtr &child) { return child->kind != NodeKind::Not; });
        if (!children.isEmpty() && !positive) {
            const Result<QueryNodePtr> all = make(QueryNode {}, start, end - start);
            if (!all) {
                return all;
            }
            children.prepend(*all);
        }
    }
    if (children.size() <= 1) {
        return children.value(0);
    }
    QueryNode node;
    node.kind = kind;
    node.children = children;
    return make(std::move(node), start, end - start);
}

Result<QueryNodePtr> Run::make(QueryNode node, qsizetype position, qsizetype length, int weight)
{
    m_nodes += weight;
    if (m_nodes > m_options.maxNodes) {
        return tooMany(position);
    }
    if (node.text.isNull()) {
        node.text = m_text.mid(position, length);
    }
    node.column = column(position);
    return std::make_shared<const QueryNode>(std::move(node));
}

std::optional<FieldInfo> Run::resolve(const QString &name) const
{
    if (auto builtin = QueryParser::builtinField(name)) {
        return builtin;
    }
    if (m_options.lookup) {
        std::optional<FieldInfo> info = m_options.lookup(name);
        if (info && !info->key.isEmpty()) {
            return info;
        }
    }
    return std::nullopt;
}

Result<QueryNodePtr> Run::term(const QueryToken &token)
{
    if (token.field.isEmpty()) {
        return words({}, token);
    }
    const QString name = token.field.toLower();
    if (name == u"has" || name == u"is") {
        return flag(token);
    }
    const std::optional<FieldInfo> info = resolve(token.field);
    if (!info) {
        return failure(
            QueryParser::tr("Unknown field “%1” at column %2; put text with a colon in quotes to search for it")
                .arg(shown(token.field))
                .arg(column(token.position)),
            token.position);
    }
    if (token.value.trimmed().isEmpty()) {
        return noValue(token);
    }
    if (info->kind == FieldKind::Number || info->kind == FieldKind::Date) {
        return range(*info, token);
    }
    const QStringView op = token.quoted ? QStringView() : Internal::comparisonOperator(token.value);
    if (!op.isEmpty() && op != u"=") {
        return failure(QueryParser::tr("The field “%1” cannot compare with “%2” at column %3; put the value in "
                                       "quotes to search for it")
                           .arg(shown(token.field), op.toString())
                           .arg(column(token.valuePosition)),
            token.valuePosition);
    }
    return info->kind == FieldKind::Text ? words(info->key, token) : keyword(*info, token);
}

// Words: each typed word becomes its stems in the library's languages; several words typed together
// (don't, e-mail, 東京, "a phrase") must stand next to each other; a trailing * makes a prefix.
Result<QueryNodePtr> Run::words(const QString &field, const QueryToken &token)
{
    QString typed = token.value;
    if (!token.quoted && !field.isEmpty() && typed.startsWith(QLatin1Char('='))) {
        typed.remove(0, 1);
    }
    bool prefix = false;
    while (!token.quoted && typed.endsWith(QLatin1Char('*'))) {
        typed.chop(1);
        prefix = true;
    }
    const QStringList parts = TextAnalyzer::words(typed);
    const qsizetype position = token.valuePosition;
    if (prefix && !parts.isEmpty()) {
        QList<Parsed> items;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QueryNode node;
            node.kind = i + 1 < parts.size() ? NodeKind::Word : NodeKind::Prefix;
            node.field = field;
            node.forms = node.kind == NodeKind::Word ? m_analyzer.queryForms(parts[i], m_options.languages)
                                                     : m_analyzer.foldedWords(parts[i]);
            node.text = node.kind == NodeKind::Word ? parts[i] : parts[i] + QLatin1Char('*');
            if (node.forms.isEmpty()) {
                continue;
            }
            const Result<QueryNodePtr> made = make(std::move(node), position, token.value.size());
            if (!made) {
                return made;
            }
            items.append({ *made, position, position + token.value.size() });
        }
        return combine(NodeKind::And, items, position, position + token.value.size());
    }
    QList<QStringList> phrase;
    for (const QString &part : parts) {
        if (m_nodes + phrase.size() >= m_options.maxNodes) {
            return tooMany(position);
        }
        QStringList forms = m_analyzer.queryForms(part, m_options.languages);
        if (!forms.isEmpty()) {
            phrase.append(std::move(forms));
        }
    }
    if (phrase.isEmpty()) {
        return QueryNodePtr();
    }
    QueryNode node;
    node.field = field;
    node.text = token.value;
    if (phrase.size() == 1) {
        node.kind = NodeKind::Word;
        node.forms = phrase.first();
        return make(std::move(node), position, token.value.size());
    }
    node.kind = NodeKind::Phrase;
    const int weight = int(phrase.size());
    node.phrase = std::move(phrase);
    return make(std::move(node), position, token.value.size(), weight);
}

Result<QueryNodePtr> Run::keyword(const FieldInfo &info, const QueryToken &token)
{
    QString value = token.value;
    bool prefix = false;
    if (!token.quoted) {
        if (value.startsWith(QLatin1Char('='))) {
            value.remove(0, 1);
        }
        while (value.endsWith(QLatin1Char('*'))) {
            value.chop(1);
            prefix = true;
        }
    }
    if (info.key == u"folder") {
        value = normalisedFolder(value);
    } else if (info.key == u"ext") {
        while (value.startsWith(QLatin1Char('.'))) {
            value.remove(0, 1);
        }
    }
    QueryNode node;
    node.kind = prefix ? NodeKind::Prefix : NodeKind::Term;
    node.field = info.key;
    node.value = TextAnalyzer::foldValue(value);
    if (node.value.isEmpty()) {
        return noValue(token);
    }
    if (prefix) { // typed as a word to highlight, like a prefix in the text
        node.forms = { node.value };
        node.value.clear();
        node.text = token.value;
    }
    return make(std::move(node), token.position, token.length);
}

std::unexpected<Error> Run::scanFailure(const FieldInfo &info, const QueryToken &token, const ScanError &error) const
{
    const qsizetype at = token.valuePosition + error.offset;
    switch (error.kind) {
    case ScanError::Kind::NoValue: return noValue(token);
    case ScanError::Kind::EmptyRange:
        return failure(
            QueryParser::tr("The range “%1” is empty at column %2").arg(shown(token.value)).arg(column(at)), at);
    case ScanError::Kind::BadUnit:
        if (info.kind == FieldKind::Date) {
            return failure(QueryParser::tr("Unknown unit “%1” at column %2; ages take h, d, w, m (30 days) or y (365 "
                                           "days), as in modified:<30d")
                               .arg(shown(error.text))
                               .arg(column(at)),
                at);
        }
        if (info.key == u"size") {
            return failure(QueryParser::tr("Unknown unit “%1” at column %2; sizes take B, kB, MB, GB, TB, KiB, MiB, "
                                           "GiB or TiB")
                               .arg(shown(error.text))
                               .arg(column(at)),
                at);
        }
        return failure(QueryParser::tr("Unknown unit “%1” at column %2; durations take s, m or h, or mm:ss")
                           .arg(shown(error.text))
                           .arg(column(at)),
            at);
    case ScanError::Kind::BadDate:
        return failure(QueryParser::tr("“%1” is not a date at column %2; write 2024, 2024-03, 2024-03-15, "
                                       "2024-03-15T10:00, today, or an age such as 30d")
                           .arg(shown(error.text))
                           .arg(column(at)),
            at);
    case ScanError::Kind::NotANumber: break;
    }
    return failure(QueryParser::tr("The field “%1” takes a number, not “%2”, at column %3")
                       .arg(info.key, shown(error.text))
                       .arg(column(at)),
        at);
}

Result<QueryNodePtr> Run::range(const FieldInfo &info, const QueryToken &token)
{
    std::expected<Internal::Bounds, ScanError> bounds;
    if (info.kind == FieldKind::Date) {
        bounds = Internal::scanDateBounds(token.value.trimmed(), m_now);
    } else {
        const Units units = info.key == u"size" ? Units::Bytes : info.key == u"duration" ? Units::Seconds : Units::None;
        // Quoted values may space the unit out: size:">10 MB".
        bounds = Internal::scanNumberBounds(
            token.quoted ? token.value.simplified().remove(QLatin1Char(' ')) : token.value, units);
    }
    if (!bounds) {
        return scanFailure(info, token, bounds.error());
    }
    QueryNode node;
    node.kind = NodeKind::Range;
    node.field = info.key;
    node.low = bounds->low;
    node.high = bounds->high;
    node.lowInclusive = bounds->lowInclusive;
    node.highInclusive = bounds->highInclusive;
    return make(std::move(node), token.position, token.length);
}

Result<QueryNodePtr> Run::flag(const QueryToken &token)
{
    const bool has = token.field.toLower() == u"has";
    const QString value = TextAnalyzer::foldValue(token.value);
    if (value.isEmpty()) {
        return noValue(token);
    }
    const QStringList known = QueryParser::flagNames(has);
    if (!known.contains(value)) {
        return failure(QueryParser::tr("Unknown flag “%1:%2” at column %3; known: %4")
                           .arg(token.field.toLower(), shown(token.value))
                           .arg(column(token.valuePosition))
                           .arg(quotedList(known)),
            token.valuePosition);
    }
    QueryNode node;
    node.kind = has ? NodeKind::Has : NodeKind::Is;
    node.value = value;
    return make(std::move(node), token.position, token.length);
}

} // namespace

QueryParser::QueryParser(Options options)
    : m_options(std::move(options))
{ }

Result<QueryNodePtr> QueryParser::parse(const QString &text)
{
    return Run(text, m_options, m_analyzer).parse();
}

} // namespace Folio::Search
