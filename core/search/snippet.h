// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Snippets for result lists: the passage of a text where the query's words occur most densely, about
// WIDTH characters, cut at word boundaries, with each matching word between « and ». Words match when
// TextAnalyzer gives them the same term (so "Reports" marks a search for "report"; prefix words, typed
// with a trailing '*', match by folded prefix).
//
// Thread safety: stateless apart from the caller's analyzer (one per thread).

#include <QString>
#include <QStringList>

namespace Folio::Search {

class TextAnalyzer;

// Empty when no word of WORDS occurs in the first 200,000 characters of TEXT.
QString makeSnippet(
    const QString &text, const QStringList &words, TextAnalyzer &analyzer, const QString &language, int width = 160);

} // namespace Folio::Search
