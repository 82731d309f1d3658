// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklook.h"

#include "uiresources.h"

#include "librarysession.h"
#include "pagerenderer.h"
#include "quicklookimagepane.h"
#include "quicklookloader.h"
#include "quicklookmediapane.h"
#include "quicklookpdfpane.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Folio {

namespace {

bool isText(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("text/"))) {
        return mimeType != QLatin1String("text/rtf"); // markup a reader would not want to see raw
    }
    static const QStringList types { QStringLiteral("application/json"), QStringLiteral("application/xml"),
        QStringLiteral("application/x-yaml"), QStringLiteral("application/yaml"), QStringLiteral("application/toml"),
        QStringLiteral("application/javascript"), QStringLiteral("application/sql"),
        QStringLiteral("application/x-subrip") };
    return types.contains(mimeType) || mimeType.endsWith(QLatin1String("+json"))
        || mimeType.endsWith(QLatin1String("+xml"));
}

QShortcut *shortcut(const QKeySequence &keys, QWidget *parent, const std::function<void()> &action)
{
    auto *made = new QShortcut(keys, parent);
    made->setContext(Qt::WindowShortcut);
    QObject::connect(made, &QShortcut::activated, parent, action);
    return made;
}

} // namespace

QuickLook::QuickLook(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_renderer(new PageRenderer(this))
{
    initUiResources();
    setAccessibleName(tr("Quick look"));
    setSizeGripEnabled(true);
    const auto pathOf = [this](const QString &sha256) { return blobPath(sha256); };
    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Preview"));
    m_empty = new QWidget(m_stack);
    m_imagePane = new QuickLookImagePane(*m_renderer, pathOf, m_stack);
    m_pdfPane = new QuickLookPdfPane(*m_renderer, pathOf, m_stack);
    m_mediaPane = new QuickLookMediaPane(m_stack);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text"));
    m_text->horizontalScrollBar()->setAccessibleName(tr("Scroll horizontally"));
    m_text->verticalScrollBar()->setAccessibleName(tr("Scroll vertically"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_unsupported = new QWidget(m_stack);
    m_unsupportedPicture = new QLabel(m_unsupported);
    m_unsupportedPicture->setAlignment(Qt::AlignCenter);
    m_unsupportedPicture->setAccessibleName(tr("Thumbnail"));
    m_unsupportedText = new QLabel(m_unsupported);
    m_unsupportedText->setAlignment(Qt::AlignCenter);
    m_unsupportedText->setWordWrap(true);
    m_unsupportedText->setAccessibleName(tr("No preview"));
    auto *unsupportedLayout = new QVBoxLayout(m_unsupported);
    unsupportedLayout->addStretch();
    unsupportedLayout->addWidget(m_unsupportedPicture);
    unsupportedLayout->addWidget(m_unsupportedText);
    unsupportedLayout->addStretch();
    for (QWidget *page : { m_empty, static_cast<QWidget *>(m_imagePane), static_cast<QWidget *>(m_pdfPane),
             static_cast<QWidget *>(m_mediaPane), static_cast<QWidget *>(m_text), m_unsupported }) {
        m_stack->addWidget(page);
    }
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_imagePane, &QuickLookImagePane::ready, this, &QuickLook::ready);
    connect(m_imagePane, &QuickLookImagePane::failed, this, &QuickLook::setError);
    connect(m_imagePane, &QuickLookImagePane::status, this, &QuickLook::setNote);
    connect(m_pdfPane, &QuickLookPdfPane::ready, this, [this] {
        // A page that is shown clears the failure of one that was not.
        m_error.clear();
        updateStatus();
        Q_EMIT ready();
    });
    connect(m_pdfPane, &QuickLookPdfPane::failed, this, &QuickLook::setError);
    connect(m_mediaPane, &QuickLookMediaPane::ready, this, &QuickLook::ready);
    connect(m_mediaPane, &QuickLookMediaPane::failed, this, &QuickLook::setError);
    createShortcuts();
    enableShortcuts();
}

QuickLook::~QuickLook() = default;

QuickLook::Viewer QuickLook::viewerFor(const BrowseRow &row)
{
    const QString &mime = row.mimeType;
    if (mime == QLatin1String("application/pdf")) {
        return Viewer::Pdf;
    }
    if (mime.startsWith(QLatin1String("image/"))) {
        return Viewer::Image;
    }
    if (mime.startsWith(QLatin1String("video/")) || mime.startsWith(QLatin1String("audio/"))) {
        return Viewer::Media;
    }
    if (isText(mime)) {
        return Viewer::Text;
    }
    return Viewer::Unsupported;
}

void QuickLook::showItem(const BrowseRow &row)
{
    releaseContent();
    ++m_generation;
    m_row = row;
    m_error.clear();
    m_note.clear();
    setWindowTitle(displayName());
    m_viewer = viewerFor(row);
    if (!isVisible()) {
        if (!testAttribute(Qt::WA_Resized)) {
            // Large, as a preview should be, but leaving the browser in sight around it; later the size the
            // user gave it.
            const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
            const QSize available = screen ? screen->availableSize() : QSize(1280, 800);
            resize(available.width() * 3 / 5, available.height() * 3 / 4);
        }
        show();
    }
    enableShortcuts();
    switch (m_viewer) {
    case Viewer::Image:
        m_stack->setCurrentWidget(m_imagePane);
        m_imagePane->load(row.originalSha256, row.previewSha256, fileName());
        m_imagePane->setFocus();
        break;
    case Viewer::Pdf:
        m_stack->setCurrentWidget(m_pdfPane);
        m_pdfPane->load(row.originalSha256, fileName(), row.pages);
        m_pdfPane->setFocus();
        break;
    case Viewer::Media: showMedia(); break;
    case Viewer::Text: showText(); break;
    case Viewer::Unsupported:
    case Viewer::None: showUnsupported(); break;
    }
    updateStatus();
}

void QuickLook::showMedia()
{
    m_stack->setCurrentWidget(m_mediaPane);
    const bool isVideo = m_row.mimeType.startsWith(QLatin1String("video/"));
    m_mediaPane->load(blobPath(m_row.originalSha256), fileName(), isVideo);
    const QString artwork = m_row.previewSha256.isEmpty() ? m_row.thumbSha256 : m_row.previewSha256;
    if (!isVideo && !artwork.isEmpty()) {
        const quint64 generation = m_generation;
        QuickLookLoader::image(
            blobPath(artwork), fileName(), this, [this, generation](const QuickLookLoader::Picture &picture) {
                if (generation == m_generation) {
                    m_mediaPane->setArtwork(picture.image);
                }
            });
    }
    m_mediaPane->setFocus();
}

void QuickLook::showText()
{
    m_stack->setCurrentWidget(m_text);
    m_text->clear();
    const quint64 generation = m_generation;
    QuickLookLoader::text(
        blobPath(m_row.originalSha256), fileName(), this, [this, generation](const QuickLookLoader::Text &text) {
            if (generation != m_generation) {
                return;
            }
            if (!text.error.isEmpty()) {
                setError(text.error);
                return;
            }
            m_text->setPlainText(text.text);
            QStringList notes;
            if (text.truncated) {
                notes << tr("Only the first %1 KB are shown.").arg(QuickLookLoader::TextLimit / 1024);
            }
            if (text.windows1252) {
                notes << tr("The text is not UTF-8: it is shown as Windows-1252.");
            }
            setNote(notes.join(QLatin1Char(' ')));
            Q_EMIT ready();
        });
    m_text->setFocus();
}

void QuickLook::showUnsupported()
{
    m_stack->setCurrentWidget(m_unsupported);
    const QMimeType type = QMimeDatabase().mimeTypeForName(m_row.mimeType);
    const QString typeName = type.isValid() && !type.comment().isEmpty()
        ? type.comment()
        : (m_row.mimeType.isEmpty() ? tr("this item") : m_row.mimeType);
    m_unsupportedText->setText(tr("No preview for %1").arg(typeName));
    m_unsupportedPicture->clear();
    const QString picture = m_row.previewSha256.isEmpty() ? m_row.thumbSha256 : m_row.previewSha256;
    if (picture.isEmpty()) {
        QMetaObject::invokeMethod(this, &QuickLook::ready, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    QuickLookLoader::image(
        blobPath(picture), fileName(), this, [this, generation](const QuickLookLoader::Picture &loaded) {
            if (generation != m_generation) {
                return;
            }
            if (!loaded.image.isNull()) {
                const QSize room = m_stack->size() * 3 / 4;
                QImage image = loaded.image;
                if (image.width() > room.width() || image.height() > room.height()) {
                    image = image.scaled(room.expandedTo(QSize(64, 64)), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }
                m_unsupportedPicture->setPixmap(QPixmap::fromImage(image));
            }
            Q_EMIT ready();
        });
}

void QuickLook::createShortcuts()
{
    shortcut(QKeySequence(Qt::Key_Space), this, [this] { close(); });
    shortcut(QKeySequence(Qt::Key_Left), this, [this] { Q_EMIT requestPrevious(); });
    shortcut(QKeySequence(Qt::Key_Right), this, [this] { Q_EMIT requestNext(); });
    m_pdfKeys = {
        shortcut(QKeySequence(Qt::Key_PageUp), this, [this] { m_pdfPane->previousPage(); }),
        shortcut(QKeySequence(Qt::Key_PageDown), this, [this] { m_pdfPane->nextPage(); }),
        shortcut(QKeySequence(Qt::Key_Home), this, [this] { m_pdfPane->firstPage(); }),
        shortcut(QKeySequence(Qt::Key_End), this, [this] { m_pdfPane->lastPage(); }),
    };
    m_zoomKeys = {
        shortcut(QKeySequence(Qt::Key_Plus), this, [this] { m_imagePane->zoomBy(1); }),
        shortcut(QKeySequence(Qt::Key_Equal), this, [this] { m_imagePane->zoomBy(1); }),
        shortcut(QKeySequence(Qt::Key_Minus), this, [this] { m_imagePane->zoomBy(-1); }),
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { m_imagePane->zoomToFit(); }),
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_imagePane->zoomToActualSize(); }),
    };
    m_mediaKeys = {
        shortcut(QKeySequence(Qt::Key_Return), this, [this] { m_mediaPane->togglePlayback(); }),
        shortcut(QKeySequence(Qt::Key_Enter), this, [this] { m_mediaPane->togglePlayback(); }),
    };
}

void QuickLook::enableShortcuts()
{
    // Each viewer's keys only while it is shown: PageDown scrolls text, Home and End move in the spin box.
    for (QShortcut *key : std::as_const(m_pdfKeys)) {
        key->setEnabled(m_viewer == Viewer::Pdf);
    }
    for (QShortcut *key : std::as_const(m_zoomKeys)) {
        key->setEnabled(m_viewer == Viewer::Image);
    }
    for (QShortcut *key : std::as_const(m_mediaKeys)) {
        key->setEnabled(m_viewer == Viewer::Media);
    }
}

void QuickLook::setError(const QString &message)
{
    m_error = message;
    updateStatus();
    Q_EMIT failed(message);
}

void QuickLook::setNote(const QString &note)
{
    m_note = note;
    updateStatus();
}

void QuickLook::updateStatus()
{
    const QString text = m_error.isEmpty() ? m_note : m_error;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void QuickLook::releaseContent()
{
    // A 100% original holds up to 400 MB, and a player holds the file open.
    m_renderer->cancelPending();
    m_imagePane->clear();
    m_pdfPane->clear();
    m_mediaPane->stop();
    m_text->clear();
    m_unsupportedPicture->clear();
}

void QuickLook::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    ++m_generation;
    releaseContent();
    m_viewer = Viewer::None;
    m_stack->setCurrentWidget(m_empty);
    enableShortcuts();
}

QString QuickLook::blobPath(const QString &sha256) const
{
    return m_session.blobPath(sha256);
}

QString QuickLook::displayName() const
{
    return m_row.title.isEmpty() ? fileName() : m_row.title;
}

QString QuickLook::fileName() const
{
    // The sandbox takes its extension into account when it tells the type; messages name the file by it.
    const QString name = QFileInfo(m_row.filename).fileName();
    return name.isEmpty() ? (m_row.title.isEmpty() ? tr("Untitled") : m_row.title) : name;
}

} // namespace Folio
