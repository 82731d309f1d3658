// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The picture area of the quick look: one QImage shown at any size in a scroll area, centred when it is
// smaller than the view, panned by dragging when it is larger. Only the exposed part is painted, straight
// from the QImage (no QPixmap copy of a 100-megapixel original), smoothly while an image pixel covers
// less than two screen pixels and as sharp blocks above, so pixels can be inspected.
//
// Ctrl+wheel asks for a zoom (zoomRequested); the owner decides the size (setDisplaySize), which keeps the
// point under the cursor in place.
//
// Thread safety: a widget of the GUI thread. Ownership: holds its image (implicitly shared).

#include <QImage>
#include <QScrollArea>

#include <optional>

namespace Folio {

class QuickLookImageView : public QScrollArea
{
    Q_OBJECT

public:
    explicit QuickLookImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const;
    // The size the image is shown at, in logical pixels. ANCHOR (a point of the viewport) stays over the same
    // point of the picture; without one the centre does.
    void setDisplaySize(QSizeF size, std::optional<QPointF> anchor = std::nullopt);
    QSizeF displaySize() const;
    // The room there is for the picture, in logical pixels.
    QSize availableSize() const;
    void clear();

Q_SIGNALS:
    // STEPS > 0 zooms in; ANCHOR is the cursor, in viewport coordinates.
    void zoomRequested(int steps, QPointF anchor);
    void availableSizeChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Canvas;
    Canvas *m_canvas = nullptr;
    int m_wheelAngle = 0; // high-resolution wheels send parts of a step
};

} // namespace Folio
