// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexanalyzer.h"

#include "search/indexphrasefilter.h"

#include <QDateTime>

#include <cmath>
#include <cstring>

namespace Folio::Search::Internal {

namespace {

std::uint64_t wordHash(QStringView word, std::uint32_t language)
{
    std::uint64_t hash = 0xcbf29ce484222325ull ^ (std::uint64_t(language) << 40);
    for (const QChar c : word) {
        hash = (hash ^ c.unicode()) * 0x100000001b3ull;
    }
    return hash ^ (hash >> 29);
}

} // namespace

// What analyse() carries through the fields of one document.
struct IndexAnalyzer::Context
{
    AnalysedDocument &out;
    QString language;
    std::uint32_t languageId = 0;
    FieldGroup group = TitleGroup;
};

qsizetype IndexAnalyzer::longestWord()
{
    const QStringList words = TextAnalyzer::words(QString(1024, QLatin1Char('a')));
    return words.isEmpty() ? 1024 : words.first().size();
}

void IndexAnalyzer::grow()
{
    std::vector<Slot> table(std::max<std::size_t>(1024, m_table.size() * 2));
    const std::size_t mask = table.size() - 1;
    for (const Slot &slot : m_table) {
        if (slot.entry != 0) {
            std::size_t at = slot.hash & mask;
            while (table[at].entry != 0) {
                at = (at + 1) & mask;
            }
            table[at] = slot;
        }
    }
    m_table = std::move(table);
}

bool IndexAnalyzer::sameWord(std::uint32_t entry, QStringView word) const
{
    const std::uint64_t stored = m_words[entry];
    if ((stored & 0xFFFF) != std::uint64_t(word.size())) {
        return false;
    }
    const char16_t *characters = m_characters.data() + (stored >> 16);
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (characters[i] != word[i].unicode()) {
            return false;
        }
    }
    return true;
}

std::uint32_t IndexAnalyzer::lookup(QStringView word, Context &context)
{
    if ((m_entries.size() + 1) * 2 > m_table.size()) {
        grow();
    }
    const std::uint64_t hash = wordHash(word, context.languageId);
    const std::size_t mask = m_table.size() - 1;
    std::size_t at = hash & mask;
    for (; m_table[at].entry != 0; at = (at + 1) & mask) {
        const Slot &slot = m_table[at];
        if (slot.hash == hash && slot.language == context.languageId && sameWord(slot.entry - 1, word)) {
            return slot.entry - 1;
        }
    }
    // terms() of one word of words() is that word's term: the same as terms() of the whole text.
    const auto index = std::uint32_t(m_entries.size());
    m_table[at] = Slot { hash, index + 1, context.languageId };
    m_words.push_back((std::uint64_t(m_characters.size()) << 16) | std::uint64_t(word.size()));
    m_characters.insert(m_characters.end(), word.utf16(), word.utf16() + word.size());
    const QStringList terms = m_analyzer.terms(word, context.language);
    Entry entry;
    entry.hasTerm = !terms.isEmpty() && !terms.first().isEmpty();
    if (entry.hasTerm) {
        entry.termHash = IndexPhraseFilter::termHash(terms.first());
        context.out.newTerms.emplace_back(index, terms.first());
    }
    m_entries.push_back(entry);
    if (entry.hasTerm) {
        const QStringList folded = m_analyzer.foldedWords(word);
        if (!folded.isEmpty()) {
            context.out.newWords.emplace_back(folded.first(), index);
        }
    }
    return index;
}

void IndexAnalyzer::beginGroup(FieldGroup group, Context &context)
{
    context.group = group;
    if (++m_stamp == 0) { // wrapped: forget every stamp so none looks current
        for (Entry &entry : m_entries) {
            entry.stamp = 0;
        }
        m_stamp = 1;
    }
}

void IndexAnalyzer::addText(QStringView text, Context &context)
{
    if (text.isEmpty()) {
        return;
    }
    std::vector<std::uint32_t> &terms = context.out.terms[context.group];
    const bool body = context.group == BodyGroup;
    std::uint64_t previous = 0;
    bool hasPrevious = false; // pairs never span two fields or two keywords
    forEachWord(text, [&](QStringView word) {
        const std::uint32_t index = lookup(word, context);
        Entry &entry = m_entries[index];
        if (!entry.hasTerm) {
            return; // as terms() drops it, so do phrases: its neighbours stand together
        }
        if (entry.stamp != m_stamp) {
            entry.stamp = m_stamp;
            entry.count = 0;
            terms.push_back(index);
        }
        if (body) {
            ++entry.count;
        }
        if (hasPrevious) {
            m_pairs.push_back(IndexPhraseFilter::pairHash(previous, entry.termHash));
        }
        previous = entry.termHash;
        hasPrevious = true;
    });
}

AnalysedDocument IndexAnalyzer::analyse(const SearchDocument &document, std::size_t maxCached)
{
    AnalysedDocument out;
    if (m_entries.size() > maxCached) {
        m_table.clear();
        m_characters.clear();
        m_words.clear();
        m_entries.clear();
        out.cacheReset = true;
    }
    out.itemId = std::uint32_t(document.itemId);
    const QString language = document.language.trimmed().toLower();
    auto languageId = m_languages.constFind(language);
    if (languageId == m_languages.constEnd()) {
        languageId = m_languages.insert(language, std::uint32_t(m_languages.size()));
    }
    Context context { out, language, languageId.value() };
    m_pairs.clear();

    beginGroup(TitleGroup, context);
    addText(document.title, context);
    beginGroup(KeywordsGroup, context);
    for (const QString &keyword : document.keywords) {
        addText(keyword, context);
    }
    beginGroup(DescriptionGroup, context);
    addText(document.description, context);
    beginGroup(BodyGroup, context);
    addText(document.body, context);
    for (const std::uint32_t index : out.terms[BodyGroup]) {
        const std::uint32_t count = m_entries[index].count;
        if (count >= 3) {
            out.bodyRepeated3.push_back(index);
        }
        if (count >= 8) {
            out.bodyRepeated8.push_back(index);
        }
    }
    out.phraseFilter = IndexPhraseFilter::build(m_pairs);

    // Exact values. Keywords are values of "tag" ("keywords" is the same field: DESIGN.md's registry
    // aliases them), the document's language one of "language", the creation year one of "year".
    const auto addValue = [&out](const QString &field, QStringView value) {
        QString folded = TextAnalyzer::foldValue(value);
        if (!folded.isEmpty()) {
            out.values.emplace_back(field, std::move(folded));
        }
    };
    const QString tag = QStringLiteral("tag");
    for (auto it = document.values.cbegin(); it != document.values.cend(); ++it) {
        const QString field = it.key() == u"keywords" || it.key() == u"tags" ? tag : it.key();
        for (const QString &value : it.value()) {
            addValue(field, value);
        }
    }
    for (const QString &keyword : document.keywords) {
        addValue(tag, keyword);
    }
    if (!language.isEmpty()) {
        addValue(QStringLiteral("language"), language);
    }
    for (auto it = document.numbers.cbegin(); it != document.numbers.cend(); ++it) {
        if (!std::isnan(it.value())) {
            out.numbers.emplace_back(it.key(), it.value());
        }
    }
    const auto created = document.numbers.constFind(QStringLiteral("created"));
    if (created != document.numbers.cend() && std::isfinite(created.value())) {
        const int year = QDateTime::fromSecsSinceEpoch(qint64(created.value()), Qt::UTC).date().year();
        addValue(QStringLiteral("year"), QString::number(year));
    }
    std::sort(out.values.begin(), out.values.end());
    out.values.erase(std::unique(out.values.begin(), out.values.end()), out.values.end());

    out.flags = QStringList(document.flags.cbegin(), document.flags.cend());
    out.sortTitle = TextAnalyzer::foldValue(document.title).toUtf8();
    return out;
}

qint64 IndexAnalyzer::memoryBytes() const
{
    return qint64(m_table.capacity() * sizeof(Slot) + m_characters.capacity() * 2 + m_words.capacity() * 8
        + m_entries.capacity() * sizeof(Entry));
}

} // namespace Folio::Search::Internal
