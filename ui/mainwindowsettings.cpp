// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's settings dialog, folio:// links and the arguments a second start hands over.
#include "mainwindow.h"

#include "browserpane.h"
#include "inspectordock.h"
#include "itemactions.h"
#include "itemurl.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "librarysession.h"
#include "settingsdialog.h"
#include "store/itemrepository.h"

#include <QAbstractItemView>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QUrl>

#include <functional>
#include <memory>

namespace Folio {

namespace {

Q_LOGGING_CATEGORY(lcLinks, "folio.links", QtWarningMsg)

// Selects ITEMID in WINDOW's browser once the browser's new scope has been counted and the item's row is
// loaded (the browser reads rows in the background). Gives up when STILLWANTED says a newer link came.
void selectWhenLoaded(MainWindow *window, qint64 itemId, const QString &uuid, std::function<bool()> stillWanted)
{
    ItemWindowModel *model = window->itemModel();
    // Until the new scope's count arrives, the rows of the previous scope are still the model's.
    auto counted = std::make_shared<bool>(false);
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto attempt = [window, model, itemId, uuid, stillWanted, counted, connections] {
        const auto stop = [connections] {
            for (const QMetaObject::Connection &connection : std::as_const(*connections)) {
                QObject::disconnect(connection);
            }
        };
        if (!stillWanted()) {
            stop();
            return;
        }
        if (!*counted) {
            return;
        }
        const int row = model->loadedRowOf(itemId);
        if (row < 0) {
            if (model->rowCount() > 0) {
                model->rowAt(0); // asks for the first page, where the item of a one-item scope is
            }
            return;
        }
        stop();
        BrowserPane *browser = window->browser();
        const QModelIndex index = model->index(row, 0);
        browser->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        browser->currentView()->scrollTo(index);
        browser->currentView()->setFocus();
        qCInfo(lcLinks, "revealed %s at row %d", qPrintable(ItemUrl::make(uuid).toString()), row);
    };
    connections->append(QObject::connect(model, &ItemWindowModel::countChanged, window, [counted, attempt] {
        *counted = true;
        attempt();
    }));
    connections->append(QObject::connect(model, &ItemWindowModel::idle, window, attempt));
}

} // namespace

void MainWindow::createSettings()
{
    // Copy Link is one of ItemActions' (Item menu, context menu), so the menus already hold it; the
    // preferences dialog is made on first use (showPreferences), links arrive through handleArguments().
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::showPreferences()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session.path(), this);
        connect(m_settingsDialog, &SettingsDialog::thumbnailEdgeChanged, this, [this](int edge) {
            m_browser->setThumbnailEdge(edge);
            // The grid has its own bounds: show what it took.
            if (m_browser->thumbnailEdge() != edge) {
                m_settingsDialog->showThumbnailEdge(m_browser->thumbnailEdge());
            }
        });
        connect(m_settingsDialog, &SettingsDialog::openLibraryRequested, this, &MainWindow::openLibraryRequested);
    }
    m_settingsDialog->showThumbnailEdge(m_browser->thumbnailEdge()); // the slider may have moved since
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::revealItem(const QString &uuid)
{
    const int generation = ++m_revealGeneration;
    m_session.run<Item>(
        LibrarySession::Kind::Read,
        [uuid](SessionContext &cx) { return ItemRepository(cx.library().database()).resolve(uuid); }, this,
        [this, uuid, generation](const Result<Item> &item) {
            if (generation != m_revealGeneration) {
                return;
            }
            if (!item) {
                showError(tr("The link %1 names no item of this library: %2")
                              .arg(ItemUrl::make(uuid).toString(), item.error().message()));
                return;
            }
            showItems(tr("Linked item “%1”").arg(item->title), { item->id });
            if (m_inspector) {
                m_inspector->show(); // it follows the selection made below
                m_inspector->raise();
            }
            selectWhenLoaded(this, item->id, uuid, [this, generation] { return generation == m_revealGeneration; });
        });
}

void MainWindow::handleArguments(const QStringList &arguments)
{
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
    QStringList files;
    QString link;
    for (const QString &argument : arguments) {
        if (const QString uuid = ItemUrl::uuidOf(argument); !uuid.isEmpty()) {
            link = uuid; // one item can be shown at a time: the last link wins
        } else if (QUrl(argument).scheme() == QLatin1String(ItemUrl::scheme)) {
            showError(tr("%1 is not a link to an item (folio://item/<id>).").arg(argument));
        } else if (QFileInfo::exists(argument)) {
            files.append(QFileInfo(argument).absoluteFilePath());
        } else {
            showError(tr("Cannot add %1: it does not exist.").arg(argument));
        }
    }
    qCInfo(lcLinks, "arguments: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    if (!link.isEmpty()) {
        revealItem(link);
    }
    if (!files.isEmpty()) {
        ingest(files);
    }
}

} // namespace Folio
