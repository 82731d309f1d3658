// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/textextractor.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace Folio {

namespace {

enum class Flavour { Plain, Markdown, Csv, Html, Rtf };

Flavour flavourOf(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    if (type == u"text/html" || type == u"application/xhtml+xml") {
        return Flavour::Html;
    }
    if (type == u"text/rtf" || type == u"application/rtf") {
        return Flavour::Rtf;
    }
    if (type == u"text/markdown" || type == u"text/x-markdown") {
        return Flavour::Markdown;
    }
    if (type == u"text/csv" || type == u"text/tab-separated-values") {
        return Flavour::Csv;
    }
    return Flavour::Plain;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Reads at most LIMIT bytes of the regular file at PATH; TRUNCATED when it holds more. O_NONBLOCK keeps a
// FIFO put in the file's place from blocking the open; fstat then refuses it.
Result<QByteArray> readFile(const QString &path, qint64 limit, bool &truncated)
{
    const QString name = QFileInfo(path).fileName();
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        const auto code = error == ENOENT ? Error::Code::NotFound
            : error == EACCES             ? Error::Code::PermissionDenied
                                          : Error::Code::Io;
        return fail(code,
            TextExtractor::tr("%1 could not be opened: %2").arg(name, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat info
    {
    };
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail(Error::Code::InvalidArgument, TextExtractor::tr("%1 is not a regular file.").arg(name));
    }
    truncated = info.st_size > limit;
    QByteArray data(qsizetype(std::min<qint64>(info.st_size, limit)), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t got = ::read(fd.get(), data.data() + done, size_t(data.size() - done));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return fail(Error::Code::Io,
                TextExtractor::tr("%1 could not be read: %2").arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (got == 0) {
            break; // the file shrank meanwhile
        }
        done += got;
    }
    data.truncate(done);
    return data;
}

// A file cut at a limit may end inside a UTF-8 sequence; without this the whole file would fail the UTF-8
// check and be read as Windows-1252.
void dropPartialUtf8Tail(QByteArray &data)
{
    qsizetype at = data.size() - 1;
    int continuation = 0;
    while (at >= 0 && continuation < 3 && (quint8(data.at(at)) & 0xC0) == 0x80) {
        --at;
        ++continuation;
    }
    if (at < 0) {
        return;
    }
    const auto lead = quint8(data.at(at));
    const int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    if (needed > continuation) {
        data.truncate(at);
    }
}

// Windows-1252 gives 0x80-0x9F printable characters where Latin-1 has C1 controls; HTML character
// references in that range mean these too.
constexpr std::array<char16_t, 32> Cp1252High = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = quint8(byte);
        *out++ = value >= 0x80 && value < 0xA0 ? QChar(Cp1252High[value - 0x80]) : QChar(value);
    }
    return text;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        out.append(QChar::ReplacementCharacter);
    } else if (code >= 0x80 && code < 0xA0) {
        out.append(QChar(Cp1252High[code - 0x80]));
    } else {
        const char32_t codes[] = { code };
        out.append(QString::fromUcs4(codes, 1));
    }
}

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

QString isoFromParts(const std::array<int, 5> &parts)
{
    const QDate date(parts[0], std::max(parts[1], 1), std::max(parts[2], 1));
    if (!date.isValid() || parts[0] <= 0) {
        return {};
    }
    return date.toString(Qt::ISODate)
        + QStringLiteral("T%1:%2:00").arg(parts[3], 2, 10, QLatin1Char('0')).arg(parts[4], 2, 10, QLatin1Char('0'));
}

void addTag(QJsonArray &tags, const QString &key, const QString &value)
{
    tags.append(QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("value"), value } });
}

QStringList splitKeywords(const QString &value)
{
    QStringList words;
    for (const QString &word : value.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (const QString trimmed = word.trimmed(); !trimmed.isEmpty() && !words.contains(trimmed)) {
            words.append(trimmed);
        }
    }
    return words;
}

// The first ATX heading ("# Title") outside fenced code blocks.
QString markdownTitle(const QString &text)
{
    bool fenced = false;
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (++lines > 200) {
            break;
        }
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            fenced = !fenced;
        } else if (!fenced && trimmed.startsWith(u"# ")) {
            QString title = trimmed.sliced(2).toString();
            while (title.endsWith(u'#')) {
                title.chop(1);
            }
            return title.trimmed();
        }
    }
    return {};
}

} // namespace

bool TextExtractor::handles(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    return type.startsWith(u"text/") || type == u"application/rtf" || type == u"application/xhtml+xml"
        || type == u"application/json" || type == u"application/xml";
}

QByteArray TextExtractor::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

DecodedText TextExtractor::decode(const QByteArray &bytes, const QByteArray &declared)
{
    using Encoding = QStringConverter::Encoding;
    struct Bom
    {
        QByteArrayView mark;
        Encoding encoding;
        const char *name;
    };
    // UTF-32LE before UTF-16LE: both start with FF FE.
    const Bom boms[] = { { QByteArrayView("\xEF\xBB\xBF", 3), Encoding::Utf8, "UTF-8" },
        { QByteArrayView("\xFF\xFE\0\0", 4), Encoding::Utf32LE, "UTF-32LE" },
        { QByteArrayView("\0\0\xFE\xFF", 4), Encoding::Utf32BE, "UTF-32BE" },
        { QByteArrayView("\xFF\xFE", 2), Encoding::Utf16LE, "UTF-16LE" },
        { QByteArrayView("\xFE\xFF", 2), Encoding::Utf16BE, "UTF-16BE" } };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(bom.mark)) {
            QStringDecoder decoder(bom.encoding);
            return { decoder.decode(QByteArrayView(bytes).sliced(bom.mark.size())), QLatin1StringView(bom.name), true };
        }
    }
    // UTF-16 without a mark: text in Latin scripts has a zero in every other byte.
    const QByteArrayView sample = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1));
    if (sample.size() >= 4) {
        qsizetype zeroEven = 0;
        qsizetype zeroOdd = 0;
        for (qsizetype i = 0; i < sample.size(); ++i) {
            if (sample[i] == '\0') {
                ++(i % 2 == 0 ? zeroEven : zeroOdd);
            }
        }
        const qsizetype pairs = sample.size() / 2;
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) {
            return { QStringDecoder(Encoding::Utf16LE).decode(bytes), QStringLiteral("UTF-16LE"), false };
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) {
            return { QStringDecoder(Encoding::Utf16BE).decode(bytes), QStringLiteral("UTF-16BE"), false };
        }
    }
    QStringDecoder utf8(Encoding::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char byte) { return quint8(byte) < 0x80; });
        return { std::move(text), ascii ? QStringLiteral("US-ASCII") : QStringLiteral("UTF-8"), false };
    }
    // Browsers read a declared Latin-1 as Windows-1252 too; a declared UTF-8 has just been disproved.
    const QByteArray name = declared.toLower();
    static const QSet<QByteArray> westernOrWrong = { "utf-8", "utf8", "iso-8859-1", "latin1", "latin-1", "us-ascii",
        "ascii", "windows-1252", "cp1252", "utf-16", "utf-32" };
    if (!name.isEmpty() && !westernOrWrong.contains(name)) {
        if (QStringDecoder decoder(name.constData()); decoder.isValid()) {
            return { decoder.decode(bytes), QString::fromLatin1(name), false };
        }
    }
    return { decodeWindows1252(bytes), QStringLiteral("windows-1252"), false };
}

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

QString TextExtractor::rtfToText(const QByteArray &rtf, QHash<QString, QString> *info, QStringList *warnings)
{
    // Groups that hold no text a reader sees; \* marks the rest.
    static const QSet<QByteArray> skipped
        = { "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator",
              "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "pict", "fldinst", "filetbl",
              "objdata", "objclass", "nonshppict", "bkmkstart", "bkmkend", "pgdsctbl", "sp", "sn", "sv", "userprops",
              "docvar", "mmathPr", "wgrffmtfilter", "fchars", "lchars", "passwordhash", "protusertbl", "panose", "falt",
              "picprop", "blipuid", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "template", "xe", "txe" };
    static const QSet<QByteArray> infoFields
        = { "title", "subject", "author", "keywords", "doccomm", "company", "operator", "category", "manager" };
    static const QHash<QByteArray, QString> symbols = { { "par", QStringLiteral("\n") },
        { "line", QStringLiteral("\n") }, { "sect", QStringLiteral("\n") }, { "page", QStringLiteral("\n") },
        { "row", QStringLiteral("\n") }, { "tab", QStringLiteral("\t") }, { "cell", QStringLiteral("\t") },
        { "nestcell", QStringLiteral("\t") }, { "emdash", QStringLiteral("\u2014") },
        { "endash", QStringLiteral("\u2013") }, { "bullet", QStringLiteral("\u2022") },
        { "lquote", QStringLiteral("\u2018") }, { "rquote", QStringLiteral("\u2019") },
        { "ldblquote", QStringLiteral("\u201C") }, { "rdblquote", QStringLiteral("\u201D") },
        { "emspace", QStringLiteral(" ") }, { "enspace", QStringLiteral(" ") }, { "qmspace", QStringLiteral(" ") } };
    constexpr int MaxDepth = 1000;

    struct Group
    {
        bool skip = false;
        int uc = 1;
        bool inInfo = false;
        QByteArray field; // an \info member whose text is captured
    };
    QList<Group> stack { Group {} };
    int overflowDepth = 0; // groups nested beyond MaxDepth: their text is skipped
    QString body;
    QHash<QString, QString> fields;
    QHash<QString, std::array<int, 5>> dates;
    QByteArray pendingBytes;
    int skipChars = 0;
    int codePage = 1252;
    QStringDecoder decoder("windows-1252");
    bool tooDeep = false;

    auto target = [&]() -> QString * {
        const Group &group = stack.last();
        if (overflowDepth > 0) {
            return nullptr;
        }
        if (!group.field.isEmpty()) {
            return &fields[QString::fromLatin1(group.field)];
        }
        return group.skip ? nullptr : &body;
    };
    auto flushBytes = [&] {
        if (pendingBytes.isEmpty()) {
            return;
        }
        if (QString *out = target()) {
            out->append(decoder.isValid() ? decoder.decode(pendingBytes) : decodeWindows1252(pendingBytes));
        }
        pendingBytes.clear();
    };
    auto put = [&](QStringView text) {
        flushBytes();
        if (QString *out = target()) {
            out->append(text);
        }
    };

    const qsizetype size = rtf.size();
    for (qsizetype i = 0; i < size && body.size() <= MaxTextChars;) {
        const char c = rtf.at(i);
        if (c == '{' || c == '}') {
            flushBytes();
            skipChars = 0;
            if (c == '{' && (overflowDepth > 0 || stack.size() >= MaxDepth)) {
                ++overflowDepth;
                tooDeep = true;
            } else if (c == '{') {
                Group child = stack.last();
                child.field.clear();
                stack.append(child);
            } else if (overflowDepth > 0) {
                --overflowDepth;
            } else if (stack.size() > 1) {
                stack.removeLast();
            }
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        if (c != '\\') {
            if (skipChars > 0) {
                --skipChars;
            } else {
                pendingBytes.append(c);
            }
            ++i;
            continue;
        }
        if (++i >= size) {
            break;
        }
        const char symbol = rtf.at(i);
        if (symbol == '\'') {
            bool ok = false;
            const char byte = char(rtf.mid(i + 1, 2).toInt(&ok, 16));
            i += 3;
            if (ok && skipChars > 0) {
                --skipChars;
            } else if (ok) {
                pendingBytes.append(byte);
            }
            continue;
        }
        if (!std::isalpha(quint8(symbol))) {
            ++i;
            if (symbol == '*') {
                stack.last().skip = true;
            } else if (symbol == '\\' || symbol == '{' || symbol == '}') {
                put(QString(QLatin1Char(symbol)));
            } else if (symbol == '~') {
                put(u"\u00A0");
            } else if (symbol == '_') {
                put(u"\u2011");
            } else if (symbol == '\n' || symbol == '\r') {
                put(u"\n");
            }
            continue;
        }
        const qsizetype wordStart = i;
        while (i < size && i - wordStart < 32 && std::isalpha(quint8(rtf.at(i)))) {
            ++i;
        }
        const QByteArray word = rtf.mid(wordStart, i - wordStart);
        const qsizetype numberStart = i;
        if (i < size && rtf.at(i) == '-') {
            ++i;
        }
        while (i < size && i - numberStart < 10 && std::isdigit(quint8(rtf.at(i)))) {
            ++i;
        }
        const bool hasParameter = i > numberStart;
        const int parameter = hasParameter ? rtf.mid(numberStart, i - numberStart).toInt() : 0;
        if (i < size && rtf.at(i) == ' ') {
            ++i;
        }
        Group &group = stack.last();
        if (word == "bin" && hasParameter) {
            flushBytes();
            i += std::max(0, parameter); // raw binary data
        } else if (word == "u" && hasParameter) {
            const auto unit = char16_t(parameter < 0 ? parameter + 65536 : parameter);
            put(QStringView(&unit, 1));
            skipChars = group.uc;
        } else if (word == "uc" && hasParameter) {
            group.uc = std::clamp(parameter, 0, 10);
        } else if (word == "ansicpg" && hasParameter && parameter != codePage) {
            flushBytes();
            codePage = parameter;
            decoder = QStringDecoder(QByteArray("windows-" + QByteArray::number(parameter)).constData());
            if (!decoder.isValid()) {
                decoder = QStringDecoder(QByteArray("CP" + QByteArray::number(parameter)).constData());
            }
            if (!decoder.isValid()) {
                if (warnings) {
                    warnings->append(tr("Code page %1 is unknown; Windows-1252 was used.").arg(parameter));
                }
                decoder = QStringDecoder("windows-1252");
            }
        } else if (word == "info") {
            flushBytes();
            group.skip = true;
            group.inInfo = true;
        } else if (group.inInfo && infoFields.contains(word)) {
            flushBytes();
            group.field = word;
        } else if (group.inInfo && (word == "creatim" || word == "revtim")) {
            flushBytes();
            group.field = "#" + word; // collects the date parts below, not text
        } else if (group.field.startsWith('#') && hasParameter) {
            static const QByteArray parts[] = { "yr", "mo", "dy", "hr", "min" };
            for (int part = 0; part < 5; ++part) {
                if (word == parts[part]) {
                    dates[QString::fromLatin1(group.field.mid(1))][size_t(part)] = parameter;
                }
            }
        } else if (skipped.contains(word)) {
            flushBytes();
            group.skip = true;
        } else if (const auto found = symbols.constFind(word); found != symbols.constEnd()) {
            put(*found);
        }
    }
    flushBytes();
    if (body.size() > MaxTextChars && warnings) {
        warnings->append(tr("The text is longer than %1 characters; the rest was left out.").arg(MaxTextChars));
    }
    if (tooDeep && warnings) {
        warnings->append(tr("Groups nested deeper than %1 levels were left out.").arg(MaxDepth));
    }
    if (info) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (!it.key().startsWith(u'#') && !it.value().trimmed().isEmpty()) {
                info->insert(it.key(), it.value().trimmed());
            }
        }
        for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
            if (const QString date = isoFromParts(it.value()); !date.isEmpty()) {
                info->insert(it.key(), date);
            }
        }
        info->insert(QStringLiteral("codepage"), QStringLiteral("windows-%1").arg(codePage));
    }
    return body.trimmed();
}

Result<ContentExtraction> TextExtractor::extract(const QString &path, const QString &mimeType)
{
    const QString name = QFileInfo(path).fileName();
    const Flavour flavour = flavourOf(mimeType);
    const bool markup = flavour == Flavour::Html || flavour == Flavour::Rtf;
    const qint64 limit = markup ? MaxInputBytes : MaxTextChars;
    bool truncated = false;
    auto bytes = readFile(path, limit, truncated);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    ContentExtraction result;
    if (truncated) {
        dropPartialUtf8Tail(*bytes);
        result.warnings.append(tr("%1 is larger than %2 MiB; only its beginning was read.").arg(name).arg(limit >> 20));
    }
    QString text;
    QString encoding;
    auto setText = [&](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            result.fields.insert(QLatin1StringView(key), value.trimmed());
        }
    };
    if (flavour == Flavour::Rtf && bytes->startsWith("{\\rtf")) {
        QHash<QString, QString> info;
        text = rtfToText(*bytes, &info, &result.warnings);
        encoding = info.take(QStringLiteral("codepage"));
        for (auto it = info.cbegin(); it != info.cend(); ++it) {
            addTag(result.tags, QStringLiteral("rtf.") + it.key(), it.value());
        }
        setText("title", info.value(QStringLiteral("title")));
        setText("creator", info.value(QStringLiteral("author")));
        setText("description", info.value(QStringLiteral("subject"), info.value(QStringLiteral("doccomm"))));
        setText("created", info.value(QStringLiteral("creatim")));
        setText("modified", info.value(QStringLiteral("revtim")));
        if (const QStringList words = splitKeywords(info.value(QStringLiteral("keywords"))); !words.isEmpty()) {
            result.fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(words));
        }
    } else {
        if (flavour == Flavour::Rtf) {
            result.warnings.append(tr("%1 does not start like an RTF document; it was read as plain text.").arg(name));
        }
        const DecodedText decoded = decode(*bytes, flavour == Flavour::Html ? declaredCharset(*bytes) : QByteArray());
        bytes->clear();
        encoding = decoded.encoding;
        if (decoded.byteOrderMark) {
            addTag(result.tags, QStringLiteral("text.byte-order-mark"), QStringLiteral("true"));
        }
        if (flavour == Flavour::Html) {
            HtmlHead head;
            text = htmlToText(decoded.text, &head);
            setText("title", head.title);
            setText("description", head.meta.value(QStringLiteral("description")));
            setText("creator", head.meta.value(QStringLiteral("author")));
            if (const QStringList words = splitKeywords(head.meta.value(QStringLiteral("keywords")));
                !words.isEmpty()) {
                result.fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(words));
            }
            if (!head.title.isEmpty()) {
                addTag(result.tags, QStringLiteral("html.title"), head.title);
            }
            for (auto it = head.meta.cbegin(); it != head.meta.cend(); ++it) {
                addTag(result.tags, QStringLiteral("html.meta.") + it.key(), it.value());
            }
        } else {
            text = decoded.text;
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            text.replace(u'\r', u'\n');
            if (flavour == Flavour::Markdown) {
                setText("title", markdownTitle(text));
            }
        }
    }
    if (text.size() > MaxTextChars) {
        text.truncate(MaxTextChars);
        result.warnings.append(
            tr("The text of %1 is longer than %2 characters; the rest was left out.").arg(name).arg(MaxTextChars));
    }
    result.fields.insert(QStringLiteral("encoding"), encoding);
    addTag(result.tags, QStringLiteral("text.encoding"), encoding);
    result.pageTexts = { text };
    return result;
}

} // namespace Folio
