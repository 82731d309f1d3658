// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata editor's form model over a generated library: one row per field that applies to the
// selected items, common values or "mixed", vocabulary terms, parsing as the core parses, answers for an
// older selection dropped, and MetadataBatch's one-transaction apply with exact previous values.

#include "library/library.h"
#include "library/librarygenerator.h"
#include "library/metadatabatch.h"
#include "librarysession.h"
#include "metadataformmodel.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Folio;

namespace MetadataFormTestsHelpers {

// Runs WORK on SESSION's thread as a mutation and waits for its answer.
template<typename T> Result<T> mutate(LibrarySession &session, std::function<Result<T>(Library &)> work)
{
    auto answer = std::make_shared<std::optional<Result<T>>>();
    QObject context;
    session.run<T>(
        LibrarySession::Kind::Mutation, [work](SessionContext &cx) { return work(cx.library()); }, &context,
        [answer](const Result<T> &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 20000)) {
        return fail(Error::Code::Cancelled, QStringLiteral("the session did not answer in 20 s"));
    }
    return **answer;
}

} // namespace MetadataFormTestsHelpers

class TestMetadataForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibrarySession> m_session;
    QList<Item> m_items;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int count = 0;
        auto library = Library::open(m_dir.filePath(QString::number(++count)), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        GenerateOptions options;
        options.items = 30;
        options.seed = 11;
        options.now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        FOLIO_VERIFY_OK(LibraryGenerator(**library).generate(options));
        ItemRepository repository((*library)->database());
        auto ids = repository.allIds(false);
        FOLIO_VERIFY_OK(ids);
        m_items.clear();
        for (const qint64 id : *ids) {
            auto item = repository.byId(id);
            FOLIO_VERIFY_OK(item);
            m_items.append(*item);
        }
        m_session = std::make_unique<LibrarySession>(std::move(*library));
    }

    void cleanup() { m_session.reset(); }

    void rowsValuesAndMixedState()
    {
        MetadataFormModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MetadataFormModel::loaded);

        // An asset and a document: asset-only and document-only fields both appear, each for its item.
        const auto asset = std::find_if(
            m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.kind == QLatin1String("asset"); });
        const auto document = std::find_if(
            m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.kind == QLatin1String("document"); });
        QVERIFY(asset != m_items.cend() && document != m_items.cend());
        model.load(*m_session, { asset->id, document->id });
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(20000));
        QVERIFY(model.rowCount() > 10);
        const int camera = model.rowOfKey(QStringLiteral("camera"));
        const int pdfa = model.rowOfKey(QStringLiteral("pdfa"));
        QVERIFY(camera >= 0 && pdfa >= 0);
        QCOMPARE(model.itemsOf(camera), QList<qint64>({ asset->id }));
        QCOMPARE(model.itemsOf(pdfa), QList<qint64>({ document->id }));
        const int title = model.rowOfKey(QStringLiteral("title"));
        QVERIFY(model.index(title).data(MetadataFormModel::RequiredRole).toBool());
        QCOMPARE(model.isMixed(title), asset->title != document->title);
        QVERIFY(model.index(title).data(MetadataFormModel::ValueTextRole).toString().isEmpty() == model.isMixed(title));
        const int classification = model.rowOfKey(QStringLiteral("classification"));
        QVERIFY(model.isClosed(classification));
        QCOMPARE(model.terms(classification).size(), 4);

        // One item: its own title, never mixed.
        model.load(*m_session, { asset->id });
        QVERIFY(loaded.wait(20000));
        QVERIFY(model.rowOfKey(QStringLiteral("pdfa")) < 0);
        QCOMPARE(model.valueText(model.rowOfKey(QStringLiteral("title"))), asset->title);
        QVERIFY(!model.isMixed(model.rowOfKey(QStringLiteral("title"))));

        // Parsing as the core does.
        const int rating = model.rowOfKey(QStringLiteral("rating"));
        QVERIFY(!model.parse(rating, QStringLiteral("many")));
        QCOMPARE(model.parse(rating, QStringLiteral("4"))->json, QJsonValue(4.0));
        QVERIFY(!model.parse(model.rowOfKey(QStringLiteral("classification")), QStringLiteral("secret")));
        QVERIFY(model.parse(model.rowOfKey(QStringLiteral("classification")), QStringLiteral("internal")));
        QVERIFY(!model.parse(model.rowOfKey(QStringLiteral("title")), QString()));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void olderAnswersAreDropped()
    {
        MetadataFormModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MetadataFormModel::loaded);
        model.load(*m_session, { m_items.at(0).id, m_items.at(1).id });
        model.load(*m_session, { m_items.at(2).id });
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.snapshot().items.size(), 1);
        QCOMPARE(model.snapshot().items.first().id, m_items.at(2).id);
        // The same fields again: the rows stay, values change in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.load(*m_session, { m_items.at(2).id });
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
    }

    // Figures for a large selection: reading 2,000 items' form, and one batch edit and its undo.
    void twoThousandItemsAreReadAndEditedInOneTransaction()
    {
        auto library = Library::open(m_dir.filePath(QStringLiteral("large")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        GenerateOptions options;
        options.items = 2000;
        options.seed = 3;
        options.now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        FOLIO_VERIFY_OK(LibraryGenerator(**library).generate(options));
        auto ids = ItemRepository((*library)->database()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 2000);
        LibrarySession session(std::move(*library));

        MetadataFormModel model;
        QSignalSpy loaded(&model, &MetadataFormModel::loaded);
        QElapsedTimer timer;
        timer.start();
        model.load(session, *ids);
        QVERIFY(loaded.wait(60000));
        qInfo("form of 2000 items read in %lld ms", timer.elapsed());
        const int region = model.rowOfKey(QStringLiteral("region"));
        QVERIFY(model.isMixed(region));
        QCOMPARE(model.itemsOf(region).size(), 2000);

        const QList<MetadataAssignment> assignments = model.assignments(region, QStringLiteral("Antarctica"));
        timer.restart();
        auto applied = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(session, [assignments](Library &library) {
            return MetadataBatch(library).apply(QStringLiteral("region"), assignments);
        });
        FOLIO_VERIFY_OK(applied);
        qInfo("region set on 2000 items in %lld ms", timer.elapsed());
        QCOMPARE(applied->changed, 2000);
        timer.restart();
        auto undone = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(session, [applied](Library &library) {
            return MetadataBatch(library).apply(
                QStringLiteral("region"), applied->previous, MetadataBatch::Mode::Restore);
        });
        FOLIO_VERIFY_OK(undone);
        qInfo("and put back in %lld ms", timer.elapsed());
        QCOMPARE(undone->changed, 2000);
        model.load(session, *ids);
        QVERIFY(loaded.wait(60000));
        QVERIFY(model.isMixed(region));
    }

    void aBatchIsAllOrNothingAndGivesBackPreviousValues()
    {
        QList<MetadataAssignment> assignments;
        for (const Item &item : std::as_const(m_items)) {
            assignments.append({ item.id, QStringLiteral("2025-03-31") });
        }
        // One item that does not fit refuses the whole batch.
        QList<MetadataAssignment> bad = assignments;
        bad.last().text = QStringLiteral("soon");
        auto refused = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(*m_session,
            [bad](Library &library) { return MetadataBatch(library).apply(QStringLiteral("expiry"), bad); });
        QVERIFY(!refused);
        auto snapshot = MetadataFormTestsHelpers::mutate<MetadataSnapshot>(*m_session, [this](Library &library) {
            QList<qint64> ids;
            for (const Item &item : std::as_const(m_items)) {
                ids.append(item.id);
            }
            return MetadataBatch(library).read(ids);
        });
        FOLIO_VERIFY_OK(snapshot);
        const QList<QJsonValue> before = snapshot->values.value(QStringLiteral("expiry-date"));
        QCOMPARE(before.size(), m_items.size());
        QCOMPARE(before.count(QJsonValue(QStringLiteral("2025-03-31"))), 0);

        auto applied
            = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(*m_session, [assignments](Library &library) {
                  return MetadataBatch(library).apply(QStringLiteral("expiry"), assignments);
              });
        FOLIO_VERIFY_OK(applied);
        QCOMPARE(applied->changed, int(m_items.size()));
        QCOMPARE(applied->previous.size(), m_items.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(applied->previous.at(i).itemId, m_items.at(i).id);
        }
        // Putting the previous values back restores exactly what was there (numbers and lists included).
        for (const QString &field : { QStringLiteral("rating"), QStringLiteral("keywords") }) {
            auto set
                = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(*m_session, [field, this](Library &library) {
                      QList<MetadataAssignment> all;
                      for (const Item &item : std::as_const(m_items)) {
                          all.append({ item.id,
                              field == QLatin1String("rating") ? QStringLiteral("2.5") : QStringLiteral("a, b") });
                      }
                      return MetadataBatch(library).apply(field, all);
                  });
            FOLIO_VERIFY_OK(set);
            auto restored
                = MetadataFormTestsHelpers::mutate<MetadataBatchResult>(*m_session, [field, set](Library &library) {
                      return MetadataBatch(library).apply(field, set->previous, MetadataBatch::Mode::Restore);
                  });
            FOLIO_VERIFY_OK(restored);
            auto again = MetadataFormTestsHelpers::mutate<MetadataSnapshot>(*m_session, [this](Library &library) {
                QList<qint64> ids;
                for (const Item &item : std::as_const(m_items)) {
                    ids.append(item.id);
                }
                return MetadataBatch(library).read(ids);
            });
            FOLIO_VERIFY_OK(again);
            QCOMPARE(again->values.value(field), snapshot->values.value(field));
        }
    }
};

FOLIO_TEST(TestMetadataForm, "metadataform")
#include "tst_metadataform.moc"
