// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's ingest: Add Files/Folder, drops of files from outside, and the task panel.
#include "mainwindow.h"

#include "ingestrunner.h"
#include "itemwindowmodel.h"
#include "librarysession.h"
#include "sidebarmodel.h"

#include <QFileDialog>
#include <QStatusBar>

namespace Folio {

void MainWindow::createIngest()
{ }

void MainWindow::stopIngest()
{ }

void MainWindow::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"));
    if (!files.isEmpty()) {
        ingest(files);
    }
}

void MainWindow::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty()) {
        ingest({ folder });
    }
}

void MainWindow::ingest(const QStringList &paths)
{
    if (m_session.isReadOnly()) {
        showError(tr("This library is read-only."));
        return;
    }
    auto *runner = new IngestRunner(m_session.path(), paths, IngestOptions {}, this);
    connect(runner, &IngestRunner::finished, this, [this, runner](const IngestOutcome &outcome) {
        runner->deleteLater();
        m_model->reload();
        m_sidebarModel->reload();
        refreshLibraryCount();
        showMessage(
            outcome.fatalError.isEmpty() ? tr("Added %n file(s)", nullptr, outcome.imported) : outcome.fatalError);
    });
    runner->start();
}

} // namespace Folio
