// SPDX-License-Identifier: GPL-3.0-or-later
// folio-extract: the sandbox in which Folio parses untrusted files (DESIGN.md rule 5). It limits itself
// first (memory, CPU, file size), then extracts. With --worker it serves the ingest engine: one JSON
// request per line on stdin ({"id", "path", "sidecar", "output"}), one JSON reply per line on stdout
// ({"id", "result"}). Without it, it extracts FILE into OUTDIR and prints the result (for debugging).

#include "ingest/extractor.h"
#include "ingest/sandboxlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        const auto result = Folio::Extractor::extract(request.value(QStringLiteral("path")).toString(),
                                                      request.value(QStringLiteral("sidecar")).toString(),
                                                      request.value(QStringLiteral("output")).toString(), {},
                                                      request.value(QStringLiteral("name")).toString(),
                                                      request.value(QStringLiteral("companion")).toString(),
                                                      request.value(QStringLiteral("password")).toString());
        const QJsonObject reply{{QStringLiteral("id"), request.value(QStringLiteral("id"))},
                                {QStringLiteral("result"), result.toJson()}};
        out.write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
        out.flush();
    }
}
