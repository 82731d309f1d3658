// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The top of the inspector: the selection's preview (the item's preview rendition from the ThumbnailCache,
// or the count of items selected), its title, type, size and place, then its star rating and colour label,
// editable with the mouse and the keyboard for one item or all selected at once ("mixed" where they differ).
//
// Thread safety: GUI thread. Borrows the thumbnail cache.

#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace Folio {

class InspectorRating;
class ThumbnailCache;
struct InspectorData;

class InspectorHeader : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorHeader(ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    void showData(const InspectorData &data);
    void showNothing();

    InspectorRating *rating() const { return m_rating; }
    // The label button of COLOR ("red"…; empty: no label).
    QToolButton *labelButton(const QString &color) const;
    QString title() const;
    QString info() const;
    // The item's preview image is on screen.
    bool hasPreview() const;
    // The color shown as chosen; "*" while the selection's labels differ.
    QString shownLabel() const { return m_label; }

Q_SIGNALS:
    void ratingChosen(int rating);
    void colorLabelChosen(const QString &color);

private:
    void showPreview();
    void setLabel(const QString &color);

    ThumbnailCache *m_thumbnails;
    QLabel *m_preview;
    QLabel *m_title;
    QLabel *m_info;
    InspectorRating *m_rating;
    QList<QToolButton *> m_labelButtons; // none first, then ItemLabelRepository::colorLabels()
    QString m_previewSha;
    QString m_label;
};

} // namespace Folio
