// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl's commands that run one item's jobs again with something the ingest did not have: unlock (a
// password) and ocr (the user's word that the item is a scan, or other languages).

#include "ingestcommands.h"
#include "jsonviews.h"

#include "domain/ids.h"
#include "ingest/extractors/archiveextractor.h"
#include "ingest/ingestengine.h"
#include "ingest/ocrjob.h"
#include "library/library.h"
#include "store/extractionrepository.h"
#include "store/jobrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <optional>
#include <termios.h>
#include <unistd.h>

namespace Folio::Cli {

namespace {

// Reads a password from FILE (its first line), or from standard input without echo on a terminal.
std::optional<QString> readPassword(Context &cx, const QString &file)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            cx.failWith(Error(
                Error::Code::Io, Context::tr("Cannot read the password file %1: %2").arg(file, in.errorString())));
            return std::nullopt;
        }
        return QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    const bool terminal = isatty(fileno(stdin));
    termios saved {};
    if (terminal) {
        cx.err() << Context::tr("Password: ");
        cx.err().flush();
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        cx.err() << '\n';
    }
    return password;
}

int unlock(Context &cx)
{
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        Context::tr("Read the password from this file (default: standard input)."), QStringLiteral("file"));
    if (!cx.parse(Context::tr("Open an encrypted document or archive with its password: extract its text and "
                              "renditions, or unpack its members. The password is used once and never stored."),
            { passwordFile }, { QStringLiteral("id") }, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    const auto password = readPassword(cx, cx.parser().value(passwordFile));
    if (!password) {
        return Failed;
    }
    auto queued = library->write([&]() -> Result<void> {
        auto count = JobRepository(library->database())
                         .enqueueForVersions(QStringLiteral("extract"), { item->currentVersionId }, 20, Ids::now());
        return count ? Result<void>() : Result<void>(std::unexpected(count.error()));
    });
    if (!queued) {
        return cx.failWith(queued.error());
    }
    IngestEngine engine(*library, IngestOptions {});
    engine.setPassword(item->currentVersionId, *password);
    engine.resume();
    runToEnd(cx, engine);
    if (!engine.fatalError().isEmpty()) {
        return cx.failWith(Error(Error::Code::Io, engine.fatalError()));
    }
    auto record = ExtractionRepository(library->database()).forVersion(item->currentVersionId);
    if (!record) {
        return cx.failWith(record.error());
    }
    // An archive whose members could not be opened names why (its first refusal: "could not be decrypted…").
    const QJsonObject fields = record->has_value() ? (*record)->fields : QJsonObject();
    const QString refusal
        = fields.value(ArchiveFields::refused).toArray().first().toObject().value(QStringLiteral("reason")).toString();
    if (!record->has_value() || !(*record)->error.isEmpty() || (*record)->isProtected) {
        const QString reason = record->has_value() && !(*record)->error.isEmpty() ? (*record)->error
            : !refusal.isEmpty() ? Context::tr("still locked: %1").arg(refusal)
                                 : Context::tr("the document is still locked");
        return cx.failWith(Error(Error::Code::PermissionDenied, Context::tr("%1: %2").arg(item->title, reason)));
    }
    auto text = ExtractionRepository(library->database()).text(item->currentVersionId);
    const int pages = text ? int(text->size()) : 0;
    const int members = fields.value(ArchiveFields::unpacked).toInt();
    if (cx.json()) {
        cx.printJson(QStringLiteral("unlock"),
            { { QStringLiteral("item"), item->uuid }, { QStringLiteral("text_pages"), pages },
                { QStringLiteral("members"), members } });
        return Ok;
    }
    cx.out() << (fields.contains(ArchiveFields::unpacked)
            ? Context::tr("Unlocked %1: %n member(s) stored.\n", nullptr, members)
            : Context::tr("Unlocked %1: %n page(s) of text extracted.\n", nullptr, pages))
                    .arg(item->title);
    return Ok;
}

int ocr(Context &cx)
{
    const QCommandLineOption languages(QStringLiteral("lang"),
        Context::tr("Tesseract's languages, joined by + (deu+eng); default: the library's setting %1, else %2.")
            .arg(OcrJob::languageSetting(), OcrJob::defaultLanguages()),
        QStringLiteral("langs"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        Context::tr("An encrypted PDF's password, from this file."), QStringLiteral("file"));
    if (!cx.parse(Context::tr("Read an item as a scan: OCR reads every page of its PDF or image, and what it reads "
                              "becomes the text of those pages (replacing a PDF's own text layer). Also reads an "
                              "item again in other languages."),
            { languages, passwordFile }, { QStringLiteral("id") }, 1, 1)) {
        return Usage;
    }
    auto item = cx.item(cx.positional().first());
    if (!item) {
        return Failed;
    }
    Library *library = cx.library();
    std::optional<QString> password;
    if (cx.parser().isSet(passwordFile)) {
        password = readPassword(cx, cx.parser().value(passwordFile));
        if (!password) {
            return Failed;
        }
    }
    // Asked for by hand: ahead of any other queued job. A language that is not installed fails the job, which
    // names it.
    auto queued = library->write([&]() -> Result<void> {
        auto job = OcrJob::enqueue(
            library->database(), item->currentVersionId, {}, cx.parser().value(languages).trimmed(), 20);
        return job ? Result<void>() : Result<void>(std::unexpected(job.error()));
    });
    if (!queued) {
        return cx.failWith(queued.error());
    }
    IngestEngine engine(*library, IngestOptions {});
    if (password) {
        engine.setPassword(item->currentVersionId, *password);
    }
    engine.resume();
    runToEnd(cx, engine);
    if (!engine.fatalError().isEmpty()) {
        return cx.failWith(Error(Error::Code::Io, engine.fatalError()));
    }
    for (const ExtractionFailure &failure : engine.extractionFailures()) {
        if (failure.itemUuid == item->uuid && failure.task == QLatin1String("ocr")) {
            return cx.failWith(Error(Error::Code::Unknown, Context::tr("%1: %2").arg(item->title, failure.reason)));
        }
    }
    auto record = ExtractionRepository(library->database()).forVersion(item->currentVersionId);
    if (!record) {
        return cx.failWith(record.error());
    }
    const QJsonObject read
        = record->has_value() ? (*record)->fields.value(QStringLiteral("ocr")).toObject() : QJsonObject();
    const QJsonArray pages = read.value(QStringLiteral("pages")).toArray();
    const QJsonArray warnings = read.value(QStringLiteral("warnings")).toArray();
    if (cx.json()) {
        cx.printJson(QStringLiteral("ocr"),
            { { QStringLiteral("item"), item->uuid },
                { QStringLiteral("languages"), read.value(QStringLiteral("languages")) },
                { QStringLiteral("pages"), pages },
                { QStringLiteral("confidence"), read.value(QStringLiteral("confidence")) },
                { QStringLiteral("warnings"), warnings } });
        return Ok;
    }
    for (const QJsonValue &warning : warnings) {
        cx.err() << Context::tr("warning: %1").arg(warning.toString()) << '\n';
    }
    cx.out() << Context::tr("Read %n page(s) of %1 by OCR (%2, confidence %3%).\n", nullptr, int(pages.size()))
                    .arg(item->title, read.value(QStringLiteral("languages")).toString())
                    .arg(read.value(QStringLiteral("confidence")).toInt());
    return Ok;
}

} // namespace

void addOcrCommands(QList<Command> &list)
{
    list.append({ QStringLiteral("unlock"), Context::tr("open an encrypted document with its password"), unlock });
    list.append({ QStringLiteral("ocr"), Context::tr("read an item's text by OCR, as a scan"), ocr });
}

} // namespace Folio::Cli
