// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/textextractor.h"

#include "ingest/extractors/windows1252.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
    return { Internal::decodeWindows1252(bytes), QStringLiteral("windows-1252"), false };
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
