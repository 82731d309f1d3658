// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Quick look (Space in the browsers): a large preview of one item, picked by its type. Images show their
// preview rendition at once and the original at 100% (QuickLookImagePane); PDFs page by page
// (QuickLookPdfPane); video and audio play (QuickLookMediaPane); text (text/*, JSON, XML, CSV, Markdown)
// shows its first 512 KB read-only; anything else shows its thumbnail and "No preview for TYPE".
// Originals are drawn only in the sandbox (PageRenderer), never decoded here; renditions and text are read
// on worker threads (QuickLookLoader).
//
// Keys: Space or Escape close; Left/Right ask the browser for the previous/next item (requestPrevious(),
// requestNext(): the owner answers with showItem()); PageUp/PageDown/Home/End turn PDF pages; +/-,
// Ctrl+wheel, Ctrl+0 (fit) and Ctrl+1 (100%) zoom images; Return plays or pauses.
//
// Thread safety: a widget of the GUI thread. Ownership: borrows the session (for blob paths); owns its
// PageRenderer and panes.

#include "store/browsequery.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QShortcut;
class QStackedWidget;

namespace Folio {

class LibrarySession;
class PageRenderer;
class QuickLookImagePane;
class QuickLookMediaPane;
class QuickLookPdfPane;

class QuickLook : public QDialog
{
    Q_OBJECT

public:
    enum class Viewer { None, Image, Pdf, Media, Text, Unsupported };
    Q_ENUM(Viewer)

    QuickLook(LibrarySession &session, QWidget *parent = nullptr);
    ~QuickLook() override;

    // Shows ROW, replacing what was shown, and shows the dialog when it is hidden.
    void showItem(const Folio::BrowseRow &row);
    const BrowseRow &item() const { return m_row; }

    Viewer viewer() const { return m_viewer; }
    // The last failure for the item shown (empty when none): what failed() said.
    QString errorText() const { return m_error; }
    // The viewer for an item of ROW's type.
    static Viewer viewerFor(const BrowseRow &row);

    // The panes, for the owner's menus and for tests.
    QuickLookImagePane *imagePane() const { return m_imagePane; }
    QuickLookPdfPane *pdfPane() const { return m_pdfPane; }
    QuickLookMediaPane *mediaPane() const { return m_mediaPane; }
    QPlainTextEdit *textView() const { return m_text; }
    PageRenderer *renderer() const { return m_renderer; }

Q_SIGNALS:
    // Content is on screen: the item's first view, each PDF page, an image at full size.
    void ready();
    void failed(const QString &message);
    void requestPrevious();
    void requestNext();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void createShortcuts();
    void enableShortcuts();
    void showText();
    void showMedia();
    void showUnsupported();
    void setError(const QString &message);
    void setNote(const QString &note);
    void updateStatus();
    void releaseContent();
    QString blobPath(const QString &sha256) const;
    QString displayName() const; // the title
    QString fileName() const;

    LibrarySession &m_session;
    PageRenderer *m_renderer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QuickLookImagePane *m_imagePane = nullptr;
    QuickLookPdfPane *m_pdfPane = nullptr;
    QuickLookMediaPane *m_mediaPane = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QWidget *m_unsupported = nullptr;
    QLabel *m_unsupportedPicture = nullptr;
    QLabel *m_unsupportedText = nullptr;
    QLabel *m_status = nullptr;
    QList<QShortcut *> m_pdfKeys;
    QList<QShortcut *> m_zoomKeys;
    QList<QShortcut *> m_mediaKeys;

    BrowseRow m_row;
    Viewer m_viewer = Viewer::None;
    QString m_error;
    QString m_note;
    quint64 m_generation = 0; // of showItem(): work for an earlier item is dropped
};

} // namespace Folio
