// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: the open library's item list, a menu and a status bar. It observes models and
// never writes to the store itself.

#include <QMainWindow>

class QLabel;
class QTableView;

namespace Folio {

class ItemListModel;
class Library;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);

    QTableView *itemView() const { return m_itemView; }

private:
    void createMenus();
    void updateStatus();

    Library &m_library;
    ItemListModel *m_model = nullptr;
    QTableView *m_itemView = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Folio
