// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqltext.h"

#include <functional>

namespace Folio::Server {

namespace SqlTextHelpers {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The length of a quoted string, identifier or comment starting at AT, or 0 when none starts there; -1
// when it never ends (the rest of the text is then left as it is).
qsizetype quotedLength(const QString &sql, qsizetype at)
{
    const qsizetype size = sql.size();
    const QChar c = sql.at(at);
    const auto closes = [&](qsizetype from, const QString &end) -> qsizetype {
        const qsizetype found = sql.indexOf(end, from);
        return found < 0 ? -1 : found + end.size() - at;
    };
    if (c == QLatin1Char('-') && at + 1 < size && sql.at(at + 1) == QLatin1Char('-')) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), at);
        return end < 0 ? size - at : end + 1 - at;
    }
    if (c == QLatin1Char('/') && at + 1 < size && sql.at(at + 1) == QLatin1Char('*')) {
        // PostgreSQL nests block comments.
        int depth = 0;
        for (qsizetype i = at; i + 1 < size; ++i) {
            if (sql.at(i) == QLatin1Char('/') && sql.at(i + 1) == QLatin1Char('*')) {
                ++depth;
                ++i;
            } else if (sql.at(i) == QLatin1Char('*') && sql.at(i + 1) == QLatin1Char('/')) {
                ++i;
                if (--depth == 0) {
                    return i + 1 - at;
                }
            }
        }
        return -1;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
        // A doubled quote stands for itself; E'…' strings also escape with a backslash.
        const bool backslashes = c == QLatin1Char('\'') && at > 0
            && (sql.at(at - 1) == QLatin1Char('E') || sql.at(at - 1) == QLatin1Char('e'))
            && (at == 1 || !isWordChar(sql.at(at - 2)));
        for (qsizetype i = at + 1; i < size; ++i) {
            if (backslashes && sql.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (sql.at(i) == c) {
                if (i + 1 < size && sql.at(i + 1) == c) {
                    ++i;
                } else {
                    return i + 1 - at;
                }
            }
        }
        return -1;
    }
    if (c == QLatin1Char('$') && (at == 0 || !isWordChar(sql.at(at - 1)))) {
        // A dollar-quoted string: $$…$$ or $tag$…$tag$ (a tag does not start with a digit: $1 is a parameter).
        qsizetype i = at + 1;
        if (i < size && sql.at(i).isDigit()) {
            return 0;
        }
        while (i < size && isWordChar(sql.at(i))) {
            ++i;
        }
        if (i < size && sql.at(i) == QLatin1Char('$')) {
            return closes(i + 1, sql.mid(at, i + 1 - at));
        }
        return 0;
    }
    return 0;
}

// Copies SQL to the result, calling CODE for each character outside quotes and comments; CODE appends what
// it wants and returns how many characters it consumed (0 copies the character as it is).
Result<QString> rewrite(const QString &sql, const std::function<Result<qsizetype>(qsizetype, QString &)> &code)
{
    QString out;
    out.reserve(sql.size() + 16);
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype quoted = quotedLength(sql, i);
        if (quoted < 0) {
            out += QStringView(sql).mid(i);
            break;
        }
        if (quoted > 0) {
            out += QStringView(sql).mid(i, quoted);
            i += quoted;
            continue;
        }
        auto used = code(i, out);
        if (!used) {
            return std::unexpected(used.error());
        }
        if (*used == 0) {
            out += sql.at(i);
            ++i;
        } else {
            i += *used;
        }
    }
    return out;
}

qsizetype digitsAt(const QString &sql, qsizetype at)
{
    qsizetype end = at;
    while (end < sql.size() && sql.at(end).isDigit()) {
        ++end;
    }
    return end - at;
}

} // namespace SqlTextHelpers

Result<SqlText::Numbered> SqlText::numberPlaceholders(const QString &sql)
{
    using namespace SqlTextHelpers;
    int highest = 0;
    auto text = rewrite(sql, [&](qsizetype at, QString &out) -> Result<qsizetype> {
        const QChar c = sql.at(at);
        if (c != QLatin1Char('?') && c != QLatin1Char('$')) {
            return 0;
        }
        const qsizetype digits = digitsAt(sql, at + 1);
        if (c == QLatin1Char('$')) {
            if (digits > 0 && (at == 0 || !isWordChar(sql.at(at - 1)))) {
                highest = std::max(highest, sql.mid(at + 1, digits).toInt());
            }
            return 0;
        }
        int number = highest + 1;
        if (digits > 0) {
            bool ok = false;
            number = sql.mid(at + 1, digits).toInt(&ok);
            if (!ok || number < 1 || number > 65535) {
                return fail(Error::Code::InvalidArgument,
                    tr("The SQL parameter %1 is out of range (1 to 65535).").arg(sql.mid(at, digits + 1)), sql);
            }
        }
        highest = std::max(highest, number);
        out += QLatin1Char('$') + QString::number(number);
        return digits + 1;
    });
    if (!text) {
        return std::unexpected(text.error());
    }
    return Numbered { *text, highest };
}

Result<QString> SqlText::expandWords(const QString &sql, const QHash<QString, QString> &words)
{
    using namespace SqlTextHelpers;
    return rewrite(sql, [&](qsizetype at, QString &out) -> Result<qsizetype> {
        if (sql.at(at) != QLatin1Char('{')) {
            return 0;
        }
        const qsizetype end = sql.indexOf(QLatin1Char('}'), at);
        if (end < 0) {
            return 0;
        }
        const QString word = sql.mid(at + 1, end - at - 1);
        const auto found = words.constFind(word);
        if (found == words.cend()) {
            return fail(Error::Code::InvalidArgument,
                tr("The schema uses {%1}, which is not a type word of the SQL dialect.").arg(word), sql);
        }
        out += *found;
        return end + 1 - at;
    });
}

} // namespace Folio::Server
