// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklookpdfpane.h"

#include "pagerenderer.h"
#include "quicklookimageview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Folio {

namespace {
constexpr int ResizeSettleMs = 200;

// Whether pages drawn for OLD look soft (or waste time) in NEW: more than a tenth apart.
bool differsMuch(QSize old, QSize now)
{
    const auto apart = [](int a, int b) { return std::abs(a - b) > std::max(a, b) / 10; };
    return apart(old.width(), now.width()) || apart(old.height(), now.height());
}
} // namespace

QuickLookPdfPane::QuickLookPdfPane(
    PageRenderer &renderer, std::function<QString(const QString &)> blobPath, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_blobPath(std::move(blobPath))
    , m_view(new QuickLookImageView(this))
{
    m_view->setAccessibleName(tr("Page"));
    m_previous = new QToolButton(this);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setFocusPolicy(Qt::TabFocus);
    m_next = new QToolButton(this);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setFocusPolicy(Qt::TabFocus);
    auto *pageLabel = new QLabel(tr("Page"), this);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setAccessibleName(tr("Page number"));
    if (auto *edit = m_pageBox->findChild<QLineEdit *>()) {
        edit->setAccessibleName(tr("Page number"));
    }
    m_pageBox->setKeyboardTracking(false); // "12" typed draws page 12, not page 1 first
    m_pageBox->setRange(1, 1);
    pageLabel->setBuddy(m_pageBox);
    m_ofLabel = new QLabel(this);
    m_ofLabel->setAccessibleName(tr("Page count"));

    auto *controls = new QHBoxLayout;
    controls->addStretch();
    controls->addWidget(m_previous);
    controls->addWidget(pageLabel);
    controls->addWidget(m_pageBox);
    controls->addWidget(m_ofLabel);
    controls->addWidget(m_next);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    m_resizeSettled.setSingleShot(true);
    m_resizeSettled.setInterval(ResizeSettleMs);
    connect(&m_resizeSettled, &QTimer::timeout, this, [this] {
        if (m_shownPage >= 0 && differsMuch(m_box, wantedBox())) {
            requestPage();
        }
    });
    connect(m_view, &QuickLookImageView::availableSizeChanged, this, [this] {
        layoutPage();
        m_resizeSettled.start();
    });
    connect(m_previous, &QToolButton::clicked, this, &QuickLookPdfPane::previousPage);
    connect(m_next, &QToolButton::clicked, this, &QuickLookPdfPane::nextPage);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_page) {
            showPage(value - 1);
        }
    });
    connect(&m_renderer, &PageRenderer::rendered, this, &QuickLookPdfPane::onRendered);
    connect(&m_renderer, &PageRenderer::failed, this, &QuickLookPdfPane::onFailed);
    updateControls();
}

void QuickLookPdfPane::load(const QString &originalSha, const QString &name, int pageCount)
{
    clear();
    m_originalSha = originalSha;
    m_name = name;
    m_pageCount = std::max(0, pageCount);
    requestPage();
    updateControls();
}

void QuickLookPdfPane::clear()
{
    m_originalSha.clear();
    m_page = 0;
    m_pageCount = 0;
    m_shownPage = -1;
    m_request = 0;
    m_cache.clear();
    m_cacheOrder.clear();
    m_resizeSettled.stop();
    m_view->clear();
    updateControls();
}

void QuickLookPdfPane::showPage(int page)
{
    if (m_originalSha.isEmpty()) {
        return;
    }
    const int last = m_pageCount > 0 ? m_pageCount - 1 : std::max(page, 0);
    page = std::clamp(page, 0, last);
    if (page == m_page && (m_shownPage == page || m_request != 0)) {
        updateControls();
        return;
    }
    m_page = page;
    if (m_cache.contains(page) && m_box == wantedBox()) {
        m_request = 0;
        present(page, m_cache.value(page));
        return;
    }
    requestPage();
    updateControls();
}

QSize QuickLookPdfPane::wantedBox() const
{
    return (QSizeF(m_view->availableSize()) * devicePixelRatioF()).toSize().expandedTo(QSize(64, 64));
}

void QuickLookPdfPane::requestPage()
{
    const QSize box = wantedBox();
    if (box != m_box) {
        m_cache.clear(); // drawn for another size
        m_cacheOrder.clear();
        m_box = box;
    }
    // Only the page asked for last is worth drawing.
    m_renderer.cancelPending();
    m_requestPage = m_page;
    m_request = m_renderer.render(m_blobPath(m_originalSha), m_name, m_page, box);
}

void QuickLookPdfPane::onRendered(qint64 id, const QImage &image, int pageCount)
{
    if (id == 0 || id != m_request) {
        return;
    }
    m_request = 0;
    m_pageCount = pageCount;
    m_cache.insert(m_requestPage, image);
    m_cacheOrder.removeAll(m_requestPage);
    m_cacheOrder.append(m_requestPage);
    while (m_cacheOrder.size() > CachedPages) {
        m_cache.remove(m_cacheOrder.takeFirst());
    }
    present(m_requestPage, image);
}

void QuickLookPdfPane::onFailed(qint64 id, const QString &message)
{
    if (id == 0 || id != m_request) {
        return;
    }
    m_request = 0;
    updateControls();
    Q_EMIT failed(message);
}

void QuickLookPdfPane::present(int page, const QImage &image)
{
    m_shownPage = page;
    m_view->setImage(image);
    layoutPage();
    updateControls();
    Q_EMIT ready();
}

void QuickLookPdfPane::layoutPage()
{
    const QImage &image = m_view->image();
    if (image.isNull()) {
        return;
    }
    // Fitted to the window; a resize shows the page scaled until it is drawn again at the new size.
    m_view->setDisplaySize(QSizeF(image.size()).scaled(QSizeF(m_view->availableSize()), Qt::KeepAspectRatio));
}

void QuickLookPdfPane::updateControls()
{
    const bool open = !m_originalSha.isEmpty();
    const int count = std::max(1, m_pageCount);
    {
        const QSignalBlocker blocker(m_pageBox); // reflecting the page is not asking for it
        m_pageBox->setRange(1, count);
        m_pageBox->setValue(m_page + 1);
    }
    m_pageBox->setEnabled(open && m_pageCount > 1);
    m_ofLabel->setText(m_pageCount > 0 ? tr("of %1").arg(m_pageCount) : QString());
    m_previous->setEnabled(open && m_page > 0);
    m_next->setEnabled(open && m_page + 1 < m_pageCount);
}

const QImage &QuickLookPdfPane::shownImage() const
{
    return m_view->image();
}

} // namespace Folio
