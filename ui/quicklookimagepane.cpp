// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklookimagepane.h"

#include "ingest/extractors/imagerenderer.h"
#include "pagerenderer.h"
#include "quicklookimageview.h"
#include "quicklookloader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Folio {

namespace {
// QImage's edge: the box that lets the sandbox give the original at full size (its pixel limit applies).
const QSize FullSizeBox { 32767, 32767 };

QToolButton *toolButton(const QString &text, const QString &accessibleName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

QuickLookImagePane::QuickLookImagePane(
    PageRenderer &renderer, std::function<QString(const QString &)> blobPath, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_blobPath(std::move(blobPath))
    , m_view(new QuickLookImageView(this))
{
    m_fit = toolButton(tr("Zoom to Fit"), tr("Zoom to fit"), tr("Show the whole image (Ctrl+0)"), this);
    m_actual = toolButton(tr("100%"), tr("Actual size"), tr("Show the original pixel for pixel (Ctrl+1)"), this);
    m_fit->setCheckable(true);
    m_actual->setCheckable(true);
    m_zoomOut = toolButton(tr("−"), tr("Zoom out"), tr("Zoom out (-)"), this);
    m_zoomIn = toolButton(tr("+"), tr("Zoom in"), tr("Zoom in (+)"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("Fit (100%)")) + 8);

    auto *controls = new QHBoxLayout;
    controls->addStretch();
    controls->addWidget(m_fit);
    controls->addWidget(m_actual);
    controls->addSpacing(12);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomLabel);
    controls->addWidget(m_zoomIn);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    connect(m_fit, &QToolButton::clicked, this, &QuickLookImagePane::zoomToFit);
    connect(m_actual, &QToolButton::clicked, this, &QuickLookImagePane::zoomToActualSize);
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(-1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1); });
    connect(
        m_view, &QuickLookImageView::zoomRequested, this, [this](int steps, QPointF anchor) { zoomBy(steps, anchor); });
    connect(m_view, &QuickLookImageView::availableSizeChanged, this, [this] {
        if (m_fitting) {
            layoutImage();
        }
    });
    connect(&m_renderer, &PageRenderer::rendered, this,
        [this](qint64 id, const QImage &image, int) { onRendered(id, image); });
    connect(&m_renderer, &PageRenderer::failed, this, &QuickLookImagePane::onFailed);
    updateControls();
}

void QuickLookImagePane::load(const QString &originalSha, const QString &previewSha, const QString &name)
{
    clear();
    m_originalSha = originalSha;
    m_name = name;
    const quint64 generation = m_generation;
    const auto drawInSandbox = [this] {
        const QSize box = (QSizeF(m_view->availableSize()) * devicePixelRatioF()).toSize().expandedTo(QSize(64, 64));
        m_previewBox = box;
        m_previewRequest = m_renderer.render(m_blobPath(m_originalSha), m_name, 0, box);
    };
    if (previewSha.isEmpty()) {
        drawInSandbox();
        return;
    }
    QuickLookLoader::image(
        m_blobPath(previewSha), name, this, [this, generation, drawInSandbox](const QuickLookLoader::Picture &picture) {
            if (generation != m_generation) {
                return;
            }
            if (picture.image.isNull()) {
                drawInSandbox(); // an unreadable preview: the sandbox draws the original instead
                return;
            }
            // Renditions are shrunk to the preview's edge: a smaller one is the whole original.
            const int edge = RenderLimits().previewEdge;
            m_previewIsOriginal = std::max(picture.image.width(), picture.image.height()) < edge;
            showPreview(picture.image);
        });
}

void QuickLookImagePane::clear()
{
    ++m_generation;
    m_preview = QImage();
    m_original = QImage();
    m_originalRequest = 0;
    m_previewRequest = 0;
    m_previewIsOriginal = false;
    m_originalFailed = false;
    m_fitting = true;
    m_zoom = 1.0;
    m_pendingSteps = 0;
    m_view->clear();
    updateControls();
}

void QuickLookImagePane::showPreview(const QImage &image)
{
    m_preview = image;
    m_view->setImage(image);
    layoutImage();
    updateControls();
    Q_EMIT ready();
}

QSize QuickLookImagePane::originalSize() const
{
    if (!m_original.isNull()) {
        return m_original.size();
    }
    if (m_previewIsOriginal || m_originalFailed) {
        return m_preview.size(); // the best there is to count zoom by
    }
    return {};
}

double QuickLookImagePane::zoom() const
{
    if (!m_fitting) {
        return m_zoom;
    }
    const QSize size = originalSize();
    return size.isEmpty() ? 0.0 : m_view->displaySize().width() * devicePixelRatioF() / size.width();
}

bool QuickLookImagePane::showsOriginal() const
{
    return !m_original.isNull() && m_view->image().cacheKey() == m_original.cacheKey();
}

const QImage &QuickLookImagePane::shownImage() const
{
    return m_view->image();
}

void QuickLookImagePane::zoomToFit()
{
    m_fitting = true;
    m_pendingSteps = 0;
    layoutImage();
    updateControls();
}

void QuickLookImagePane::zoomToActualSize()
{
    if (m_preview.isNull()) {
        updateControls();
        return;
    }
    m_fitting = false;
    m_zoom = 1.0;
    m_pendingSteps = 0;
    requestOriginal();
    layoutImage();
    updateControls();
}

void QuickLookImagePane::zoomBy(int steps, std::optional<QPointF> anchor)
{
    if (m_preview.isNull() || steps == 0) {
        return;
    }
    if (originalSize().isEmpty()) {
        // Zoom counts in pixels of the original: wait for its size, which comes with it.
        m_pendingSteps += steps;
        requestOriginal();
        return;
    }
    m_zoom = std::clamp(zoom() * std::pow(ZoomStep, steps), MinZoom, MaxZoom);
    m_fitting = false;
    // Past what the preview holds, the original shows more.
    if (m_zoom * originalSize().width() > m_preview.width() * 1.01) {
        requestOriginal();
    }
    layoutImage(anchor);
    updateControls();
}

void QuickLookImagePane::requestOriginal()
{
    if (!m_original.isNull() || m_originalRequest != 0 || m_originalFailed || m_previewIsOriginal) {
        return;
    }
    m_originalRequest = m_renderer.render(m_blobPath(m_originalSha), m_name, 0, FullSizeBox);
    Q_EMIT status(tr("Loading \"%1\" at full size…").arg(m_name));
}

void QuickLookImagePane::onRendered(qint64 id, const QImage &image)
{
    if (id != 0 && id == m_previewRequest) {
        m_previewRequest = 0;
        // Never scaled up: smaller than the box both ways, it is the whole original.
        m_previewIsOriginal = image.width() < m_previewBox.width() && image.height() < m_previewBox.height();
        showPreview(image);
        return;
    }
    if (id == 0 || id != m_originalRequest) {
        return;
    }
    m_originalRequest = 0;
    m_original = image;
    settleAfterOriginal();
    Q_EMIT ready();
}

void QuickLookImagePane::settleAfterOriginal()
{
    // The original's answer (or failure) ends the wait: zoom steps asked for meanwhile apply now.
    Q_EMIT status(QString());
    if (m_pendingSteps != 0) {
        const int steps = std::exchange(m_pendingSteps, 0);
        zoomBy(steps);
    } else {
        layoutImage();
        updateControls();
    }
}

void QuickLookImagePane::onFailed(qint64 id, const QString &message)
{
    if (id != 0 && id == m_previewRequest) {
        m_previewRequest = 0;
        Q_EMIT failed(message);
        return;
    }
    if (id == 0 || id != m_originalRequest) {
        return;
    }
    // The preview stays; zoom now counts in its pixels.
    m_originalRequest = 0;
    m_originalFailed = true;
    settleAfterOriginal();
    Q_EMIT failed(message);
}

void QuickLookImagePane::layoutImage(std::optional<QPointF> anchor)
{
    const QImage &base = m_preview;
    if (base.isNull()) {
        return;
    }
    const double dpr = devicePixelRatioF();
    const QSize available = m_view->availableSize();
    const QSize original = originalSize();
    const QSizeF reference = original.isEmpty() ? QSizeF(base.size()) : QSizeF(original);
    QSizeF display;
    if (m_fitting || original.isEmpty()) {
        double scale = std::min(available.width() / reference.width(), available.height() / reference.height());
        if (!original.isEmpty()) {
            scale = std::min(scale, 1.0 / dpr); // a small image is shown at its size, not blown up
        }
        display = reference * scale;
    } else {
        display = reference * (m_zoom / dpr);
    }
    // The original when it is here and the preview would be enlarged; the preview otherwise, which is
    // smoother when shrunk far.
    const bool useOriginal = !m_original.isNull() && display.width() * dpr > m_preview.width();
    const QImage &shown = useOriginal ? m_original : m_preview;
    if (m_view->image().cacheKey() != shown.cacheKey()) {
        m_view->setImage(shown);
    }
    m_view->setDisplaySize(display, anchor);
}

void QuickLookImagePane::updateControls()
{
    const bool hasImage = !m_preview.isNull();
    const double shown = zoom();
    m_fit->setChecked(m_fitting);
    m_actual->setChecked(!m_fitting && std::abs(m_zoom - 1.0) < 1e-6);
    for (QToolButton *button : { m_fit, m_actual }) {
        button->setEnabled(hasImage);
    }
    m_zoomOut->setEnabled(hasImage && (m_fitting || m_zoom > MinZoom));
    m_zoomIn->setEnabled(hasImage && (m_fitting || m_zoom < MaxZoom));
    const QString percent = shown > 0 ? tr("%1%").arg(qRound(shown * 100)) : QString();
    m_zoomLabel->setText(m_fitting ? (percent.isEmpty() ? tr("Fit") : tr("Fit (%1)").arg(percent)) : percent);
}

} // namespace Folio
