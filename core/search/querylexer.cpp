// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/querylexer.h"

#include <cmath>
#include <limits>

namespace Folio::Search::Internal {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

// Straight quotes and the curly ones that word processors and phone keyboards put in their place.
bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E';
}

bool endsWord(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'|' || isQuote(c);
}

bool isFieldName(QStringView name)
{
    if (name.isEmpty() || !name.front().isLetter()) {
        return false;
    }
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_') {
            return false;
        }
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A decimal number at the start of TEXT ("12", "-3", "1.5"; no exponent, no thousands separators);
// *LENGTH receives how many characters it took, 0 when there is none.
double leadingNumber(QStringView text, qsizetype *length)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        ++i;
    }
    const qsizetype digits = i;
    while (i < text.size() && isAsciiDigit(text[i])) {
        ++i;
    }
    if (i == digits) {
        *length = 0;
        return 0;
    }
    if (i + 1 < text.size() && text[i] == u'.' && isAsciiDigit(text[i + 1])) {
        i += 2;
        while (i < text.size() && isAsciiDigit(text[i])) {
            ++i;
        }
    }
    *length = i;
    return text.first(i).toDouble();
}

qsizetype letterRun(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text[i].isLetter()) {
        ++i;
    }
    return i - from;
}

double byteFactor(const QString &unit)
{
    static const QHash<QString, double> factors {
        { QString(), 1 },
        { QStringLiteral("b"), 1 },
        { QStringLiteral("byte"), 1 },
        { QStringLiteral("bytes"), 1 },
        { QStringLiteral("kb"), 1e3 },
        { QStringLiteral("mb"), 1e6 },
        { QStringLiteral("gb"), 1e9 },
        { QStringLiteral("tb"), 1e12 },
        { QStringLiteral("kib"), 1024.0 },
        { QStringLiteral("mib"), 1024.0 * 1024 },
        { QStringLiteral("gib"), 1024.0 * 1024 * 1024 },
        { QStringLiteral("tib"), 1024.0 * 1024 * 1024 * 1024 },
    };
    return factors.value(unit, 0);
}

double secondFactor(const QString &unit)
{
    static const QHash<QString, double> factors {
        { QStringLiteral("ms"), 0.001 },
        { QStringLiteral("s"), 1 },
        { QStringLiteral("sec"), 1 },
        { QStringLiteral("secs"), 1 },
        { QStringLiteral("second"), 1 },
        { QStringLiteral("seconds"), 1 },
        { QStringLiteral("m"), 60 },
        { QStringLiteral("min"), 60 },
        { QStringLiteral("mins"), 60 },
        { QStringLiteral("minute"), 60 },
        { QStringLiteral("minutes"), 60 },
        { QStringLiteral("h"), 3600 },
        { QStringLiteral("hr"), 3600 },
        { QStringLiteral("hrs"), 3600 },
        { QStringLiteral("hour"), 3600 },
        { QStringLiteral("hours"), 3600 },
    };
    return factors.value(unit, 0);
}

// Ages count back from now; a month is 30 days and a year 365 (nobody means calendar arithmetic by 6m).
double ageFactor(const QString &unit)
{
    static const QHash<QString, double> factors {
        { QStringLiteral("h"), 3600 },
        { QStringLiteral("hour"), 3600 },
        { QStringLiteral("hours"), 3600 },
        { QStringLiteral("d"), 86400 },
        { QStringLiteral("day"), 86400 },
        { QStringLiteral("days"), 86400 },
        { QStringLiteral("w"), 7 * 86400 },
        { QStringLiteral("week"), 7 * 86400 },
        { QStringLiteral("weeks"), 7 * 86400 },
        { QStringLiteral("m"), 30 * 86400 },
        { QStringLiteral("month"), 30 * 86400 },
        { QStringLiteral("months"), 30 * 86400 },
        { QStringLiteral("y"), 365 * 86400 },
        { QStringLiteral("year"), 365 * 86400 },
        { QStringLiteral("years"), 365 * 86400 },
    };
    return factors.value(unit, 0);
}

// 1:30 or 1:02:03.5: each part after the first below 60.
std::expected<double, ScanError> scanClock(QStringView text)
{
    const ScanError bad { ScanError::Kind::NotANumber, 0, text.toString() };
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() > 3) {
        return std::unexpected(bad);
    }
    double total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        qsizetype length = 0;
        const double value = leadingNumber(parts[i], &length);
        const bool last = i + 1 == parts.size();
        if (length == 0 || length != parts[i].size() || !isAsciiDigit(parts[i].front())
            || (!last && parts[i].contains(u'.')) || (i > 0 && value >= 60)) {
            return std::unexpected(bad);
        }
        total = total * 60 + value;
    }
    return total;
}

std::expected<double, ScanError> scanSeconds(QStringView text)
{
    if (text.contains(u':')) {
        return scanClock(text);
    }
    double total = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype length = 0;
        const double value = leadingNumber(text.sliced(at), &length);
        if (length == 0) {
            return std::unexpected(ScanError { ScanError::Kind::NotANumber, 0, text.toString() });
        }
        const qsizetype unitLength = letterRun(text, at + length);
        if (unitLength == 0) {
            if (at == 0 && length == text.size()) { // a bare number: seconds
                return value;
            }
            return std::unexpected(ScanError { ScanError::Kind::NotANumber, 0, text.toString() });
        }
        const QString unit = text.sliced(at + length, unitLength).toString().toLower();
        const double factor = secondFactor(unit);
        if (factor == 0) {
            return std::unexpected(ScanError { ScanError::Kind::BadUnit, at + length, unit });
        }
        total += value * factor;
        at += length + unitLength;
    }
    return total;
}

// N digits at *AT, advancing it; -1 when they are not there.
int digitsAt(QStringView text, qsizetype *at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i, ++*at) {
        if (*at >= text.size() || !isAsciiDigit(text[*at])) {
            return -1;
        }
        value = value * 10 + (text[*at].unicode() - u'0');
    }
    return value;
}

// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS, optionally ending in Z (all UTC).
std::optional<DateSpan> calendarSpan(QStringView text)
{
    qsizetype at = 0;
    const int year = digitsAt(text, &at, 4);
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int precision = 0; // 0 year, 1 month, 2 day, 3 minute, 4 second
    const auto more = [&](QChar separator) {
        if (at < text.size() && text[at] == separator) {
            ++at;
            return true;
        }
        return false;
    };
    if (more(u'-')) {
        month = digitsAt(text, &at, 2);
        precision = 1;
        if (more(u'-')) {
            day = digitsAt(text, &at, 2);
            precision = 2;
            if (more(u'T') || more(u't') || more(u' ')) {
                hour = digitsAt(text, &at, 2);
                minute = more(u':') ? digitsAt(text, &at, 2) : -1;
                precision = 3;
                if (more(u':')) {
                    second = digitsAt(text, &at, 2);
                    precision = 4;
                }
            }
        }
    }
    if (at < text.size() && (text[at] == u'Z' || text[at] == u'z') && precision >= 3) {
        ++at;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (at != text.size() || year < 0 || !date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QDateTime start(date, time, Qt::UTC);
    QDateTime end;
    switch (precision) {
    case 0: end = start.addYears(1); break;
    case 1: end = start.addMonths(1); break;
    case 2: end = start.addDays(1); break;
    case 3: end = start.addSecs(60); break;
    default: end = start.addSecs(1); break;
    }
    return DateSpan { double(start.toSecsSinceEpoch()), double(end.toSecsSinceEpoch()), false };
}

ScanError shifted(ScanError error, qsizetype offset)
{
    error.offset += offset;
    return error;
}

std::expected<Bounds, ScanError> checked(
    double low, bool lowInclusive, double high, bool highInclusive, QStringView value)
{
    if (low > high || (low == high && !(lowInclusive && highInclusive))) {
        return std::unexpected(ScanError { ScanError::Kind::EmptyRange, 0, value.toString() });
    }
    return Bounds { low, high, lowInclusive || std::isinf(low), highInclusive || std::isinf(high) };
}

} // namespace

QueryToken QueryLexer::next()
{
    while (m_position < m_text.size() && m_text[m_position].isSpace()) {
        ++m_position;
    }
    QueryToken token;
    token.position = m_position;
    if (m_position >= m_text.size()) {
        return token;
    }
    const QChar c = m_text[m_position];
    const auto single = [&](QueryToken::Type type) {
        token.type = type;
        token.length = 1;
        ++m_position;
        return token;
    };
    if (c == u'(') {
        return single(QueryToken::Type::LeftParen);
    }
    if (c == u')') {
        return single(QueryToken::Type::RightParen);
    }
    if (c == u'|') {
        token.type = QueryToken::Type::Or;
        while (m_position < m_text.size() && m_text[m_position] == u'|') {
            ++m_position;
        }
        token.length = m_position - token.position;
        return token;
    }
    if (isQuote(c)) {
        return quoted(m_position, token);
    }
    // "-" negates what follows; a run of dashes ("--", "---") is typed punctuation, read as a word.
    if (c == u'-' && !(m_position + 1 < m_text.size() && m_text[m_position + 1] == u'-')) {
        single(QueryToken::Type::Minus);
        token.dangling = m_position >= m_text.size() || m_text[m_position].isSpace() || m_text[m_position] == u')'
            || m_text[m_position] == u'|';
        return token;
    }
    qsizetype end = m_position;
    while (end < m_text.size() && !endsWord(m_text[end])) {
        ++end;
    }
    const QStringView run = m_text.sliced(m_position, end - m_position);
    token.type = QueryToken::Type::Term;
    token.length = run.size();
    const qsizetype colon = run.indexOf(u':');
    // name:value, unless it is a URL (http://…), which is searched as words.
    if (colon > 0 && isFieldName(run.first(colon)) && !run.sliced(colon + 1).startsWith(u"//")) {
        token.field = run.first(colon).toString();
        token.valuePosition = m_position + colon + 1;
        if (token.valuePosition == end && end < m_text.size() && isQuote(m_text[end])) {
            return quoted(end, token);
        }
        token.value = run.sliced(colon + 1).toString();
        m_position = end;
        return token;
    }
    m_position = end;
    if (run == u"OR") {
        token.type = QueryToken::Type::Or;
    } else if (run == u"AND") {
        token.type = QueryToken::Type::And;
    } else if (run == u"NOT") {
        token.type = QueryToken::Type::Not;
    }
    token.value = run.toString();
    token.valuePosition = token.position;
    return token;
}

QueryToken QueryLexer::quoted(qsizetype open, QueryToken token)
{
    qsizetype close = open + 1;
    while (close < m_text.size() && !isQuote(m_text[close])) {
        ++close;
    }
    if (close >= m_text.size()) {
        token.type = QueryToken::Type::UnclosedQuote;
        token.position = open;
        m_position = m_text.size();
        return token;
    }
    token.type = QueryToken::Type::Term;
    token.quoted = true;
    token.value = m_text.sliced(open + 1, close - open - 1).toString();
    token.valuePosition = open + 1;
    token.length = close + 1 - token.position;
    m_position = close + 1;
    return token;
}

std::expected<double, ScanError> scanQuantity(QStringView text, Units units)
{
    if (units == Units::Seconds) {
        return scanSeconds(text);
    }
    qsizetype length = 0;
    const double value = leadingNumber(text, &length);
    if (length == 0 || (units == Units::None && length != text.size())) {
        return std::unexpected(ScanError { ScanError::Kind::NotANumber, 0, text.toString() });
    }
    double factor = 1;
    if (units == Units::Bytes) {
        const QString unit = text.sliced(length).toString().toLower();
        factor = byteFactor(unit);
        if (factor == 0) {
            return std::unexpected(ScanError { ScanError::Kind::BadUnit, length, text.sliced(length).toString() });
        }
    }
    if (!std::isfinite(value * factor)) {
        return std::unexpected(ScanError { ScanError::Kind::NotANumber, 0, text.toString() });
    }
    return value * factor;
}

std::expected<DateSpan, ScanError> scanDate(QStringView text, const QDateTime &now)
{
    const QString lower = text.toString().toLower();
    const double nowSeconds = double(now.toMSecsSinceEpoch()) / 1000;
    if (lower == u"today" || lower == u"yesterday") {
        const QDate day = now.toUTC().date().addDays(lower == u"today" ? 0 : -1);
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        return DateSpan { double(start.toSecsSinceEpoch()), double(start.addDays(1).toSecsSinceEpoch()), false };
    }
    if (const std::optional<DateSpan> span = calendarSpan(text)) {
        return *span;
    }
    qsizetype length = 0;
    const double age = leadingNumber(text, &length);
    const qsizetype unitLength = length > 0 ? letterRun(text, length) : 0;
    if (length == 0 || unitLength == 0 || length + unitLength != text.size() || text.front() == u'-'
        || text.front() == u'+') {
        return std::unexpected(ScanError { ScanError::Kind::BadDate, 0, text.toString() });
    }
    const QString unit = text.sliced(length).toString().toLower();
    const double factor = ageFactor(unit);
    if (factor == 0) {
        return std::unexpected(ScanError { ScanError::Kind::BadUnit, length, unit });
    }
    const double instant = nowSeconds - age * factor;
    if (!std::isfinite(instant)) {
        return std::unexpected(ScanError { ScanError::Kind::BadDate, 0, text.toString() });
    }
    return DateSpan { instant, instant, true };
}

QStringView comparisonOperator(QStringView value)
{
    for (const QStringView op :
        { QStringView(u">="), QStringView(u"<="), QStringView(u">"), QStringView(u"<"), QStringView(u"=") }) {
        if (value.startsWith(op)) {
            return value.first(op.size());
        }
    }
    return {};
}

std::expected<Bounds, ScanError> scanNumberBounds(QStringView value, Units units)
{
    const QStringView op = comparisonOperator(value);
    if (!op.isEmpty()) {
        const QStringView rest = value.sliced(op.size());
        if (rest.isEmpty()) {
            return std::unexpected(ScanError { ScanError::Kind::NoValue, 0, value.toString() });
        }
        const auto q = scanQuantity(rest, units);
        if (!q) {
            return std::unexpected(shifted(q.error(), op.size()));
        }
        const bool above = op.front() == u'>';
        const bool below = op.front() == u'<';
        return checked(below ? -Infinity : *q, op != u">", above ? Infinity : *q, op != u"<", value);
    }
    const qsizetype dots = value.indexOf(u"..");
    if (dots < 0) {
        const auto q = scanQuantity(value, units);
        if (!q) {
            return std::unexpected(q.error());
        }
        return checked(*q, true, *q, true, value);
    }
    const QStringView from = value.first(dots);
    const QStringView to = value.sliced(dots + 2);
    if (from.isEmpty() && to.isEmpty()) {
        return std::unexpected(ScanError { ScanError::Kind::NoValue, 0, value.toString() });
    }
    double low = -Infinity;
    double high = Infinity;
    if (!from.isEmpty()) {
        const auto q = scanQuantity(from, units);
        if (!q) {
            return std::unexpected(q.error());
        }
        low = *q;
    }
    if (!to.isEmpty()) {
        const auto q = scanQuantity(to, units);
        if (!q) {
            return std::unexpected(shifted(q.error(), dots + 2));
        }
        high = *q;
    }
    return checked(low, true, high, true, value);
}

std::expected<Bounds, ScanError> scanDateBounds(QStringView value, const QDateTime &now)
{
    const QStringView op = comparisonOperator(value);
    if (!op.isEmpty()) {
        const QStringView rest = value.sliced(op.size());
        if (rest.isEmpty()) {
            return std::unexpected(ScanError { ScanError::Kind::NoValue, 0, value.toString() });
        }
        const auto span = scanDate(rest, now);
        if (!span) {
            return std::unexpected(shifted(span.error(), op.size()));
        }
        if (span->relative) {
            if (op.front() == u'>') { // older than
                return checked(-Infinity, true, span->start, op == u">=", value);
            }
            return checked(span->start, op != u"<", Infinity, true, value);
        }
        if (op == u">") {
            return checked(span->end, true, Infinity, true, value);
        }
        if (op == u">=") {
            return checked(span->start, true, Infinity, true, value);
        }
        if (op == u"<") {
            return checked(-Infinity, true, span->start, false, value);
        }
        if (op == u"<=") {
            return checked(-Infinity, true, span->end, false, value);
        }
        return checked(span->start, true, span->end, false, value);
    }
    const qsizetype dots = value.indexOf(u"..");
    if (dots < 0) {
        const auto span = scanDate(value, now);
        if (!span) {
            return std::unexpected(span.error());
        }
        return span->relative ? checked(span->start, true, Infinity, true, value)
                              : checked(span->start, true, span->end, false, value);
    }
    const QStringView fromText = value.first(dots);
    const QStringView toText = value.sliced(dots + 2);
    if (fromText.isEmpty() && toText.isEmpty()) {
        return std::unexpected(ScanError { ScanError::Kind::NoValue, 0, value.toString() });
    }
    std::optional<DateSpan> from;
    std::optional<DateSpan> to;
    if (!fromText.isEmpty()) {
        const auto span = scanDate(fromText, now);
        if (!span) {
            return std::unexpected(span.error());
        }
        from = *span;
    }
    if (!toText.isEmpty()) {
        const auto span = scanDate(toText, now);
        if (!span) {
            return std::unexpected(shifted(span.error(), dots + 2));
        }
        to = *span;
    }
    if (from && to && from->start > to->start && (from->relative || to->relative)) {
        std::swap(from, to); // 7d..30d and 30d..7d both mean between 30 and 7 days ago
    }
    return checked(from ? from->start : -Infinity, true, to ? to->end : Infinity, !to || to->relative, value);
}

} // namespace Folio::Search::Internal
