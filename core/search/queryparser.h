// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QueryParser reads the query language of docs/SEARCH.md into a QueryNode tree: words, "phrases",
// prefix*, field:value, comparisons and ranges (created:>=2024-01-01, modified:<30d, size:>10MB,
// pages:1..5, duration:>60s), implicit AND, OR, NOT / -, parentheses, has:/is:. A malformed query is an
// error naming what is wrong and its 1-based column (Error::detail holds the column as text), never an
// empty result. Fields resolve through the caller's FieldLookup, so aliases of the library's schema
// work and an unknown field is an error.
//
// Thread safety: parse() is reentrant when each thread has its own parser (it holds a TextAnalyzer).

#include "error.h"
#include "search/searchquery.h"
#include "search/textanalyzer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Folio::Search {

// How a field's values are compared.
enum class FieldKind {
    Text, // analysed words (title, description, body, free-text registry fields)
    Keyword, // exact values, folded (kind, type, ext, tag, status, enum registry fields, creator…)
    Number, // size (bytes), width, height, pages, rating, duration (seconds), number fields
    Date, // created, modified, date fields: seconds since the epoch, UTC
};

struct FieldInfo
{
    QString key; // canonical key
    FieldKind kind = FieldKind::Keyword;
};

// Resolves a name typed before ':' (case-insensitive; aliases allowed) to a field, or nothing.
using FieldLookup = std::function<std::optional<FieldInfo>(const QString &name)>;

class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Search::QueryParser)

public:
    struct Options
    {
        QDateTime now; // relative dates (modified:<30d) count back from here; UTC; invalid = the clock
        QStringList languages; // stems of a word are looked up in each (TextAnalyzer::queryForms)
        FieldLookup lookup; // registry fields; the built-ins are known without it
        int maxNodes = 1000; // longer queries are refused (a hostile query cannot blow up)
    };

    explicit QueryParser(Options options);

    // The tree for TEXT; an empty or blank TEXT gives MatchAll. Errors: Error::Code::InvalidArgument
    // with message "… at column N" and detail = N.
    Result<QueryNodePtr> parse(const QString &text);

    // The built-in fields (kind, type, ext, tag, creator, status, …, created, modified, size, …).
    static std::optional<FieldInfo> builtinField(const QString &name);
    // Every name builtinField() knows (aliases included), sorted: for completion.
    static QStringList builtinFieldNames();
    // The names has: (HAS) or is: takes.
    static QStringList flagNames(bool has);

private:
    Options m_options;
    TextAnalyzer m_analyzer;
};

} // namespace Folio::Search
