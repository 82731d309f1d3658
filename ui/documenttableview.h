// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The document browser's view: a details table (name, type, version, status, creator, modified,
// classification, pages, size; created and rating on demand) over the same windowed model as the grid.
// Clicking a header sorts in SQL; columns can be reordered by dragging, resized, and hidden from the
// header's context menu. The header's state is remembered per view (setStateKey) in QSettings.
//
// Thread safety: GUI thread.

#include <QTableView>

namespace Folio {

class DocumentTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DocumentTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Saves the header under the current key, then restores (or sets up the default for) KEY.
    void setStateKey(const QString &key);
    const QString &stateKey() const { return m_stateKey; }
    void saveState() const;

    // The first and last rows in the viewport.
    std::pair<int, int> visibleRows() const;

Q_SIGNALS:
    void visibleRowsChanged(int first, int last);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void restoreState();
    void applyDefaultColumns();
    void showHeaderMenu(const QPoint &position);
    void announceVisibleRows();

    QString m_stateKey;
    std::pair<int, int> m_announced { -1, -1 };
};

} // namespace Folio
