// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lexical half of QueryParser: QueryLexer cuts a query into tokens (words, "phrases", field:value,
// parentheses, OR, AND, NOT, -), and the value scanners read what number and date fields take
// (10MB, 1:30, 2024-03, 30d). Neither builds messages: they report what and where, and QueryParser
// words the error. Internal to the parser.
//
// Thread safety: QueryLexer is a cursor over a caller-owned string, one per parse; the scanners are
// stateless.

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <expected>

namespace Folio::Search::Internal {

struct QueryToken
{
    enum class Type {
        End,
        Term, // a bare word, a "phrase" or field:value
        LeftParen,
        RightParen,
        Or, // OR or |
        And, // AND
        Not, // NOT
        Minus,
        UnclosedQuote, // a quote with no closing quote after it, at `position`
    };
    Type type = Type::End;
    qsizetype position = 0; // index of the token's first character in the query
    qsizetype length = 0;
    QString field; // Term: the name before ':' as typed; empty for a bare word or phrase
    QString value; // Term: the word, the inside of the quotes, or what follows ':'
    qsizetype valuePosition = 0; // index of `value` in the query
    bool quoted = false; // Term: the value was in quotes
    bool dangling = false; // Minus: nothing follows it but a space, ')' or the end
};

class QueryLexer
{
public:
    explicit QueryLexer(QStringView text)
        : m_text(text)
    { }

    QueryToken next();

private:
    QueryToken quoted(qsizetype open, QueryToken token);

    QStringView m_text;
    qsizetype m_position = 0;
};

// What a scanner could not read, and where: OFFSET counts from the start of the scanned text.
struct ScanError
{
    enum class Kind {
        NotANumber,
        BadUnit,
        BadDate,
        NoValue, // an operator or ".." with nothing to compare with
        EmptyRange, // nothing lies between the bounds (pages:5..1)
    };
    Kind kind = Kind::NotANumber;
    qsizetype offset = 0;
    QString text; // the part that is wrong (a unit, the whole value)
};

enum class Units {
    None, // a plain number
    Bytes, // 10MB (10^6), 2GiB (2^30), bare = bytes
    Seconds, // 90s, 2m, 1h30m, 1:30, 1:02:03, bare = seconds
};

std::expected<double, ScanError> scanQuantity(QStringView text, Units units);

// A date value as a span of seconds since the epoch (UTC): [start, end) for a calendar value (a year,
// month, day, minute or second), or the instant now - age (start == end, relative) for an age such
// as 30d (h, d, w, m = 30 days, y = 365 days).
struct DateSpan
{
    double start = 0;
    double end = 0;
    bool relative = false;
};

std::expected<DateSpan, ScanError> scanDate(QStringView text, const QDateTime &now);

// ">=", "<=", ">", "<" or "=" at the start of VALUE; empty when there is none.
QStringView comparisonOperator(QStringView value);

// What the whole value of a number or date field stands for: the values from low to high (±infinity
// when open), as comparisons (>=4000, <30d), ranges (1..5, 2023..2024, ..5) or one value (3, 2024).
struct Bounds
{
    double low = 0;
    double high = 0;
    bool lowInclusive = true;
    bool highInclusive = true;
};

std::expected<Bounds, ScanError> scanNumberBounds(QStringView value, Units units);
// Calendar values cover a span: created:2024 is the whole year, >2024 after it, <=2024 up to its end.
// An age is an instant counted back from now: modified:<30d is newer than 30 days ago, >30d older,
// a bare 30d within the last 30 days; in a range ages may come in either order.
std::expected<Bounds, ScanError> scanDateBounds(QStringView value, const QDateTime &now);

} // namespace Folio::Search::Internal
