// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexdata.h"

#include <algorithm>

namespace Folio::Search::Internal {

namespace {

// Purge when the dead slots reach an eighth of the live ones (and at least this many): a purge costs
// about as much as a few thousand single upserts, and dead slots cost memory and scan time until then.
constexpr quint64 MinDeadToPurge = 4096;

qint64 stringBytes(const QString &string)
{
    return qint64(sizeof(QString)) + (string.isEmpty() ? 0 : 16 + string.capacity() * 2);
}

} // namespace

std::uint32_t ExactField::intern(const QString &value)
{
    const auto it = ids.constFind(value);
    if (it != ids.constEnd()) {
        return it.value();
    }
    const auto id = std::uint32_t(names.size());
    ids.insert(value, id);
    names.push_back(value);
    bitmaps.emplace_back();
    return id;
}

const IndexBitmap *ExactField::find(const QString &value) const
{
    const auto it = ids.constFind(value);
    return it == ids.constEnd() ? nullptr : &bitmaps[it.value()];
}

QString IndexData::exactFieldKey(const QString &field)
{
    if (field == u"keywords" || field == u"tags") {
        return QStringLiteral("tag");
    }
    return field;
}

const char *IndexData::columnFacetField(ColumnFacet facet)
{
    switch (facet) {
    case TagFacet: return "tag";
    case CreatorFacet: return "creator";
    case TypeFacet:
    case ColumnFacetCount: break;
    }
    return "type";
}

std::uint64_t IndexData::titleKey(QByteArrayView folded)
{
    if (folded.isEmpty()) {
        return ~std::uint64_t(0);
    }
    std::uint64_t key = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        key = (key << 8) | (i < folded.size() ? std::uint8_t(folded[i]) : 0u);
    }
    return key;
}

std::uint32_t IndexData::allocateSlot()
{
    std::uint32_t slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = m_slotCount++;
        m_itemOfSlot.resize(m_slotCount);
    }
    return slot;
}

std::uint32_t IndexData::internTerm(const QString &term)
{
    const auto it = m_termIds.constFind(term);
    if (it != m_termIds.constEnd()) {
        return it.value();
    }
    const auto id = std::uint32_t(m_terms.size());
    m_terms.push_back(term);
    m_postings.emplace_back();
    m_termIds.insert(term, id);
    return id;
}

void IndexData::apply(const AnalysedDocument &document, std::vector<std::uint32_t> &termIds)
{
    if (document.cacheReset) {
        termIds.clear();
    }
    for (const auto &[entry, term] : document.newTerms) {
        if (termIds.size() <= entry) {
            termIds.resize(entry + 1, 0);
        }
        termIds[entry] = internTerm(term);
    }
    const std::uint32_t old = m_slotOfItem.get(document.itemId);
    if (old != NoSlot) {
        m_live.remove(old);
        m_dead.add(old);
        --m_liveCount;
        ++m_deadCount;
    }
    const std::uint32_t slot = allocateSlot();
    m_itemOfSlot[slot] = document.itemId;
    m_slotOfItem.set(document.itemId, slot);

    for (int group = 0; group < FieldGroupCount; ++group) {
        for (const std::uint32_t entry : document.terms[group]) {
            m_postings[termIds[entry]].fields[group].add(slot);
        }
    }
    for (const std::uint32_t entry : document.bodyRepeated3) {
        m_postings[termIds[entry]].bodyRepeated3.add(slot);
    }
    for (const std::uint32_t entry : document.bodyRepeated8) {
        m_postings[termIds[entry]].bodyRepeated8.add(slot);
    }
    for (const auto &[word, entry] : document.newWords) {
        const std::uint32_t id = termIds[entry];
        std::vector<std::uint32_t> &terms = m_words[word];
        if (std::find(terms.begin(), terms.end(), id) == terms.end()) {
            terms.push_back(id);
        }
    }
    m_phraseFilters.set(slot, document.phraseFilter);

    std::array<std::vector<std::uint32_t>, ColumnFacetCount> facetIds;
    ExactField *field = nullptr;
    const QString *fieldName = nullptr;
    for (const auto &[name, value] : document.values) {
        if (!fieldName || *fieldName != name) { // values arrive sorted by field
            field = &m_exact[name];
            fieldName = &name;
        }
        const std::uint32_t id = field->intern(value);
        field->bitmaps[id].add(slot);
        if (name == u"tag") {
            facetIds[TagFacet].push_back(id);
        } else if (name == u"creator") {
            facetIds[CreatorFacet].push_back(id);
        } else if (name == u"type" && value.contains(QLatin1Char('/'))) {
            facetIds[TypeFacet].push_back(id); // the MIME type, not its short names
        }
    }
    for (int facet = 0; facet < ColumnFacetCount; ++facet) {
        const std::vector<std::uint32_t> &ids = facetIds[facet];
        if (!ids.empty()) {
            m_facetFirst[facet].set(slot, ids.front() + 1);
            m_facetMore[facet].set(slot, std::span<const std::uint32_t>(ids).subspan(1));
        }
    }
    for (const auto &[key, number] : document.numbers) {
        m_numbers[key].set(slot, number);
    }
    for (const QString &flag : document.flags) {
        m_flags[flag].add(slot);
    }
    m_titleKeys.set(slot, titleKey(document.sortTitle));
    m_titles.set(slot, std::span<const char>(document.sortTitle.constData(), std::size_t(document.sortTitle.size())));

    m_live.add(slot);
    ++m_liveCount;
    purgeIfNeeded();
}

bool IndexData::remove(std::uint32_t itemId)
{
    const std::uint32_t slot = m_slotOfItem.get(itemId);
    if (slot == NoSlot) {
        return false;
    }
    m_slotOfItem.set(itemId, NoSlot);
    m_live.remove(slot);
    m_dead.add(slot);
    --m_liveCount;
    ++m_deadCount;
    purgeIfNeeded();
    return true;
}

template<typename Visit> void IndexData::forEachBitmap(Visit &&visit)
{
    for (TermPostings &postings : m_postings) {
        for (IndexBitmap &bitmap : postings.fields) {
            visit(bitmap);
        }
        visit(postings.bodyRepeated3);
        visit(postings.bodyRepeated8);
    }
    for (auto &[name, field] : m_exact) {
        for (IndexBitmap &bitmap : field.bitmaps) {
            visit(bitmap);
        }
    }
    for (auto &[name, bitmap] : m_flags) {
        visit(bitmap);
    }
}

void IndexData::purgeIfNeeded()
{
    if (m_deadCount >= std::max<quint64>(MinDeadToPurge, m_liveCount / 8)) {
        purge();
    }
}

void IndexData::purge()
{
    if (m_deadCount == 0) {
        return;
    }
    forEachBitmap([this](IndexBitmap &bitmap) { bitmap.andNotWith(m_dead); });
    std::vector<bool> dead(m_slotCount, false);
    const std::vector<std::uint32_t> slots = m_dead.toVector();
    for (const std::uint32_t slot : slots) {
        dead[slot] = true;
        for (auto &[key, column] : m_numbers) {
            column.set(slot, Absent);
        }
        m_titleKeys.set(slot, m_titleKeys.absent());
        for (auto &column : m_facetFirst) {
            column.set(slot, 0);
        }
    }
    const auto keep = [&dead](std::uint32_t slot) { return !dead[slot]; };
    m_phraseFilters.compact(m_slotCount, keep);
    for (auto &column : m_facetMore) {
        column.compact(m_slotCount, keep);
    }
    m_titles.compact(m_slotCount, keep);
    m_freeSlots.insert(m_freeSlots.end(), slots.begin(), slots.end());
    std::sort(m_freeSlots.begin(), m_freeSlots.end(), std::greater<>()); // the lowest slot is reused first
    m_dead.clear();
    m_deadCount = 0;
}

void IndexData::optimize()
{
    forEachBitmap([](IndexBitmap &bitmap) { bitmap.optimize(); });
    m_live.optimize();
    m_phraseFilters.shrink();
    for (auto &column : m_facetMore) {
        column.shrink();
    }
    m_titles.shrink();
}

qint64 IndexData::memoryBytes() const
{
    qint64 bytes = m_slotOfItem.memoryBytes() + qint64(m_itemOfSlot.capacity() * 4) + m_live.memoryBytes()
        + m_dead.memoryBytes() + qint64(m_freeSlots.capacity() * 4);
    bytes += qint64(m_postings.capacity() * sizeof(TermPostings)) + qint64(m_terms.capacity() * sizeof(QString));
    for (const TermPostings &postings : m_postings) {
        for (const IndexBitmap &bitmap : postings.fields) {
            bytes += bitmap.memoryBytes();
        }
        bytes += postings.bodyRepeated3.memoryBytes() + postings.bodyRepeated8.memoryBytes();
    }
    for (const QString &term : m_terms) {
        bytes += stringBytes(term) - qint64(sizeof(QString)) + 32; // its string, and its QHash node (key shared)
    }
    for (const auto &[word, terms] : m_words) {
        bytes += 64 + stringBytes(word) + qint64(terms.capacity() * 4);
    }
    bytes += m_phraseFilters.memoryBytes();
    for (const auto &[name, field] : m_exact) {
        bytes += 64 + qint64(field.names.capacity() * sizeof(QString) + field.bitmaps.capacity() * sizeof(IndexBitmap));
        for (std::size_t i = 0; i < field.names.size(); ++i) {
            bytes += stringBytes(field.names[i]) + 32 + field.bitmaps[i].memoryBytes();
        }
    }
    for (const auto &[name, column] : m_numbers) {
        bytes += 64 + column.memoryBytes();
    }
    for (const auto &[name, bitmap] : m_flags) {
        bytes += 64 + bitmap.memoryBytes();
    }
    for (int facet = 0; facet < ColumnFacetCount; ++facet) {
        bytes += m_facetFirst[facet].memoryBytes() + m_facetMore[facet].memoryBytes();
    }
    return bytes + m_titleKeys.memoryBytes() + m_titles.memoryBytes();
}

} // namespace Folio::Search::Internal
