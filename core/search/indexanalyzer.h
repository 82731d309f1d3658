// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexAnalyzer turns a SearchDocument into what SearchIndex stores (an AnalysedDocument): the
// distinct terms of each text field, the body's repeated terms, the phrase filter, folded exact
// values, numbers and flags. It runs on worker threads while building, so it reads nothing of the
// index: terms are referred to by the analyzer's own cache entries, which the writer maps to term ids
// as documents announce them (AnalysedDocument::newTerms).
//
// Text is cut into words as TextAnalyzer::words() cuts it, and each distinct word goes through
// TextAnalyzer::terms() once: a cache maps a word as written to its term, so the index's terms are
// exactly terms() of the text while the stemmer runs once per distinct word instead of once per
// occurrence (the benchmark's million items hold 200 million words). Pure-ASCII text (most of it) is
// cut here without allocating a string per word (a word is then a run of ASCII letters and digits, as
// words() defines it; a test compares both), and the cache is an open-addressing table looked up by
// QStringView: measured on the benchmark (100,000 items), a quarter less CPU for the whole run than
// words() with a QHash<QString> cache. Each new word also reports its folded, unstemmed form
// (TextAnalyzer::foldedWords), which prefix queries look up.
//
// Thread safety: one instance per thread. Owns its TextAnalyzer and cache.

#include "search/searchdocument.h"
#include "search/textanalyzer.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace Folio::Search::Internal {

// The text fields, in decreasing relevance weight.
enum FieldGroup { TitleGroup, KeywordsGroup, DescriptionGroup, BodyGroup, FieldGroupCount };

struct AnalysedDocument
{
    std::uint32_t itemId = 0;
    // Distinct terms per field group, as IndexAnalyzer entry numbers.
    std::array<std::vector<std::uint32_t>, FieldGroupCount> terms;
    std::vector<std::uint32_t> bodyRepeated3; // body terms occurring 3 times or more
    std::vector<std::uint32_t> bodyRepeated8; // … 8 times or more
    std::vector<std::uint64_t> phraseFilter;
    // Entries the analyzer made for this document, in order, with their terms: the writer learns the
    // analyzer's entries from these alone, so it never reads the analyzer (which may be busy with the
    // next batch meanwhile). cacheReset: the analyzer emptied its cache before this document.
    std::vector<std::pair<std::uint32_t, QString>> newTerms;
    bool cacheReset = false;
    std::vector<std::pair<QString, std::uint32_t>> newWords; // (folded word, entry) first seen here
    std::vector<std::pair<QString, QString>> values; // (field, folded value), deduplicated
    std::vector<std::pair<QString, double>> numbers;
    QStringList flags;
    QByteArray sortTitle; // the title folded, in UTF-8 (its byte order is code point order), for sorting
};

class IndexAnalyzer
{
public:
    // What the hot loops read per word occurrence, kept small.
    struct Entry
    {
        std::uint64_t termHash = 0; // IndexPhraseFilter::termHash(term)
        std::uint32_t stamp = 0;
        std::uint32_t count = 0;
        bool hasTerm = false; // false: terms() dropped the word
    };

    // The cache is emptied first when it holds more than MAXCACHED words.
    AnalysedDocument analyse(const SearchDocument &document, std::size_t maxCached);

    // Calls VISIT(QStringView word) for each word of TEXT, exactly the words TextAnalyzer::words() gives.
    template<typename Visit> static void forEachWord(QStringView text, Visit &&visit)
    {
        static const qsizetype maxLength = longestWord();
        if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            for (const QString &word : TextAnalyzer::words(text)) {
                visit(QStringView(word));
            }
            return;
        }
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const char16_t c = i < text.size() ? text[i].unicode() : u' ';
            const bool wordChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                visit(text.sliced(start, std::min(i - start, maxLength)));
                start = -1;
            }
        }
    }

    qint64 memoryBytes() const;

private:
    struct Context;
    // The longest word words() keeps (it cuts longer runs of letters).
    static qsizetype longestWord();
    std::uint32_t lookup(QStringView word, Context &context);
    void grow();
    bool sameWord(std::uint32_t entry, QStringView word) const;
    void beginGroup(FieldGroup group, Context &context);
    void addText(QStringView text, Context &context);

    TextAnalyzer m_analyzer;
    // The cache: an open-addressing table (a power of two long, at most half full) whose slots hold the
    // hash of (word, language), so a probe reads the table alone until a hash matches, and the words'
    // characters in one array, so confirming a match reads no scattered strings.
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t entry = 0; // + 1; 0 = free
        std::uint32_t language = 0;
    };
    QHash<QString, std::uint32_t> m_languages;
    std::vector<Slot> m_table;
    std::vector<char16_t> m_characters;
    std::vector<std::uint64_t> m_words; // per entry: (offset in m_characters << 16) | length
    std::vector<Entry> m_entries;
    std::vector<std::uint64_t> m_pairs;
    std::uint32_t m_stamp = 0;
};

} // namespace Folio::Search::Internal
