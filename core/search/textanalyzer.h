// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TextAnalyzer turns text into index terms the same way for documents and for queries: Unicode word
// boundaries (letters and digits; CJK by character), compatibility decomposition with diacritics
// removed (é → e, ß → ss), case folding, then a Snowball stemmer for the text's language (English
// when unknown; languages without a Snowball stemmer are folded only). Stop words are kept: phrases
// and titles need them, and the index scores by rarity anyway.
//
// Thread safety: an instance holds Snowball stemmer state and is NOT thread-safe; use one per thread
// (they are cheap, stemmers are created lazily per language). Owns its stemmers.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Folio::Search {

class TextAnalyzer
{
public:
    TextAnalyzer();
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer &) = delete;
    TextAnalyzer &operator=(const TextAnalyzer &) = delete;

    // The terms of TEXT in order (duplicates kept, so callers can count and form bigrams). LANGUAGE is
    // an ISO 639-1 code or a name ("de", "German"); empty means English.
    QStringList terms(QStringView text, QStringView language = {});

    // The words of TEXT as terms() splits it, neither folded nor stemmed: the query parser analyses
    // each typed word on its own (queryForms) and keeps its typed text for snippets.
    static QStringList words(QStringView text);

    // The words of TEXT folded and lower-cased, not stemmed (prefix queries, exact field values).
    QStringList foldedWords(QStringView text) const;
    // One value folded and lower-cased as a whole (field:value terms), spaces kept.
    static QString foldValue(QStringView value);

    // The forms one query word may take in documents: its stem in every language in LANGUAGES (the
    // library's languages; English is always included), deduplicated.
    QStringList queryForms(QStringView word, const QStringList &languages);

    // The ISO 639-1 codes of the languages with a stemmer ("en", "de", "fr", …).
    static QStringList stemmedLanguages();

private:
    struct Stemmer;
    Stemmer *stemmerFor(QStringView language);
    QHash<QString, std::shared_ptr<Stemmer>> m_stemmers;
};

} // namespace Folio::Search
