// SPDX-License-Identifier: GPL-3.0-or-later
// A rating and colour label written into a photo by another tool (XMP) become the item's own on ingest, which
// the browsers show and sort; a label that is no colour stays out of the item; what the item has already wins.

#include "library/library.h"
#include "store/browserepository.h"
#include "store/database.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace TestRatingAdoptionHelpers {

// A copy of a corpus photo with XMP RATING and LABEL written by exiftool (the corpus has no rated photo).
QString ratedCopy(const QTemporaryDir &dir, const QString &name, int rating, const QString &label)
{
    const QString path = dir.filePath(name);
    QFile::copy(Test::corpus(QStringLiteral("images/jolla.jpg")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto result = Test::run(QStringLiteral("exiftool"),
        { QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-XMP-xmp:Rating=%1").arg(rating),
            QStringLiteral("-XMP-xmp:Label=%1").arg(label), path });
    return result.exitCode == 0 ? path : QString();
}

} // namespace TestRatingAdoptionHelpers

using namespace TestRatingAdoptionHelpers;

class TestRatingAdoption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratingAndColourLabelBecomeTheItems()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty()) {
            QFAIL("exiftool is missing: scripts/install-deps installs libimage-exiftool-perl");
        }
        QTemporaryDir dir;
        const QString red = ratedCopy(dir, QStringLiteral("red.jpg"), 4, QStringLiteral("Red"));
        const QString select = ratedCopy(dir, QStringLiteral("select.jpg"), 2, QStringLiteral("Select"));
        const QString rejected = ratedCopy(dir, QStringLiteral("rejected.jpg"), -1, QStringLiteral("Grey"));
        QVERIFY(!red.isEmpty() && !select.isEmpty() && !rejected.isEmpty());
        auto library = Library::open(dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        const QString failed = Test::ingest(**library, { red, select, rejected });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        BrowseRepository browse((*library)->database());
        auto rows = browse.page(BrowseScope {}, BrowseSort {}, std::nullopt, 10);
        FOLIO_VERIFY_OK(rows);
        QHash<QString, BrowseRow> byFile;
        for (const BrowseRow &row : std::as_const(*rows)) {
            byFile.insert(row.filename, row);
        }
        QCOMPARE(byFile.size(), 3);
        QCOMPARE(byFile.value(QStringLiteral("red.jpg")).rating, 4);
        QCOMPARE(byFile.value(QStringLiteral("red.jpg")).colorLabel, QStringLiteral("red"));
        QCOMPARE(byFile.value(QStringLiteral("select.jpg")).rating, 2);
        QCOMPARE(byFile.value(QStringLiteral("select.jpg")).colorLabel, QString()); // not a colour
        QCOMPARE(byFile.value(QStringLiteral("rejected.jpg")).rating, 0); // -1 is "rejected", not a rating
        QCOMPARE(byFile.value(QStringLiteral("rejected.jpg")).colorLabel, QStringLiteral("gray"));

        // What the item has already wins over a file read again.
        const qint64 id = byFile.value(QStringLiteral("red.jpg")).id;
        FOLIO_VERIFY_OK((*library)->database().execute(QStringLiteral("UPDATE item SET rating = 1 WHERE id = ?"), id));
        FOLIO_VERIFY_OK(
            ItemRepository((*library)->database())
                .adoptRatingAndLabel(id, 5, QStringLiteral("blue"), QStringLiteral("2026-01-01T00:00:00Z"), 0));
        auto again = browse.page(BrowseScope {}, BrowseSort {}, std::nullopt, 10);
        FOLIO_VERIFY_OK(again);
        for (const BrowseRow &row : std::as_const(*again)) {
            if (row.id == id) {
                QCOMPARE(row.rating, 1);
                QCOMPARE(row.colorLabel, QStringLiteral("red"));
            }
        }
    }
};

FOLIO_TEST(TestRatingAdoption, "ratingadoption")
#include "tst_ratingadoption.moc"
