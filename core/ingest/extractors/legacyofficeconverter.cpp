// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/legacyofficeconverter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Folio {

namespace {

// The extension LibreOffice needs to pick its import filter; the stored blob may have none.
QString extensionFor(const QString &mimeType)
{
    if (mimeType == QLatin1String("application/msword")) {
        return QStringLiteral("doc");
    }
    if (mimeType == QLatin1String("application/vnd.ms-excel")) {
        return QStringLiteral("xls");
    }
    if (mimeType == QLatin1String("application/vnd.ms-powerpoint")) {
        return QStringLiteral("ppt");
    }
    return {};
}

// Kills the converter and everything it started: LibreOffice's launcher runs soffice.bin as its child.
void killGroup(qint64 pid)
{
    if (pid > 0) {
        ::kill(-pid_t(pid), SIGKILL);
    }
}

} // namespace

LegacyOfficeLimits LegacyOfficeLimits::fromEnvironment()
{
    LegacyOfficeLimits limits;
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("FOLIO_OFFICE_CONVERTER_SECONDS", &ok);
    if (ok && seconds > 0) {
        limits.seconds = seconds;
    }
    return limits;
}

ConvertedPdf::ConvertedPdf(std::unique_ptr<QTemporaryDir> folder, const QString &path)
    : m_folder(std::move(folder))
    , m_path(path)
{ }

ConvertedPdf::ConvertedPdf(ConvertedPdf &&) noexcept = default;
ConvertedPdf &ConvertedPdf::operator=(ConvertedPdf &&) noexcept = default;
ConvertedPdf::~ConvertedPdf() = default;

bool LegacyOfficeConverter::handles(const QString &mimeType)
{
    return !extensionFor(mimeType).isEmpty();
}

QString LegacyOfficeConverter::find()
{
    if (qEnvironmentVariableIsSet("FOLIO_OFFICE_CONVERTER")) {
        const QFileInfo named(qEnvironmentVariable("FOLIO_OFFICE_CONVERTER"));
        return named.isFile() && named.isExecutable() ? named.absoluteFilePath() : QString();
    }
    for (const QString &name : { QStringLiteral("soffice"), QStringLiteral("libreoffice") }) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty()) {
            return found;
        }
    }
    return {};
}

Result<ConvertedPdf> LegacyOfficeConverter::convert(const QString &converter, const QString &path,
    const QString &mimeType, const QString &name, const LegacyOfficeLimits &limits)
{
    const QString extension = extensionFor(mimeType);
    if (extension.isEmpty()) {
        return fail(Error::Code::Unsupported, tr("%1 is not a legacy Office file (%2).").arg(name, mimeType));
    }
    auto folder
        = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("folio-office-XXXXXX")));
    if (!folder->isValid()) {
        return fail(Error::Code::Io,
            tr("Cannot convert %1: no temporary folder for the converter: %2").arg(name, folder->errorString()));
    }
    const QDir root(folder->path());
    if (!root.mkpath(QStringLiteral("in")) || !root.mkpath(QStringLiteral("out"))) {
        return fail(Error::Code::Io, tr("Cannot convert %1: cannot make folders in %2").arg(name, root.path()));
    }
    const QString input = root.filePath(QStringLiteral("in/document.") + extension);
    if (!QFile::copy(path, input)) {
        return fail(Error::Code::Io, tr("Cannot convert %1: cannot copy it for the converter.").arg(name));
    }
    const QString outDir = root.filePath(QStringLiteral("out"));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // LibreOffice writes its profile and lock files under HOME: a fresh one per run, so runs never share or
    // wait on a profile, and nothing lands in the user's.
    environment.insert(QStringLiteral("HOME"), root.path());
    environment.insert(QStringLiteral("TMPDIR"), root.path());
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(root.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] {
        // A group of its own, so a timeout kills the launcher and soffice.bin together without touching the
        // sandbox process; and death with the sandbox process when the pool's watchdog kills it.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    const QStringList arguments = { QStringLiteral("-env:UserInstallation=")
            + QUrl::fromLocalFile(root.filePath(QStringLiteral("profile"))).toString(QUrl::FullyEncoded),
        QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
        QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, input };
    process.start(converter, arguments);
    if (!process.waitForStarted(10'000)) {
        killGroup(process.processId());
        process.waitForFinished(5000);
        return fail(Error::Code::Io,
            tr("Cannot convert %1: the converter %2 did not start: %3").arg(name, converter, process.errorString()));
    }
    const qint64 pid = process.processId();
    QByteArray output;
    const QDeadlineTimer deadline(qint64(std::max(1, limits.seconds)) * 1000);
    bool finished = false;
    while (!finished && !deadline.hasExpired()) {
        finished = process.waitForFinished(int(std::min<qint64>(deadline.remainingTime(), 200)))
            || process.state() == QProcess::NotRunning;
        output.append(process.readAll());
        output = output.right(4096); // the end says why it failed; the rest is not worth the memory
    }
    // Whatever the launcher left behind goes too, timeout or not.
    killGroup(pid);
    if (!finished) {
        process.waitForFinished(5000);
        return fail(Error::Code::LimitExceeded,
            tr("Converting %1 to PDF took longer than %2 s; the converter was stopped.").arg(name).arg(limits.seconds));
    }
    output.append(process.readAll());
    const QString detail = QString::fromLocal8Bit(output.right(2048)).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(Error::Code::Corrupt,
            tr("The converter could not convert %1 to PDF (exit status %2).").arg(name).arg(process.exitCode()),
            detail);
    }
    const QString pdf = QDir(outDir).filePath(QStringLiteral("document.pdf"));
    if (!QFileInfo(pdf).isFile() || QFileInfo(pdf).size() == 0) {
        // LibreOffice exits with 0 when it cannot load the file; only the missing PDF tells.
        return fail(Error::Code::Corrupt, tr("The converter wrote no PDF for %1.").arg(name), detail);
    }
    return ConvertedPdf(std::move(folder), pdf);
}

} // namespace Folio
