// SPDX-License-Identifier: GPL-3.0-or-later
// folio-extract: the sandbox in which Folio parses untrusted files (DESIGN.md rule 5). It limits itself
// first (memory, CPU, file size), then extracts. With --worker it serves the ingest engine: one JSON
// request per line on stdin ({"id", "task", "path", "sidecar", "output", …}), one JSON reply per line on
// stdout ({"id", "result"}). The task is "extract" (the default), "unpack", which writes an archive's
// members into "output", a folder the engine made for them, "ocr", which reads the pages listed in
// "options" ({"pages", "languages", "seconds"}) with Tesseract, or "render", which draws one page of a PDF
// or an image into "output", a PNG file, for the client's quick look ("options": {"page", "maxWidth",
// "maxHeight"}; RenderTask). Without --worker it extracts FILE into OUTDIR and prints the result (for
// debugging).

#include "ingest/extractor.h"
#include "ingest/extractors/ocrengine.h"
#include "ingest/sandboxlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
void reply(QFile &out, const QJsonObject &request, const Folio::ExtractionResult &result)
{
    const QJsonObject reply { { QStringLiteral("id"), request.value(QStringLiteral("id")) },
        { QStringLiteral("result"), result.toJson() } };
    out.write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    out.flush();
}

Folio::OcrTask ocrTask(const QJsonObject &options)
{
    Folio::OcrTask task;
    for (const QJsonValue &page : options.value(QStringLiteral("pages")).toArray()) {
        task.pages.append(page.toInt());
    }
    task.languages = options.value(QStringLiteral("languages")).toString(task.languages);
    task.seconds = options.value(QStringLiteral("seconds")).toInt();
    return task;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The engine starts us with OMP_THREAD_LIMIT=1 (libgomp reads it before main): without it, OCR still
    // works, only with OpenMP threads fighting over the cores.
    if (!Folio::OcrEngine::prepareProcess()) {
        std::fputs("folio-extract: started without OMP_THREAD_LIMIT=1: OCR runs slower\n", stderr);
    }
    if (auto limited = Folio::SandboxLimits::apply(Folio::SandboxLimits::fromEnvironment()); !limited) {
        std::fprintf(stderr, "folio-extract: %s\n", qPrintable(limited.error().message()));
        return 3;
    }
    const QStringList arguments = app.arguments().mid(1);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 3;
    }

    if (arguments.value(0) != QLatin1String("--worker")) {
        if (arguments.size() != 2) {
            std::fputs("usage: folio-extract FILE OUTDIR | folio-extract --worker\n", stderr);
            return 2;
        }
        const auto result = Folio::Extractor::extract(arguments.at(0), {}, arguments.at(1));
        out.write(QJsonDocument(result.toJson()).toJson());
        return result.error.isEmpty() ? 0 : 1;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 3;
    }
    for (;;) {
        const QByteArray line = in.readLine();
        if (line.isEmpty()) {
            return 0; // the engine closed our input: done
        }
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (request.value(QStringLiteral("task")).toString() == QLatin1String("ocr")) {
            reply(out, request,
                Folio::Extractor::ocr(request.value(QStringLiteral("path")).toString(),
                    ocrTask(request.value(QStringLiteral("options")).toObject()),
                    request.value(QStringLiteral("name")).toString(),
                    request.value(QStringLiteral("password")).toString()));
            continue;
        }
        if (request.value(QStringLiteral("task")).toString() == QLatin1String("render")) {
            reply(out, request,
                Folio::Extractor::render(request.value(QStringLiteral("path")).toString(),
                    Folio::RenderTask::fromJson(request.value(QStringLiteral("options")).toObject()),
                    request.value(QStringLiteral("output")).toString(),
                    request.value(QStringLiteral("name")).toString(),
                    request.value(QStringLiteral("password")).toString()));
            continue;
        }
        if (request.value(QStringLiteral("task")).toString() == QLatin1String("unpack")) {
            const auto result = Folio::Extractor::unpack(request.value(QStringLiteral("path")).toString(),
                request.value(QStringLiteral("output")).toString(), request.value(QStringLiteral("name")).toString(),
                request.value(QStringLiteral("password")).toString());
            reply(out, request, result);
            continue;
        }
        const auto result = Folio::Extractor::extract(request.value(QStringLiteral("path")).toString(),
            request.value(QStringLiteral("sidecar")).toString(), request.value(QStringLiteral("output")).toString(), {},
            request.value(QStringLiteral("name")).toString(), request.value(QStringLiteral("companion")).toString(),
            request.value(QStringLiteral("password")).toString());
        reply(out, request, result);
    }
}
