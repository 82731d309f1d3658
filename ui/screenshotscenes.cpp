// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotscenes.h"

#include "browserpane.h"
#include "facetpanel.h"
#include "inspectordock.h"
#include "itemwindowmodel.h"
#include "mainwindow.h"
#include "quicklook.h"
#include "searchbar.h"
#include "sidebarmodel.h"
#include "taskpanel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace Folio {

namespace {

// The window's size on the screenshots, so they look alike from run to run (FOLIO_SCREENSHOT_SIZE=WxH).
QSize sceneSize()
{
    const QStringList parts = qEnvironmentVariable("FOLIO_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0) {
        return QSize(parts[0].toInt(), parts[1].toInt());
    }
    return QSize(1280, 800);
}

QModelIndex findNode(const QAbstractItemModel &model, SidebarModel::NodeKind kind, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (SidebarModel::NodeKind(index.data(SidebarModel::NodeKindRole).toInt()) == kind) {
            return index;
        }
        if (const QModelIndex found = findNode(model, kind, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

} // namespace

QStringList ScreenshotScenes::names()
{
    return { QStringLiteral("media"), QStringLiteral("documents"), QStringLiteral("inspector"),
        QStringLiteral("search"), QStringLiteral("tasks"), QStringLiteral("quicklook") };
}

ScreenshotScenes::ScreenshotScenes(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_target(&window)
{ }

bool ScreenshotScenes::take(const QString &scene, const QString &path, int atMs)
{
    if (!scene.isEmpty() && !names().contains(scene)) {
        std::fprintf(stderr, "folio: no screenshot scene \"%s\" (scenes: %s)\n", qPrintable(scene),
            qPrintable(names().join(QStringLiteral(", "))));
        return false;
    }
    m_scene = scene;
    if (!scene.isEmpty()) {
        const QSize size = sceneSize();
        const QSize screen = m_window.screen() ? m_window.screen()->availableGeometry().size() : size;
        m_window.resize(size.boundedTo(screen));
        m_window.move(0, 0);
        // The sidebar and the browser read in the background: arrange once they have, focus once the
        // scope's rows and thumbnails are in.
        QTimer::singleShot(std::min(1000, atMs / 4), this, [this] { arrange(m_scene); });
        QTimer::singleShot(atMs / 2, this, [this] { focus(m_scene); });
    }
    QTimer::singleShot(atMs, this, [this, path] { save(path); });
    return true;
}

void ScreenshotScenes::arrange(const QString &scene)
{
    SidebarModel *sidebar = m_window.sidebarModel();
    BrowserPane *browser = m_window.browser();
    // The browser at its widest, but where the inspector is the subject.
    if (QDockWidget *inspector = m_window.inspector(); inspector && scene != QLatin1String("inspector")) {
        inspector->hide();
    }
    if (scene == QLatin1String("documents")) {
        m_window.showNode(findNode(*sidebar, SidebarModel::NodeKind::Documents));
        browser->setMode(BrowserPane::Mode::Details);
    } else if (scene == QLatin1String("media") || scene == QLatin1String("quicklook")) {
        m_window.showNode(findNode(*sidebar, SidebarModel::NodeKind::Media));
        browser->setMode(BrowserPane::Mode::Grid);
    } else if (scene == QLatin1String("inspector")) {
        m_window.showNode(findNode(*sidebar, SidebarModel::NodeKind::AllItems));
        browser->setMode(BrowserPane::Mode::Grid);
    } else if (scene == QLatin1String("search")) {
        arrangeSearch();
    } else if (scene == QLatin1String("tasks")) {
        arrangeTasks();
    }
}

void ScreenshotScenes::focus(const QString &scene)
{
    if (scene == QLatin1String("media")) {
        selectFirst(QStringLiteral("image/"));
    } else if (scene == QLatin1String("inspector")) {
        if (selectFirst(QStringLiteral("image/jpeg"))) {
            focusInspector();
        }
    } else if (scene == QLatin1String("quicklook")) {
        if (!selectFirst(QStringLiteral("image/"))) {
            return;
        }
        const QList<BrowseRow> rows = m_window.selectedRows();
        QuickLook *look = m_window.quickLook();
        look->resize(QSize(1000, 700).boundedTo(m_window.size()));
        look->showItem(rows.first());
        look->show();
        look->move(m_window.geometry().center() - look->rect().center());
        m_target = look;
    }
}

void ScreenshotScenes::arrangeSearch()
{
    SearchBar *bar = m_window.searchBar();
    if (!bar || !bar->lineEdit()) {
        skip(QStringLiteral("this build has no search bar"));
        return;
    }
    // Typed and entered as a user would: the results fill the browser and the facets their panel.
    m_window.showNode(findNode(*m_window.sidebarModel(), SidebarModel::NodeKind::AllItems));
    m_window.browser()->setMode(BrowserPane::Mode::Grid);
    const QString query = qEnvironmentVariable("FOLIO_SCREENSHOT_QUERY", QStringLiteral("type:image"));
    bar->setText(query);
    bar->lineEdit()->setFocus();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(bar->lineEdit(), &press);
    QCoreApplication::sendEvent(bar->lineEdit(), &release);
    if (QDockWidget *facets = m_window.facetPanel()) {
        facets->show();
    } else {
        skip(QStringLiteral("this build has no facet panel"));
    }
}

void ScreenshotScenes::arrangeTasks()
{
    // The files to ingest come on the command line (scripts/screenshots passes the corpus's broken files),
    // so the panel shows a job and its failures.
    QDockWidget *panel = m_window.taskPanel();
    if (!panel) {
        skip(QStringLiteral("this build has no task panel"));
        return;
    }
    m_window.showNode(findNode(*m_window.sidebarModel(), SidebarModel::NodeKind::AllItems));
    panel->show();
    panel->raise();
    // Tall enough for the job and the files it could not store.
    m_window.resizeDocks({ panel }, { m_window.height() * 2 / 5 }, Qt::Vertical);
}

void ScreenshotScenes::focusInspector()
{
    QDockWidget *inspector = m_window.inspector();
    if (!inspector) {
        skip(QStringLiteral("this build has no inspector"));
        return;
    }
    inspector->show();
    inspector->raise();
}

bool ScreenshotScenes::selectFirst(const QString &mimePrefix)
{
    // The largest file of the type: a real photograph rather than an icon-sized test image.
    ItemWindowModel *model = m_window.itemModel();
    int best = -1;
    qint64 bestSize = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const BrowseRow *item = model->rowAt(row);
        if (item && item->mimeType.startsWith(mimePrefix) && item->size > bestSize) {
            best = row;
            bestSize = item->size;
        }
    }
    if (best < 0) {
        skip(QStringLiteral("no loaded item of type %1 in view").arg(mimePrefix));
        return false;
    }
    const QModelIndex index = model->index(best, 0);
    m_window.browser()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window.browser()->currentView()->scrollTo(index);
    return true;
}

void ScreenshotScenes::skip(const QString &why)
{
    std::fprintf(stderr, "folio: screenshot scene \"%s\" skipped: %s\n", qPrintable(m_scene), qPrintable(why));
    m_skipped = true;
}

void ScreenshotScenes::save(const QString &path)
{
    if (m_skipped || !m_target) {
        Q_EMIT finished(false);
        return;
    }
    QScreen *screen = m_target->screen() ? m_target->screen() : QGuiApplication::primaryScreen();
    // Grabbing the screen shows what a user sees (menus, dialogs over the window); offscreen there is no
    // screen content, so the widget paints itself instead.
    QPixmap shot = screen ? screen->grabWindow(m_target->winId()) : QPixmap();
    if (shot.isNull() || QGuiApplication::platformName() == QLatin1String("offscreen")) {
        shot = m_target->grab();
    }
    const bool written = shot.save(path);
    if (!written) {
        std::fprintf(stderr, "folio: cannot write the screenshot %s\n", qPrintable(path));
    }
    Q_EMIT finished(written);
}

} // namespace Folio
