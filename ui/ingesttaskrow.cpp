// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingesttaskrow.h"

#include "ingestrunner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Folio {

namespace {
QString timeLeft(qint64 seconds)
{
    if (seconds < 0) {
        return {};
    }
    if (seconds < 60) {
        return IngestTaskRow::tr("about %n second(s) left", nullptr, int(std::max<qint64>(seconds, 1)));
    }
    if (seconds < 3600) {
        return IngestTaskRow::tr("about %n minute(s) left", nullptr, int((seconds + 30) / 60));
    }
    return IngestTaskRow::tr("about %n hour(s) left", nullptr, int((seconds + 1800) / 3600));
}
} // namespace

IngestTaskRow::IngestTaskRow(int jobId, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_jobId(jobId)
    , m_title(new QLabel(title, this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(tr("Waiting for the job before it…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_failures(new QListWidget(this))
    , m_copy(new QPushButton(tr("Copy Failures"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("ingestTask%1").arg(jobId));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_bar->setAccessibleName(tr("Progress of %1").arg(title));
    m_bar->setRange(0, 0); // busy until the first progress
    m_bar->setTextVisible(true);
    m_cancel->setAccessibleName(tr("Cancel %1").arg(title));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_failures->setAccessibleName(tr("Failed files of %1").arg(title));
    m_failures->setObjectName(QStringLiteral("failures"));
    m_failures->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_failures->setMaximumHeight(140);
    m_failures->setWordWrap(true);
    m_failures->hide();
    m_copy->setAccessibleName(tr("Copy the failures of %1").arg(title));
    m_copy->hide();

    auto *copySelected = new QAction(tr("Copy"), m_failures);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    m_failures->addAction(copySelected);
    m_failures->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copySelected, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(failureText(true)); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(failureText(false)); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_detail->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested(m_jobId);
    });

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_cancel, 0, 1, Qt::AlignRight);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    layout->addWidget(m_detail, 2, 0, 1, 2);
    layout->addWidget(m_failures, 3, 0, 1, 2);
    layout->addWidget(m_copy, 4, 1, Qt::AlignRight);
    layout->setColumnStretch(0, 1);
}

void IngestTaskRow::setStarted()
{
    m_detail->setText(tr("Starting…"));
}

void IngestTaskRow::setProgress(const IngestProgress &progress)
{
    if (m_finished || !m_cancel->isEnabled()) {
        return;
    }
    const ImportProgress &import = progress.import;
    const QLocale locale;
    // Storing and extracting both count: a file is done when it is stored and again when it is extracted.
    const int total = import.filesTotal + progress.toExtract;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(std::min(total, import.filesDone + progress.extracted));
    }
    QStringList parts;
    parts.append(tr("%1 of %n file(s) stored", nullptr, import.filesTotal).arg(import.filesDone));
    if (import.bytesTotal > 0) {
        parts.append(tr("%1 of %2")
                         .arg(locale.formattedDataSize(import.bytesDone), locale.formattedDataSize(import.bytesTotal)));
    }
    if (progress.toExtract > 0) {
        parts.append(tr("%1 of %2 extracted").arg(progress.extracted).arg(progress.toExtract));
    }
    if (import.filesDone < import.filesTotal && !import.currentFile.isEmpty()) {
        parts.append(QFileInfo(import.currentFile).fileName());
    }
    if (const QString eta = timeLeft(progress.etaSeconds); !eta.isEmpty()) {
        parts.append(eta);
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

void IngestTaskRow::setFinished(const IngestOutcome &outcome)
{
    m_finished = true;
    m_cancel->hide();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    QStringList parts;
    if (!outcome.fatalError.isEmpty()) {
        parts.append(tr("Stopped: %1").arg(outcome.fatalError));
    } else if (outcome.cancelled) {
        parts.append(tr("Cancelled"));
    } else {
        parts.append(tr("Done"));
    }
    parts.append(tr("%n added", nullptr, outcome.imported));
    if (outcome.duplicates > 0) {
        parts.append(tr("%n already in the library", nullptr, outcome.duplicates));
    }
    if (outcome.addedToCollection > 0) {
        parts.append(tr("%n joined the collection", nullptr, outcome.addedToCollection));
    }
    if (!outcome.failures.isEmpty()) {
        parts.append(tr("%n failed", nullptr, int(outcome.failures.size())));
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
    m_failures->clear();
    m_failures->addItems(outcome.failures);
    m_failures->setVisible(!outcome.failures.isEmpty());
    m_copy->setVisible(!outcome.failures.isEmpty());
}

QString IngestTaskRow::outcomeText() const
{
    return m_detail->text();
}

QStringList IngestTaskRow::failures() const
{
    QStringList lines;
    for (int row = 0; row < m_failures->count(); ++row) {
        lines.append(m_failures->item(row)->text());
    }
    return lines;
}

QString IngestTaskRow::failureText(bool selectedOnly) const
{
    QStringList lines;
    for (int row = 0; row < m_failures->count(); ++row) {
        const QListWidgetItem *item = m_failures->item(row);
        if (!selectedOnly || item->isSelected()) {
            lines.append(item->text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Folio
