// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/filepairing.h"
#include "testregistry.h"

#include <QTest>

using namespace Folio;

namespace FilePairingTests {
QList<ImportCandidate> candidates(const QStringList &paths)
{
    QList<ImportCandidate> list;
    for (const QString &path : paths) {
        list.append({path, 1, {}, {}, {}});
    }
    return list;
}
} // namespace FilePairingTests

class TestFilePairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawJpegAndSidecarAreOnePhoto()
    {
        const auto paired = FilePairing::pair(FilePairingTests::candidates(
            {QStringLiteral("/shoot/IMG_1.CR2"), QStringLiteral("/shoot/IMG_1.JPG"), QStringLiteral("/shoot/img_1.xmp"),
             QStringLiteral("/shoot/IMG_2.jpg")}));
        QCOMPARE(paired.size(), 2);
        QCOMPARE(paired.at(0).path, QStringLiteral("/shoot/IMG_1.CR2"));
        QCOMPARE(paired.at(0).companionJpeg, QStringLiteral("/shoot/IMG_1.JPG"));
        QCOMPARE(paired.at(0).sidecar, QStringLiteral("/shoot/img_1.xmp"));
        QCOMPARE(paired.at(1).path, QStringLiteral("/shoot/IMG_2.jpg"));
        QVERIFY(paired.at(1).sidecar.isEmpty());
    }

    void sidecarOfAJpegGoesWithIt()
    {
        const auto paired = FilePairing::pair(
            FilePairingTests::candidates({QStringLiteral("/a/photo.xmp"), QStringLiteral("/a/photo.jpg")}));
        QCOMPARE(paired.size(), 1);
        QCOMPARE(paired.first().path, QStringLiteral("/a/photo.jpg"));
        QCOMPARE(paired.first().sidecar, QStringLiteral("/a/photo.xmp"));
        QVERIFY(paired.first().companionJpeg.isEmpty());
    }

    void filesOfOtherFoldersOrNamesStayApart_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("other folder") << QStringList{QStringLiteral("/a/IMG_1.NEF"), QStringLiteral("/b/IMG_1.JPG")};
        QTest::newRow("other name") << QStringList{QStringLiteral("/a/IMG_1.NEF"), QStringLiteral("/a/IMG_2.JPG")};
        QTest::newRow("two jpegs") << QStringList{QStringLiteral("/a/x.jpg"), QStringLiteral("/a/x.jpeg")};
        QTest::newRow("lone sidecar") << QStringList{QStringLiteral("/a/x.xmp")};
        QTest::newRow("png and jpeg") << QStringList{QStringLiteral("/a/logo.png"), QStringLiteral("/a/logo.jpg")};
    }

    void filesOfOtherFoldersOrNamesStayApart()
    {
        QFETCH(QStringList, paths);
        const auto paired = FilePairing::pair(FilePairingTests::candidates(paths));
        QCOMPARE(paired.size(), paths.size());
        for (const ImportCandidate &candidate : paired) {
            QVERIFY(candidate.companionJpeg.isEmpty());
        }
    }

    void failedCandidatesAreLeftAlone()
    {
        QList<ImportCandidate> list = FilePairingTests::candidates({QStringLiteral("/a/x.dng"), QStringLiteral("/a/x.jpg")});
        list[0].error = QStringLiteral("unreadable");
        const auto paired = FilePairing::pair(list);
        QCOMPARE(paired.size(), 2);
    }
};

FOLIO_TEST(TestFilePairing, "filepairing")
#include "tst_filepairing.moc"
