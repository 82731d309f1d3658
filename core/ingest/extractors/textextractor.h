// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the text of text formats — plain text, Markdown, CSV, HTML and RTF — for full-text search and the
// few properties they carry (an HTML <title> and <meta> description/keywords/author, an RTF \info group, a
// Markdown document's first heading). The character set is detected, never assumed: a byte-order mark
// (UTF-8, UTF-16 and UTF-32, either byte order), else UTF-16 recognised by its zero bytes, else valid UTF-8,
// else the charset an HTML or XML document declares, else Windows-1252; the field `encoding` names it.
// HTML goes through a small tolerant tag stripper (QXmlStreamReader stops at the first unclosed <p>) that
// drops <script> and <style> contents and decodes the common entities; RTF through a small reader of its
// own. Nothing in a file is executed or fetched.
//
// Limits: at most MaxTextChars characters of text per file, and at most MaxInputBytes bytes read (HTML and
// RTF carry markup and pictures besides their text); what lies beyond is left out with a warning.
//
// Thread safety: stateless; every function may run on any number of threads at once.
// Ownership: holds nothing; results are values.

#include "error.h"
#include "ingest/extractors/contentextraction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>

namespace Folio {

struct DecodedText
{
    QString text;
    QString encoding; // IANA name: "US-ASCII", "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "windows-1252", …
    bool byteOrderMark = false;
};

// What an HTML document says about itself in its <head>.
struct HtmlHead
{
    QString title; // the first <title>, entities decoded, white space collapsed
    QHash<QString, QString> meta; // <meta name="…" content="…">, names in lower case; the first of each wins
};

class TextExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::TextExtractor)

public:
    static constexpr qsizetype MaxTextChars = qsizetype(10) << 20;
    static constexpr qint64 MaxInputBytes = qint64(64) << 20;

    // Whether extract() reads files of MIMETYPE: text/* (plain, Markdown, CSV, HTML…), RTF, XHTML, JSON, XML.
    static bool handles(const QString &mimeType);
    // The text of the file at PATH, whose content type is MIMETYPE (as TypeDetector names it): one page
    // text, the field `encoding` (and title, description, keywords, creator, created, modified where the
    // file has them) and the raw properties as tags ("text.encoding", "html.meta.author", "rtf.title").
    // Fails only when the file cannot be read (NotFound, Io, InvalidArgument for a folder, FIFO or
    // device); text in an unexpected encoding or broken markup is read as well as it can be.
    static Result<ContentExtraction> extract(const QString &path, const QString &mimeType);

    // Decodes BYTES as described above; DECLAREDCHARSET (an HTML/XML declaration) is tried only when the
    // bytes have no byte-order mark and are not valid UTF-8. BYTES end on a character boundary (extract()
    // trims a file it cut at its limit), or they are no valid UTF-8.
    static DecodedText decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});
    // The charset an HTML <meta> or an XML declaration in the first 4 KiB of BYTES names; empty if none.
    static QByteArray declaredCharset(const QByteArray &bytes);
    // The visible text of HTML or XHTML: tags removed, <script>, <style> and comments dropped, block
    // elements on lines of their own, table cells separated by tabs, white space collapsed outside <pre>,
    // character references and the common named entities decoded. HEAD, when given, receives the <title>
    // and the <meta> name/content pairs; the title is not part of the text.
    static QString htmlToText(QStringView html, HtmlHead *head = nullptr);
    // The text of an RTF document: control words and the groups that hold no text (font, colour and style
    // tables, pictures, objects, field instructions, every \* destination) skipped, \'hh decoded with the
    // \ansicpg code page (Windows-1252 when none), \uN escapes honoured with \ucN, \par and \line as new
    // lines, \tab and \cell as tabs. INFO, when given, receives the \info group's title, subject, author,
    // keywords, doccomm, company, operator, category, manager, creatim and revtim (dates as ISO-8601), by
    // those names, and "codepage" ("windows-1252"); WARNINGS receives what was left out.
    static QString rtfToText(
        const QByteArray &rtf, QHash<QString, QString> *info = nullptr, QStringList *warnings = nullptr);
};

} // namespace Folio
