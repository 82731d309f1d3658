// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/snippet.h"

#include "search/textanalyzer.h"

#include <QRegularExpression>
#include <QSet>

namespace Folio::Search {

namespace {
constexpr qsizetype ScannedCharacters = 200'000;
constexpr qsizetype MaxMatches = 24;

// The first two letters of WORD folded as TextAnalyzer folds them, without its cost for plain ASCII.
QString firstLetters(const QString &word)
{
    if (word.size() >= 2 && word.at(0).unicode() < 0x80 && word.at(1).unicode() < 0x80) {
        return word.left(2).toLower();
    }
    return TextAnalyzer::foldValue(QStringView(word).left(4)).left(2);
}

struct Match
{
    qsizetype start;
    qsizetype end;
};
} // namespace

QString makeSnippet(
    const QString &text, const QStringList &words, TextAnalyzer &analyzer, const QString &language, int width)
{
    QSet<QString> terms;
    QStringList prefixes;
    for (const QString &word : words) {
        if (word.endsWith(QLatin1Char('*'))) {
            prefixes.append(analyzer.foldedWords(word.chopped(1)));
        } else {
            for (const QString &term : analyzer.terms(word, language)) {
                terms.insert(term);
            }
        }
    }
    if (terms.isEmpty() && prefixes.isEmpty()) {
        return {};
    }
    static const QRegularExpression wordPattern(
        QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QString scanned = text.left(ScannedCharacters);
    QList<Match> matches;
    // Text repeats its words: each distinct word is analysed once. Enough matches to choose a window
    // from end the scan early, so a long document costs no more than its first pages.
    QHash<QString, bool> known;
    // Stems and prefixes begin like the folded words they come from, so a word whose first two folded
    // letters begin no term cannot match and is not analysed (most words of a text).
    QSet<QString> starts;
    for (const QString &term : std::as_const(terms)) {
        starts.insert(term.left(2));
    }
    for (const QString &prefix : std::as_const(prefixes)) {
        starts.insert(prefix.left(2));
    }
    auto it = wordPattern.globalMatch(scanned);
    while (it.hasNext() && matches.size() < MaxMatches) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(0);
        auto found = known.constFind(word);
        if (found == known.constEnd() && !starts.contains(firstLetters(word))) {
            found = known.insert(word, false);
        }
        if (found == known.constEnd()) {
            bool hit = false;
            for (const QString &term : analyzer.terms(word, language)) {
                hit = hit || terms.contains(term);
            }
            if (!hit && !prefixes.isEmpty()) {
                const QStringList folded = analyzer.foldedWords(word);
                for (const QString &prefix : prefixes) {
                    hit = hit || (!folded.isEmpty() && folded.first().startsWith(prefix));
                }
            }
            found = known.insert(word, hit);
        }
        if (*found) {
            matches.append({ m.capturedStart(0), m.capturedEnd(0) });
        }
    }
    if (matches.isEmpty()) {
        return {};
    }
    // The window of WIDTH characters starting a little before a match that holds the most matches.
    qsizetype bestStart = 0;
    int bestCount = 0;
    for (qsizetype i = 0, j = 0; i < matches.size(); ++i) {
        while (j < matches.size() && matches[j].end - matches[i].start <= width) {
            ++j;
        }
        if (j - i > bestCount) {
            bestCount = int(j - i);
            bestStart = i;
        }
    }
    const qsizetype lead = width / 4;
    qsizetype from = qMax<qsizetype>(0, matches[bestStart].start - lead);
    qsizetype to = qMin(scanned.size(), from + width);
    while (from > 0 && !scanned.at(from - 1).isSpace() && matches[bestStart].start - from < lead + 20) {
        --from;
    }
    while (to < scanned.size() && !scanned.at(to).isSpace() && to - from < width + 20) {
        ++to;
    }
    QString snippet;
    qsizetype at = from;
    for (const Match &m : matches) {
        if (m.start < from || m.end > to) {
            continue;
        }
        snippet += scanned.mid(at, m.start - at) + QStringLiteral("«") + scanned.mid(m.start, m.end - m.start)
            + QStringLiteral("»");
        at = m.end;
    }
    snippet += scanned.mid(at, to - at);
    snippet = snippet.simplified();
    if (from > 0) {
        snippet.prepend(QStringLiteral("… "));
    }
    if (to < text.size()) {
        snippet.append(QStringLiteral(" …"));
    }
    return snippet;
}

} // namespace Folio::Search
