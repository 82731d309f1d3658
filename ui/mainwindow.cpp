// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "itemlistmodel.h"
#include "library/library.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace Folio {

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_model(new ItemListModel(library, this)),
      m_itemView(new QTableView(this)), m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("%1 — Folio").arg(library.path()));
    setObjectName(QStringLiteral("FolioMainWindow"));

    m_itemView->setObjectName(QStringLiteral("itemView"));
    m_itemView->setModel(m_model);
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->horizontalHeader()->setStretchLastSection(true);
    m_itemView->verticalHeader()->hide();
    setCentralWidget(m_itemView);

    statusBar()->addWidget(m_statusLabel);
    createMenus();
    updateStatus();
    resize(1100, 700);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_statusLabel->setText(m_model->lastError());
        return;
    }
    m_statusLabel->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
}

} // namespace Folio
