// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scripted screenshots of the main views (scripts/screenshots, docs/screenshots): a scene puts the main
// window into one state through its public API — the media grid, the document table, the inspector, a search
// with facets, the task panel, quick look — and the window (or the quick-look dialog) is saved as a PNG a
// fixed time after the start. A scene whose part is missing from the build is skipped with a message; it
// never stops the program.
//
// Thread safety: GUI thread. Borrows the window.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

namespace Folio {

class MainWindow;

class ScreenshotScenes : public QObject
{
    Q_OBJECT

public:
    // The scenes there are: media, documents, inspector, search, tasks, quicklook.
    static QStringList names();

    explicit ScreenshotScenes(MainWindow &window, QObject *parent = nullptr);

    // Drives the window into SCENE (empty: the window as it opens) and saves PATH ATMS from now. Returns
    // false, saying why on stderr, when SCENE is unknown.
    bool take(const QString &scene, const QString &path, int atMs);

Q_SIGNALS:
    // The screenshot was written (false: skipped or failed, and stderr says why).
    void finished(bool written);

private:
    // The browser shows its scope: choose the view's mode and what to select.
    void arrange(const QString &scene);
    // The items are in view: select and open what the scene shows.
    void focus(const QString &scene);
    // The parts other files make (search bar, task panel, inspector), each skipped when the build has none.
    void arrangeSearch();
    void arrangeTasks();
    void focusInspector();
    void save(const QString &path);
    bool selectFirst(const QString &mimePrefix);
    void skip(const QString &why);

    MainWindow &m_window;
    QPointer<QWidget> m_target; // what is grabbed: the window, or a dialog of it
    QString m_scene;
    bool m_skipped = false;
};

} // namespace Folio
