// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One job in the task panel: what it adds and where, a progress bar, files and bytes done of the total, the
// current file and the time left, a Cancel button; when it is over, the outcome and every failed file with
// its reason in a list the user can select and copy (Ctrl+C, or Copy Failures for all of them).
//
// Thread safety: GUI thread.

#include <QFrame>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Folio {

struct IngestOutcome;
struct IngestProgress;

class IngestTaskRow : public QFrame
{
    Q_OBJECT

public:
    IngestTaskRow(int jobId, const QString &title, QWidget *parent = nullptr);

    int jobId() const { return m_jobId; }
    void setStarted();
    void setProgress(const IngestProgress &progress);
    void setFinished(const IngestOutcome &outcome);
    bool isFinished() const { return m_finished; }

    QString outcomeText() const;
    // Every failure listed, "file — reason".
    QStringList failures() const;
    QPushButton *cancelButton() const { return m_cancel; }
    // The failures as text, one a line (what Copy Failures puts on the clipboard).
    QString failureText(bool selectedOnly) const;

Q_SIGNALS:
    void cancelRequested(int jobId);

private:
    int m_jobId;
    bool m_finished = false;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QPushButton *m_cancel;
    QListWidget *m_failures;
    QPushButton *m_copy;
};

} // namespace Folio
