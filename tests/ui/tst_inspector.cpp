// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector dock over a library with real corpus files ingested, in a real main window: selecting an
// item shows its title, versions, a PDF's extracted text and a JPEG's EXIF tags; a rating set on three
// selected items is stored for all three and one undo clears it; a simulated drop of an item links it (read
// back from the store) and Enter on the link selects the linked item; check-in makes version 2, revert makes
// version 3 with version 1's bytes; the activity lists the audit events of those edits; every control is named.

#include "browserpane.h"
#include "browsertesthelpers.h"
#include "inspectoractivitypage.h"
#include "inspectordock.h"
#include "inspectorheader.h"
#include "inspectorrating.h"
#include "inspectorrelationspage.h"
#include "inspectortechnicalpage.h"
#include "inspectorversionspage.h"
#include "itemactions.h"
#include "itemwindowmodel.h"
#include "library/library.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "metadataeditor.h"
#include "quicklook.h"
#include "store/accesslogrepository.h"
#include "store/itemlabelrepository.h"
#include "store/itemlinkrepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAccessible>
#include <QCryptographicHash>
#include <QDebug>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Folio;

namespace InspectorTestsHelpers {

using namespace Folio::BrowserTest;

const QStringList corpusFiles {
    QStringLiteral("images/DSCN0010.jpg"),
    QStringLiteral("images/jolla.jpg"),
    QStringLiteral("images/baiona_alpha.png"),
    QStringLiteral("images/flower.webp"),
    QStringLiteral("pdf/minimal-document.pdf"),
    QStringLiteral("pdf/pdflatex-4-pages.pdf"),
    QStringLiteral("text/lorem-ipsum.txt"),
};

// Runs WORK on the session's thread and waits for its answer (the test's own reads of the store).
template<typename T> Result<T> readStore(LibrarySession &session, std::function<Result<T>(SessionContext &)> work)
{
    std::optional<Result<T>> answer;
    QObject context;
    session.run<T>(
        LibrarySession::Kind::Read, std::move(work), &context, [&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
        return std::unexpected(Error(Error::Code::Cancelled, QStringLiteral("the session did not answer")));
    }
    return *answer;
}

QList<ItemLabels> storedLabels(LibrarySession &session, const QList<qint64> &ids)
{
    auto labels = readStore<QList<ItemLabels>>(
        session, [ids](SessionContext &cx) { return ItemLabelRepository(cx.library().database()).forItems(ids); });
    return labels ? *labels : QList<ItemLabels> {};
}

QList<ItemLink> storedLinks(LibrarySession &session, qint64 id)
{
    auto links = readStore<QList<ItemLink>>(
        session, [id](SessionContext &cx) { return ItemLinkRepository(cx.library().database()).ofItem(id); });
    return links ? *links : QList<ItemLink> {};
}

QList<Version> storedVersions(LibrarySession &session, qint64 id)
{
    auto versions = readStore<QList<Version>>(
        session, [id](SessionContext &cx) { return VersionRepository(cx.library().database()).forItem(id); });
    return versions ? *versions : QList<Version> {};
}

qint64 idOf(ItemWindowModel &model, const QString &fileName)
{
    const int row = rowOf(model, fileName);
    return row >= 0 ? model.rowAt(row)->id : 0;
}

// Selects the rows of FILENAMES in the browser, as a user's clicks would.
void selectFiles(MainWindow &window, const QStringList &fileNames)
{
    QItemSelectionModel *selection = window.browser()->selectionModel();
    selection->clear();
    for (const QString &name : fileNames) {
        const QModelIndex index = window.itemModel()->index(rowOf(*window.itemModel(), name), 0);
        selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// The inspector shows exactly IDS (its read for them has arrived).
bool showsItems(InspectorDock &dock, const QList<qint64> &ids)
{
    const bool shown = QTest::qWaitFor(
        [&] { return !dock.isLoading() && dock.data().itemIds == ids && dock.data().labels.size() == ids.size(); },
        20000);
    if (!shown) {
        qWarning() << "inspector shows" << dock.data().itemIds << "with" << dock.data().labels.size()
                   << "labels, asked for" << dock.items() << (dock.isLoading() ? "(loading)" : "") << "wanted" << ids;
    }
    return shown;
}

QStringList actionsOf(const InspectorDock &dock)
{
    QStringList actions;
    for (const AuditRecord &event : dock.data().activity) {
        actions.append(event.action);
    }
    return actions;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace InspectorTestsHelpers

class TestInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;

    struct Opened
    {
        std::unique_ptr<LibrarySession> session;
        std::unique_ptr<MainWindow> window;
    };

    Opened openWindow()
    {
        using namespace InspectorTestsHelpers;
        Opened opened;
        auto library = Library::open(m_libraryPath, Library::OpenMode::Existing);
        if (!library) {
            qWarning("%s", qPrintable(library.error().toString()));
            return opened;
        }
        opened.session = std::make_unique<LibrarySession>(std::move(*library));
        opened.window = std::make_unique<MainWindow>(*opened.session);
        QObject::connect(opened.window->inspector(), &InspectorDock::failed, opened.window.get(),
            [](const QString &message) { qWarning("inspector: %s", qPrintable(message)); });
        opened.window->resize(1400, 900);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get()) || !loadAll(*opened.window->itemModel(), 1)) {
            opened.window.reset();
        }
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        using namespace InspectorTestsHelpers;
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_libraryPath = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        QStringList paths;
        for (const QString &file : corpusFiles) {
            paths.append(Test::corpus(file));
        }
        const QString failed = Test::ingest(**library, paths);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void selectingAnItemShowsItsDetails()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        QVERIFY(dock.isVisible());
        ItemWindowModel &model = *window.itemModel();

        // A PDF: its title, one version, and the text of its page.
        const qint64 pdf = idOf(model, QStringLiteral("minimal-document.pdf"));
        QVERIFY(pdf > 0);
        QElapsedTimer shown;
        shown.start();
        selectFiles(window, { QStringLiteral("minimal-document.pdf") });
        QVERIFY(showsItems(dock, { pdf }));
        qInfo("selection to filled inspector: %lld ms (60 ms of it waiting for the selection to settle)",
            shown.elapsed());
        QVERIFY(dock.data().single);
        QCOMPARE(dock.header()->title(), model.rowAt(rowOf(model, QStringLiteral("minimal-document.pdf")))->title);
        QVERIFY2(dock.header()->info().contains(QStringLiteral("version 1")), qPrintable(dock.header()->info()));
        QCOMPARE(dock.versionsPage()->list()->topLevelItemCount(), 1);
        QVERIFY2(dock.textView()->toPlainText().contains(QStringLiteral("Lorem ipsum dolor sit amet")),
            qPrintable(QStringLiteral("text %1 chars; data %2 chars; extraction %3; %4")
                           .arg(dock.textView()->toPlainText().size())
                           .arg(dock.data().text.size())
                           .arg(dock.technicalPage()->valueOf(QStringLiteral("state")),
                               dock.technicalPage()->valueOf(QStringLiteral("error")))));
        QCOMPARE(dock.technicalPage()->valueOf(QStringLiteral("detected_type")), QStringLiteral("application/pdf"));
        QVERIFY(actionsOf(dock).contains(QStringLiteral("item.create")));

        // A JPEG: the camera's EXIF tags, raw.
        const qint64 jpeg = idOf(model, QStringLiteral("DSCN0010.jpg"));
        selectFiles(window, { QStringLiteral("DSCN0010.jpg") });
        QVERIFY(showsItems(dock, { jpeg }));
        QVERIFY2(dock.technicalPage()->valueOf(QStringLiteral("Exif.Image.Make")).contains(QStringLiteral("NIKON")),
            qPrintable(dock.technicalPage()->valueOf(QStringLiteral("Exif.Image.Make"))));
        QVERIFY(dock.technicalPage()->valueOf(QStringLiteral("Exif.Image.Model")).contains(QStringLiteral("P6000")));
        // Its preview comes from the thumbnail cache.
        QVERIFY(!dock.data().previewSha256.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dock.header()->hasPreview(), 15000);

        // Two items: the count, and the per-item pages ask for one item.
        selectFiles(window, { QStringLiteral("DSCN0010.jpg"), QStringLiteral("minimal-document.pdf") });
        QVERIFY(showsItems(dock, { jpeg, pdf }));
        QVERIFY(!dock.data().single);
        QCOMPARE(dock.header()->title(), QStringLiteral("2 items"));
        for (int tab = 1; tab < dock.tabs()->count(); ++tab) {
            auto *stack = qobject_cast<QStackedWidget *>(dock.tabs()->widget(tab));
            QVERIFY(stack && stack->currentIndex() == 1);
            QCOMPARE(qobject_cast<QLabel *>(stack->currentWidget())->text(), QStringLiteral("Select one item."));
        }

        // A quick change of selection: only the last one is shown (the earlier answer is dropped).
        dock.setItems({ pdf });
        dock.setItems({ jpeg });
        QVERIFY(showsItems(dock, { jpeg }));
        QTest::qWait(300);
        QCOMPARE(dock.data().itemIds, QList<qint64>({ jpeg }));
    }

    void ratingThreeItemsStoresAllAndOneUndoClearsIt()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        ItemWindowModel &model = *window.itemModel();
        const QStringList files { QStringLiteral("baiona_alpha.png"), QStringLiteral("flower.webp"),
            QStringLiteral("lorem-ipsum.txt") };
        QList<qint64> ids;
        for (const QString &file : files) {
            ids.append(idOf(model, file));
        }
        selectFiles(window, files);
        QVERIFY(showsItems(dock, ids));
        for (const ItemLabels &item : storedLabels(*opened.session, ids)) {
            QVERIFY(!item.rating.has_value());
        }

        // A click on the fourth star rates all three.
        InspectorRating *stars = dock.header()->rating();
        QVERIFY(stars->isEnabled());
        const QSize hint = stars->sizeHint();
        QTest::mouseClick(stars, Qt::LeftButton, {}, QPoint(hint.width() * 7 / 10, hint.height() / 2));
        QCOMPARE(window.undoStack()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<ItemLabels> labels = storedLabels(*opened.session, ids);
                return labels.size() == 3
                    && std::all_of(labels.begin(), labels.end(), [](const ItemLabels &l) { return l.rating == 4; });
            }(),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(dock.header()->rating()->rating(), 4, 10000);

        // One undo clears it for all three (back to "never rated", so a file's own rating may still apply).
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<ItemLabels> labels = storedLabels(*opened.session, ids);
                return labels.size() == 3
                    && std::all_of(labels.begin(), labels.end(), [](const ItemLabels &l) { return !l.rating; });
            }(),
            10000);
        // Redo rates them again; the keyboard rates too.
        window.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(storedLabels(*opened.session, ids).value(2).rating == 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isLoading() && dock.header()->rating()->rating() == 4, 10000);
        stars->setFocus();
        QTest::keyClick(stars, Qt::Key_2);
        QTRY_VERIFY_WITH_TIMEOUT(storedLabels(*opened.session, ids).value(0).rating == 2, 10000);

        // The colour label with the mouse: all three red; undo takes it back.
        QToolButton *red = dock.header()->labelButton(QStringLiteral("red"));
        QVERIFY(red && !red->accessibleName().isEmpty());
        QTest::mouseClick(red, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<ItemLabels> labels = storedLabels(*opened.session, ids);
                return labels.size() == 3 && std::all_of(labels.begin(), labels.end(), [](const ItemLabels &l) {
                    return l.colorLabel == QLatin1String("red");
                });
            }(),
            10000);
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(storedLabels(*opened.session, ids).value(1).colorLabel.isEmpty(), 10000);

        // Each change is audited per item: the activity of one of them lists them, newest first.
        selectFiles(window, { files.first() });
        QVERIFY(showsItems(dock, { ids.first() }));
        QTRY_VERIFY_WITH_TIMEOUT(actionsOf(dock).count(QStringLiteral("item.label")) == 2, 10000);
        const QStringList actions = actionsOf(dock);
        QCOMPARE(actions.count(QStringLiteral("item.rate")), 4); // rate, undo, redo, keyboard
        QCOMPARE(actions.first(), QStringLiteral("item.label"));
        QCOMPARE(dock.activityPage()->list()->topLevelItemCount(), actions.size());
    }

    void droppingAnItemLinksItAndEnterJumpsToIt()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        ItemWindowModel &model = *window.itemModel();
        const qint64 a = idOf(model, QStringLiteral("pdflatex-4-pages.pdf"));
        const qint64 b = idOf(model, QStringLiteral("minimal-document.pdf"));
        QVERIFY(a > 0 && b > 0);
        selectFiles(window, { QStringLiteral("pdflatex-4-pages.pdf") });
        QVERIFY(showsItems(dock, { a }));
        dock.tabs()->setCurrentIndex(2);

        // B dragged from the browser (the model's own drag data) and dropped on A's relations.
        const QModelIndex bIndex = model.index(rowOf(model, QStringLiteral("minimal-document.pdf")), 0);
        std::unique_ptr<QMimeData> mime(model.mimeData({ bIndex }));
        QVERIFY(mime && mime->hasFormat(ItemWindowModel::ItemIdsMime));
        QWidget *viewport = dock.relationsPage()->list()->viewport();
        const QPoint at = viewport->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());

        // The menu asks for the type: "A is derived from B".
        QMenu *menu = dock.relationsPage()->typeMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QAction *derived = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toStringList()
                == QStringList { QStringLiteral("derived-from"), QStringLiteral("out") }) {
                derived = action;
            }
        }
        QVERIFY(derived);
        derived->trigger();
        menu->close();
        QTRY_VERIFY_WITH_TIMEOUT(storedLinks(*opened.session, a).size() == 1, 10000);
        const ItemLink link = storedLinks(*opened.session, a).first();
        QCOMPARE(link.type, QStringLiteral("derived-from"));
        QVERIFY(link.outgoing);
        QCOMPARE(link.otherItemId, b);
        // B sees it from the other side.
        QCOMPARE(storedLinks(*opened.session, b).value(0).outgoing, false);
        QTRY_COMPARE_WITH_TIMEOUT(dock.relationsPage()->list()->topLevelItemCount(), 1, 10000);
        QVERIFY(actionsOf(dock).contains(QStringLiteral("relation.add")));

        // Undo unlinks; redo links again.
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(storedLinks(*opened.session, a).isEmpty(), 10000);
        window.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(storedLinks(*opened.session, a).size() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isLoading() && dock.relationsPage()->list()->topLevelItemCount() == 1, 10000);
        QVERIFY(actionsOf(dock).contains(QStringLiteral("relation.remove")));

        // Enter on the link shows B, selected, in the browser and the inspector.
        QTreeWidget *list = dock.relationsPage()->list();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.selectedRows().size() == 1 && window.selectedRows().first().id == b, 15000);
        QVERIFY(showsItems(dock, { b }));
        QCOMPARE(dock.data().links.value(0).otherItemId, a);

        // Every edit went into the hash chain, which still verifies.
        auto report = readStore<AuditVerifyReport>(
            *opened.session, [](SessionContext &cx) { return cx.library().audit().verify(); });
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void checkInMakesVersionTwoAndRevertMakesThreeWithOnesBytes()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        ItemWindowModel &model = *window.itemModel();
        const qint64 id = idOf(model, QStringLiteral("jolla.jpg"));
        selectFiles(window, { QStringLiteral("jolla.jpg") });
        QVERIFY(showsItems(dock, { id }));
        const int undoSteps = window.undoStack()->count();

        InspectorVersionsPage *page = dock.versionsPage();
        page->commentEdit()->setText(QStringLiteral("retouched"));
        page->checkInFile(Test::corpus(QStringLiteral("images/baiona_alpha.png")));
        QTRY_VERIFY_WITH_TIMEOUT(storedVersions(*opened.session, id).size() == 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 2, 10000);
        QList<Version> versions = storedVersions(*opened.session, id);
        const Version first = versions.value(0).number == 1 ? versions.value(0) : versions.value(1);
        const Version second = versions.value(0).number == 2 ? versions.value(0) : versions.value(1);
        QCOMPARE(second.comment, QStringLiteral("retouched"));
        QCOMPARE(second.sha256.toLatin1(), sha256Of(Test::corpus(QStringLiteral("images/baiona_alpha.png"))));

        // Revert to version 1 through the page's button, on version 1 selected in its list.
        QTreeWidgetItem *one = page->list()->topLevelItem(1);
        QVERIFY(one->text(0).startsWith(QLatin1Char('1')));
        page->list()->setCurrentItem(one);
        QPushButton *revert = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Revert to This Version")) {
                revert = button;
            }
        }
        QVERIFY(revert && revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(storedVersions(*opened.session, id).size() == 3, 20000);
        versions = storedVersions(*opened.session, id);
        const auto third
            = std::find_if(versions.begin(), versions.end(), [](const Version &v) { return v.number == 3; });
        QVERIFY(third != versions.end());
        QCOMPARE(third->sha256, first.sha256);
        QCOMPARE(sha256Of(opened.session->blobPath(third->sha256)),
            sha256Of(Test::corpus(QStringLiteral("images/jolla.jpg"))));

        // Neither is on the undo stack (versions are immutable); both are in the activity.
        QCOMPARE(window.undoStack()->count(), undoSteps);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isLoading() && dock.data().versions.size() == 3, 10000);
        QCOMPARE(dock.data().current.number, 3);
        const QStringList actions = actionsOf(dock);
        // Newest first (the extraction of the new versions may come between them).
        const qsizetype reverted = actions.indexOf(QStringLiteral("version.revert"));
        QVERIFY2(reverted >= 0 && reverted < actions.indexOf(QStringLiteral("version.add")),
            qPrintable(actions.join(QStringLiteral(", "))));
        QCOMPARE(dock.activityPage()->list()->topLevelItem(int(reverted))->text(2), QStringLiteral("Reverted"));
    }

    void everyControlHasAnAccessibleName()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        const qint64 id = idOf(*window.itemModel(), QStringLiteral("DSCN0010.jpg"));
        selectFiles(window, { QStringLiteral("DSCN0010.jpg") });
        QVERIFY(showsItems(dock, { id }));
        QStringList unnamed;
        for (int tab = 0; tab < dock.tabs()->count(); ++tab) {
            dock.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QWidget *widget : dock.findChildren<QWidget *>()) {
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)) {
                    continue;
                }
                // The metadata editor's own fields are its author's (tested with it).
                if (dock.metadataEditor()->isAncestorOf(widget)) {
                    continue;
                }
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
                if (name.trimmed().isEmpty()) {
                    unnamed.append(QStringLiteral("%1 (%2)").arg(
                        QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
                }
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // View → Inspector (Ctrl+I) hides and shows it.
        QAction *toggle = dock.toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
        toggle->trigger();
        QVERIFY(!dock.isVisible());
        toggle->trigger();
        QVERIFY(dock.isVisible());
    }

    void quickLookIsAViewInTheActivity()
    {
        using namespace InspectorTestsHelpers;
        Opened opened = openWindow();
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        InspectorDock &dock = *window.inspector();
        const QString file = QStringLiteral("minimal-document.pdf");
        const qint64 id = idOf(*window.itemModel(), file);
        const QString uuid = window.itemModel()->rowAt(rowOf(*window.itemModel(), file))->uuid;
        selectFiles(window, { file });
        QVERIFY(showsItems(dock, { id }));
        const auto views = [&] {
            auto read = readStore<QList<AccessRecord>>(*opened.session,
                [uuid](SessionContext &cx) { return AccessLogRepository(cx.library().database()).forItem(uuid, 10); });
            return read ? *read : QList<AccessRecord> {};
        };
        QVERIFY(views().isEmpty());

        window.actions()->quickLook()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(views().size(), 1, 10000);
        QCOMPARE(views().first().action, AccessRecord::Action::View);
        QCOMPARE(views().first().actor, Library::localActorName());
        window.quickLook()->close();

        // The activity lists it, newest first, beside the audit events.
        dock.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isLoading() && dock.data().accesses.size() == 1, 10000);
        QTreeWidget *list = dock.activityPage()->list();
        QCOMPARE(list->topLevelItemCount(), dock.data().activity.size() + 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Viewed"));
    }
};

FOLIO_TEST(TestInspector, "inspector")
#include "tst_inspector.moc"
