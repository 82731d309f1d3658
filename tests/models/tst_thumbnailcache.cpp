// SPDX-License-Identifier: GPL-3.0-or-later
// ThumbnailCache with real images from the corpus (and a real library's blob): a miss queues a load and
// answers null, ready() follows on the GUI thread with an image that fits the bounds; the byte budget holds
// through evictions; broken files and pixel floods end null, once, without a retry; duplicate requests
// load once; cancelPending() drops what has not started, and the newest requests are served first.

#include "librarysession.h"
#include "thumbnailcache.h"

#include "ingest/fileimporter.h"
#include "library/library.h"
#include "store/itemrepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Folio;

namespace TestThumbnailCacheHelpers {
// Fake blob names for corpus files: the cache only needs PATHFOR to find a file.
QString shaOf(int n)
{
    return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
}

struct Corpus
{
    QHash<QString, QString> files; // fake sha256 -> corpus path
    std::shared_ptr<std::atomic<int>> lookups = std::make_shared<std::atomic<int>>(0);
    // The blobs looked up, in order: the cache looks a file up as it starts decoding it.
    std::shared_ptr<QStringList> started = std::make_shared<QStringList>();

    QString add(const QString &relative)
    {
        const QString sha = shaOf(int(files.size()) + 1);
        files.insert(sha, Test::corpus(relative));
        return sha;
    }
    std::function<QString(const QString &)> pathFor() const
    {
        return [files = files, lookups = lookups, started = started](const QString &sha) {
            ++*lookups;
            started->append(sha);
            return files.value(sha);
        };
    }
};
} // namespace TestThumbnailCacheHelpers

using TestThumbnailCacheHelpers::Corpus;

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAsynchronouslyWithinBounds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("bounds");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("8 MP JPEG, scaled on decode")
            << QStringLiteral("images/jolla.jpg") << QSize(256, 256) << QSize(256, 192);
        QTest::newRow("JPEG, wide bounds")
            << QStringLiteral("images/DSCN0010.jpg") << QSize(320, 100) << QSize(133, 100);
        QTest::newRow("PNG with alpha") << QStringLiteral("images/exif.png") << QSize(100, 100) << QSize(100, 100);
        QTest::newRow("WebP") << QStringLiteral("images/flower.webp") << QSize(64, 64) << QSize();
        QTest::newRow("small one is not scaled up")
            << QStringLiteral("images/XMP.jpg") << QSize(256, 256) << QSize(8, 8);
        QTest::newRow("EXIF-rotated stays in bounds")
            << QStringLiteral("images/portrait_6.jpg") << QSize(200, 200) << QSize(150, 200);
    }

    void loadsAsynchronouslyWithinBounds()
    {
        QFETCH(QString, file);
        QFETCH(QSize, bounds);
        QFETCH(QSize, expected);
        Corpus corpus;
        const QString sha = corpus.add(file);
        ThumbnailCache cache(corpus.pathFor());
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QThread *gui = QThread::currentThread();
        bool readyOnGui = false;
        connect(&cache, &ThumbnailCache::ready, this, [&] { readyOnGui = QThread::currentThread() == gui; });

        QVERIFY(cache.image(sha, bounds).isNull());
        QCOMPARE(cache.pendingLoads(), 1);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(readyOnGui);
        QCOMPARE(ready.first().first().toString(), sha);
        QCOMPARE(cache.pendingLoads(), 0);

        const QImage image = cache.image(sha, bounds);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() <= bounds.width() && image.height() <= bounds.height(),
            qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        if (expected.isValid()) {
            QVERIFY2(qAbs(image.width() - expected.width()) <= 1 && qAbs(image.height() - expected.height()) <= 1,
                qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        } else {
            QVERIFY(image.width() == bounds.width() || image.height() == bounds.height());
        }
        QCOMPARE(cache.cachedBytes(), image.sizeInBytes());
        QCOMPARE(cache.pendingLoads(), 0); // a hit queues nothing
        QVERIFY(!cache.hasFailed(sha));
    }

    void duplicateRequestsLoadOnce()
    {
        Corpus corpus;
        const QString sha = corpus.add(QStringLiteral("images/DSCN0010.jpg"));
        ThumbnailCache cache(corpus.pathFor());
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(cache.image(sha, QSize(96, 96)).isNull());
        }
        QCOMPARE(cache.pendingLoads(), 1);
        QTRY_COMPARE(ready.count(), 1);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(corpus.lookups->load(), 1);
        // Another size is another image.
        QVERIFY(cache.image(sha, QSize(32, 32)).isNull());
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(cache.image(sha, QSize(32, 32)).width(), 32);
        QCOMPARE(cache.image(sha, QSize(96, 96)).width(), 96);
    }

    void evictionKeepsTheBudget()
    {
        Corpus corpus;
        // 128×96 RGB32 = 49,152 bytes; a budget of 150,000 holds three.
        QStringList shas;
        for (int i = 0; i < 8; ++i) {
            shas.append(corpus.add(QStringLiteral("images/DSCN0010.jpg")));
        }
        const qint64 budget = 150'000;
        ThumbnailCache cache(corpus.pathFor(), budget);
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        for (int i = 0; i < shas.size(); ++i) {
            QVERIFY(cache.image(shas.at(i), QSize(128, 128)).isNull());
            QTRY_COMPARE(ready.count(), i + 1);
            QVERIFY(cache.cachedBytes() <= budget);
        }
        QVERIFY(cache.cachedBytes() <= budget);
        QVERIFY(cache.cachedBytes() >= 2 * 49'152);
        // The most recent ones are kept, the oldest went.
        QVERIFY(!cache.image(shas.last(), QSize(128, 128)).isNull());
        QVERIFY(cache.image(shas.first(), QSize(128, 128)).isNull());
        QCOMPARE(cache.pendingLoads(), 1); // asked again, so loaded again
        QTRY_COMPARE(ready.count(), shas.size() + 1);
        QVERIFY(cache.cachedBytes() <= budget);
    }

    void brokenFilesEndNullWithoutRetry_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pixel flood (64250×64250 declared)") << QStringLiteral("bad/lottapixel.jpg");
        QTest::newRow("PNG with a huge iTXt chunk") << QStringLiteral("bad/huge_iTXt_chunk.png");
        QTest::newRow("empty file") << QStringLiteral("bad/null");
        QTest::newRow("not an image (a PDF)") << QStringLiteral("bad/invalid.pdf");
        QTest::newRow("missing file") << QStringLiteral("images/no-such-file.jpg");
    }

    void brokenFilesEndNullWithoutRetry()
    {
        QFETCH(QString, file);
        Corpus corpus;
        const QString sha = corpus.add(file);
        ThumbnailCache cache(corpus.pathFor());
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        QVERIFY(cache.image(sha, QSize(128, 128)).isNull());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(cache.pendingLoads(), 0);
        QVERIFY(cache.hasFailed(sha));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        // Asked again, at any size: null at once, nothing queued, the file not looked up again.
        const int lookups = corpus.lookups->load();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(cache.image(sha, QSize(128 + i, 128)).isNull());
        }
        QCOMPARE(cache.pendingLoads(), 0);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(corpus.lookups->load(), lookups);
        QCOMPARE(cache.cachedBytes(), 0);
    }

    void cancelPendingDropsWhatHasNotStarted()
    {
        Corpus corpus;
        QStringList shas;
        for (int i = 0; i < 40; ++i) {
            shas.append(corpus.add(QStringLiteral("images/jolla.jpg")));
        }
        ThumbnailCache cache(corpus.pathFor());
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        for (const QString &sha : std::as_const(shas)) {
            QVERIFY(cache.image(sha, QSize(160, 160)).isNull());
        }
        QCOMPARE(cache.pendingLoads(), shas.size());
        cache.cancelPending();
        // Only the loads already decoding go on.
        QVERIFY(cache.pendingLoads() <= cache.decodingThreads());
        QTRY_COMPARE(cache.pendingLoads(), 0);
        QTest::qWait(50);
        QVERIFY(ready.count() <= cache.decodingThreads());
        QVERIFY(ready.count() >= 1);
        // The first asked were the first started (nothing else was waiting then); the rest never loaded.
        QVERIFY(!cache.image(shas.first(), QSize(160, 160)).isNull());
        QCOMPARE(corpus.lookups->load(), int(ready.count()));
    }

    void newestRequestsAreServedFirst()
    {
        Corpus corpus;
        QStringList shas;
        for (int i = 0; i < 12; ++i) {
            shas.append(corpus.add(QStringLiteral("images/jolla.jpg")));
        }
        ThumbnailCache cache(corpus.pathFor());
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        for (const QString &sha : std::as_const(shas)) {
            cache.image(sha, QSize(64, 64));
        }
        // Asked again: the third goes to the top of the stack.
        cache.image(shas.at(2), QSize(64, 64));
        QTRY_COMPARE(ready.count(), shas.size());
        // The first THREADS started at once; then the re-asked one, then the newest down to the oldest.
        const int threads = cache.decodingThreads();
        QStringList expected = shas.mid(0, threads);
        expected.append(shas.at(2));
        for (int i = int(shas.size()) - 1; i >= threads; --i) {
            if (i != 2) {
                expected.append(shas.at(i));
            }
        }
        QCOMPARE(*corpus.started, expected);
    }

    void decodesALibrarysBlob()
    {
        // A real library's blob through LibrarySession::blobPath, as the browsers wire it.
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        auto summary = FileImporter(**library).import({ Test::corpus(QStringLiteral("images/jolla.jpg")) }, {});
        FOLIO_VERIFY_OK(summary);
        QCOMPARE(summary->count(ImportOutcome::Kind::Imported), 1);
        auto item = ItemRepository((*library)->database()).resolve(summary->outcomes.first().itemUuid);
        FOLIO_VERIFY_OK(item);
        auto versions = VersionRepository((*library)->database()).forItem(item->id);
        FOLIO_VERIFY_OK(versions);
        const QString sha = versions->first().sha256;

        LibrarySession session(std::move(*library));
        ThumbnailCache cache([&session](const QString &blob) { return session.blobPath(blob); });
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QVERIFY(cache.image(sha, QSize(200, 200)).isNull());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(cache.image(sha, QSize(200, 200)).size(), QSize(200, 150));
    }

    void destructionWithLoadsQueuedIsClean()
    {
        Corpus corpus;
        QStringList shas;
        for (int i = 0; i < 20; ++i) {
            shas.append(corpus.add(QStringLiteral("images/jolla.jpg")));
        }
        {
            ThumbnailCache cache(corpus.pathFor());
            for (const QString &sha : std::as_const(shas)) {
                cache.image(sha, QSize(128, 128));
            }
        }
        QCoreApplication::processEvents(); // results posted by the decodes in flight are gone with the cache
        QVERIFY(corpus.lookups->load() <= 2);
    }
};

FOLIO_TEST(TestThumbnailCache, "thumbnailcache")
#include "tst_thumbnailcache.moc"
