// SPDX-License-Identifier: GPL-3.0-or-later
// SidebarModel over a real library through a LibrarySession: the sections and their nodes, folders made,
// renamed, moved (by a drag of the model's own mime data) and trashed through the model, items dropped on
// a collection and on a folder, smart collections, refusals reported with the old state kept, and changes
// by another connection picked up. QAbstractItemModelTester watches every test.

#include "itemwindowmodel.h"
#include "librarysession.h"
#include "sidebarmodel.h"

#include "ingest/fileimporter.h"
#include "library/collections.h"
#include "library/library.h"
#include "library/libraryverifier.h"
#include "library/savedsearches.h"
#include "store/collectionrepository.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Kind = SidebarModel::NodeKind;

namespace TestSidebarModelHelpers {
// The node whose PathRole is PATH, searched under PARENT.
QModelIndex folderAt(const QAbstractItemModel &model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(SidebarModel::NodeKindRole).toInt() == int(Kind::Folder)
            && index.data(SidebarModel::PathRole).toString() == path) {
            return index;
        }
        if (const QModelIndex found = folderAt(model, path, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        names.append(model.index(row, 0, parent).data().toString());
    }
    return names;
}

QMimeData *itemDrag(const QList<qint64> &ids)
{
    auto *data = new QMimeData;
    QByteArray text;
    for (qint64 id : ids) {
        text += QByteArray::number(id) + '\n';
    }
    data->setData(ItemWindowModel::ItemIdsMime, text);
    return data;
}
} // namespace TestSidebarModelHelpers

using TestSidebarModelHelpers::childNames;
using TestSidebarModelHelpers::folderAt;

class TestSidebarModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    QList<Item> m_items;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<SidebarModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // A second connection to the library, as another process would have, to check what was written.
    std::unique_ptr<Library> peek()
    {
        auto library = Library::open(m_path, Library::OpenMode::Existing);
        return library ? std::move(*library) : nullptr;
    }

    QModelIndex section(SidebarModel::Section which) const { return m_model->indexOf(Kind::Section, qint64(which)); }

    bool waitLoaded()
    {
        QSignalSpy loaded(m_model.get(), &SidebarModel::loaded);
        return loaded.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_path = m_dir->filePath(QStringLiteral("library"));
        auto library = Library::open(m_path, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        // A few items in /Projects/Spring and /Archive, a collection and a saved search, before the session.
        m_items.clear();
        for (const QString &file : { QStringLiteral("images/jolla.jpg"), QStringLiteral("images/DSCN0010.jpg"),
                 QStringLiteral("text/lorem-ipsum.txt") }) {
            ImportOptions options;
            options.folder = m_items.isEmpty() ? QStringLiteral("/Projects/Spring") : QStringLiteral("/Archive");
            auto summary = FileImporter(**library).import({ Test::corpus(file) }, options);
            FOLIO_VERIFY_OK(summary);
            QCOMPARE(summary->count(ImportOutcome::Kind::Imported), 1);
            auto item = ItemRepository((*library)->database()).resolve(summary->outcomes.first().itemUuid);
            FOLIO_VERIFY_OK(item);
            m_items.append(*item);
        }
        FOLIO_VERIFY_OK(Collections(**library).create(QStringLiteral("Selects")));

        m_session = std::make_unique<LibrarySession>(std::move(*library));
        m_model = std::make_unique<SidebarModel>(*m_session);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitLoaded());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        delete m_dir;
    }

    void sectionsAndNodes()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(childNames(*m_model, QModelIndex()).size(), 4);
        QCOMPARE(section(SidebarModel::Section::Library).row(), 0);
        QCOMPARE(section(SidebarModel::Section::Folders).row(), 1);
        QCOMPARE(section(SidebarModel::Section::Collections).row(), 2);
        QCOMPARE(section(SidebarModel::Section::SmartCollections).row(), 3);
        for (int row = 0; row < 4; ++row) {
            QVERIFY(!m_model->index(row, 0).data().toString().isEmpty());
            QVERIFY(!(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsSelectable));
        }

        const QModelIndex library = section(SidebarModel::Section::Library);
        QCOMPARE(m_model->rowCount(library), 5);
        const QList<Kind> kinds { Kind::AllItems, Kind::Media, Kind::Documents, Kind::Duplicates, Kind::Trash };
        for (int row = 0; row < kinds.size(); ++row) {
            const QModelIndex entry = m_model->index(row, 0, library);
            QCOMPARE(entry.data(SidebarModel::NodeKindRole).toInt(), int(kinds.at(row)));
            QCOMPARE(m_model->indexOf(kinds.at(row)), entry);
            QVERIFY(!entry.data().toString().isEmpty());
            QCOMPARE(entry.data(Qt::DecorationRole).userType(), QMetaType::QIcon);
        }

        // The root's children at the top of the Folders section, sub-folders under them.
        const QModelIndex folders = section(SidebarModel::Section::Folders);
        QCOMPARE(folders.data(SidebarModel::PathRole).toString(), QStringLiteral("/"));
        QCOMPARE(
            childNames(*m_model, folders), (QStringList { QStringLiteral("Archive"), QStringLiteral("Projects") }));
        const QModelIndex spring = folderAt(*m_model, QStringLiteral("/Projects/Spring"));
        QVERIFY(spring.isValid());
        QCOMPARE(spring.parent(), folderAt(*m_model, QStringLiteral("/Projects")));
        QCOMPARE(spring.data().toString(), QStringLiteral("Spring"));
        QVERIFY(m_model->flags(spring) & Qt::ItemIsEditable);
        QCOMPARE(m_model->indexOf(Kind::Folder, spring.data(SidebarModel::NodeIdRole).toLongLong()), spring);

        const QModelIndex collections = section(SidebarModel::Section::Collections);
        QCOMPARE(childNames(*m_model, collections), QStringList { QStringLiteral("Selects") });
        QCOMPARE(m_model->index(0, 0, collections).data(SidebarModel::CountRole).toLongLong(), 0);
        QCOMPARE(m_model->rowCount(section(SidebarModel::Section::SmartCollections)), 0);
    }

    void foldersThroughTheModel()
    {
        QSignalSpy failed(m_model.get(), &SidebarModel::operationFailed);
        // Create, inside a folder and at the top.
        m_model->createFolder(folderAt(*m_model, QStringLiteral("/Projects")), QStringLiteral("Summer"));
        QTRY_VERIFY(folderAt(*m_model, QStringLiteral("/Projects/Summer")).isValid());
        m_model->createFolder(section(SidebarModel::Section::Folders), QStringLiteral("Clients"));
        QTRY_VERIFY(folderAt(*m_model, QStringLiteral("/Clients")).isValid());
        QCOMPARE(childNames(*m_model, section(SidebarModel::Section::Folders)),
            (QStringList { QStringLiteral("Archive"), QStringLiteral("Clients"), QStringLiteral("Projects") }));

        // Rename in place.
        QModelIndex summer = folderAt(*m_model, QStringLiteral("/Projects/Summer"));
        const qint64 summerId = summer.data(SidebarModel::NodeIdRole).toLongLong();
        QVERIFY(m_model->setData(summer, QStringLiteral("Summer 2025")));
        QCOMPARE(summer.data().toString(), QStringLiteral("Summer 2025")); // shown at once
        QTRY_VERIFY(folderAt(*m_model, QStringLiteral("/Projects/Summer 2025")).isValid());
        QCOMPARE(m_model->indexOf(Kind::Folder, summerId).data().toString(), QStringLiteral("Summer 2025"));

        // Move by dragging: the model's own mime data dropped on another folder.
        std::unique_ptr<QMimeData> drag(m_model->mimeData({ m_model->indexOf(Kind::Folder, summerId) }));
        QVERIFY(drag);
        QVERIFY(drag->hasFormat(SidebarModel::FolderIdsMime));
        const QModelIndex clients = folderAt(*m_model, QStringLiteral("/Clients"));
        QVERIFY(m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, clients));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, clients));
        QTRY_VERIFY(folderAt(*m_model, QStringLiteral("/Clients/Summer 2025")).isValid());
        QVERIFY(!folderAt(*m_model, QStringLiteral("/Projects/Summer 2025")).isValid());

        // And back to the top, dropped on the Folders section.
        drag.reset(m_model->mimeData({ m_model->indexOf(Kind::Folder, summerId) }));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, section(SidebarModel::Section::Folders)));
        QTRY_VERIFY(folderAt(*m_model, QStringLiteral("/Summer 2025")).isValid());

        // Trash: the folder and its items leave.
        m_model->trashFolder(folderAt(*m_model, QStringLiteral("/Projects")));
        QTRY_VERIFY(!folderAt(*m_model, QStringLiteral("/Projects")).isValid());
        QVERIFY(!folderAt(*m_model, QStringLiteral("/Projects/Spring")).isValid());
        QCOMPARE(failed.count(), 0);

        auto library = peek();
        QVERIFY(library);
        QVERIFY(!ItemRepository(library->database()).byId(m_items.first().id)->trashedAt.isEmpty());
        auto report = LibraryVerifier::verify(*library);
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void refusalsKeepTheOldState()
    {
        QSignalSpy failed(m_model.get(), &SidebarModel::operationFailed);
        // A folder into its own sub-folder: refused before anything is posted, with a message.
        const QModelIndex projects = folderAt(*m_model, QStringLiteral("/Projects"));
        const QModelIndex spring = folderAt(*m_model, QStringLiteral("/Projects/Spring"));
        std::unique_ptr<QMimeData> drag(m_model->mimeData({ projects }));
        QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, spring));
        QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, projects));
        QVERIFY(!m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, spring));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.takeFirst().first().toString().contains(QStringLiteral("Projects")));
        // Folders cannot be dropped on a collection or a Library entry.
        QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, m_model->indexOf(Kind::Trash)));
        QVERIFY(!m_model->canDropMimeData(
            drag.get(), Qt::MoveAction, -1, -1, m_model->index(0, 0, section(SidebarModel::Section::Collections))));

        // Renaming to a sibling's name: shown, refused by the library, put back.
        const QModelIndex archive = folderAt(*m_model, QStringLiteral("/Archive"));
        QVERIFY(m_model->setData(archive, QStringLiteral("Projects")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(folderAt(*m_model, QStringLiteral("/Archive")).data().toString(), QStringLiteral("Archive"));
        QVERIFY(!m_model->setData(archive, QStringLiteral("  "))); // nothing to do
        QVERIFY(!m_model->setData(m_model->indexOf(Kind::Trash), QStringLiteral("Bin")));

        // A collection name in use.
        m_model->createCollection(QStringLiteral("selects"));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(m_model->rowCount(section(SidebarModel::Section::Collections)), 1);
    }

    void itemsDroppedOnACollectionJoinIt()
    {
        const QModelIndex selects = m_model->index(0, 0, section(SidebarModel::Section::Collections));
        const qint64 selectsId = selects.data(SidebarModel::NodeIdRole).toLongLong();
        QVERIFY(selectsId > 0);
        std::unique_ptr<QMimeData> drag(TestSidebarModelHelpers::itemDrag({ m_items.at(0).id, m_items.at(2).id }));
        QVERIFY(m_model->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, selects));
        QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, m_model->indexOf(Kind::AllItems)));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, selects));
        QTRY_COMPARE(m_model->indexOf(Kind::Collection, selectsId).data(SidebarModel::CountRole).toLongLong(), 2);

        auto library = peek();
        QVERIFY(library);
        QCOMPARE(CollectionRepository(library->database()).itemIds(selectsId).value_or(QList<qint64> {}),
            (QList<qint64> { m_items.at(0).id, m_items.at(2).id }));

        // A new collection, renamed in place, then dropped on.
        m_model->createCollection(QStringLiteral("Press"));
        QTRY_COMPARE(m_model->rowCount(section(SidebarModel::Section::Collections)), 2);
        QModelIndex press = m_model->index(0, 0, section(SidebarModel::Section::Collections));
        QCOMPARE(press.data().toString(), QStringLiteral("Press"));
        QVERIFY(m_model->setData(press, QStringLiteral("Press kit")));
        QTRY_VERIFY(CollectionRepository(library->database())
                        .byName(QStringLiteral("press kit"))
                        .value_or(std::nullopt)
                        .has_value());
        // Garbage lines are ignored; an id that is no item refuses the drop with a message.
        QSignalSpy failed(m_model.get(), &SidebarModel::operationFailed);
        auto *bad = new QMimeData;
        bad->setData(ItemWindowModel::ItemIdsMime, "x\n-3\n999999\n");
        QVERIFY(m_model->dropMimeData(
            bad, Qt::CopyAction, -1, -1, m_model->index(0, 0, section(SidebarModel::Section::Collections))));
        delete bad;
        QTRY_COMPARE(failed.count(), 1);
    }

    void itemsDroppedOnAFolderMoveThere()
    {
        const QModelIndex spring = folderAt(*m_model, QStringLiteral("/Projects/Spring"));
        const qint64 springId = spring.data(SidebarModel::NodeIdRole).toLongLong();
        std::unique_ptr<QMimeData> drag(TestSidebarModelHelpers::itemDrag({ m_items.at(1).id, m_items.at(2).id }));
        QVERIFY(m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, spring));
        QSignalSpy loaded(m_model.get(), &SidebarModel::loaded);
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, spring));
        QVERIFY(loaded.wait(5000)); // the mutation reported a change and the tree was read again
        auto library = peek();
        QVERIFY(library);
        ItemRepository items(library->database());
        QTRY_COMPARE(items.byId(m_items.at(1).id)->folderId, springId);
        QCOMPARE(items.byId(m_items.at(2).id)->folderId, springId);
    }

    void smartCollectionsAppear()
    {
        QSignalSpy failed(m_model.get(), &SidebarModel::operationFailed);
        bool saved = false;
        m_session->run<SavedSearch>(
            LibrarySession::Kind::Mutation,
            [](SessionContext &cx) -> Result<SavedSearch> {
                auto search = cx.search();
                if (!search) {
                    return std::unexpected(search.error());
                }
                return SavedSearches(cx.library())
                    .add(QStringLiteral("Photos"), QStringLiteral("kind:asset"), **search);
            },
            this, [&](const Result<SavedSearch> &result) { saved = result.has_value(); });
        QTRY_VERIFY(saved);
        const QModelIndex smart = section(SidebarModel::Section::SmartCollections);
        QTRY_COMPARE(m_model->rowCount(smart), 1);
        const QModelIndex photos = m_model->index(0, 0, smart);
        QCOMPARE(photos.data().toString(), QStringLiteral("Photos"));
        QCOMPARE(photos.data(SidebarModel::NodeKindRole).toInt(), int(Kind::SmartCollection));
        QCOMPARE(photos.data(SidebarModel::QueryRole).toString(), QStringLiteral("kind:asset"));
        QVERIFY(!(m_model->flags(photos) & Qt::ItemIsEditable));
        QCOMPARE(failed.count(), 0);
    }

    void anotherConnectionsChangesArePickedUp()
    {
        m_session->setPollIntervalMs(20);
        auto library = peek();
        QVERIFY(library);
        FOLIO_VERIFY_OK(Collections(*library).create(QStringLiteral("From folioctl")));
        QTRY_COMPARE(childNames(*m_model, section(SidebarModel::Section::Collections)),
            (QStringList { QStringLiteral("From folioctl"), QStringLiteral("Selects") }));
        // A rename alone updates the row in place (no reset).
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        auto selects = CollectionRepository(library->database()).byName(QStringLiteral("Selects"));
        QVERIFY(selects && selects->has_value());
        FOLIO_VERIFY_OK(Collections(*library).rename((*selects)->id, QStringLiteral("Selects (final)")));
        QTRY_COMPARE(
            m_model->indexOf(Kind::Collection, (*selects)->id).data().toString(), QStringLiteral("Selects (final)"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
    }
};

FOLIO_TEST(TestSidebarModel, "sidebarmodel")
#include "tst_sidebarmodel.moc"
