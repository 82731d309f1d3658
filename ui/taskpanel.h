// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The task panel (a dock at the bottom, View → Tasks): one row per ingest job of the IngestController —
// queued, running (files and bytes done, the current file, the time left, Cancel) or over (the outcome and
// every failed file with its reason). It shows itself when a job starts; Clear Finished removes the rows of
// jobs that are over.
//
// Thread safety: GUI thread. Borrows the controller.

#include <QDockWidget>
#include <QMap>

class QPushButton;
class QVBoxLayout;

namespace Folio {

class IngestController;
class IngestTaskRow;

class TaskPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit TaskPanel(IngestController *controller, QWidget *parent = nullptr);

    // The row of job ID, null when there is none (never added, or cleared).
    IngestTaskRow *row(int jobId) const { return m_rows.value(jobId); }
    QList<IngestTaskRow *> rows() const { return m_rows.values(); }
    void clearFinished();

private:
    void addRow(int jobId, const QString &title);

    IngestController *m_controller;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_clear;
    QMap<int, IngestTaskRow *> m_rows;
};

} // namespace Folio
