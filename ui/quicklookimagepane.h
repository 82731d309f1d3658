// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The quick look of an image: its "preview" rendition at once, fitted to the window; "100%" (and any zoom
// past what the preview holds) asks PageRenderer for the original at full size, drawn in the sandbox, and
// swaps it in when it arrives. Zoom with Ctrl+wheel, +/- (zoomBy) or the buttons; "Zoom to fit" goes back.
// An item without a preview is drawn by the sandbox at the window's size.
//
// Zoom is counted in screen (device) pixels per pixel of the original: 100% shows each pixel of the photo
// on one pixel of the screen, on a high-DPI screen too.
//
// Thread safety: a widget of the GUI thread. Ownership: borrows the renderer; holds its images.

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QToolButton;

namespace Folio {

class PageRenderer;
class QuickLookImageView;

class QuickLookImagePane : public QWidget
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 1.0 / 64;
    static constexpr double MaxZoom = 32.0;
    static constexpr double ZoomStep = 1.25;

    QuickLookImagePane(
        PageRenderer &renderer, std::function<QString(const QString &)> blobPath, QWidget *parent = nullptr);

    // Shows the item whose original is blob ORIGINALSHA (named NAME) and whose preview is PREVIEWSHA (empty
    // when it has none).
    void load(const QString &originalSha, const QString &previewSha, const QString &name);
    void clear();

    void zoomToFit();
    void zoomToActualSize();
    void zoomBy(int steps, std::optional<QPointF> anchor = std::nullopt);

    bool isFitting() const { return m_fitting; }
    // Device pixels per pixel of the original; 0 while the original's size is unknown.
    double zoom() const;
    // Whether the original at full size is what is shown.
    bool showsOriginal() const;
    const QImage &shownImage() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    // A note for the status line (loading the full size…); empty clears it.
    void status(const QString &message);

private:
    void showPreview(const QImage &image);
    void requestOriginal();
    void onRendered(qint64 id, const QImage &image);
    void settleAfterOriginal();
    void onFailed(qint64 id, const QString &message);
    // The size of the original in pixels, when known: from the original itself, or from a preview that was
    // not shrunk (smaller than the preview's edge).
    QSize originalSize() const;
    void layoutImage(std::optional<QPointF> anchor = std::nullopt);
    void updateControls();

    PageRenderer &m_renderer;
    std::function<QString(const QString &)> m_blobPath;
    QuickLookImageView *m_view = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_actual = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QLabel *m_zoomLabel = nullptr;

    QString m_originalSha;
    QString m_name;
    QImage m_preview;
    QImage m_original;
    qint64 m_originalRequest = 0; // the full-size render in hand
    qint64 m_previewRequest = 0; // the sandbox's picture of an item without a preview
    QSize m_previewBox; // the box the sandbox drew the picture of an item without a preview in
    bool m_previewIsOriginal = false; // the preview was not shrunk: it is the original's size
    bool m_originalFailed = false;
    bool m_fitting = true;
    double m_zoom = 1.0; // when not fitting
    int m_pendingSteps = 0; // zoom steps asked for before the original's size was known
    quint64 m_generation = 0; // of load(): a preview decoded for an earlier item is dropped
};

} // namespace Folio
