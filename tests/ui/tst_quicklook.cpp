// SPDX-License-Identifier: GPL-3.0-or-later
// Quick look on a library with corpus files ingested by the real ingest engine: an image (its preview at
// once, then the original at 100% drawn in the sandbox), a PDF (page 1, then the next page), a video played
// through Qt Multimedia's GStreamer backend, text, a type without a preview, and a corrupt PDF whose error
// names it. Also its keys, and an accessible name on every control.
//
// Environment: QT_QPA_PLATFORM=offscreen and QT_MEDIA_BACKEND=gstreamer (set here in initTestCase when the
// environment has none: Qt Multimedia reads it when the first player is made); folio-extract is found
// through $FOLIO_EXTRACT, set here from the build.

#include "ingest/ingestengine.h"
#include "library/library.h"
#include "librarysession.h"
#include "pagerenderer.h"
#include "quicklook.h"
#include "quicklookimagepane.h"
#include "quicklookmediapane.h"
#include "quicklookpdfpane.h"
#include "store/extractionrepository.h"
#include "store/itemrepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Folio;

namespace TestQuickLookHelpers {

const QStringList Files { QStringLiteral("images/jolla.jpg"), QStringLiteral("pdf/pdflatex-4-pages.pdf"),
    QStringLiteral("video/flower.mp4"), QStringLiteral("text/testMARKDOWN.md"), QStringLiteral("office/OOXML.docx"),
    QStringLiteral("bad/invalid.pdf"), QStringLiteral("audio/t-rex-roar.mp3") };

// The row a browser would hand over, read from the repositories (what BrowseRepository reads in one query).
Result<BrowseRow> rowFor(Database &db, const QString &uuid)
{
    auto item = ItemRepository(db).resolve(uuid);
    if (!item) {
        return std::unexpected(item.error());
    }
    auto version = VersionRepository(db).byId(item->currentVersionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    BrowseRow row;
    row.id = item->id;
    row.uuid = item->uuid;
    row.kind = item->kind;
    row.title = item->title;
    row.mimeType = version->mimeType;
    row.filename = version->filename;
    row.size = version->size;
    row.originalSha256 = version->sha256;
    ExtractionRepository extraction(db);
    if (auto record = extraction.forVersion(version->id); record && *record) {
        row.pages = (*record)->pages;
    }
    auto renditions = extraction.renditions(version->id);
    if (!renditions) {
        return std::unexpected(renditions.error());
    }
    for (const RenditionRecord &rendition : *renditions) {
        if (rendition.name == QLatin1String("thumb")) {
            row.thumbSha256 = rendition.sha256;
        } else if (rendition.name == QLatin1String("preview")) {
            row.previewSha256 = rendition.sha256;
        } else if (rendition.name == QLatin1String("filmstrip")) {
            row.filmstripSha256 = rendition.sha256;
        }
    }
    return row;
}

// The interactive widgets under ROOT that have no accessible name, as "Class (objectName)".
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<const QAbstractButton *>(widget)
            || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractScrollArea *>(widget)
            || widget->focusPolicy() != Qt::NoFocus;
        if (interactive && widget->accessibleName().isEmpty()) {
            unnamed << QStringLiteral("%1 (%2) in %3")
                           .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                               QLatin1String(widget->parentWidget() ? widget->parentWidget()->metaObject()->className()
                                                                    : "nothing"));
        }
    }
    return unnamed;
}

} // namespace TestQuickLookHelpers

class TestQuickLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
            qputenv("QT_MEDIA_BACKEND", "gstreamer"); // before the first player: the FFmpeg backend crashes here
        }
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        const QString extractor = Test::program(QStringLiteral("folio-extract"));
        QVERIFY2(QFileInfo(extractor).isExecutable(), qPrintable(extractor + QStringLiteral(" is missing")));
        qputenv("FOLIO_EXTRACT", QFile::encodeName(extractor));

        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : TestQuickLookHelpers::Files) {
            paths << Test::corpus(file);
        }
        {
            IngestEngine engine(**library, {});
            QEventLoop loop;
            connect(&engine, &IngestEngine::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(180000, &loop, &QEventLoop::quit);
            engine.start(paths);
            if (!engine.isFinished()) {
                loop.exec();
            }
            QVERIFY2(engine.isFinished() && engine.fatalError().isEmpty(), qPrintable(engine.fatalError()));
            for (const ImportOutcome &outcome : engine.importSummary().outcomes) {
                QCOMPARE(outcome.kind, ImportOutcome::Kind::Imported);
                auto row = TestQuickLookHelpers::rowFor((*library)->database(), outcome.itemUuid);
                FOLIO_VERIFY_OK(row);
                m_rows.insert(QFileInfo(outcome.source).fileName(), *row);
            }
        }
        QCOMPARE(m_rows.size(), TestQuickLookHelpers::Files.size());
        m_session = std::make_unique<LibrarySession>(std::move(*library));
    }

    void init()
    {
        m_quickLook = std::make_unique<QuickLook>(*m_session);
        m_quickLook->resize(900, 700);
    }

    void cleanup() { m_quickLook.reset(); }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_savedExtract.isNull()) {
            qunsetenv("FOLIO_EXTRACT");
        } else {
            qputenv("FOLIO_EXTRACT", m_savedExtract);
        }
    }

    void picksTheViewerByType_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QuickLook::Viewer>("viewer");
        QTest::newRow("jpeg") << "image/jpeg" << QuickLook::Viewer::Image;
        QTest::newRow("pdf") << "application/pdf" << QuickLook::Viewer::Pdf;
        QTest::newRow("video") << "video/webm" << QuickLook::Viewer::Media;
        QTest::newRow("audio") << "audio/flac" << QuickLook::Viewer::Media;
        QTest::newRow("plain text") << "text/plain" << QuickLook::Viewer::Text;
        QTest::newRow("markdown") << "text/markdown" << QuickLook::Viewer::Text;
        QTest::newRow("csv") << "text/csv" << QuickLook::Viewer::Text;
        QTest::newRow("json") << "application/json" << QuickLook::Viewer::Text;
        QTest::newRow("xml") << "application/xml" << QuickLook::Viewer::Text;
        QTest::newRow("rtf") << "text/rtf" << QuickLook::Viewer::Unsupported;
        QTest::newRow("docx") << "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                              << QuickLook::Viewer::Unsupported;
        QTest::newRow("nothing") << "" << QuickLook::Viewer::Unsupported;
    }

    void picksTheViewerByType()
    {
        QFETCH(QString, mimeType);
        QFETCH(QuickLook::Viewer, viewer);
        BrowseRow row;
        row.mimeType = mimeType;
        QCOMPARE(QuickLook::viewerFor(row), viewer);
    }

    // The preview at once, fitted; 100% brings the original (3264 × 2448) from the sandbox.
    void opensAnImageThenItsOriginal()
    {
        const BrowseRow row = m_rows.value(QStringLiteral("jolla.jpg"));
        QVERIFY(!row.previewSha256.isEmpty());
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        QSignalSpy failed(m_quickLook.get(), &QuickLook::failed);
        m_quickLook->showItem(row);
        QVERIFY(m_quickLook->isVisible());
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Image);
        QCOMPARE(m_quickLook->windowTitle(), row.title);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        QuickLookImagePane *pane = m_quickLook->imagePane();
        QCOMPARE(pane->shownImage().width(), 1600); // the preview rendition
        QVERIFY(pane->isFitting());
        QVERIFY(!pane->showsOriginal());
        QVERIFY(!m_quickLook->renderer()->isWorkerRunning()); // a preview needs no sandbox

        pane->zoomToActualSize();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(m_quickLook->errorText()));
        QVERIFY(pane->showsOriginal());
        QCOMPARE(pane->shownImage().size(), QSize(3264, 2448));
        QCOMPARE(pane->zoom(), 1.0);
        // Zoom steps count in pixels of the original.
        QTest::keyClick(m_quickLook.get(), Qt::Key_Minus);
        QCOMPARE(pane->zoom(), 1.0 / QuickLookImagePane::ZoomStep);
        QTest::keyClick(m_quickLook.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(pane->isFitting());
        QVERIFY(pane->zoom() < 0.5); // 3264 pixels in a window 900 wide
        QVERIFY(m_quickLook->errorText().isEmpty());
    }

    void opensAPdfAndTurnsItsPages()
    {
        const BrowseRow row = m_rows.value(QStringLiteral("pdflatex-4-pages.pdf"));
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        m_quickLook->showItem(row);
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Pdf);
        QuickLookPdfPane *pane = m_quickLook->pdfPane();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 30000);
        QVERIFY2(m_quickLook->errorText().isEmpty(), qPrintable(m_quickLook->errorText()));
        QCOMPARE(pane->shownPage(), 0);
        QCOMPARE(pane->pageCount(), 4);
        const QImage first = pane->shownImage();
        QVERIFY(!first.isNull());
        // Drawn for the window: the page's height fills the room there is, in device pixels.
        QVERIFY2(first.height() > 500, qPrintable(QString::number(first.height())));

        QTest::keyClick(m_quickLook.get(), Qt::Key_PageDown);
        QCOMPARE(pane->currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2, 30000);
        QCOMPARE(pane->shownPage(), 1);
        QVERIFY(pane->shownImage() != first);
        QVERIFY(m_quickLook->errorText().isEmpty());
        const auto *pageBox = pane->findChild<QAbstractSpinBox *>();
        QVERIFY(pageBox);
        QCOMPARE(pageBox->text(), QStringLiteral("2"));

        // Back to page 1 comes from the pages kept, at once.
        QTest::keyClick(m_quickLook.get(), Qt::Key_PageUp);
        QCOMPARE(pane->shownPage(), 0);
        QCOMPARE(pane->shownImage(), first);
        QTest::keyClick(m_quickLook.get(), Qt::Key_End);
        QTRY_COMPARE_WITH_TIMEOUT(pane->shownPage(), 3, 30000);
    }

    void opensAVideo()
    {
        const BrowseRow row = m_rows.value(QStringLiteral("flower.mp4"));
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        m_quickLook->showItem(row);
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Media);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 || !m_quickLook->errorText().isEmpty(), 20000);
        QVERIFY2(m_quickLook->errorText().isEmpty(), qPrintable(m_quickLook->errorText()));
        QuickLookMediaPane *pane = m_quickLook->mediaPane();
        QVERIFY(pane->isLoaded());
        QVERIFY2(
            qAbs(pane->player()->duration() - 5055) < 200, qPrintable(QString::number(pane->player()->duration())));
        QVERIFY(pane->player()->hasVideo());
        // It plays: the position moves.
        QTRY_VERIFY_WITH_TIMEOUT(pane->player()->position() > 300, 10000);
        QTest::keyClick(m_quickLook.get(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pane->player()->playbackState(), QMediaPlayer::PausedState, 5000);
        QVERIFY(m_quickLook->errorText().isEmpty());
        // Closing lets go of the file.
        QTest::keyClick(m_quickLook.get(), Qt::Key_Escape);
        QVERIFY(!m_quickLook->isVisible());
        QVERIFY(pane->player()->source().isEmpty());
    }

    void opensAudio()
    {
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        m_quickLook->showItem(m_rows.value(QStringLiteral("t-rex-roar.mp3")));
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Media);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 || !m_quickLook->errorText().isEmpty(), 20000);
        QVERIFY2(m_quickLook->errorText().isEmpty(), qPrintable(m_quickLook->errorText()));
        QVERIFY(m_quickLook->mediaPane()->player()->duration() > 1000);
    }

    void opensText()
    {
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        m_quickLook->showItem(m_rows.value(QStringLiteral("testMARKDOWN.md")));
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Text);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        const QString text = m_quickLook->textView()->toPlainText();
        QFile original(Test::corpus(QStringLiteral("text/testMARKDOWN.md")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(text, QString::fromUtf8(original.readAll()));
        QVERIFY(m_quickLook->textView()->isReadOnly());
    }

    void showsTheThumbnailOfWhatItCannotPreview()
    {
        QSignalSpy ready(m_quickLook.get(), &QuickLook::ready);
        m_quickLook->showItem(m_rows.value(QStringLiteral("OOXML.docx")));
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Unsupported);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        bool said = false;
        for (const QLabel *label : m_quickLook->findChildren<QLabel *>()) {
            said = said || (label->isVisible() && label->text().startsWith(QLatin1String("No preview for")));
        }
        QVERIFY(said);
        QVERIFY(m_quickLook->errorText().isEmpty());
    }

    void aCorruptPdfFailsWithItsName()
    {
        QSignalSpy failed(m_quickLook.get(), &QuickLook::failed);
        m_quickLook->showItem(m_rows.value(QStringLiteral("invalid.pdf")));
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::Pdf);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
        QVERIFY2(m_quickLook->errorText().contains(QLatin1String("invalid.pdf")), qPrintable(m_quickLook->errorText()));
        QCOMPARE(failed.first().first().toString(), m_quickLook->errorText());
        // The next item clears it.
        m_quickLook->showItem(m_rows.value(QStringLiteral("testMARKDOWN.md")));
        QVERIFY(m_quickLook->errorText().isEmpty());
    }

    void keysNavigateAndClose()
    {
        QSignalSpy previous(m_quickLook.get(), &QuickLook::requestPrevious);
        QSignalSpy next(m_quickLook.get(), &QuickLook::requestNext);
        m_quickLook->showItem(m_rows.value(QStringLiteral("testMARKDOWN.md")));
        QVERIFY(QTest::qWaitForWindowExposed(m_quickLook.get()));
        QTest::keyClick(m_quickLook.get(), Qt::Key_Right);
        QTest::keyClick(m_quickLook.get(), Qt::Key_Right);
        QTest::keyClick(m_quickLook.get(), Qt::Key_Left);
        QCOMPARE(next.count(), 2);
        QCOMPARE(previous.count(), 1);
        // Space closes even from the read-only text, which has the focus.
        QTest::keyClick(m_quickLook->textView(), Qt::Key_Space);
        QVERIFY(!m_quickLook->isVisible());
        QCOMPARE(m_quickLook->viewer(), QuickLook::Viewer::None);
    }

    void everyControlHasAnAccessibleName()
    {
        m_quickLook->show();
        for (const char *file : { "jolla.jpg", "pdflatex-4-pages.pdf", "flower.mp4", "testMARKDOWN.md" }) {
            m_quickLook->showItem(m_rows.value(QLatin1String(file)));
            const QStringList unnamed = TestQuickLookHelpers::unnamedControls(m_quickLook.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        }
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_savedExtract;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<QuickLook> m_quickLook;
    QHash<QString, BrowseRow> m_rows;
};

FOLIO_TEST(TestQuickLook, "quicklook")
#include "tst_quicklook.moc"
