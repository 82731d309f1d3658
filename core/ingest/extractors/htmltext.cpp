// SPDX-License-Identifier: GPL-3.0-or-later
// TextExtractor::htmlToText(): a small tolerant tag stripper for HTML and XHTML, with its entity decoder.
#include "ingest/extractors/textextractor.h"

#include "ingest/extractors/windows1252.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Folio {

namespace {

using Internal::appendCodePoint;

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> entities = [] {
        // U+00A0..U+00FF in order.
        static const char *const latin1[] = { "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
            "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute",
            "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
            "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
            "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml",
            "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute",
            "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave",
            "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
            "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml" };
        QHash<QString, char16_t> map;
        for (char16_t code = 0xA0; const char *name : latin1) {
            map.insert(QLatin1StringView(name), code++);
        }
        const std::pair<const char *, char16_t> others[] = { { "amp", u'&' }, { "lt", u'<' }, { "gt", u'>' },
            { "quot", u'"' }, { "apos", u'\'' }, { "OElig", 0x152 }, { "oelig", 0x153 }, { "Scaron", 0x160 },
            { "scaron", 0x161 }, { "Yuml", 0x178 }, { "fnof", 0x192 }, { "circ", 0x2C6 }, { "tilde", 0x2DC },
            { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 }, { "zwnj", 0x200C }, { "zwj", 0x200D },
            { "lrm", 0x200E }, { "rlm", 0x200F }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
            { "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E },
            { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "bull", 0x2022 }, { "hellip", 0x2026 }, { "permil", 0x2030 },
            { "prime", 0x2032 }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A }, { "euro", 0x20AC }, { "trade", 0x2122 },
            { "larr", 0x2190 }, { "rarr", 0x2192 }, { "minus", 0x2212 }, { "le", 0x2264 }, { "ge", 0x2265 },
            { "ne", 0x2260 }, { "infin", 0x221E } };
        for (const auto &[name, code] : others) {
            map.insert(QLatin1StringView(name), code);
        }
        return map;
    }();
    return entities;
}

// Decodes the character reference or named entity at TEXT[AT] ('&') into OUT; returns the characters it
// took, 0 when there is none (the '&' is then text).
qsizetype decodeEntity(QStringView text, qsizetype at, QString &out)
{
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == u'#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
        i += hex ? 1 : 0;
        const qsizetype start = i;
        char32_t code = 0;
        while (i < text.size() && i - start < 8) {
            const int digit = QChar::isDigit(text[i].unicode()) && text[i].unicode() < 128 ? text[i].unicode() - u'0'
                : hex && text[i].toLower() >= u'a' && text[i].toLower() <= u'f'
                ? text[i].toLower().unicode() - u'a' + 10
                : -1;
            if (digit < 0) {
                break;
            }
            code = code * (hex ? 16 : 10) + char32_t(digit);
            ++i;
        }
        if (i == start) {
            return 0;
        }
        i += i < text.size() && text[i] == u';' ? 1 : 0;
        appendCodePoint(out, code);
        return i - at;
    }
    const qsizetype start = i;
    while (i < text.size() && i - start < 32 && text[i].unicode() < 128 && text[i].isLetterOrNumber()) {
        ++i;
    }
    if (i == start || i >= text.size() || text[i] != u';') {
        return 0;
    }
    const auto found = namedEntities().constFind(text.sliced(start, i - start).toString());
    if (found == namedEntities().constEnd()) {
        return 0;
    }
    out.append(QChar(*found));
    return i + 1 - at;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype taken = text[i] == u'&' ? decodeEntity(text, i, out) : 0;
        if (taken == 0) {
            out.append(text[i]);
        }
        i += taken > 0 ? taken : 1;
    }
    return out;
}

// The attributes of a start tag (TAG is the text between '<' and '>'), names in lower case.
QHash<QString, QString> attributesOf(QStringView tag)
{
    QHash<QString, QString> attributes;
    qsizetype i = 0;
    while (i < tag.size() && !tag[i].isSpace() && tag[i] != u'/') {
        ++i; // the element's name
    }
    while (i < tag.size()) {
        while (i < tag.size() && (tag[i].isSpace() || tag[i] == u'/')) {
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < tag.size() && !tag[i].isSpace() && tag[i] != u'=' && tag[i] != u'/') {
            ++i;
        }
        const QString name = tag.sliced(nameStart, i - nameStart).toString().toLower();
        while (i < tag.size() && tag[i].isSpace()) {
            ++i;
        }
        QString value;
        if (i < tag.size() && tag[i] == u'=') {
            ++i;
            while (i < tag.size() && tag[i].isSpace()) {
                ++i;
            }
            const QChar quote = i < tag.size() && (tag[i] == u'"' || tag[i] == u'\'') ? tag[i++] : QChar();
            const qsizetype valueStart = i;
            while (i < tag.size() && (quote.isNull() ? !tag[i].isSpace() : tag[i] != quote)) {
                ++i;
            }
            value = decodeEntities(tag.sliced(valueStart, i - valueStart));
            i += quote.isNull() ? 0 : 1;
        }
        if (!name.isEmpty() && !attributes.contains(name)) {
            attributes.insert(name, value);
        }
    }
    return attributes;
}

bool isBlockElement(const QString &name)
{
    static const QSet<QString> blocks = { QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("body"), QStringLiteral("caption"), QStringLiteral("dd"),
        QStringLiteral("div"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"), QStringLiteral("footer"), QStringLiteral("form"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("head"), QStringLiteral("header"), QStringLiteral("hr"),
        QStringLiteral("html"), QStringLiteral("li"), QStringLiteral("main"), QStringLiteral("nav"),
        QStringLiteral("ol"), QStringLiteral("option"), QStringLiteral("p"), QStringLiteral("pre"),
        QStringLiteral("section"), QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("tfoot"),
        QStringLiteral("thead"), QStringLiteral("tr"), QStringLiteral("ul") };
    return blocks.contains(name);
}

// Collects visible text, collapsing white space the way a browser lays it out (roughly).
class TextWriter
{
public:
    void space() { m_space = true; }
    void tab() { m_tab = true; }
    void block() { m_block = true; }
    void lineBreak() { ++m_newlines; }
    void append(QStringView text)
    {
        if (text.isEmpty()) {
            return;
        }
        if (!m_out.isEmpty()) {
            if (m_block || m_newlines > 0 || m_tab) {
                while (m_out.endsWith(u' ')) {
                    m_out.chop(1);
                }
            }
            if (m_block && !m_out.endsWith(u'\n')) {
                m_out.append(u'\n');
            }
            m_out.append(QString(std::min(m_newlines, 2), u'\n'));
            if (m_tab && !m_out.endsWith(u'\n')) {
                m_out.append(u'\t');
            } else if (m_space && !m_block && m_newlines == 0 && !m_out.endsWith(u'\n') && !m_out.endsWith(u' ')) {
                m_out.append(u' ');
            }
        }
        m_space = m_tab = m_block = false;
        m_newlines = 0;
        m_out.append(text);
    }
    QString take() { return std::move(m_out).trimmed(); }

private:
    QString m_out;
    bool m_space = false;
    bool m_tab = false;
    bool m_block = false;
    int m_newlines = 0;
};

} // namespace

QString TextExtractor::htmlToText(QStringView html, HtmlHead *head)
{
    TextWriter writer;
    int preDepth = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    QString pending;
    while (i < size) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? size : end + 3;
                continue;
            }
            if (html.sliced(i).startsWith(u"<![CDATA[")) {
                const qsizetype end = html.indexOf(u"]]>", i + 9);
                const qsizetype stop = end < 0 ? size : end;
                writer.append(html.sliced(i + 9, stop - i - 9).trimmed());
                i = end < 0 ? size : end + 3;
                continue;
            }
            qsizetype at = i + 1;
            const bool closing = at < size && html[at] == u'/';
            at += closing ? 1 : 0;
            if (at < size && (html[at] == u'!' || html[at] == u'?')) {
                const qsizetype end = html.indexOf(u'>', at);
                i = end < 0 ? size : end + 1;
                continue;
            }
            if (at >= size || !(html[at].unicode() < 128 && html[at].isLetter())) {
                writer.append(QStringView(&c, 1)); // a lone '<' is text
                ++i;
                continue;
            }
            const qsizetype nameStart = at;
            while (at < size && html[at].unicode() < 128
                && (html[at].isLetterOrNumber() || html[at] == u'-' || html[at] == u':')) {
                ++at;
            }
            QString name = html.sliced(nameStart, at - nameStart).toString().toLower();
            name = name.sliced(name.lastIndexOf(u':') + 1); // xhtml:p
            // The tag ends at the first '>' outside quotes.
            QChar quote;
            while (at < size && (html[at] != u'>' || !quote.isNull())) {
                if (quote.isNull() && (html[at] == u'"' || html[at] == u'\'')) {
                    quote = html[at];
                } else if (html[at] == quote) {
                    quote = QChar();
                }
                ++at;
            }
            const qsizetype tagEnd = std::min(at + 1, size);
            const bool selfClosing = at > 0 && at <= size && html[at - 1] == u'/';
            i = tagEnd;
            if (closing) {
                if (name == u"pre") {
                    preDepth = std::max(0, preDepth - 1);
                }
                if (isBlockElement(name)) {
                    writer.block();
                } else if (name == u"td" || name == u"th") {
                    writer.tab();
                }
                continue;
            }
            if ((name == u"script" || name == u"style" || name == u"template" || name == u"title") && !selfClosing) {
                const QString closer = QStringLiteral("</") + name;
                const qsizetype end = html.indexOf(closer, i, Qt::CaseInsensitive);
                const qsizetype stop = end < 0 ? size : end;
                if (name == u"title" && head && head->title.isEmpty()) {
                    head->title = decodeEntities(html.sliced(i, stop - i)).simplified();
                }
                const qsizetype after = end < 0 ? size : html.indexOf(u'>', end);
                i = after < 0 ? size : after + 1;
                continue;
            }
            if (name == u"meta" && head) {
                const QHash<QString, QString> attributes = attributesOf(html.sliced(nameStart, at - nameStart));
                QString key = attributes.value(QStringLiteral("name"), attributes.value(QStringLiteral("property")));
                key = key.trimmed().toLower();
                if (!key.isEmpty() && attributes.contains(QStringLiteral("content")) && !head->meta.contains(key)) {
                    head->meta.insert(key, attributes.value(QStringLiteral("content")).simplified());
                }
            }
            if (name == u"br") {
                writer.lineBreak();
            } else if (name == u"pre") {
                ++preDepth;
                writer.block();
            } else if (isBlockElement(name)) {
                writer.block();
            } else if (name == u"td" || name == u"th") {
                writer.tab();
            } else if (name == u"img") {
                // An image's alternative text is what a reader without it sees.
                const QString alt
                    = attributesOf(html.sliced(nameStart, at - nameStart)).value(QStringLiteral("alt")).simplified();
                writer.append(alt);
            }
            continue;
        }
        if (c == u'&') {
            pending.clear();
            if (const qsizetype taken = decodeEntity(html, i, pending); taken > 0) {
                writer.append(pending);
                i += taken;
                continue;
            }
        }
        if (c.isSpace() && preDepth == 0) {
            writer.space();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\n') {
                writer.lineBreak();
            }
        } else {
            // Runs of plain characters go in one piece.
            qsizetype end = i + 1;
            while (end < size && html[end] != u'<' && html[end] != u'&' && !html[end].isSpace()) {
                ++end;
            }
            writer.append(html.sliced(i, end - i));
            i = end;
            continue;
        }
        ++i;
    }
    return writer.take();
}

} // namespace Folio
