// SPDX-License-Identifier: GPL-3.0-or-later
#include "foliodprocess.h"

#include "testsupport.h"

#include <QElapsedTimer>

namespace Folio::Test {

FoliodProcess::FoliodProcess(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

FoliodProcess::~FoliodProcess()
{
    kill();
}

bool FoliodProcess::start(const QStringList &extra, const QString &listen)
{
    m_process.start(program(QStringLiteral("foliod")),
        QStringList { QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"), listen }
            + extra);
    if (!m_process.waitForStarted(10000)) {
        m_failure = m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening on ")) {
                m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
                return m_port != 0;
            }
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        m_process.waitForReadyRead(200);
    }
    m_failure = QString::fromUtf8(standardError());
    return false;
}

bool FoliodProcess::stop()
{
    m_process.terminate();
    return m_process.waitForFinished(10000) && m_process.exitCode() == 0;
}

void FoliodProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray FoliodProcess::standardError()
{
    m_error += m_process.readAllStandardError();
    return m_error;
}

} // namespace Folio::Test
