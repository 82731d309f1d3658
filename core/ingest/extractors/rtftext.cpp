// SPDX-License-Identifier: GPL-3.0-or-later
// TextExtractor::rtfToText(): a small reader of RTF's text and \info group.
#include "ingest/extractors/textextractor.h"

#include "ingest/extractors/windows1252.h"

#include <QDate>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cctype>

namespace Folio {

namespace {

QString isoFromParts(const std::array<int, 5> &parts)
{
    const QDate date(parts[0], std::max(parts[1], 1), std::max(parts[2], 1));
    if (!date.isValid() || parts[0] <= 0) {
        return {};
    }
    return date.toString(Qt::ISODate)
        + QStringLiteral("T%1:%2:00").arg(parts[3], 2, 10, QLatin1Char('0')).arg(parts[4], 2, 10, QLatin1Char('0'));
}

} // namespace

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
            out->append(decoder.isValid() ? decoder.decode(pendingBytes) : Internal::decodeWindows1252(pendingBytes));
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

} // namespace Folio
