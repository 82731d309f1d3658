// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector's metadata editor over real libraries (ingested corpus files, and 100 generated items):
// an edit is stored and audited, invalid input is shown under its field and never saved, a batch edit of
// 100 items is one undo step that puts back every item's value (unset ones cleared again), mixed values
// show as mixed, vocabularies complete, and every control speaks its name.

#include "audit/auditlog.h"
#include "library/library.h"
#include "library/librarygenerator.h"
#include "librarysession.h"
#include "metadataeditor.h"
#include "metadatafieldeditor.h"
#include "metadataformmodel.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <optional>

using namespace Folio;

namespace MetadataEditorTestsHelpers {

// Runs WORK on SESSION's thread and waits for its answer (the test thread may not touch the library).
template<typename T> Result<T> onSession(LibrarySession &session, std::function<Result<T>(Library &)> work)
{
    auto answer = std::make_shared<std::optional<Result<T>>>();
    QObject context;
    session.run<T>(
        LibrarySession::Kind::Read, [work](SessionContext &cx) { return work(cx.library()); }, &context,
        [answer](const Result<T> &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 20000)) {
        return fail(Error::Code::Cancelled, QStringLiteral("the session did not answer in 20 s"));
    }
    return **answer;
}

// The stored value of FIELD for each of ITEMS (Null where unset), read through MetadataRepository.
Result<QList<QJsonValue>> storedValues(LibrarySession &session, const QList<qint64> &items, const QString &field)
{
    return onSession<QList<QJsonValue>>(session, [items, field](Library &library) -> Result<QList<QJsonValue>> {
        auto definition = SchemaRepository(library.database()).resolve(field);
        if (!definition) {
            return std::unexpected(definition.error());
        }
        MetadataRepository metadata(library.database());
        QList<QJsonValue> values;
        for (const qint64 item : items) {
            auto value = metadata.value(item, definition->id);
            if (!value) {
                return std::unexpected(value.error());
            }
            values.append(value->value_or(QJsonValue(QJsonValue::Null)));
        }
        return values;
    });
}

Result<qint64> auditCount(LibrarySession &session)
{
    return onSession<qint64>(session, [](Library &library) { return library.audit().count(); });
}

// Shows EDITOR with ITEMS and waits until the form holds their values.
bool showItems(MetadataEditor &editor, const QList<qint64> &items)
{
    QSignalSpy loaded(&editor, &MetadataEditor::loaded);
    editor.setItems(items); // an empty selection is shown at once
    return loaded.count() > 0 || loaded.wait(20000);
}

QLineEdit *lineOf(MetadataFieldEditor *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field->input())) {
        return line;
    }
    if (auto *combo = qobject_cast<QComboBox *>(field->input())) {
        return combo->lineEdit();
    }
    return nullptr;
}

// Replaces the text of FIELD's input as a user would, and presses Enter.
void typeAndEnter(MetadataFieldEditor *field, const QString &text)
{
    QLineEdit *line = lineOf(field);
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
    if (field->completer() && field->completer()->popup()) {
        field->completer()->popup()->hide();
    }
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace MetadataEditorTestsHelpers

class TestMetadataEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ingested; // a library with real corpus files
    QList<qint64> m_ingestedItems;
    int m_libraries = 0;

    // A new library of COUNT generated items (in their own folder under the test's temporary one).
    std::unique_ptr<LibrarySession> generated(int count, QList<qint64> &items)
    {
        auto library = Library::open(
            m_dir.filePath(QStringLiteral("generated%1").arg(++m_libraries)), Library::OpenMode::Create);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return {};
        }
        GenerateOptions options;
        options.items = count;
        options.seed = 7;
        options.now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        if (auto report = LibraryGenerator(**library).generate(options); !report) {
            qWarning("%s", qPrintable(report.error().toString()));
            return {};
        }
        auto ids = ItemRepository((*library)->database()).allIds(false);
        if (!ids) {
            qWarning("%s", qPrintable(ids.error().toString()));
            return {};
        }
        items = *ids;
        return std::make_unique<LibrarySession>(std::move(*library));
    }

    std::unique_ptr<LibrarySession> ingested()
    {
        auto library = Library::open(m_ingested, Library::OpenMode::Existing);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return {};
        }
        return std::make_unique<LibrarySession>(std::move(*library));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ingested = m_dir.filePath(QStringLiteral("ingested"));
        auto library = Library::open(m_ingested, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        const QString failed = Test::ingest(**library,
            { Test::corpus(QStringLiteral("images/jolla.jpg")),
                Test::corpus(QStringLiteral("pdf/minimal-document.pdf")) });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto ids = ItemRepository((*library)->database()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 2);
        m_ingestedItems = *ids;
    }

    void aTextEditIsStoredAndAudited()
    {
        auto session = ingested();
        QVERIFY(session);
        QUndoStack stack;
        MetadataEditor editor(*session, &stack);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const qint64 item = m_ingestedItems.first();
        auto before = MetadataEditorTestsHelpers::storedValues(*session, { item }, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(before);
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, { item }));
        MetadataFieldEditor *creator = editor.fieldEditor(QStringLiteral("creator"));
        QVERIFY(creator);
        QVERIFY(!creator->isMixed());

        QSignalSpy changed(&editor, &MetadataEditor::changed);
        QSignalSpy failed(&editor, &MetadataEditor::failed);
        MetadataEditorTestsHelpers::typeAndEnter(creator, QStringLiteral("Ada Lovelace"));
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.first().first().toInt(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(creator->error().isEmpty());

        auto stored = MetadataEditorTestsHelpers::storedValues(*session, { item }, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(stored->first(), QJsonValue(QStringLiteral("Ada Lovelace")));
        auto events = MetadataEditorTestsHelpers::onSession<QList<AuditRecord>>(
            *session, [item](Library &library) -> Result<QList<AuditRecord>> {
                auto found = ItemRepository(library.database()).byId(item);
                if (!found) {
                    return std::unexpected(found.error());
                }
                return library.audit().history(found->uuid);
            });
        FOLIO_VERIFY_OK(events);
        const auto set = std::find_if(events->cbegin(), events->cend(), [](const AuditRecord &event) {
            return event.action == QLatin1String("metadata.set") && event.values
                && event.values->value(QStringLiteral("creator")).toObject().value(QStringLiteral("new"))
                == QJsonValue(QStringLiteral("Ada Lovelace"));
        });
        QVERIFY2(set != events->cend(), "no metadata.set audit event records the new creator");
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), QStringLiteral("Edit Creator"));
        // The form follows the stored value.
        QTRY_COMPARE_WITH_TIMEOUT(editor.model()->valueText(editor.model()->rowOfKey(QStringLiteral("creator"))),
            QStringLiteral("Ada Lovelace"), 10000);

        // Undo puts back what the item held (nothing, or what its file said).
        changed.clear();
        stack.undo();
        QVERIFY(changed.wait(20000));
        stored = MetadataEditorTestsHelpers::storedValues(*session, { item }, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(*stored, *before);
    }

    void invalidInputShowsItsReasonAndSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a part of the message shown
        QTest::newRow("required title cleared") << QStringLiteral("title") << QString() << QStringLiteral("required");
        QTest::newRow("bad date") << QStringLiteral("effective-date") << QStringLiteral("31/02/2025")
                                  << QStringLiteral("takes a date");
        QTest::newRow("bad number") << QStringLiteral("rating") << QStringLiteral("five")
                                    << QStringLiteral("takes a number");
        QTest::newRow("term outside a closed vocabulary")
            << QStringLiteral("classification") << QStringLiteral("top-secret") << QStringLiteral("closed");
    }

    void invalidInputShowsItsReasonAndSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        auto session = ingested();
        QVERIFY(session);
        QUndoStack stack;
        MetadataEditor editor(*session, &stack);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QList<qint64> items { m_ingestedItems.first() };
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, items));
        MetadataFieldEditor *input = editor.fieldEditor(field);
        QVERIFY(input);
        const int row = editor.model()->rowOfKey(field);
        const QString before = editor.model()->valueText(row);
        const bool mixedBefore = editor.model()->isMixed(row);
        auto eventsBefore = MetadataEditorTestsHelpers::auditCount(*session);
        FOLIO_VERIFY_OK(eventsBefore);

        QSignalSpy changed(&editor, &MetadataEditor::changed);
        MetadataEditorTestsHelpers::typeAndEnter(input, text);
        QVERIFY(input->errorLabel()->isVisible());
        QVERIFY2(input->error().contains(reason), qPrintable(input->error()));
        QVERIFY2(input->input()->accessibleDescription().contains(input->error()),
            qPrintable(input->input()->accessibleDescription()));
        // Nothing was posted: no change is pending, and the library and the undo stack are as they were.
        QVERIFY(!editor.isBusy());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(changed.count(), 0);
        auto eventsAfter = MetadataEditorTestsHelpers::auditCount(*session);
        FOLIO_VERIFY_OK(eventsAfter);
        QCOMPARE(*eventsAfter, *eventsBefore);
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, {}));
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, items));
        QCOMPARE(editor.model()->valueText(row), before);
        QCOMPARE(editor.model()->isMixed(row), mixedBefore);

        // The core refuses it as well, for every item, when asked directly.
        auto refused = MetadataEditorTestsHelpers::onSession<MetadataBatchResult>(
            *session, [field, text, items](Library &library) {
                QList<MetadataAssignment> assignments;
                for (const qint64 item : items) {
                    assignments.append({ item, text });
                }
                return MetadataBatch(library).apply(field, assignments);
            });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Validation);
    }

    void aBatchOf100IsOneUndoStep()
    {
        QList<qint64> items;
        auto session = generated(100, items);
        QVERIFY(session);
        QCOMPARE(items.size(), 100);
        auto before = MetadataEditorTestsHelpers::storedValues(*session, items, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(before);
        const qsizetype unset
            = std::count_if(before->cbegin(), before->cend(), [](const QJsonValue &v) { return v.isNull(); });
        QVERIFY2(unset > 0 && unset < 100, "the generated items should hold some creators and lack some");

        QUndoStack stack;
        MetadataEditor editor(*session, &stack);
        QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.resize(500, 700);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, items));
        MetadataFieldEditor *creator = editor.fieldEditor(QStringLiteral("creator"));
        QVERIFY(creator);
        // Different creators show as mixed, with an empty input whose placeholder says so.
        QVERIFY(creator->isMixed());
        QVERIFY(MetadataEditorTestsHelpers::lineOf(creator)->text().isEmpty());
        QCOMPARE(MetadataEditorTestsHelpers::lineOf(creator)->placeholderText(), QStringLiteral("Mixed values"));
        // Leaving a mixed field untouched changes nothing.
        MetadataEditorTestsHelpers::lineOf(creator)->setFocus();
        editor.fieldEditor(QStringLiteral("rights"))->input()->setFocus();
        QVERIFY(!editor.isBusy());
        QCOMPARE(stack.count(), 0);

        auto eventsBefore = MetadataEditorTestsHelpers::auditCount(*session);
        FOLIO_VERIFY_OK(eventsBefore);
        QSignalSpy changed(&editor, &MetadataEditor::changed);
        QElapsedTimer timer;
        timer.start();
        MetadataEditorTestsHelpers::typeAndEnter(creator, QStringLiteral("Hedy Lamarr"));
        QVERIFY(changed.wait(20000));
        qInfo("batch edit of 100 items stored in %lld ms", timer.elapsed());
        QCOMPARE(changed.first().first().toInt(), 100);
        auto after = MetadataEditorTestsHelpers::storedValues(*session, items, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(after);
        QCOMPARE(after->count(QJsonValue(QStringLiteral("Hedy Lamarr"))), 100);
        auto events = MetadataEditorTestsHelpers::auditCount(*session);
        FOLIO_VERIFY_OK(events);
        QCOMPARE(*events, *eventsBefore + 100); // one audited change per item
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), QStringLiteral("Edit Creator of 100 items"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !creator->isMixed() && MetadataEditorTestsHelpers::lineOf(creator)->text() == QStringLiteral("Hedy Lamarr"),
            10000);

        // One undo puts back all 100 previous values, clearing the ones that had none.
        changed.clear();
        timer.restart();
        stack.undo();
        QVERIFY(changed.wait(20000));
        qInfo("undo of 100 items in %lld ms", timer.elapsed());
        QCOMPARE(changed.first().first().toInt(), 100);
        auto undone = MetadataEditorTestsHelpers::storedValues(*session, items, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(undone);
        QCOMPARE(*undone, *before);
        QTRY_VERIFY_WITH_TIMEOUT(
            creator->isMixed() && MetadataEditorTestsHelpers::lineOf(creator)->text().isEmpty(), 10000);

        // Redo sets the value on every item again.
        changed.clear();
        stack.redo();
        QVERIFY(changed.wait(20000));
        auto redone = MetadataEditorTestsHelpers::storedValues(*session, items, QStringLiteral("creator"));
        FOLIO_VERIFY_OK(redone);
        QCOMPARE(redone->count(QJsonValue(QStringLiteral("Hedy Lamarr"))), 100);
        events = MetadataEditorTestsHelpers::auditCount(*session);
        FOLIO_VERIFY_OK(events);
        QCOMPARE(*events, *eventsBefore + 300);
    }

    void vocabularyTermsComplete()
    {
        QList<qint64> items;
        auto session = generated(5, items);
        QVERIFY(session);
        QUndoStack stack;
        MetadataEditor editor(*session, &stack);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, { items.first() }));

        // An enum field offers its vocabulary's terms, case-insensitively from what is typed.
        MetadataFieldEditor *label = editor.fieldEditor(QStringLiteral("label"));
        QVERIFY(label && label->completer());
        auto *terms = qobject_cast<QStringListModel *>(label->completer()->model());
        QVERIFY(terms);
        for (const char *colour : { "Red", "Yellow", "Green", "Blue", "Purple" }) {
            QVERIFY2(terms->stringList().contains(QLatin1String(colour)), colour);
        }
        QLineEdit *line = MetadataEditorTestsHelpers::lineOf(label);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, QStringLiteral("gr"));
        QCOMPARE(label->completer()->completionPrefix(), QStringLiteral("gr"));
        QCOMPARE(label->completer()->completionCount(), 1);
        QCOMPARE(label->completer()->currentCompletion(), QStringLiteral("Green"));

        // A closed vocabulary's terms too.
        MetadataFieldEditor *classification = editor.fieldEditor(QStringLiteral("classification"));
        QVERIFY(classification && classification->completer());
        QCOMPARE(qobject_cast<QStringListModel *>(classification->completer()->model())->stringList().size(), 4);

        // A list field completes the term after the last comma, from terms the vocabulary learnt.
        MetadataFieldEditor *keywords = editor.fieldEditor(QStringLiteral("keywords"));
        QVERIFY(keywords && keywords->completer());
        QSignalSpy changed(&editor, &MetadataEditor::changed);
        MetadataEditorTestsHelpers::typeAndEnter(keywords, QStringLiteral("zeppelin, zebra"));
        QVERIFY(changed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QStringListModel *>(keywords->completer()->model())
                                     ->stringList()
                                     .contains(QStringLiteral("zebra")),
            10000);
        QLineEdit *list = MetadataEditorTestsHelpers::lineOf(keywords);
        list->setFocus();
        list->selectAll();
        QTest::keyClick(list, Qt::Key_Backspace);
        QTest::keyClicks(list, QStringLiteral("summer, zep"));
        QCOMPARE(keywords->completer()->completionPrefix(), QStringLiteral("zep"));
        QCOMPARE(keywords->completer()->currentCompletion(), QStringLiteral("zeppelin"));
        keywords->completer()->popup()->hide();
    }

    void staleAnswersAreDroppedAndControlsAreNamed()
    {
        QList<qint64> items;
        auto session = generated(20, items);
        QVERIFY(session);
        QUndoStack stack;
        MetadataEditor editor(*session, &stack);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Selections in quick succession: only the last one is shown.
        editor.setItems(items.mid(0, 10));
        editor.setItems(items.mid(5, 3));
        editor.setItems({ items.at(12) });
        QCOMPARE(editor.items(), QList<qint64>({ items.at(12) }));
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);
        QCOMPARE(editor.model()->snapshot().items.size(), 1);
        QCOMPARE(editor.model()->snapshot().items.first().id, items.at(12));
        QCOMPARE(editor.model()->itemsOf(editor.model()->rowOfKey(QStringLiteral("title"))),
            QList<qint64>({ items.at(12) }));

        // Required fields say so, on screen and to screen readers.
        MetadataFieldEditor *title = editor.fieldEditor(QStringLiteral("title"));
        QVERIFY(title);
        QVERIFY(title->label()->text().endsWith(QLatin1Char('*')));
        QVERIFY(title->label()->accessibleName().contains(QStringLiteral("required")));
        QVERIFY(title->input()->accessibleDescription().contains(QStringLiteral("Required")));
        QCOMPARE(title->label()->buddy(), title->input());

        QStringList unnamed;
        for (QWidget *widget : editor.findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(QStringLiteral("%1 (%2)").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // An empty selection shows no fields.
        QVERIFY(MetadataEditorTestsHelpers::showItems(editor, {}));
        QCOMPARE(editor.model()->rowCount(), 0);
        QVERIFY(!editor.fieldEditor(QStringLiteral("title")));
    }
};

FOLIO_TEST(TestMetadataEditor, "metadataeditor")
#include "tst_metadataeditor.moc"
