// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The building blocks of SyntheticCorpus (folioctl dev generate): a small deterministic random number
// generator, a Zipf sampler, and the word lists a generated library is written in — per language, real
// function and business words at the top ranks and ~50,000 pronounceable pseudo-words below them, so
// that term frequencies follow Zipf's law like real text; plus business phrases ("brand guidelines"),
// keywords, persons, companies and campaigns. Nothing here reads the clock or the environment: the same
// seed gives the same numbers on every run of the same build.
//
// Thread safety: SyntheticRandom is a value, used by one thread at a time. ZipfSampler is immutable once
// built. The lexicons are built once, on first use (thread-safe static initialisation), and immutable.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Folio::Search {

// xoshiro256** seeded through SplitMix64: fast, and the same sequence on every platform (the standard
// library's distributions are implementation-defined, so none are used).
class SyntheticRandom
{
public:
    explicit SyntheticRandom(quint64 seed);

    quint64 next();
    double uniform(); // [0, 1)
    quint64 below(quint64 bound); // [0, bound); bound > 0
    int between(int low, int high); // [low, high]
    bool chance(double probability) { return uniform() < probability; }
    double normal(); // mean 0, standard deviation 1
    // A log-normal value with this median and shape (sigma of its logarithm).
    double logNormal(double median, double sigma);
    // An index i into WEIGHTS, chosen with probability WEIGHTS[i] / sum(WEIGHTS).
    int weighted(std::initializer_list<double> weights);

    // SplitMix64's mixing step, to derive independent seeds (seed, index) -> seed.
    static quint64 mix(quint64 value);

private:
    quint64 m_state[4];
};

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1 + q)^s (Zipf-Mandelbrot), in
// constant time (Vose's alias method).
class ZipfSampler
{
public:
    ZipfSampler() = default;
    ZipfSampler(int n, double s, double q);

    int sample(SyntheticRandom &random) const;
    int size() const { return int(m_alias.size()); }
    // The probability of RANK, for tests and calibration.
    double probability(int rank) const;

private:
    QList<double> m_probability;
    QList<int> m_alias;
    QList<double> m_weights; // normalised, for probability()
};

// The words of one language, most frequent first, and the multi-word phrases its texts use.
struct Lexicon
{
    QString language; // ISO 639-1
    QStringList words; // real words first, then the shared pseudo-words; about 50,000
    int realWords = 0; // how many of words are real words of the language
    ZipfSampler zipf;
    QStringList phrases; // collocations, most frequent first
    ZipfSampler phraseZipf;
    QStringList topics; // business nouns that name subjects in titles ("budget", "Datenschutz")
    QHash<QString, QString> documentNouns; // document class ("report") -> its name in this language
};

namespace SyntheticVocabulary {

// The languages generated text is written in, most common first: en, de, fr, es, it, nl.
const QStringList &languages();
// The lexicon of LANGUAGE (English for an unknown one).
const Lexicon &lexicon(const QString &language);
// The shared pseudo-words (the tail of every lexicon), most frequent first.
const QStringList &pseudoWords();

// About 3,000 keywords, most used first; "summer" and "draft" among the first few.
const QStringList &keywords();
// About 600 people ("Ada Lovelace" among the first few).
const QStringList &persons();
// Fictitious company names ("Velmora GmbH").
const QStringList &companies();
// Regions ("EU", "NA", "APAC", "LATAM", …).
const QStringList &regions();
// Camera models and lenses of photos.
const QStringList &cameras();
const QStringList &lenses();
// Campaign names of a season and year, e.g. campaign(0, 2025) = "spring2025"; seasons 0..5 are spring,
// summer, autumn, winter, backtoschool, blackfriday.
QString campaign(int season, int year);

} // namespace SyntheticVocabulary

} // namespace Folio::Search
