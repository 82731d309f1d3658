// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/textanalyzer.h"

#include <libstemmer.h>

#include <QSet>

#include <algorithm>

namespace Folio::Search {

namespace {

// Longer runs of letters are cut to this many UTF-16 units: nobody types a 200-letter word, and
// base64 blobs or hashes in extracted text would otherwise fill the dictionary (and a run of
// thousands of combining marks would make Unicode normalisation quadratic).
constexpr qsizetype MaxWordLength = 64;

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};

// The Snowball algorithms Folio maps languages to: ISO 639-1 code first (what stemmedLanguages()
// reports), then ISO 639-2 codes, the English name and the native name, as catalogues write them.
struct LanguageRow
{
    const char *algorithm;
    const char *names;
};

constexpr LanguageRow LanguageRows[] = {
    { "english", "en eng english" },
    { "german", "de deu ger german deutsch" },
    { "french", "fr fra fre french français francais" },
    { "spanish", "es spa spanish español espanol castellano" },
    { "italian", "it ita italian italiano" },
    { "dutch", "nl nld dut dutch nederlands flemish" },
    { "portuguese", "pt por portuguese português portugues" },
    { "swedish", "sv swe swedish svenska" },
    { "danish", "da dan danish dansk" },
    { "norwegian", "no nor nob nno nb nn norwegian norsk bokmål nynorsk" },
    { "finnish", "fi fin finnish suomi" },
    { "russian", "ru rus russian русский" },
    { "hungarian", "hu hun hungarian magyar" },
    { "romanian", "ro ron rum romanian română romana moldavian" },
    { "turkish", "tr tur turkish türkçe turkce" },
    { "arabic", "ar ara arabic العربية" },
    { "greek", "el ell gre greek ελληνικά" },
    { "hindi", "hi hin hindi हिन्दी" },
    { "indonesian", "id ind indonesian bahasa" },
    { "irish", "ga gle irish gaeilge" },
    { "lithuanian", "lt lit lithuanian lietuvių" },
    { "nepali", "ne nep nepali नेपाली" },
    { "serbian", "sr srp serbian српски srpski" },
    { "tamil", "ta tam tamil தமிழ்" },
    { "yiddish", "yi yid yiddish ייִדיש" },
    { "armenian", "hy hye arm armenian հայերեն" },
    { "basque", "eu eus baq basque euskara" },
    { "catalan", "ca cat catalan català" },
};

const QHash<QString, QString> &algorithmsByName()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const LanguageRow &row : LanguageRows) {
            const QString algorithm = QString::fromLatin1(row.algorithm);
            for (const QString &name : QString::fromUtf8(row.names).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                t.insert(name, algorithm);
            }
        }
        return t;
    }();
    return table;
}

// "de", "de-CH", "de_DE", "German", "deutsch" → "german"; empty when Snowball has no stemmer for it.
QString algorithmFor(QStringView language)
{
    QString key = language.trimmed().toString().toLower();
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == QLatin1Char('-') || key[i] == QLatin1Char('_')) {
            key.truncate(i);
            break;
        }
    }
    return algorithmsByName().value(key);
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

// Han, kana and bopomofo are written without spaces: each character is a word of its own, so a
// query for 東京 is the phrase 東 京 and matches wherever the two stand together.
bool isCjk(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo: return true;
    default: return cp == 0x30FC; // the katakana prolonged sound mark is "Common"
    }
}

// Scripts whose combining marks are accents a reader drops when searching (é, ё, Arabic harakat,
// Hebrew points). In other scripts marks are parts of letters (kana voicing, Indic vowel signs):
// removing them would merge different words.
bool marksAreDiacritics(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Common:
    case QChar::Script_Inherited:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Arabic:
    case QChar::Script_Hebrew: return true;
    default: return false;
    }
}

// Letters that compatibility decomposition leaves whole but a reader writes without their stroke.
void appendWithoutStroke(QString &out, char32_t lower)
{
    switch (lower) {
    case U'ß': out += QLatin1String("ss"); break;
    case U'æ': out += QLatin1String("ae"); break;
    case U'œ': out += QLatin1String("oe"); break;
    case U'þ': out += QLatin1String("th"); break;
    case U'ø': out += QLatin1Char('o'); break;
    case U'đ':
    case U'ð': out += QLatin1Char('d'); break;
    case U'ł': out += QLatin1Char('l'); break;
    case U'ħ': out += QLatin1Char('h'); break;
    case U'ı': out += QLatin1Char('i'); break;
    default: appendCodePoint(out, lower);
    }
}

enum FoldFlag {
    StripDiacritics = 1, // drop accents and strokes (else: case folding and compatibility forms only)
    WordCharsOnly = 2, // drop what is not a letter, digit or mark (½ decomposes to 1⁄2)
};

bool isWordChar(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

QString fold(QStringView text, int flags)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (!(flags & WordCharsOnly) || c.isLetterOrNumber()) {
                out += c.toLower();
            }
        }
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    QChar::Script baseScript = QChar::Script_Common;
    qsizetype length = 1;
    for (qsizetype i = 0; i < decomposed.size(); i += length) {
        const char32_t cp = codePointAt(decomposed, i, &length);
        if (QChar::isSurrogate(cp) || ((flags & WordCharsOnly) && !isWordChar(cp))) {
            continue;
        }
        if (QChar::category(cp) == QChar::Mark_NonSpacing) {
            if (!(flags & StripDiacritics) || !marksAreDiacritics(baseScript)) {
                appendCodePoint(out, cp);
            }
            continue;
        }
        baseScript = QChar::script(cp);
        const char32_t lower = QChar::toCaseFolded(cp);
        if (flags & StripDiacritics) {
            appendWithoutStroke(out, lower);
        } else {
            appendCodePoint(out, lower);
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

bool hasLetter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return !c.isDigit(); });
}

} // namespace

// One Snowball stemmer; a null handle stands for a language Snowball has no algorithm for here.
struct TextAnalyzer::Stemmer
{
    std::unique_ptr<sb_stemmer, StemmerDeleter> handle;

    // WORD lower-cased with its accents (Snowball's rules read them: French é, German ä, Russian й).
    QString stem(const QString &word) const
    {
        if (!hasLetter(word)) {
            return word;
        }
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *stemmed
            = sb_stemmer_stem(handle.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (!stemmed) { // out of memory: the unstemmed word still finds itself
            return word;
        }
        return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(handle.get()));
    }

    // The index term of one word: stemmed, then folded (so stems agree whether or not accents were typed).
    static QString analyse(const Stemmer *stemmer, QStringView word)
    {
        if (!stemmer) {
            return fold(word, StripDiacritics | WordCharsOnly);
        }
        const QString lower = fold(word, WordCharsOnly);
        QString term = fold(stemmer->stem(lower), StripDiacritics | WordCharsOnly);
        return term.isEmpty() ? fold(lower, StripDiacritics | WordCharsOnly) : term;
    }
};

TextAnalyzer::TextAnalyzer() = default;
TextAnalyzer::~TextAnalyzer() = default;

QStringList TextAnalyzer::words(QStringView text)
{
    QStringList result;
    qsizetype start = -1; // where the current word began
    bool singleCharacter = false; // the current word is one CJK character (and its marks)
    const auto flush = [&](qsizetype end) {
        if (start < 0) {
            return;
        }
        qsizetype length = std::min(end - start, MaxWordLength);
        if (length < end - start && text[start + length - 1].isHighSurrogate()) {
            --length;
        }
        result.append(text.sliced(start, length).toString());
        start = -1;
    };
    qsizetype length = 1;
    for (qsizetype i = 0; i < text.size(); i += length) {
        const char32_t cp = codePointAt(text, i, &length);
        if (QChar::isMark(cp)) { // joins the word before it, whatever its script
            if (start < 0) {
                start = i;
                singleCharacter = false;
            }
        } else if (isCjk(cp)) {
            flush(i);
            start = i;
            singleCharacter = true;
        } else if (QChar::isLetterOrNumber(cp)) {
            if (start < 0 || singleCharacter) {
                flush(i);
                start = i;
                singleCharacter = false;
            }
        } else {
            flush(i);
        }
    }
    flush(text.size());
    return result;
}

QStringList TextAnalyzer::terms(QStringView text, QStringView language)
{
    const Stemmer *stemmer = stemmerFor(language.trimmed().isEmpty() ? QStringView(u"en") : language);
    QStringList result;
    for (const QString &word : words(text)) {
        QString term = Stemmer::analyse(stemmer, word);
        if (!term.isEmpty()) {
            result.append(std::move(term));
        }
    }
    return result;
}

QStringList TextAnalyzer::foldedWords(QStringView text) const
{
    QStringList result;
    for (const QString &word : words(text)) {
        QString folded = fold(word, StripDiacritics | WordCharsOnly);
        if (!folded.isEmpty()) {
            result.append(std::move(folded));
        }
    }
    return result;
}

QString TextAnalyzer::foldValue(QStringView value)
{
    return fold(value, StripDiacritics).simplified();
}

QStringList TextAnalyzer::queryForms(QStringView word, const QStringList &languages)
{
    const QStringList parts = words(word);
    if (parts.isEmpty()) {
        return {};
    }
    QStringList forms;
    const auto add = [&](QStringView language) {
        const QString form = Stemmer::analyse(stemmerFor(language), parts.first());
        if (!form.isEmpty() && !forms.contains(form)) {
            forms.append(form);
        }
    };
    add(u"en");
    for (const QString &language : languages) {
        add(language.trimmed().isEmpty() ? QStringView(u"en") : QStringView(language));
    }
    return forms;
}

QStringList TextAnalyzer::stemmedLanguages()
{
    QSet<QString> available;
    for (const char **name = sb_stemmer_list(); *name; ++name) {
        available.insert(QString::fromLatin1(*name));
    }
    QStringList codes;
    for (const LanguageRow &row : LanguageRows) {
        if (available.contains(QString::fromLatin1(row.algorithm))) {
            codes.append(QString::fromLatin1(row.names).section(QLatin1Char(' '), 0, 0));
        }
    }
    codes.sort();
    return codes;
}

TextAnalyzer::Stemmer *TextAnalyzer::stemmerFor(QStringView language)
{
    const QString algorithm = algorithmFor(language);
    if (algorithm.isEmpty()) {
        return nullptr;
    }
    auto it = m_stemmers.find(algorithm);
    if (it == m_stemmers.end()) {
        auto stemmer = std::make_shared<Stemmer>();
        stemmer->handle.reset(sb_stemmer_new(algorithm.toLatin1().constData(), "UTF_8"));
        it = m_stemmers.insert(algorithm, stemmer);
    }
    return it.value()->handle ? it.value().get() : nullptr;
}

} // namespace Folio::Search
