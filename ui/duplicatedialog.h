// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks what to do with a dropped file whose bytes the library already has: skip it, keep both (store it
// again as another item) or store it as a new version of the item that has these bytes — for this file or,
// with "Apply to all", for every duplicate of the job. Lists all the duplicates, the one asked about selected.
//
// Thread safety: GUI thread.

#include "ingestcontroller.h"

#include <QDialog>

class QCheckBox;

namespace Folio {

class DuplicateDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicateDialog(const DuplicateQuestion &question, QWidget *parent = nullptr);

    // What the user chose (Skip if the dialog was closed otherwise).
    DuplicateAnswer answer() const { return m_answer; }

private:
    void choose(DuplicateChoice choice);

    QCheckBox *m_applyToAll;
    DuplicateAnswer m_answer;
};

} // namespace Folio
