// SPDX-License-Identifier: GPL-3.0-or-later
// Manual collections and the folder Trash on a real library: names are checked, members are added once and
// in order, every change is audited and the chain still verifies; a folder in the Trash takes the items
// of its subtree with it and brings back only those when restored.

#include "audit/auditlog.h"
#include "ingest/fileimporter.h"
#include "library/collections.h"
#include "library/folderoperations.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "library/libraryverifier.h"
#include "store/collectionrepository.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestCollections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Library> m_library;

    Item importText(const QString &name, const QByteArray &content, const QString &folder = QStringLiteral("/"))
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        file.close();
        ImportOptions options;
        options.folder = folder;
        auto summary = FileImporter(*m_library).import({ path }, options);
        if (!summary || summary->outcomes.isEmpty()) {
            return {};
        }
        return ItemRepository(m_library->database()).resolve(summary->outcomes.first().itemUuid).value_or(Item {});
    }

    Item reload(const Item &item) { return ItemRepository(m_library->database()).byId(item.id).value_or(Item {}); }

    QStringList actionsOf(const QString &uuid)
    {
        QStringList actions;
        for (const AuditRecord &record : m_library->audit().history(uuid).value_or(QList<AuditRecord> {})) {
            actions.append(record.action);
        }
        return actions;
    }

    void verifyChain()
    {
        auto report = LibraryVerifier::verify(*m_library);
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto library = Library::open(m_dir->filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
    }

    void cleanup()
    {
        m_library.reset();
        delete m_dir;
    }

    void namesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QString() << int(Error::Code::InvalidArgument);
        QTest::newRow("blank") << QStringLiteral("   ") << int(Error::Code::InvalidArgument);
        QTest::newRow("too long") << QString(201, QLatin1Char('x')) << int(Error::Code::InvalidArgument);
        QTest::newRow("control character") << QStringLiteral("a\tb") << int(Error::Code::InvalidArgument);
        QTest::newRow("taken") << QStringLiteral("Spring campaign") << int(Error::Code::AlreadyExists);
        QTest::newRow("taken, other case and spaces")
            << QStringLiteral("  spring CAMPAIGN ") << int(Error::Code::AlreadyExists);
    }

    void namesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        Collections collections(*m_library);
        FOLIO_VERIFY_OK(collections.create(QStringLiteral("Spring campaign")));
        const qint64 events = m_library->audit().count().value_or(-1);
        auto refused = collections.create(name);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code()), code);
        QVERIFY(!refused.error().message().isEmpty());
        QCOMPARE(m_library->audit().count().value_or(-2), events);
        QCOMPARE(collections.list().value_or(QList<Collection> {}).size(), 1);
    }

    void createRenameTrash()
    {
        Collections collections(*m_library);
        auto spring = collections.create(QStringLiteral("  Spring  "));
        FOLIO_VERIFY_OK(spring);
        QCOMPARE(spring->name, QStringLiteral("Spring"));
        QVERIFY(!spring->uuid.isEmpty());
        auto autumn = collections.create(QStringLiteral("autumn"));
        FOLIO_VERIFY_OK(autumn);

        auto listed = collections.list();
        FOLIO_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).name, QStringLiteral("autumn")); // by name, without case
        QCOMPARE(listed->at(1).name, QStringLiteral("Spring"));

        // Renaming to another's name is refused and changes nothing; to its own name in another case works.
        auto clash = collections.rename(spring->id, QStringLiteral("Autumn"));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code(), Error::Code::AlreadyExists);
        auto recased = collections.rename(spring->id, QStringLiteral("SPRING"));
        FOLIO_VERIFY_OK(recased);
        QCOMPARE(recased->name, QStringLiteral("SPRING"));
        QVERIFY(recased->rev > spring->rev);

        FOLIO_VERIFY_OK(collections.trash(autumn->id));
        QCOMPARE(collections.list()->size(), 1);
        QVERIFY(!collections.trash(autumn->id));
        QVERIFY(!collections.rename(autumn->id, QStringLiteral("back")));
        // The name of a collection in the Trash is free again.
        FOLIO_VERIFY_OK(collections.create(QStringLiteral("Autumn")));
        // Saved searches live in the same table but are not manual collections.
        QVERIFY(!CollectionRepository(m_library->database()).byId(987654));

        QCOMPARE(actionsOf(spring->uuid),
            (QStringList { QStringLiteral("collection.create"), QStringLiteral("collection.rename") }));
        QCOMPARE(actionsOf(autumn->uuid),
            (QStringList { QStringLiteral("collection.create"), QStringLiteral("collection.trash") }));
        verifyChain();
    }

    void itemsJoinOnceInOrder()
    {
        const Item a = importText(QStringLiteral("a.txt"), "a\n");
        const Item b = importText(QStringLiteral("b.txt"), "b\n");
        const Item c = importText(QStringLiteral("c.txt"), "c\n");
        QVERIFY(a.id && b.id && c.id);
        Collections collections(*m_library);
        auto picks = collections.create(QStringLiteral("Picks"));
        FOLIO_VERIFY_OK(picks);

        auto added = collections.addItems(picks->id, { c.id, a.id });
        FOLIO_VERIFY_OK(added);
        QCOMPARE(*added, 2);
        added = collections.addItems(picks->id, { a.id, b.id, b.id });
        FOLIO_VERIFY_OK(added);
        QCOMPARE(*added, 1); // a was in already, b joins once
        CollectionRepository repository(m_library->database());
        QCOMPARE(repository.itemIds(picks->id).value_or(QList<qint64> {}), (QList<qint64> { c.id, a.id, b.id }));
        QCOMPARE(repository.byId(picks->id)->itemCount, 3);

        // An item in the Trash stays a member but is not counted; an unknown item refuses the whole batch.
        FOLIO_VERIFY_OK(ItemOperations(*m_library).trash(b));
        QCOMPARE(repository.byId(picks->id)->itemCount, 2);
        const qint64 events = m_library->audit().count().value_or(-1);
        auto unknown = collections.addItems(picks->id, { c.id, 999999 });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), Error::Code::NotFound);
        QCOMPARE(m_library->audit().count().value_or(-2), events);

        auto removed = collections.removeItems(picks->id, { a.id, 424242 });
        FOLIO_VERIFY_OK(removed);
        QCOMPARE(*removed, 1);
        QCOMPARE(repository.itemIds(picks->id).value_or(QList<qint64> {}), (QList<qint64> { c.id, b.id }));

        // The item's own history says which collection it joined and left.
        QCOMPARE(actionsOf(a.uuid),
            (QStringList { QStringLiteral("item.create"), QStringLiteral("collection.add-item"),
                QStringLiteral("collection.remove-item") }));
        // A collection in the Trash takes no items.
        FOLIO_VERIFY_OK(collections.trash(picks->id));
        QVERIFY(!collections.addItems(picks->id, { a.id }));
        verifyChain();
    }

    void folderTrashTakesItsSubtree()
    {
        const Item top = importText(QStringLiteral("top.txt"), "top\n", QStringLiteral("/Clients"));
        const Item deep = importText(QStringLiteral("deep.txt"), "deep\n", QStringLiteral("/Clients/Acme/2024"));
        const Item before = importText(QStringLiteral("before.txt"), "before\n", QStringLiteral("/Clients/Acme"));
        const Item outside = importText(QStringLiteral("outside.txt"), "outside\n", QStringLiteral("/Other"));
        QVERIFY(top.id && deep.id && before.id && outside.id);
        // Trashed on its own first: restoring the folder leaves it in the Trash.
        FOLIO_VERIFY_OK(ItemOperations(*m_library).trash(before));

        FolderOperations folders(*m_library);
        QVERIFY(!folders.trash(QStringLiteral("/")));
        QVERIFY(!folders.trash(QStringLiteral("/Nowhere")));
        auto trashed = folders.trash(QStringLiteral("/Clients"));
        FOLIO_VERIFY_OK(trashed);
        QVERIFY(!trashed->trashedAt.isEmpty());
        QVERIFY(!reload(top).trashedAt.isEmpty());
        QVERIFY(!reload(deep).trashedAt.isEmpty());
        QVERIFY(reload(outside).trashedAt.isEmpty());
        QCOMPARE(reload(top).trashedAt, trashed->trashedAt);
        // The subtree is gone from paths and from the live tree's reach.
        QVERIFY(!FolderRepository(m_library->database()).byPath(QStringLiteral("/Clients/Acme")));
        QVERIFY(!FolderRepository(m_library->database()).byPath(QStringLiteral("/Clients")));
        QCOMPARE(actionsOf(trashed->uuid),
            (QStringList { QStringLiteral("folder.create"), QStringLiteral("folder.trash") }));
        QVERIFY(actionsOf(deep.uuid).contains(QStringLiteral("item.trash")));

        // A new folder may take the name; then restoring the old one is refused with a reason.
        auto usurper = folders.make(QStringLiteral("/Clients"));
        FOLIO_VERIFY_OK(usurper);
        auto clash = folders.restore(trashed->id);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code(), Error::Code::AlreadyExists);
        QVERIFY(!reload(top).trashedAt.isEmpty());
        FOLIO_VERIFY_OK(folders.rename(QStringLiteral("/Clients"), QStringLiteral("Clients (new)")));

        auto restored = folders.restore(trashed->id);
        FOLIO_VERIFY_OK(restored);
        QVERIFY(restored->trashedAt.isEmpty());
        QVERIFY(reload(top).trashedAt.isEmpty());
        QVERIFY(reload(deep).trashedAt.isEmpty());
        QVERIFY(!reload(before).trashedAt.isEmpty());
        QCOMPARE(FolderRepository(m_library->database()).byPath(QStringLiteral("/Clients/Acme/2024"))->id,
            reload(deep).folderId);
        QVERIFY(!folders.restore(trashed->id)); // not in the Trash any more
        QVERIFY(actionsOf(trashed->uuid).endsWith(QStringLiteral("folder.restore")));
        QVERIFY(actionsOf(deep.uuid).endsWith(QStringLiteral("item.restore")));
        verifyChain();
    }

    void restoringInsideATrashedFolderIsRefused()
    {
        FolderOperations folders(*m_library);
        FOLIO_VERIFY_OK(folders.make(QStringLiteral("/A/B")));
        auto b = folders.trash(QStringLiteral("/A/B"));
        FOLIO_VERIFY_OK(b);
        auto a = folders.trash(QStringLiteral("/A"));
        FOLIO_VERIFY_OK(a);
        auto refused = folders.restore(b->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
        QVERIFY(refused.error().message().contains(QStringLiteral("/A")));
        FOLIO_VERIFY_OK(folders.restore(a->id));
        FOLIO_VERIFY_OK(folders.restore(b->id));
        FOLIO_VERIFY_OK(FolderRepository(m_library->database()).byPath(QStringLiteral("/A/B")));
        verifyChain();
    }

    void itemsMoveTogether()
    {
        const Item a = importText(QStringLiteral("a.txt"), "a\n", QStringLiteral("/In"));
        const Item b = importText(QStringLiteral("b.txt"), "b\n");
        QVERIFY(a.id && b.id);
        FolderOperations folders(*m_library);
        FOLIO_VERIFY_OK(folders.make(QStringLiteral("/Out")));
        auto moved = folders.moveItems({ a.id, b.id }, QStringLiteral("/Out"));
        FOLIO_VERIFY_OK(moved);
        QCOMPARE(*moved, 2);
        const qint64 out = FolderRepository(m_library->database()).byPath(QStringLiteral("/Out"))->id;
        QCOMPARE(reload(a).folderId, out);
        QCOMPARE(reload(b).folderId, out);
        auto again = folders.moveItems({ a.id }, QStringLiteral("/Out"));
        FOLIO_VERIFY_OK(again);
        QCOMPARE(*again, 0);
        // One unknown item and none moves.
        QVERIFY(!folders.moveItems({ a.id, 55555 }, QStringLiteral("/In")));
        QCOMPARE(reload(a).folderId, out);
        QVERIFY(!folders.moveItems({ a.id }, QStringLiteral("/Missing")));
        QCOMPARE(actionsOf(a.uuid), (QStringList { QStringLiteral("item.create"), QStringLiteral("item.move") }));
        verifyChain();
    }
};

FOLIO_TEST(TestCollections, "collections")
#include "tst_collections.moc"
