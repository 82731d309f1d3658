// SPDX-License-Identifier: GPL-3.0-or-later
// Permissions in the shared library, in-process on a real foliod.db: role defaults and ceilings, folder
// grants inherited, confidential items needing an explicit grant, owners, the change feed filtered per
// reader with "access lost" entries and re-deliveries when a grant, a move or a classification changes who
// may read an item, and refusals that read the same for a hidden item as for a missing one.

#include "libraryfixture.h"
#include "testregistry.h"

#include <QTest>

// Everything, the test class too, lives in this namespace: the module's tests are one unity build.
namespace TestLibraryAccessHelpers {

using namespace LibraryTestFixture;

QString createItem(SharedLibrary &library, const Caller &as, const QString &folder, const QString &classification = {})
{
    const QString item = Ids::newUuid();
    QJsonObject fields { { QStringLiteral("title"), QStringLiteral("doc") } };
    if (!folder.isEmpty()) {
        fields.insert(QStringLiteral("folder"), folder);
    }
    if (!classification.isEmpty()) {
        fields.insert(QStringLiteral("classification"), classification);
    }
    const OpResult result = library.apply(as, op(QStringLiteral("item.create"), item, fields));
    if (result.status != QLatin1String("applied")) {
        qWarning("create: %s %s", qPrintable(result.code), qPrintable(result.reason));
    }
    return item;
}

QString createFolder(SharedLibrary &library, const Caller &as, const QString &name)
{
    const QString folder = Ids::newUuid();
    library.apply(as, op(QStringLiteral("folder.create"), folder, { { QStringLiteral("name"), name } }));
    return folder;
}

bool readable(SharedLibrary &library, const Caller &as, const QString &item)
{
    return bool(library.service().item(as, item));
}

Result<int> grant(SharedLibrary &library, const QString &principal, const QString &perms, const QString &target)
{
    auto row = library.service().resolveGrant(principal, target);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto bits = Permission::parse(perms);
    if (!bits) {
        return std::unexpected(bits.error());
    }
    row->perms = *bits;
    return library.service().setGrant(*row, QStringLiteral("test"));
}

class TestLibraryAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void rolesAndCeilings()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller admin = library.admin();
        const Caller viewer = library.user(QStringLiteral("vic"), QStringLiteral("viewer"));
        const Caller external = library.user(QStringLiteral("xena"), QStringLiteral("external"));
        const QString item = createItem(library, admin, {});
        QVERIFY(readable(library, viewer, item));
        QVERIFY(!readable(library, external, item));
        // A viewer granted write still only reads.
        auto granted = grant(library, QStringLiteral("vic"), QStringLiteral("write"), QStringLiteral("/"));
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().toString()));
        const OpResult refused = library.apply(
            viewer, op(QStringLiteral("item.update"), item, { { QStringLiteral("title"), QStringLiteral("x") } }));
        QCOMPARE(refused.code, QStringLiteral("forbidden"));
        QCOMPARE(
            library.apply(viewer, op(QStringLiteral("item.create"), Ids::newUuid())).code, QStringLiteral("forbidden"));
        // Narrowing the default: reviewers lose the whole library.
        const Caller reviewer = library.user(QStringLiteral("rita"), QStringLiteral("reviewer"));
        QVERIFY(readable(library, reviewer, item));
        auto revoked = library.service().resolveGrant(QStringLiteral("reviewer"), QStringLiteral("/"));
        QVERIFY(revoked);
        revoked->perms = 0;
        QVERIFY(library.service().setGrant(*revoked, QStringLiteral("test")));
        QVERIFY(!readable(library, reviewer, item));
        QVERIFY(SharedLibrary::uuids(library.changes(reviewer), QStringLiteral("item"), QStringLiteral("access-lost"))
                    .contains(item));
    }

    void confidentialNeedsAnExplicitGrant()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller librarian = library.user(QStringLiteral("lina"), QStringLiteral("librarian"));
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        const QString secret = createItem(library, librarian, {}, QStringLiteral("confidential"));
        QVERIFY(readable(library, librarian, secret)); // the owner
        QVERIFY(!readable(library, editor, secret));
        QVERIFY(!SharedLibrary::uuids(library.changes(editor), QStringLiteral("item"), QStringLiteral("upsert"))
                     .contains(secret));
        const qint64 cursor = library.head();
        auto touched = grant(library, QStringLiteral("erin"), QStringLiteral("read"), secret);
        QVERIFY(touched);
        QCOMPARE(*touched, 1);
        QVERIFY(readable(library, editor, secret));
        // Delivered as new changes behind which the editor's old cursor lies.
        QVERIFY(SharedLibrary::uuids(library.changes(editor, cursor), QStringLiteral("item"), QStringLiteral("upsert"))
                    .contains(secret));
        // Explicit read does not let the editor write it, though the folder would.
        QCOMPARE(
            library
                .apply(editor,
                    op(QStringLiteral("item.update"), secret, { { QStringLiteral("title"), QStringLiteral("x") } }))
                .code,
            QStringLiteral("forbidden"));
    }

    void hiddenReadsLikeMissing()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller librarian = library.user(QStringLiteral("lina"), QStringLiteral("librarian"));
        const Caller external = library.user(QStringLiteral("xena"), QStringLiteral("external"));
        const QString hidden = createItem(library, librarian, {});
        const OpResult onHidden = library.apply(
            external, op(QStringLiteral("item.update"), hidden, { { QStringLiteral("title"), QStringLiteral("x") } }));
        const OpResult onMissing = library.apply(external,
            op(QStringLiteral("item.update"), Ids::newUuid(), { { QStringLiteral("title"), QStringLiteral("x") } }));
        QCOMPARE(onHidden.code, onMissing.code);
        QCOMPARE(onHidden.reason, onMissing.reason);
        auto readHidden = library.service().item(external, hidden);
        auto readMissing = library.service().item(external, Ids::newUuid());
        QVERIFY(!readHidden && !readMissing);
        QCOMPARE(readHidden.error().message(), readMissing.error().message());
        // Creating a version of a hidden item's content by naming its hash is refused like a missing blob.
        const QString sha = QString(64, QLatin1Char('e'));
        library.apply(librarian,
            op(QStringLiteral("version.add"), Ids::newUuid(),
                { { QStringLiteral("item"), hidden }, { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), 1 },
                    { QStringLiteral("filename"), QStringLiteral("a") } }));
        auto mayRead = library.service().mayReadBlob(external, sha);
        QVERIFY(mayRead && !*mayRead);
        QVERIFY(*library.service().mayReadBlob(librarian, sha));
    }

    void movesDeliverAccessLostAndGained()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller librarian = library.user(QStringLiteral("lina"), QStringLiteral("librarian"));
        const Caller external = library.user(QStringLiteral("xena"), QStringLiteral("external"));
        const QString shared = createFolder(library, librarian, QStringLiteral("Shared"));
        const QString internal = createFolder(library, librarian, QStringLiteral("Internal"));
        QVERIFY(grant(library, QStringLiteral("xena"), QStringLiteral("read,write"), QStringLiteral("/Shared")));
        const QString item = createItem(library, librarian, shared);
        const QString other = Ids::newUuid();
        library.apply(librarian, op(QStringLiteral("item.create"), other, { { QStringLiteral("folder"), internal } }));
        library.apply(librarian,
            op(QStringLiteral("relation.add"), Ids::newUuid(),
                { { QStringLiteral("source"), item }, { QStringLiteral("target"), other },
                    { QStringLiteral("type"), QStringLiteral("references") } }));
        QJsonArray seen = library.changes(external);
        QVERIFY(SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("upsert")).contains(item));
        QVERIFY(!SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("upsert")).contains(other));
        QVERIFY(SharedLibrary::uuids(seen, QStringLiteral("relation"), QStringLiteral("upsert"))
                    .isEmpty()); // other end hidden
        QVERIFY(SharedLibrary::uuids(seen, QStringLiteral("folder"), QStringLiteral("upsert")).contains(shared));
        QVERIFY(!SharedLibrary::uuids(seen, QStringLiteral("folder"), QStringLiteral("upsert")).contains(internal));

        qint64 cursor = library.head();
        library.apply(librarian, op(QStringLiteral("item.update"), item, { { QStringLiteral("folder"), internal } }));
        seen = library.changes(external, cursor);
        QCOMPARE(
            SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("access-lost")), QStringList { item });
        QVERIFY(SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("upsert")).isEmpty());

        cursor = library.head();
        library.apply(librarian, op(QStringLiteral("item.update"), item, { { QStringLiteral("folder"), shared } }));
        seen = library.changes(external, cursor);
        QVERIFY(SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("upsert")).contains(item));

        // Moving the whole folder below a hidden one hides what is inside.
        cursor = library.head();
        library.apply(
            librarian, op(QStringLiteral("folder.update"), shared, { { QStringLiteral("parent"), internal } }));
        QVERIFY(readable(library, external, item)); // the grant is on the folder itself, which moved along
        // Raising the classification hides it from the external (no item grant) and tells them.
        cursor = library.head();
        library.apply(librarian,
            op(QStringLiteral("item.update"), item,
                { { QStringLiteral("classification"), QStringLiteral("restricted") } }));
        seen = library.changes(external, cursor);
        QCOMPARE(
            SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("access-lost")), QStringList { item });
        // An external may not change classifications.
        const QString own = createItem(library, external, shared);
        QVERIFY(readable(library, external, own));
        QCOMPARE(library
                     .apply(external,
                         op(QStringLiteral("item.update"), own,
                             { { QStringLiteral("classification"), QStringLiteral("public") } }))
                     .code,
            QStringLiteral("forbidden"));
    }

    void pagesSkipWhatTheReaderMayNotSee()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller librarian = library.user(QStringLiteral("lina"), QStringLiteral("librarian"));
        const Caller editor = library.user(QStringLiteral("erin"), QStringLiteral("editor"));
        QStringList visible;
        for (int i = 0; i < 50; ++i) {
            const bool hidden = i % 10 != 3;
            const QString item = createItem(library, librarian, {}, hidden ? QStringLiteral("restricted") : QString());
            if (!hidden) {
                visible.append(item);
            }
        }
        // Small pages: most rows are filtered, so pages need more than one chunk and may come back short.
        const QJsonArray seen = library.changes(editor, 0, 2);
        QCOMPARE(SharedLibrary::uuids(seen, QStringLiteral("item"), QStringLiteral("upsert")), visible);
        auto page = library.service().changes(editor, 0, 2);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 2);
        QVERIFY(page->more);
    }

    void grantCommandWordsResolve()
    {
        FOLIO_SHARED_LIBRARY(library);
        const Caller librarian = library.user(QStringLiteral("lina"), QStringLiteral("librarian"));
        const QString legal = createFolder(library, librarian, QStringLiteral("Legal"));
        const QString year = Ids::newUuid();
        library.apply(librarian,
            op(QStringLiteral("folder.create"), year,
                { { QStringLiteral("name"), QStringLiteral("2024") }, { QStringLiteral("parent"), legal } }));
        auto byPath = library.service().resolveGrant(QStringLiteral("editor"), QStringLiteral("/Legal/2024"));
        QVERIFY2(byPath, qPrintable(byPath ? QString() : byPath.error().toString()));
        QCOMPARE(byPath->target, year);
        QCOMPARE(byPath->principalKind, QStringLiteral("role"));
        auto byUuid = library.service().resolveGrant(QStringLiteral("lina"), year);
        QCOMPARE(byUuid->targetName, QStringLiteral("/Legal/2024"));
        QCOMPARE(byUuid->principalKind, QStringLiteral("user"));
        auto missing = library.service().resolveGrant(QStringLiteral("nobody"), QStringLiteral("/"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(QStringLiteral("nobody")));
        QVERIFY(!library.service().resolveGrant(QStringLiteral("editor"), QStringLiteral("/Legal/1999")));
        QVERIFY(!Permission::parse(QStringLiteral("read,fly")));
        QCOMPARE(Permission::format(*Permission::parse(QStringLiteral("write, read"))), QStringLiteral("read,write"));
    }
};

} // namespace TestLibraryAccessHelpers

using TestLibraryAccessHelpers::TestLibraryAccess;
FOLIO_TEST(TestLibraryAccess, "libraryaccess")
#include "tst_libraryaccess.moc"
