// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's inspector dock: follows the browser's selection, and shows a linked item when asked.
#include "mainwindow.h"

#include "browserpane.h"
#include "inspectordock.h"
#include "itemwindowmodel.h"
// mainwindow.h keeps a QPointer<SettingsDialog>, whose accessor needs the complete type.
#include "settingsdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace Folio {

void MainWindow::createInspector()
{
    m_inspector = new InspectorDock(m_session, m_thumbnails, m_undoStack, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    resizeDocks({ m_inspector }, { 420 }, Qt::Horizontal);
    QAction *toggle = m_inspector->toggleViewAction();
    toggle->setText(tr("Inspector"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+I")));
    toggle->setToolTip(
        tr("Show or hide the inspector (%1)").arg(toggle->shortcut().toString(QKeySequence::NativeText)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(toggle);
    addAction(toggle); // the shortcut works with the menu closed
    // Whether it was open is remembered (MainWindow keeps only its geometry).
    m_inspector->setVisible(QSettings().value(QStringLiteral("inspector/visible"), true).toBool());
    // Only the user's choice is remembered, not the hiding of a window being destroyed.
    connect(toggle, &QAction::triggered, this,
        [](bool visible) { QSettings().setValue(QStringLiteral("inspector/visible"), visible); });
    connect(m_inspector, &InspectorDock::closedByUser, this,
        [] { QSettings().setValue(QStringLiteral("inspector/visible"), false); });

    connect(m_browser, &BrowserPane::selectionChanged, m_inspector, [this] {
        QList<qint64> ids;
        for (const BrowseRow &row : selectedRows()) {
            ids.append(row.id);
        }
        m_inspector->setItems(ids);
    });
    connect(m_inspector, &InspectorDock::failed, this, &MainWindow::showError);
    connect(m_inspector, &InspectorDock::message, this, &MainWindow::showMessage);

    // A linked item is shown on its own and selected (so the inspector shows it) once its row is read.
    connect(m_inspector, &InspectorDock::itemRequested, this, [this](qint64 itemId, const QString &title) {
        const QString jumpName = QStringLiteral("inspectorJump");
        delete m_inspector->findChild<QObject *>(jumpName, Qt::FindDirectChildrenOnly); // an earlier jump
        auto *jump = new QObject(m_inspector);
        jump->setObjectName(jumpName);
        // Until the new scope's count arrives the old rows are still there (B among them, maybe): wait for it.
        auto counted = std::make_shared<bool>(false);
        auto select = [this, itemId, jump, counted] {
            if (!*counted || m_model->rowCount() == 0) {
                return;
            }
            m_model->rowAt(0); // asks for the page when it is not read yet
            const int row = m_model->loadedRowOf(itemId);
            if (row < 0) {
                return;
            }
            const QModelIndex index = m_model->index(row, 0);
            m_browser->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_browser->currentView()->scrollTo(index);
            *counted = false; // once
            jump->deleteLater();
        };
        connect(
            m_model, &ItemWindowModel::countChanged, jump,
            [counted, select] {
                *counted = true;
                select();
            },
            Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::dataChanged, jump, select, Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::modelReset, jump, select, Qt::QueuedConnection);
        connect(m_model, &ItemWindowModel::idle, jump, select, Qt::QueuedConnection);
        QTimer::singleShot(10000, jump, &QObject::deleteLater); // the item vanished meanwhile: give up
        showItems(tr("Linked item: %1").arg(title), { itemId });
    });
}

} // namespace Folio
