// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Five stars to rate with the mouse (click a star; click the current one again to clear) or the keyboard
// (0–5, Left/Right or −/+, Home/End, Delete clears). Shows "mixed" (hollow, with a dash) while the selected
// items differ. It only asks (ratingChosen); the inspector applies the edit and shows the stored value back.
//
// Thread safety: GUI thread.

#include <QWidget>

namespace Folio {

class InspectorRating : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Mixed = -1;

    explicit InspectorRating(QWidget *parent = nullptr);

    // 0–5, or Mixed.
    void setRating(int rating);
    int rating() const { return m_rating; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void ratingChosen(int rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int starAt(QPoint position) const; // 1–5, 0 outside the stars
    void choose(int rating);
    void updateAccessibleText();

    int m_rating = 0;
    int m_hover = 0;
};

} // namespace Folio
