// SPDX-License-Identifier: GPL-3.0-or-later
// PageRenderer with the real folio-extract: pictures come back decoded, each request reports once, a refusal
// names the file as the user knows it, requests not yet sent can be dropped, the worker stops when idle, and
// no temporary PNG is left behind.

#include "pagerenderer.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace TestPageRendererHelpers {

// Every file under the temporary folders PageRenderer makes, which live in the test's own TMPDIR.
QStringList leftovers(const QString &tmp)
{
    QStringList files;
    for (const QFileInfo &dir : QDir(tmp).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file : QDir(dir.filePath()).entryList(QDir::Files)) {
            files << dir.fileName() + QLatin1Char('/') + file;
        }
    }
    return files;
}

} // namespace TestPageRendererHelpers

class TestPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_savedExtract = qgetenv("FOLIO_EXTRACT");
        m_savedTmp = qgetenv("TMPDIR");
        const QString extractor = Test::program(QStringLiteral("folio-extract"));
        QVERIFY2(QFileInfo(extractor).isExecutable(), qPrintable(extractor + QStringLiteral(" is missing")));
        qputenv("FOLIO_EXTRACT", QFile::encodeName(extractor));
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path())); // QTemporaryDir's home, to count leftovers
    }

    void cleanupTestCase()
    {
        for (const auto &[name, value] : { std::pair { "FOLIO_EXTRACT", m_savedExtract }, { "TMPDIR", m_savedTmp } }) {
            if (value.isNull()) {
                qunsetenv(name);
            } else {
                qputenv(name, value);
            }
        }
    }

    void rendersAPdfPageAndAnImage()
    {
        PageRenderer renderer;
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        QSignalSpy failed(&renderer, &PageRenderer::failed);
        QVERIFY(!renderer.isWorkerRunning()); // started by the first request, not before
        const qint64 page = renderer.render(
            Test::corpus(QStringLiteral("pdf/pdflatex-4-pages.pdf")), QStringLiteral("four.pdf"), 1, QSize(500, 500));
        const qint64 image = renderer.render(Test::corpus(QStringLiteral("images/portrait_6.jpg")),
            QStringLiteral("portrait.jpg"), 0, QSize(32767, 32767));
        QVERIFY(page > 0 && image > page);
        QCOMPARE(renderer.pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count() + failed.count(), 2, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(rendered.at(0).at(0).toLongLong(), page);
        QCOMPARE(rendered.at(0).at(2).toInt(), 4);
        const QImage pageImage = rendered.at(0).at(1).value<QImage>();
        QVERIFY(qAbs(pageImage.height() - 500) <= 1);
        QCOMPARE(rendered.at(1).at(0).toLongLong(), image);
        QCOMPARE(rendered.at(1).at(1).value<QImage>().size(), QSize(450, 600)); // full size, upright
        QCOMPARE(renderer.pending(), 0);
        QVERIFY(renderer.isWorkerRunning());
        QTRY_VERIFY_WITH_TIMEOUT(TestPageRendererHelpers::leftovers(m_tmp.path()).isEmpty(), 2000);
    }

    void aRefusalNamesTheFile()
    {
        PageRenderer renderer;
        QSignalSpy failed(&renderer, &PageRenderer::failed);
        // Stored under its hash, as the blob store keeps it.
        const QString blob = m_tmp.filePath(QStringLiteral("60abfda66889f7ea7721f5b25bf5c189"));
        QVERIFY(QFile::copy(Test::corpus(QStringLiteral("bad/invalid.pdf")), blob));
        const qint64 id = renderer.render(blob, QStringLiteral("contract.pdf"), 0, QSize(800, 800));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(failed.first().at(0).toLongLong(), id);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("contract.pdf")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("60abfda")), qPrintable(message));
        QFile::remove(blob);
    }

    // Paging fast through a PDF: only the page in hand and the last one asked for are drawn.
    void dropsRequestsNotYetSent()
    {
        PageRenderer renderer;
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        QSignalSpy failed(&renderer, &PageRenderer::failed);
        const QString pdf = Test::corpus(QStringLiteral("pdf/GeoTopo-komprimiert.pdf"));
        const qint64 first = renderer.render(pdf, QStringLiteral("geo.pdf"), 0, QSize(300, 300));
        QCoreApplication::processEvents(); // sent: the others queue behind it
        QList<qint64> dropped;
        for (int page = 1; page < 10; ++page) {
            renderer.cancelPending();
            dropped << renderer.render(pdf, QStringLiteral("geo.pdf"), page, QSize(300, 300));
        }
        const qint64 last = dropped.takeLast();
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count() + failed.count(), 2, 30000);
        QTest::qWait(200); // nothing more follows
        QCOMPARE(rendered.count(), 2);
        QCOMPARE(rendered.at(0).at(0).toLongLong(), first);
        QCOMPARE(rendered.at(1).at(0).toLongLong(), last);
        QCOMPARE(renderer.pending(), 0);
    }

    void stopsItsWorkerWhenIdle()
    {
        PageRenderer renderer;
        renderer.setIdleStopMs(300);
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        renderer.render(
            Test::corpus(QStringLiteral("images/DSCN0010.jpg")), QStringLiteral("photo.jpg"), 0, QSize(100, 100));
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, 30000);
        QVERIFY(renderer.isWorkerRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!renderer.isWorkerRunning(), 3000);
        // And starts one again when asked.
        renderer.render(
            Test::corpus(QStringLiteral("images/DSCN0010.jpg")), QStringLiteral("photo.jpg"), 0, QSize(100, 100));
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 2, 30000);
        QCOMPARE(rendered.at(1).at(1).value<QImage>().size(), QSize(100, 75));
    }

private:
    QTemporaryDir m_tmp;
    QByteArray m_savedExtract;
    QByteArray m_savedTmp;
};

FOLIO_TEST(TestPageRenderer, "pagerenderer")
#include "tst_pagerenderer.moc"
