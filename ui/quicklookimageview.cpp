// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklookimageview.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Folio {

// Paints the image into its own rectangle; drags pan the scroll area around it.
class QuickLookImageView::Canvas : public QWidget
{
public:
    explicit Canvas(QuickLookImageView *view)
        : QWidget(view)
        , m_view(view)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QImage image;
    QSizeF displaySize;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().window());
        if (image.isNull() || displaySize.isEmpty()) {
            return;
        }
        const double scale = displaySize.width() / image.width(); // logical pixels per image pixel
        // Smooth while shrinking or mildly enlarging; sharp pixels when inspecting.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale * devicePixelRatioF() < 2.0);
        // Only the exposed part, mapped back to the image's pixels (a pixel more on each side for smoothing).
        const QRectF target = QRectF(event->rect()).intersected(QRectF(QPointF(0, 0), displaySize));
        QRectF source(target.topLeft() / scale, target.size() / scale);
        source = source.adjusted(-1, -1, 1, 1).intersected(QRectF(image.rect()));
        painter.drawImage(QRectF(source.topLeft() * scale, source.size() * scale), image, source);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && isPannable()) {
            m_dragFrom = event->globalPosition();
            setCursor(Qt::ClosedHandCursor);
        }
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!m_dragFrom) {
            return;
        }
        const QPointF delta = event->globalPosition() - *m_dragFrom;
        m_dragFrom = event->globalPosition();
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() - qRound(delta.x()));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() - qRound(delta.y()));
    }

    void mouseReleaseEvent(QMouseEvent *) override
    {
        m_dragFrom.reset();
        updateCursor();
    }

public:
    bool isPannable() const
    {
        return m_view->horizontalScrollBar()->maximum() > 0 || m_view->verticalScrollBar()->maximum() > 0;
    }

    void updateCursor()
    {
        if (isPannable()) {
            setCursor(Qt::OpenHandCursor);
        } else {
            unsetCursor();
        }
    }

private:
    QuickLookImageView *m_view;
    std::optional<QPointF> m_dragFrom;
};

QuickLookImageView::QuickLookImageView(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new Canvas(this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Picture"));
    m_canvas->setAccessibleName(tr("Picture"));
    horizontalScrollBar()->setAccessibleName(tr("Scroll horizontally"));
    verticalScrollBar()->setAccessibleName(tr("Scroll vertically"));
}

void QuickLookImageView::setImage(const QImage &image)
{
    m_canvas->image = image;
    m_canvas->update();
}

const QImage &QuickLookImageView::image() const
{
    return m_canvas->image;
}

void QuickLookImageView::setDisplaySize(QSizeF size, std::optional<QPointF> anchor)
{
    const QSizeF before = m_canvas->displaySize;
    const QPointF at = anchor.value_or(QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
    // The picture's point under AT, as a fraction of the picture.
    QPointF fraction(0.5, 0.5);
    if (!before.isEmpty()) {
        const QPointF onCanvas = m_canvas->mapFrom(viewport(), at.toPoint());
        fraction = QPointF(
            std::clamp(onCanvas.x() / before.width(), 0.0, 1.0), std::clamp(onCanvas.y() / before.height(), 0.0, 1.0));
    }
    m_canvas->displaySize = size;
    m_canvas->resize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))).expandedTo(QSize(1, 1)));
    horizontalScrollBar()->setValue(qRound(fraction.x() * size.width() - at.x()));
    verticalScrollBar()->setValue(qRound(fraction.y() * size.height() - at.y()));
    m_canvas->updateCursor();
    m_canvas->update();
}

QSizeF QuickLookImageView::displaySize() const
{
    return m_canvas->displaySize;
}

QSize QuickLookImageView::availableSize() const
{
    return maximumViewportSize();
}

void QuickLookImageView::clear()
{
    m_canvas->image = QImage();
    setDisplaySize(QSizeF());
}

void QuickLookImageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QScrollArea::wheelEvent(event);
        return;
    }
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / QWheelEvent::DefaultDeltasPerStep;
    m_wheelAngle -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0) {
        Q_EMIT zoomRequested(steps, event->position());
    }
    event->accept();
}

void QuickLookImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    Q_EMIT availableSizeChanged();
}

} // namespace Folio
