// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's Versions page: every version of the item, newest first (number, date, size, author,
// comment, file name), "Check In New Version…" from a file with an optional comment, and "Revert to This
// Version" on the selected one. It only asks (checkInRequested, revertRequested); the dock runs the
// operations. Versions are immutable, so neither is undoable: a revert is itself a new version.
//
// Thread safety: GUI thread.

#include "domain/records.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Folio {

class InspectorVersionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorVersionsPage(QWidget *parent = nullptr);

    // VERSIONS newest first; CURRENTNUMBER is marked.
    void setVersions(const QList<Version> &versions, int currentNumber);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *commentEdit() const { return m_comment; }
    // Asks to check FILE in with the comment typed (what the button does after its file dialog).
    void checkInFile(const QString &file);
    // Asks to revert to the selected version.
    void revertSelected();
    // Disables the buttons while an operation runs.
    void setBusy(bool busy);

Q_SIGNALS:
    void checkInRequested(const QString &file, const QString &comment);
    void revertRequested(int number);

private:
    void updateButtons();
    int selectedNumber() const;

    QTreeWidget *m_list;
    QLineEdit *m_comment;
    QPushButton *m_checkIn;
    QPushButton *m_revert;
    int m_current = 0;
    bool m_busy = false;
};

} // namespace Folio
