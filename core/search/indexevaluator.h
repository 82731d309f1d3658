// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexEvaluator computes the set of documents a QueryNode tree matches, as a bitmap of slots, and
// notes the words that rank them (every Word, Prefix and Phrase word not under a Not). Sets are
// combined with CRoaring's bitmap operations; a Range scans its number column, or only the documents
// the rest of an AND already allows when they are few; a Phrase checks each document holding all its
// words against that document's phrase filter (IndexPhraseFilter).
//
// Thread safety: one instance per search; reads IndexData, which must not change meanwhile.

#include "error.h"
#include "search/indexdata.h"
#include "search/searchquery.h"

#include <QCoreApplication>

#include <cstdint>
#include <vector>

namespace Folio::Search::Internal {

// A word of the query that contributes to relevance.
struct ScoringWord
{
    std::vector<std::uint32_t> terms; // its forms (or a prefix's expansion) as term ids
    unsigned groups = 0; // bit mask of the FieldGroups it is looked for in
    quint64 documentFrequency = 0; // documents holding it in those fields
};

class IndexEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Search::IndexEvaluator)

public:
    // Queries nested deeper than this are refused rather than risking the stack.
    static constexpr int MaxDepth = 256;

    // UNIVERSE: the documents that may match (live and visible).
    IndexEvaluator(const IndexData &data, const IndexBitmap &universe)
        : m_data(data)
        , m_universe(universe)
    { }

    // The documents ROOT matches (null = all of them).
    Result<IndexBitmap> evaluate(const QueryNode *root);
    const std::vector<ScoringWord> &scoringWords() const { return m_scoringWords; }

    // The field groups a Word's field selects ("" = all text).
    static unsigned groupsOf(const QString &field);

private:
    // WITHIN, when set, says the caller keeps only documents in it: work may be limited to them.
    IndexBitmap eval(const QueryNode &node, bool negated, const IndexBitmap *within, int depth);
    IndexBitmap andNode(const QueryNode &node, bool negated, const IndexBitmap *within, int depth);
    IndexBitmap orNode(const QueryNode &node, bool negated, const IndexBitmap *within, int depth);
    IndexBitmap word(const QueryNode &node, bool negated);
    IndexBitmap prefix(const QueryNode &node, bool negated);
    IndexBitmap phrase(const QueryNode &node, bool negated);
    IndexBitmap term(const QueryNode &node) const;
    IndexBitmap range(const QueryNode &node, const IndexBitmap *within) const;
    IndexBitmap flag(const QueryNode &node) const;

    std::vector<std::uint32_t> termIds(const QStringList &forms) const;
    IndexBitmap postingsUnion(const std::vector<std::uint32_t> &terms, unsigned groups) const;
    IndexBitmap scored(std::vector<std::uint32_t> terms, unsigned groups, bool negated);
    void malformed(const QueryNode &node, const QString &why);

    const IndexData &m_data;
    const IndexBitmap &m_universe;
    std::vector<ScoringWord> m_scoringWords;
    std::optional<Error> m_error;
};

} // namespace Folio::Search::Internal
