// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"

#include <QLocale>

#include <cmath>

namespace Folio::Search {

namespace {

void collectHighlights(const QueryNode &node, QStringList &words)
{
    switch (node.kind) {
    case NodeKind::Word:
    case NodeKind::Prefix:
    case NodeKind::Phrase:
        if (!node.text.isEmpty() && !words.contains(node.text)) {
            words.append(node.text);
        }
        break;
    case NodeKind::And:
    case NodeKind::Or:
        for (const QueryNodePtr &child : node.children) {
            if (child) {
                collectHighlights(*child, words);
            }
        }
        break;
    default: break; // Not: what the user excluded is never in a hit; the rest holds no typed words
    }
}

// A value as one token of the rendering: bare when that is unambiguous, else quoted with \ escapes.
QString atom(const QString &value)
{
    static const QString special = QStringLiteral(" ()\"\\|:");
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        plain = plain && !special.contains(c) && !c.isSpace() && c.isPrint();
    }
    if (plain) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Whole numbers in full (sizes and epoch seconds read better as 10000000 than as 1e+07).
QString number(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString fieldPrefix(const QueryNode &node)
{
    return node.field.isEmpty() ? QString() : atom(node.field) + QLatin1Char(':');
}

QString forms(const QStringList &alternatives)
{
    QStringList atoms;
    for (const QString &form : alternatives) {
        atoms.append(atom(form));
    }
    return atoms.join(QLatin1Char('|'));
}

void render(const QueryNode &node, QString &out)
{
    switch (node.kind) {
    case NodeKind::MatchAll: out += QLatin1String("(all)"); return;
    case NodeKind::Word:
        out += QLatin1String("(word ") + fieldPrefix(node) + forms(node.forms) + QLatin1Char(')');
        return;
    case NodeKind::Prefix:
        out += QLatin1String("(prefix ") + fieldPrefix(node) + atom(node.forms.value(0)) + QLatin1Char(')');
        return;
    case NodeKind::Phrase: {
        QStringList words;
        for (const QStringList &alternatives : node.phrase) {
            words.append(forms(alternatives));
        }
        out += QLatin1String("(phrase ") + fieldPrefix(node) + QLatin1Char('"') + words.join(QLatin1Char(' '))
            + QLatin1String("\")");
        return;
    }
    case NodeKind::Term:
        out += QLatin1String("(term ") + atom(node.field) + QLatin1Char(' ') + atom(node.value) + QLatin1Char(')');
        return;
    case NodeKind::Range:
        out += QLatin1String("(range ") + atom(node.field);
        if (std::isfinite(node.low)) {
            out += QLatin1String(node.lowInclusive ? " >=" : " >") + number(node.low);
        }
        if (std::isfinite(node.high)) {
            out += QLatin1String(node.highInclusive ? " <=" : " <") + number(node.high);
        }
        out += QLatin1Char(')');
        return;
    case NodeKind::Has: out += QLatin1String("(has ") + atom(node.value) + QLatin1Char(')'); return;
    case NodeKind::Is: out += QLatin1String("(is ") + atom(node.value) + QLatin1Char(')'); return;
    case NodeKind::And: out += QLatin1String("(and"); break;
    case NodeKind::Or: out += QLatin1String("(or"); break;
    case NodeKind::Not: out += QLatin1String("(not"); break;
    }
    for (const QueryNodePtr &child : node.children) {
        out += QLatin1Char(' ');
        if (child) {
            render(*child, out);
        } else {
            out += QLatin1String("(null)");
        }
    }
    out += QLatin1Char(')');
}

} // namespace

QStringList highlightWords(const QueryNode &root)
{
    QStringList words;
    collectHighlights(root, words);
    return words;
}

QString describe(const QueryNode &root)
{
    QString out;
    render(root, out);
    return out;
}

} // namespace Folio::Search
