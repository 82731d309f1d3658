// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The quick look of a PDF: one page at a time, fitted to the window, drawn by PageRenderer in the sandbox
// at the window's size in device pixels (again, once the window stops changing size, when it grew or
// shrank by more than a tenth). Page n of m with Previous/Next buttons and a spin box; the owner maps
// PageUp/PageDown/Home/End onto showPage(). The last few pages drawn are kept, so paging back is instant;
// paging quickly draws only the page the user stops at (PageRenderer::cancelPending).
//
// Thread safety: a widget of the GUI thread. Ownership: borrows the renderer; holds its pages.

#include <QImage>
#include <QMap>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QSpinBox;
class QToolButton;

namespace Folio {

class PageRenderer;
class QuickLookImageView;

class QuickLookPdfPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CachedPages = 6;

    QuickLookPdfPane(
        PageRenderer &renderer, std::function<QString(const QString &)> blobPath, QWidget *parent = nullptr);

    // Shows page 1 of the PDF in blob ORIGINALSHA (named NAME); PAGECOUNT is what the library knows (0 when
    // nothing), until the sandbox tells.
    void load(const QString &originalSha, const QString &name, int pageCount);
    void clear();

    // PAGE is 0-based; out of range is brought within.
    void showPage(int page);
    void nextPage() { showPage(m_page + 1); }
    void previousPage() { showPage(m_page - 1); }
    void firstPage() { showPage(0); }
    void lastPage() { showPage(m_pageCount - 1); }

    // The page asked for (0-based); shownPage() is the one on screen, -1 before the first arrives.
    int currentPage() const { return m_page; }
    int shownPage() const { return m_shownPage; }
    int pageCount() const { return m_pageCount; }
    const QImage &shownImage() const;

Q_SIGNALS:
    // A page is on screen.
    void ready();
    void failed(const QString &message);

private:
    void requestPage();
    void onRendered(qint64 id, const QImage &image, int pageCount);
    void onFailed(qint64 id, const QString &message);
    void present(int page, const QImage &image);
    void layoutPage();
    void updateControls();
    QSize wantedBox() const;

    PageRenderer &m_renderer;
    std::function<QString(const QString &)> m_blobPath;
    QuickLookImageView *m_view = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_ofLabel = nullptr;
    QTimer m_resizeSettled;

    QString m_originalSha;
    QString m_name;
    int m_page = 0;
    int m_pageCount = 0;
    int m_shownPage = -1;
    qint64 m_request = 0;
    int m_requestPage = 0;
    QSize m_box; // the device pixels the cached pages were drawn for
    QMap<int, QImage> m_cache; // by page
    QList<int> m_cacheOrder; // least recently shown first
};

} // namespace Folio
