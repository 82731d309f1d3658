// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parsed form of a search query (docs/SEARCH.md): a tree the QueryParser builds from the text a
// user typed and the SearchIndex evaluates. Words arrive already analysed (folded, lower-cased,
// stemmed by TextAnalyzer), fields already resolved to their canonical keys, sizes in bytes, durations
// in seconds and dates in seconds since the epoch (UTC), so the index never parses text and no query
// text ever reaches SQL. Plain immutable data; shared subtrees are safe to read from any thread.

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Folio::Search {

struct QueryNode;
using QueryNodePtr = std::shared_ptr<const QueryNode>;

enum class NodeKind {
    MatchAll, // the empty query: every item
    Word, // a word in the text fields (or in FIELD's text when field is set): any of `forms`
    Prefix, // prefix* : any word starting with `forms[0]` (folded, not stemmed); on an exact-match
            // field (tag:sum*, product:P-12*, folder:/Proj*), any value of FIELD starting with it
    Phrase, // "exact phrase": the words of `phrase` next to each other, in order
    Term, // field:value on an exact-match field (kind, type, tag, status, registry enums…): `value`
    Range, // field:>=x, field:<x, field:a..b on a numeric or date field: [low, high]
    Has, // has:text, has:gps… : `value` names the flag
    Is, // is:duplicate, is:protected… : `value` names the flag
    And,
    Or,
    Not, // one child
};

struct QueryNode
{
    NodeKind kind = NodeKind::MatchAll;
    QString field; // canonical field key; empty for the default text fields
    QStringList forms; // Word: alternative analysed forms (stems per language); Prefix: one
    QList<QStringList> phrase; // Phrase: per word, its alternative forms
    QString value; // Term (folded, lower-case), Has, Is
    double low = 0; // Range: bounds; -inf / +inf when open
    double high = 0;
    bool lowInclusive = true;
    bool highInclusive = true;
    QList<QueryNodePtr> children; // And, Or: two or more; Not: one
    QString text; // the query text this node came from, as typed (snippets, errors)
    int column = 1; // 1-based column of that text in the query
};

// The words a result's snippet highlights: the typed text of every Word, Prefix and Phrase that is
// not under a Not, once each, in query order (a Prefix's text keeps its trailing '*', which is how
// makeSnippet tells prefixes apart).
QStringList highlightWords(const QueryNode &root);

// A canonical one-line rendering of the tree, for tests and `folioctl search --explain`:
// (and (word report) (not (term tag draft))), (word title:report), (word run|running) for a word with
// several forms, (prefix invoice), (phrase "brand guidelin"), (range size >10000000), (has gps), (all).
// Values with spaces or ( ) " | : are quoted with backslash escapes.
QString describe(const QueryNode &root);

} // namespace Folio::Search
