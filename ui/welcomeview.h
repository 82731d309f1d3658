// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an empty library shows: what Folio is for, three ways in (add files, add a folder, open another
// library) and a drop zone for files (made live by the ingest panel; until then it says how to add files).
//
// Thread safety: GUI thread.

#include <QWidget>

namespace Folio {

class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void openLibraryRequested();
};

} // namespace Folio
