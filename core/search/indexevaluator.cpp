// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexevaluator.h"

#include "search/indexphrasefilter.h"

#include <algorithm>

namespace Folio::Search::Internal {

namespace {

constexpr unsigned AllGroups = (1u << FieldGroupCount) - 1;

// A Range walks only the documents an AND already allows when they are fewer than this share of the
// slots; otherwise scanning the whole column in order is faster than jumping around it.
constexpr std::uint32_t WithinScanDivisor = 4;

bool isTextField(const QString &field)
{
    return field.isEmpty() || field == u"title" || field == u"description" || field == u"keywords" || field == u"body"
        || field == u"text" || field == u"content";
}

} // namespace

unsigned IndexEvaluator::groupsOf(const QString &field)
{
    if (field.isEmpty()) {
        return AllGroups;
    }
    if (field == u"title") {
        return 1u << TitleGroup;
    }
    if (field == u"keywords" || field == u"tag" || field == u"tags") {
        return 1u << KeywordsGroup;
    }
    if (field == u"description") {
        return 1u << DescriptionGroup;
    }
    // body, and free-text registry fields, which SearchDocumentBuilder adds to the body.
    return 1u << BodyGroup;
}

void IndexEvaluator::malformed(const QueryNode &node, const QString &why)
{
    if (!m_error) {
        m_error = Error(Error::Code::InvalidArgument,
            tr("The search query cannot be run: %1 (at “%2”)").arg(why, node.text), describe(node));
    }
}

Result<IndexBitmap> IndexEvaluator::evaluate(const QueryNode *root)
{
    IndexBitmap result = root ? eval(*root, false, nullptr, 0) : m_universe.copy();
    if (m_error) {
        return std::unexpected(*m_error);
    }
    result.andWith(m_universe);
    return result;
}

IndexBitmap IndexEvaluator::eval(const QueryNode &node, bool negated, const IndexBitmap *within, int depth)
{
    if (depth > MaxDepth) {
        if (!m_error) {
            m_error = Error(
                Error::Code::LimitExceeded, tr("The search query is nested more than %1 levels deep").arg(MaxDepth));
        }
        return {};
    }
    switch (node.kind) {
    case NodeKind::MatchAll: return m_universe.copy();
    case NodeKind::Word: return word(node, negated);
    case NodeKind::Prefix: return prefix(node, negated);
    case NodeKind::Phrase: return phrase(node, negated);
    case NodeKind::Term: return term(node);
    case NodeKind::Range: return range(node, within);
    case NodeKind::Has:
    case NodeKind::Is: return flag(node);
    case NodeKind::And: return andNode(node, negated, within, depth);
    case NodeKind::Or: return orNode(node, negated, within, depth);
    case NodeKind::Not:
        if (node.children.size() != 1 || !node.children.first()) {
            malformed(node, tr("NOT needs exactly one operand"));
            return {};
        }
        return IndexBitmap::difference(m_universe, eval(*node.children.first(), !negated, within, depth + 1));
    }
    malformed(node, tr("unknown node kind"));
    return {};
}

IndexBitmap IndexEvaluator::andNode(const QueryNode &node, bool negated, const IndexBitmap *within, int depth)
{
    if (node.children.isEmpty()) {
        malformed(node, tr("AND needs operands"));
        return {};
    }
    // Sets first, then ranges (which can limit their scan to what the sets allow), then exclusions.
    std::vector<const QueryNode *> sets, ranges, exclusions;
    for (const QueryNodePtr &child : node.children) {
        if (!child) {
            malformed(node, tr("AND has an empty operand"));
            return {};
        }
        if (child->kind == NodeKind::Not && child->children.size() == 1 && child->children.first()) {
            exclusions.push_back(child->children.first().get());
        } else if (child->kind == NodeKind::Range) {
            ranges.push_back(child.get());
        } else {
            sets.push_back(child.get());
        }
    }
    std::optional<IndexBitmap> result;
    const auto intersect = [&](const QueryNode *child) {
        IndexBitmap set = eval(*child, negated, result ? &*result : within, depth + 1);
        if (result) {
            result->andWith(set);
        } else {
            result = std::move(set);
        }
    };
    for (const QueryNode *child : sets) {
        intersect(child);
    }
    for (const QueryNode *child : ranges) {
        intersect(child);
    }
    if (!result) { // only exclusions: everything but them
        result = within ? IndexBitmap::intersection(m_universe, *within) : m_universe.copy();
    }
    for (const QueryNode *child : exclusions) {
        if (result->isEmpty()) {
            break;
        }
        result->andNotWith(eval(*child, !negated, &*result, depth + 1));
    }
    return std::move(*result);
}

IndexBitmap IndexEvaluator::orNode(const QueryNode &node, bool negated, const IndexBitmap *within, int depth)
{
    if (node.children.isEmpty()) {
        malformed(node, tr("OR needs operands"));
        return {};
    }
    std::vector<IndexBitmap> sets;
    sets.reserve(std::size_t(node.children.size()));
    for (const QueryNodePtr &child : node.children) {
        if (!child) {
            malformed(node, tr("OR has an empty operand"));
            return {};
        }
        sets.push_back(eval(*child, negated, within, depth + 1));
    }
    std::vector<const IndexBitmap *> pointers;
    for (const IndexBitmap &set : sets) {
        pointers.push_back(&set);
    }
    return IndexBitmap::unionOf(pointers);
}

std::vector<std::uint32_t> IndexEvaluator::termIds(const QStringList &forms) const
{
    std::vector<std::uint32_t> ids;
    for (const QString &form : forms) {
        const auto it = m_data.m_termIds.constFind(form);
        if (it != m_data.m_termIds.constEnd() && std::find(ids.begin(), ids.end(), it.value()) == ids.end()) {
            ids.push_back(it.value());
        }
    }
    return ids;
}

IndexBitmap IndexEvaluator::postingsUnion(const std::vector<std::uint32_t> &terms, unsigned groups) const
{
    std::vector<const IndexBitmap *> bitmaps;
    for (const std::uint32_t term : terms) {
        for (int group = 0; group < FieldGroupCount; ++group) {
            if (groups & (1u << group)) {
                bitmaps.push_back(&m_data.m_postings[term].fields[group]);
            }
        }
    }
    return IndexBitmap::unionOf(bitmaps);
}

IndexBitmap IndexEvaluator::scored(std::vector<std::uint32_t> terms, unsigned groups, bool negated)
{
    IndexBitmap set = postingsUnion(terms, groups);
    if (!negated && !terms.empty()) {
        m_scoringWords.push_back(ScoringWord { std::move(terms), groups, set.cardinality() });
    }
    return set;
}

IndexBitmap IndexEvaluator::word(const QueryNode &node, bool negated)
{
    return scored(termIds(node.forms), groupsOf(node.field), negated);
}

IndexBitmap IndexEvaluator::prefix(const QueryNode &node, bool negated)
{
    if (node.forms.isEmpty() || node.forms.first().isEmpty()) {
        malformed(node, tr("a prefix needs its letters"));
        return {};
    }
    const QString &start = node.forms.first();
    if (!isTextField(node.field)) {
        // tag:sum*, folder:/projects* … : the field's values that start so.
        const auto field = m_data.m_exact.find(IndexData::exactFieldKey(node.field));
        if (field != m_data.m_exact.end()) {
            std::vector<const IndexBitmap *> bitmaps;
            for (std::size_t i = 0; i < field->second.names.size(); ++i) {
                if (field->second.names[i].startsWith(start)) {
                    bitmaps.push_back(&field->second.bitmaps[i]);
                }
            }
            return IndexBitmap::unionOf(bitmaps);
        }
    }
    // The terms of every word that starts so. A word's term is its stem, so invoice* also finds
    // "invoicing" (stem "invoic", as "invoice" has): the same reach a typed word has.
    std::vector<std::uint32_t> terms;
    for (auto it = m_data.m_words.lower_bound(start); it != m_data.m_words.end() && it->first.startsWith(start); ++it) {
        terms.insert(terms.end(), it->second.begin(), it->second.end());
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return scored(std::move(terms), groupsOf(node.field), negated);
}

IndexBitmap IndexEvaluator::phrase(const QueryNode &node, bool negated)
{
    if (node.phrase.isEmpty()) {
        malformed(node, tr("a phrase needs words"));
        return {};
    }
    const unsigned groups = groupsOf(node.field);
    std::optional<IndexBitmap> candidates;
    for (const QStringList &forms : node.phrase) {
        IndexBitmap set = scored(termIds(forms), groups, negated);
        if (candidates) {
            candidates->andWith(set);
        } else {
            candidates = std::move(set);
        }
    }
    candidates->andWith(m_universe);
    if (node.phrase.size() < 2 || candidates->isEmpty()) {
        return std::move(*candidates);
    }
    // Per adjacent pair of words, the pair hashes of all their forms.
    std::vector<std::vector<std::uint64_t>> pairs;
    for (qsizetype i = 0; i + 1 < node.phrase.size(); ++i) {
        std::vector<std::uint64_t> hashes;
        for (const QString &first : node.phrase[i]) {
            for (const QString &second : node.phrase[i + 1]) {
                hashes.push_back(IndexPhraseFilter::pairHash(
                    IndexPhraseFilter::termHash(first), IndexPhraseFilter::termHash(second)));
            }
        }
        pairs.push_back(std::move(hashes));
    }
    std::vector<std::uint32_t> matching;
    candidates->forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            const auto filter = m_data.m_phraseFilters.get(slots[i]);
            const bool all = std::all_of(pairs.begin(), pairs.end(), [&](const std::vector<std::uint64_t> &hashes) {
                return std::any_of(hashes.begin(), hashes.end(),
                    [&](std::uint64_t hash) { return IndexPhraseFilter::mayContain(filter, hash); });
            });
            if (all) {
                matching.push_back(slots[i]);
            }
        }
    });
    return IndexBitmap::fromSorted(matching);
}

IndexBitmap IndexEvaluator::term(const QueryNode &node) const
{
    const auto field = m_data.m_exact.find(IndexData::exactFieldKey(node.field));
    if (field == m_data.m_exact.end()) {
        return {};
    }
    const IndexBitmap *bitmap = field->second.find(node.value);
    return bitmap ? bitmap->copy() : IndexBitmap();
}

IndexBitmap IndexEvaluator::range(const QueryNode &node, const IndexBitmap *within) const
{
    const auto found = m_data.m_numbers.find(node.field);
    if (found == m_data.m_numbers.end()) {
        return {};
    }
    const IndexNumberColumn &column = found->second;
    const double low = node.low;
    const double high = node.high;
    const bool lowInclusive = node.lowInclusive;
    const bool highInclusive = node.highInclusive;
    // NaN (no value) fails every comparison.
    const auto inRange = [=](double value) {
        return (lowInclusive ? value >= low : value > low) && (highInclusive ? value <= high : value < high);
    };
    std::vector<std::uint32_t> matching;
    if (within && within->cardinality() < m_data.m_slotCount / WithinScanDivisor) {
        within->forEachBatch([&](const std::uint32_t *slots, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i) {
                if (inRange(column.get(slots[i]))) {
                    matching.push_back(slots[i]);
                }
            }
        });
        return IndexBitmap::fromSorted(matching);
    }
    column.scan(m_data.m_slotCount, [&](std::uint32_t slot, double value) {
        if (inRange(value)) {
            matching.push_back(slot);
        }
    });
    return IndexBitmap::fromSorted(matching);
}

IndexBitmap IndexEvaluator::flag(const QueryNode &node) const
{
    const auto found = m_data.m_flags.find(node.value);
    return found == m_data.m_flags.end() ? IndexBitmap() : found->second.copy();
}

} // namespace Folio::Search::Internal
