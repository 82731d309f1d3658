// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an empty library shows: what Folio is for, three ways in (add files, add a folder, open another
// library) and a drop zone for files. Drops anywhere on the view are stored at the top of the library (the main
// window watches it with a FileDropFilter).
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
