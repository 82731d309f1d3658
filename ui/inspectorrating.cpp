// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorrating.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Folio {

namespace {
constexpr int starEdge = 20;
constexpr int starGap = 4;

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const double outer = box.width() / 2.0;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double radius = i % 2 == 0 ? outer : inner;
        const QPointF point(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    path.closeSubpath();
    return path;
}
} // namespace

InspectorRating::InspectorRating(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Rating"));
    setToolTip(tr("Rating: click a star, or type 0–5"));
    updateAccessibleText();
}

void InspectorRating::setRating(int rating)
{
    rating = std::clamp(rating, int(Mixed), 5);
    if (rating == m_rating) {
        return;
    }
    m_rating = rating;
    updateAccessibleText();
    update();
}

QSize InspectorRating::sizeHint() const
{
    return { 5 * starEdge + 4 * starGap + 4, starEdge + 4 };
}

int InspectorRating::starAt(QPoint position) const
{
    if (position.y() < 0 || position.y() > height() || position.x() < 2) {
        return 0;
    }
    const int star = (position.x() - 2) / (starEdge + starGap) + 1;
    return star >= 1 && star <= 5 ? star : 0;
}

void InspectorRating::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shown = m_hover > 0 ? m_hover : std::max(0, m_rating);
    const QColor filled = isEnabled() ? QColor(0xf5, 0xb3, 0x01) : palette().color(QPalette::Disabled, QPalette::Text);
    const QColor outline = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < 5; ++i) {
        const QRectF box(2 + i * (starEdge + starGap), 2, starEdge, starEdge);
        const QPainterPath path = starPath(box);
        if (i < shown) {
            painter.fillPath(path, m_hover > 0 ? filled.lighter(115) : filled);
        }
        painter.setPen(QPen(i < shown ? filled.darker(130) : outline, 1));
        painter.drawPath(path);
    }
    if (m_rating == Mixed && m_hover == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("mixed"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void InspectorRating::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int star = starAt(event->position().toPoint());
    if (star > 0) {
        // Clicking the stars already set clears them, as in Lightroom and Bridge.
        choose(star == m_rating ? 0 : star);
    }
}

void InspectorRating::mouseMoveEvent(QMouseEvent *event)
{
    const int star = starAt(event->position().toPoint());
    if (star != m_hover) {
        m_hover = star;
        update();
    }
}

void InspectorRating::leaveEvent(QEvent *)
{
    m_hover = 0;
    update();
}

void InspectorRating::keyPressEvent(QKeyEvent *event)
{
    const int current = std::max(0, m_rating);
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_5 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        choose(key - Qt::Key_0);
    } else if (key == Qt::Key_Right || key == Qt::Key_Plus || key == Qt::Key_Up) {
        choose(std::min(5, current + 1));
    } else if (key == Qt::Key_Left || key == Qt::Key_Minus || key == Qt::Key_Down) {
        choose(std::max(0, current - 1));
    } else if (key == Qt::Key_Home || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        choose(0);
    } else if (key == Qt::Key_End) {
        choose(5);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void InspectorRating::choose(int rating)
{
    if (rating == m_rating) {
        return;
    }
    setRating(rating); // shown at once; the store's answer confirms it (or puts the old value back)
    Q_EMIT ratingChosen(rating);
}

void InspectorRating::updateAccessibleText()
{
    setAccessibleDescription(m_rating == Mixed ? tr("Mixed ratings") : tr("%n star(s)", nullptr, m_rating));
}

} // namespace Folio
