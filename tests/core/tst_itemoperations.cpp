// SPDX-License-Identifier: GPL-3.0-or-later
// Item and folder operations on a real library: versions are never overwritten, every change is audited,
// purge releases files and keeps the chain, folders cannot move into themselves.

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "ingest/fileimporter.h"
#include "library/folderoperations.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "library/libraryverifier.h"
#include "store/itemrepository.h"
#include "store/versionrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestItemOperations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Library> m_library;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

    Item importOne(const QString &path, const QString &folder = QStringLiteral("/"))
    {
        ImportOptions options;
        options.folder = folder;
        auto summary = FileImporter(*m_library).import({path}, options);
        if (!summary || summary->outcomes.isEmpty()) {
            return {};
        }
        return ItemRepository(m_library->database()).resolve(summary->outcomes.first().itemUuid).value_or(Item{});
    }

    Item reload(const Item &item) { return ItemRepository(m_library->database()).byId(item.id).value_or(Item{}); }

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

    void checkInAndRevertMakeNewVersions()
    {
        const Item item = importOne(writeFile(QStringLiteral("contract.txt"), "v1 terms\n"));
        QVERIFY(item.id);
        ItemOperations ops(*m_library);
        auto second = ops.checkIn(item, writeFile(QStringLiteral("contract-v2.txt"), "v2 terms\n"), QStringLiteral("new terms"));
        FOLIO_VERIFY_OK(second);
        QCOMPARE(second->number, 2);
        QCOMPARE(second->parentNumber, 1);
        auto third = ops.revert(reload(item), 1);
        FOLIO_VERIFY_OK(third);
        QCOMPARE(third->number, 3);

        auto versions = VersionRepository(m_library->database()).forItem(item.id);
        FOLIO_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(2).sha256, versions->at(0).sha256);
        QVERIFY(versions->at(1).sha256 != versions->at(0).sha256);
        QCOMPARE(reload(item).currentVersionId, third->id);
        // Two distinct contents: two blobs, the first used twice.
        QVERIFY(m_library->blobs().contains(versions->at(0).sha256).value_or(false));

        auto history = m_library->audit().history(item.uuid);
        FOLIO_VERIFY_OK(history);
        QStringList actions;
        for (const AuditRecord &record : *history) {
            actions.append(record.action);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("item.create"), QStringLiteral("version.add"),
                                       QStringLiteral("version.revert")}));
    }

    void purgeReleasesFilesAndKeepsTheChain()
    {
        const Item keep = importOne(writeFile(QStringLiteral("keep.txt"), "shared bytes\n"));
        const Item gone = importOne(writeFile(QStringLiteral("gone.txt"), "only mine\n"));
        QVERIFY(keep.id && gone.id);
        const QString goneSha = VersionRepository(m_library->database()).forItem(gone.id)->first().sha256;
        const QString goneFile = m_library->blobs().pathFor(goneSha);
        QVERIFY(QFile::exists(goneFile));

        FOLIO_VERIFY_OK(ItemOperations(*m_library).purge(gone));
        QVERIFY(!QFile::exists(goneFile));
        QVERIFY(reload(gone).tombstone);
        QVERIFY(reload(gone).title.isEmpty());
        auto history = m_library->audit().history(gone.uuid);
        FOLIO_VERIFY_OK(history);
        for (const AuditRecord &record : *history) {
            if (record.action != QLatin1String("item.purge")) {
                QVERIFY2(record.redacted, qPrintable(record.action));
            }
        }
        auto report = LibraryVerifier::verify(*m_library);
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QVERIFY(!reload(keep).tombstone);
    }

    void trashAndRestore()
    {
        const Item item = importOne(writeFile(QStringLiteral("a.txt"), "a\n"), QStringLiteral("/Docs"));
        ItemOperations ops(*m_library);
        FOLIO_VERIFY_OK(ops.trash(item));
        QVERIFY(!reload(item).trashedAt.isEmpty());
        QVERIFY(!ops.trash(reload(item)));
        auto inTrash = ItemRepository(m_library->database()).list(0, true);
        FOLIO_VERIFY_OK(inTrash);
        QCOMPARE(inTrash->size(), 1);
        FOLIO_VERIFY_OK(ops.restore(reload(item)));
        QVERIFY(reload(item).trashedAt.isEmpty());
        QCOMPARE(reload(item).folderId, item.folderId);
    }

    void sameContentIsADuplicateUnlessKept()
    {
        const QString path = writeFile(QStringLiteral("same.txt"), "same\n");
        QVERIFY(importOne(path).id);
        auto again = FileImporter(*m_library).import({path}, {});
        FOLIO_VERIFY_OK(again);
        QCOMPARE(again->count(ImportOutcome::Kind::Duplicate), 1);
        ImportOptions keep;
        keep.onDuplicate = ImportOptions::OnDuplicate::Keep;
        auto kept = FileImporter(*m_library).import({path}, keep);
        FOLIO_VERIFY_OK(kept);
        QCOMPARE(kept->count(ImportOutcome::Kind::Imported), 1);
        QCOMPARE(ItemRepository(m_library->database()).count().value_or(0), 2);
    }

    void sameNameBecomesANewVersionWhenAsked()
    {
        QDir().mkpath(m_dir->filePath(QStringLiteral("one")));
        QDir().mkpath(m_dir->filePath(QStringLiteral("two")));
        const Item first = importOne(writeFile(QStringLiteral("one/logo.svg"), "<svg/>\n"));
        ImportOptions options;
        options.onDuplicate = ImportOptions::OnDuplicate::NewVersion;
        auto summary = FileImporter(*m_library).import({writeFile(QStringLiteral("two/logo.svg"), "<svg></svg>\n")}, options);
        FOLIO_VERIFY_OK(summary);
        QCOMPARE(summary->count(ImportOutcome::Kind::NewVersion), 1);
        QCOMPARE(summary->outcomes.first().itemUuid, first.uuid);
        QCOMPARE(reload(first).versionCount, 2);
    }

    void foldersCannotMoveIntoThemselves()
    {
        FolderOperations folders(*m_library);
        FOLIO_VERIFY_OK(folders.make(QStringLiteral("/A/B/C")));
        auto refused = folders.move(QStringLiteral("/A"), QStringLiteral("/A/B/C"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
        auto moved = folders.move(QStringLiteral("/A/B/C"), QStringLiteral("/"));
        FOLIO_VERIFY_OK(moved);
        QCOMPARE(moved->path, QStringLiteral("/C"));
        auto renamed = folders.rename(QStringLiteral("/C"), QStringLiteral("Clients"));
        FOLIO_VERIFY_OK(renamed);
        QCOMPARE(renamed->path, QStringLiteral("/Clients"));
        QCOMPARE(folders.make(QStringLiteral("/Clients")).error().code(), Error::Code::AlreadyExists);
        QVERIFY(!folders.rename(QStringLiteral("/Clients"), QStringLiteral("a/b")));
        QVERIFY(!folders.make(QStringLiteral("/x/../y")));
    }

    void metadataEditsAreOneTransaction()
    {
        const Item item = importOne(writeFile(QStringLiteral("m.txt"), "m\n"));
        ItemOperations ops(*m_library);
        auto changed = ops.setMetadata(item, {QStringLiteral("tag=a,b"), QStringLiteral("status=approved")});
        FOLIO_VERIFY_OK(changed);
        QCOMPARE(*changed, (QStringList{QStringLiteral("keywords"), QStringLiteral("status")}));
        QCOMPARE(reload(item).status, QStringLiteral("approved"));
        // Writing what is there changes nothing and records nothing.
        const qint64 events = m_library->audit().count().value_or(-1);
        auto same = ops.setMetadata(reload(item), {QStringLiteral("keywords=a, b"), QStringLiteral("status=approved")});
        FOLIO_VERIFY_OK(same);
        QVERIFY(same->isEmpty());
        QCOMPARE(m_library->audit().count().value_or(-2), events);
        // One bad assignment and nothing is written.
        QVERIFY(!ops.setMetadata(reload(item), {QStringLiteral("tag=c"), QStringLiteral("status=bogus")}));
        QCOMPARE(m_library->audit().count().value_or(-2), events);
    }
};

FOLIO_TEST(TestItemOperations, "itemoperations")
#include "tst_itemoperations.moc"
