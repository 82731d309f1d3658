// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskpanel.h"

#include "ingestcontroller.h"
#include "ingesttaskrow.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Folio {

TaskPanel::TaskPanel(IngestController *controller, QWidget *parent)
    : QDockWidget(tr("Tasks"), parent)
    , m_controller(controller)
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_clear(new QPushButton(tr("Clear Finished")))
{
    setObjectName(QStringLiteral("taskPanel"));
    setAccessibleName(tr("Tasks"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_listLayout->setContentsMargins(4, 4, 4, 4);
    m_listLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Ingest jobs"));
    auto *empty = new QLabel(tr("Files you add or drop on the window are stored here, one job after another."));
    empty->setObjectName(QStringLiteral("emptyTasks"));
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_listLayout->insertWidget(0, empty);
    m_clear->setAccessibleName(tr("Clear finished tasks"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &TaskPanel::clearFinished);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    buttons->setContentsMargins(4, 0, 4, 4);
    layout->addLayout(buttons);
    setWidget(content);

    connect(controller, &IngestController::jobAdded, this, &TaskPanel::addRow);
    connect(controller, &IngestController::jobStarted, this, [this](int id) {
        if (IngestTaskRow *task = row(id)) {
            task->setStarted();
        }
        show();
        raise();
    });
    connect(controller, &IngestController::jobProgress, this, [this](int id, const IngestProgress &progress) {
        if (IngestTaskRow *task = row(id)) {
            task->setProgress(progress);
        }
    });
    connect(controller, &IngestController::jobFinished, this, [this](int id, const IngestOutcome &outcome) {
        if (IngestTaskRow *task = row(id)) {
            task->setFinished(outcome);
        }
        m_clear->setEnabled(true);
    });
}

void TaskPanel::addRow(int jobId, const QString &title)
{
    auto *task = new IngestTaskRow(jobId, title, m_list);
    connect(task, &IngestTaskRow::cancelRequested, m_controller, &IngestController::cancel);
    // The newest job at the top, above the older ones (the stretch stays last).
    if (QWidget *empty = m_list->findChild<QWidget *>(QStringLiteral("emptyTasks"))) {
        empty->hide();
    }
    m_listLayout->insertWidget(0, task);
    m_rows.insert(jobId, task);
}

void TaskPanel::clearFinished()
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it.value()->isFinished()) {
            it.value()->deleteLater();
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    m_clear->setEnabled(false);
}

} // namespace Folio
