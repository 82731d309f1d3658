// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paints one item of the media browser: in the grid, its thumbnail (or a placeholder while it loads, or
// the kind's icon when there is none) with badges for version count, status, classification, duplicate and
// failed extraction, its star rating and colour label, and its title on up to two lines; in the list, the
// same on one row. Hovering a video with a filmstrip shows the frame under the mouse (scrubbing).
//
// Thread safety: GUI thread. Borrows the ThumbnailCache (filmstrips).

#include <QStyledItemDelegate>

namespace Folio {

class ThumbnailCache;
struct BrowseRow;

class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ItemDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour a label name stands for (invalid when the name is unknown).
    static QColor labelColor(const QString &label);
    static constexpr int FilmstripFrames = 10; // MediaLimits::filmstripFrames: the strip holds this many frames

private:
    void paintGridCell(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const BrowseRow &row) const;
    void paintListRow(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const BrowseRow &row) const;
    void paintPicture(
        QPainter *painter, const QRect &box, const QModelIndex &index, const BrowseRow &row, double scrub) const;
    // Draws the badges along the top of BOX, left to right; returns the right edge used.
    void paintBadges(QPainter *painter, const QRect &box, const BrowseRow &row, const QPalette &palette) const;
    void paintRating(QPainter *painter, const QRect &box, const BrowseRow &row) const;

    ThumbnailCache *m_thumbnails;
};

} // namespace Folio
