// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "ingest/ingestengine.h"
#include "library/library.h"

#include <QEventLoop>
#include <QTimer>

#include <QDir>
#include <QProcess>

namespace Folio::Test {

QString corpus(const QString &relative)
{
    QString root = qEnvironmentVariable("FOLIO_CORPUS");
    if (root.isEmpty()) {
        root = QStringLiteral(FOLIO_CORPUS_DIR);
    }
    return QDir::cleanPath(QDir(root).absoluteFilePath(relative));
}

QString program(const QString &name)
{
    QString bin = qEnvironmentVariable("FOLIO_BIN_DIR");
    if (bin.isEmpty()) {
        bin = QStringLiteral(FOLIO_BIN_DIR);
    }
    return QDir(bin).absoluteFilePath(name);
}

QString sourceDir(const QString &relative)
{
    return QDir::cleanPath(QDir(QStringLiteral(FOLIO_SOURCE_DIR)).absoluteFilePath(relative));
}

ProcessResult run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    int timeoutMs, const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    if (!stdinData.isEmpty()) {
        process.write(stdinData);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Folio::Test

namespace Folio::Test {

QString ingest(Library &library, const QStringList &paths, int timeoutMs)
{
    IngestEngine engine(library, IngestOptions {});
    QEventLoop loop;
    QObject::connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine.start(paths);
    if (!engine.isFinished()) {
        loop.exec();
    }
    if (!engine.isFinished()) {
        engine.cancel();
        return QStringLiteral("ingest did not end within %1 ms").arg(timeoutMs);
    }
    if (!engine.fatalError().isEmpty()) {
        return engine.fatalError();
    }
    for (const ImportOutcome &outcome : engine.importSummary().outcomes) {
        if (outcome.kind == ImportOutcome::Kind::Failed) {
            return QStringLiteral("%1: %2").arg(outcome.source, outcome.reason);
        }
    }
    return {};
}

TestCertificate makeCertificate(const QString &dir)
{
    TestCertificate made { QDir(dir).filePath(QStringLiteral("cert.pem")),
        QDir(dir).filePath(QStringLiteral("key.pem")), {} };
    const ProcessResult result = run(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), made.key, QStringLiteral("-out"), made.certificate, QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    if (result.exitCode != 0) {
        made.error = QStringLiteral("openssl req failed: ") + result.err;
    }
    return made;
}

} // namespace Folio::Test
