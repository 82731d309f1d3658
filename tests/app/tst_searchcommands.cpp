// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl search, saved and report search as a user runs them, on a real library with the real
// extractor: documents and media found together, facets, paging by cursor, errors with a column,
// saved searches and the analytics report.

#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace SearchCommandsTests {

Folio::Test::ProcessResult folioctl(const QString &library, const QStringList &arguments)
{
    return Folio::Test::run(Folio::Test::program(QStringLiteral("folioctl")),
        QStringList { QStringLiteral("--library"), library } + arguments);
}

QJsonObject json(const Folio::Test::ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QStringList titles(const QJsonObject &object)
{
    QStringList list;
    for (const QJsonValue &hit : object.value(QStringLiteral("hits")).toArray()) {
        list.append(hit.toObject().value(QStringLiteral("title")).toString());
    }
    return list;
}

} // namespace SearchCommandsTests

class TestSearchCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        using namespace SearchCommandsTests;
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library"));
        QCOMPARE(folioctl(m_library, { QStringLiteral("init"), m_library }).exitCode, 0);
        // A product's documents and pictures: the search must find them together.
        const QString notes = m_dir.filePath(QStringLiteral("zephyr-launch-notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Launch notes for the Zephyr bicycle: brand guidelines apply to every banner.\n");
        file.close();
        const auto ingested = folioctl(m_library,
            { QStringLiteral("ingest"), notes, Folio::Test::corpus(QStringLiteral("images/jolla.jpg")),
                Folio::Test::corpus(QStringLiteral("pdf/pdflatex-4-pages.pdf")),
                Folio::Test::corpus(QStringLiteral("images/DSCN0010.jpg")) });
        QVERIFY2(ingested.exitCode == 0, qPrintable(ingested.err));
        const auto ls
            = folioctl(m_library, { QStringLiteral("search"), QStringLiteral("jolla"), QStringLiteral("--json") });
        const QString jolla = json(ls)
                                  .value(QStringLiteral("hits"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QVERIFY(!jolla.isEmpty());
        QCOMPARE(folioctl(m_library, { QStringLiteral("set"), jolla, QStringLiteral("product=Zephyr") }).exitCode, 0);
    }

    void findsDocumentsAndMediaTogether()
    {
        using namespace SearchCommandsTests;
        const auto result
            = folioctl(m_library, { QStringLiteral("search"), QStringLiteral("zephyr"), QStringLiteral("--json") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject object = json(result);
        QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("folio.search"));
        QCOMPARE(object.value(QStringLiteral("total")).toInt(), 2);
        QVERIFY(titles(object).contains(QStringLiteral("jolla")));
        QVERIFY(titles(object).contains(QStringLiteral("zephyr-launch-notes")));
        // The title match ranks first; the body match carries a snippet with the word marked.
        const auto phrase = json(folioctl(
            m_library, { QStringLiteral("search"), QStringLiteral("\"brand guidelines\""), QStringLiteral("--json") }));
        QCOMPARE(phrase.value(QStringLiteral("total")).toInt(), 1);
        QVERIFY(phrase.value(QStringLiteral("hits"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QStringLiteral("«brand» «guidelines»")));
    }

    void filtersFacetsAndPages()
    {
        using namespace SearchCommandsTests;
        const auto images = json(folioctl(
            m_library, { QStringLiteral("search"), QStringLiteral("type:image has:gps"), QStringLiteral("--json") }));
        QCOMPARE(titles(images), QStringList { QStringLiteral("DSCN0010") });
        const auto facets = json(folioctl(
            m_library, { QStringLiteral("search"), QString(), QStringLiteral("--facets"), QStringLiteral("--json") }));
        QCOMPARE(facets.value(QStringLiteral("total")).toInt(), 4);
        const QJsonArray kinds
            = facets.value(QStringLiteral("facets")).toObject().value(QStringLiteral("kind")).toArray();
        QCOMPARE(kinds.size(), 2);
        // Two pages of two by cursor give the four items of one page of four, in the same order.
        const auto all = json(folioctl(m_library,
            { QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("title"), QStringLiteral("--json") }));
        const auto first = json(folioctl(m_library,
            { QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("title"), QStringLiteral("--limit"),
                QStringLiteral("2"), QStringLiteral("--json") }));
        const QString next = first.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const auto second = json(folioctl(m_library,
            { QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("title"), QStringLiteral("--limit"),
                QStringLiteral("2"), QStringLiteral("--after"), next, QStringLiteral("--json") }));
        QCOMPARE(titles(first) + titles(second), titles(all));
        QCOMPARE(second.value(QStringLiteral("next")).toString(), QString());
    }

    void malformedQueriesSayWhereAndExitWithUsage()
    {
        using namespace SearchCommandsTests;
        const auto result = folioctl(m_library, { QStringLiteral("search"), QStringLiteral("size:>10XB") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("column 9")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void savedSearchesAndTheReport()
    {
        using namespace SearchCommandsTests;
        QCOMPARE(folioctl(m_library,
                     { QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Field photos"),
                         QStringLiteral("has:gps") })
                     .exitCode,
            0);
        QCOMPARE(folioctl(m_library,
                     { QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Broken"), QStringLiteral("(") })
                     .exitCode,
            2);
        const auto list
            = json(folioctl(m_library, { QStringLiteral("saved"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(list.value(QStringLiteral("saved")).toArray().size(), 1);
        const auto run = json(folioctl(m_library,
            { QStringLiteral("saved"), QStringLiteral("run"), QStringLiteral("Field photos"),
                QStringLiteral("--json") }));
        QCOMPARE(titles(run), QStringList { QStringLiteral("DSCN0010") });
        const QString id
            = run.value(QStringLiteral("hits")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(folioctl(m_library, { QStringLiteral("search"), QStringLiteral("--record-open"), id }).exitCode, 0);
        QCOMPARE(folioctl(m_library, { QStringLiteral("saved"), QStringLiteral("rm"), QStringLiteral("Field photos") })
                     .exitCode,
            0);
        QCOMPARE(folioctl(m_library, { QStringLiteral("saved"), QStringLiteral("run"), QStringLiteral("Field photos") })
                     .exitCode,
            1);

        folioctl(m_library, { QStringLiteral("search"), QStringLiteral("unobtainium") });
        const auto report = json(
            folioctl(m_library, { QStringLiteral("report"), QStringLiteral("search"), QStringLiteral("--json") }));
        QVERIFY(report.value(QStringLiteral("searches")).toInt() >= 8);
        QCOMPARE(report.value(QStringLiteral("successful")).toInt(), 1);
        const QJsonArray zero = report.value(QStringLiteral("zeroResults")).toArray();
        QCOMPARE(zero.size(), 1);
        QCOMPARE(zero.first().toObject().value(QStringLiteral("query")).toString(), QStringLiteral("unobtainium"));
    }
};

FOLIO_TEST(TestSearchCommands, "searchcommands")
#include "tst_searchcommands.moc"
