// SPDX-License-Identifier: GPL-3.0-or-later
// The browsers' reads on a real library (generated items plus trashed, renamed, re-versioned and
// collected ones): every sort of every scope, read by keyset pages, by OFFSET and through anchors, gives
// the order a plain C++ sort of values read straight from their source tables gives (so the copies the
// schema v3 triggers keep on the item are checked too), ties broken by id; the big scopes' page queries
// walk an index; rows carry every value the browsers show.
//
// tst_browsemeasure.cpp times the same reads on a big library.

#include "library/itemoperations.h"
#include "library/library.h"
#include "library/librarygenerator.h"
#include "store/browserepository.h"
#include "store/database.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Folio;

namespace TestBrowseRepositoryHelpers {

// An item's sort values as its source tables hold them (not the item's v3 copies).
struct Reference
{
    qint64 id = 0;
    QString kind;
    QString title;
    QString mimeType;
    qint64 size = 0;
    int versions = 0;
    QString status;
    QString creator;
    QString modified;
    QString created;
    QString classification;
    int pages = 0;
    int rating = 0;
    qint64 folder = 0;
    bool trashed = false;
    qint64 blob = 0;
};

// SQLite's NOCASE: ASCII letters folded, then the UTF-8 bytes compared.
QByteArray noCase(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
    }
    return bytes;
}

template<typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int rank(const QString &value, const QStringList &order)
{
    const qsizetype at = order.indexOf(value);
    return at < 0 ? int(order.size()) : int(at);
}

const QStringList Statuses = { "draft", "in_review", "approved", "published", "archived", "disposed" };
const QStringList Classifications = { "public", "internal", "confidential", "restricted" };

int compareBy(BrowseSort::Column column, const Reference &a, const Reference &b, const QHash<qint64, qint64> &position)
{
    switch (column) {
    case BrowseSort::Column::Name: return compare(noCase(a.title), noCase(b.title));
    case BrowseSort::Column::Type: return compare(a.mimeType.toUtf8(), b.mimeType.toUtf8());
    case BrowseSort::Column::Versions: return compare(a.versions, b.versions);
    case BrowseSort::Column::Status: return compare(rank(a.status, Statuses), rank(b.status, Statuses));
    case BrowseSort::Column::Creator: return compare(noCase(a.creator), noCase(b.creator));
    case BrowseSort::Column::Modified: return compare(a.modified.toUtf8(), b.modified.toUtf8());
    case BrowseSort::Column::Created: return compare(a.created.toUtf8(), b.created.toUtf8());
    case BrowseSort::Column::Classification:
        return compare(rank(a.classification, Classifications), rank(b.classification, Classifications));
    case BrowseSort::Column::Pages: return compare(a.pages, b.pages);
    case BrowseSort::Column::Size: return compare(a.size, b.size);
    case BrowseSort::Column::Rating: return compare(a.rating, b.rating);
    case BrowseSort::Column::Position: return compare(position.value(a.id, a.id), position.value(b.id, b.id));
    }
    return 0;
}

const QList<BrowseSort::Column> AllColumns = { BrowseSort::Column::Name, BrowseSort::Column::Type,
    BrowseSort::Column::Versions, BrowseSort::Column::Status, BrowseSort::Column::Creator, BrowseSort::Column::Modified,
    BrowseSort::Column::Created, BrowseSort::Column::Classification, BrowseSort::Column::Pages,
    BrowseSort::Column::Size, BrowseSort::Column::Rating, BrowseSort::Column::Position };

const char *columnName(BrowseSort::Column column)
{
    static const char *names[] = { "name", "type", "versions", "status", "creator", "modified", "created",
        "classification", "pages", "size", "rating", "position" };
    return names[int(column)];
}

QList<qint64> idsOf(const QList<BrowseRow> &rows)
{
    QList<qint64> ids;
    for (const BrowseRow &row : rows) {
        ids.append(row.id);
    }
    return ids;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

class TestBrowseRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_folderId = 0;
    qint64 m_collectionId = 0;
    QList<qint64> m_collection; // members in position order
    QList<qint64> m_itemSet;
    QList<qint64> m_bigItemSet; // 25,000 ids, most of which are no item

    Database &db() { return m_library->database(); }

    Item item(qint64 id) { return ItemRepository(db()).byId(id).value_or(Item {}); }

    QList<Reference> references()
    {
        QList<Reference> all;
        auto stmt = db().prepare(QStringLiteral(
            "SELECT i.id, i.kind, i.title, ifnull(v.mime_type, ''), ifnull(v.size, 0), "
            "(SELECT count(*) FROM version WHERE item_id = i.id), i.status, "
            "ifnull((SELECT m.value_text FROM metadata m JOIN field f ON f.id = m.field_id WHERE f.key = 'creator' "
            "AND m.item_id = i.id), ''), i.modified_at, i.created_at, i.classification, "
            "ifnull((SELECT CAST(m.value_num AS INTEGER) FROM metadata m JOIN field f ON f.id = m.field_id "
            "WHERE f.key = 'pages' AND m.item_id = i.id), 0), ifnull(i.rating, 0), i.folder_id, "
            "i.trashed_at IS NOT NULL, ifnull(v.blob_id, 0) FROM item i LEFT JOIN version v ON v.id = "
            "i.current_version_id "
            "WHERE i.tombstone = 0"));
        if (!stmt) {
            return all;
        }
        (void)stmt->forEach([&](Statement &s) {
            all.append({ s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), int(s.int64(5)), s.text(6), s.text(7),
                s.text(8), s.text(9), s.text(10), int(s.int64(11)), int(s.int64(12)), s.int64(13), s.int64(14) != 0,
                s.int64(15) });
        });
        return all;
    }

    // The scope's items in SORT order, as C++ sorts the source values.
    QList<qint64> expected(const BrowseScope &scope, const BrowseSort &sort)
    {
        QHash<qint64, qint64> position;
        QList<Reference> rows;
        const QList<Reference> all = references();
        const QSet<qint64> found
            = scope.items ? QSet<qint64>(scope.items->cbegin(), scope.items->cend()) : QSet<qint64>();
        for (const Reference &r : all) {
            bool in = false;
            switch (scope.kind) {
            case BrowseScope::Kind::All: in = !r.trashed; break;
            case BrowseScope::Kind::Media: in = !r.trashed && r.kind == QLatin1String("asset"); break;
            case BrowseScope::Kind::Documents: in = !r.trashed && r.kind == QLatin1String("document"); break;
            case BrowseScope::Kind::Folder: in = !r.trashed && r.folder == scope.folderId; break;
            case BrowseScope::Kind::Collection: in = !r.trashed && m_collection.contains(r.id); break;
            case BrowseScope::Kind::Items: in = !r.trashed && found.contains(r.id); break;
            case BrowseScope::Kind::Trash: in = r.trashed; break;
            }
            if (in) {
                rows.append(r);
            }
        }
        if (scope.kind == BrowseScope::Kind::Collection) {
            for (qsizetype i = 0; i < m_collection.size(); ++i) {
                position.insert(m_collection.at(i), i);
            }
        } else if (scope.kind == BrowseScope::Kind::Items) {
            for (qsizetype i = scope.items->size() - 1; i >= 0; --i) {
                position.insert(scope.items->at(i), i); // the first place of an id found twice
            }
        }
        std::sort(rows.begin(), rows.end(), [&](const Reference &a, const Reference &b) {
            const int c = compareBy(sort.column, a, b, position);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        QList<qint64> ids;
        for (const Reference &r : std::as_const(rows)) {
            ids.append(r.id);
        }
        if (sort.descending) {
            std::reverse(ids.begin(), ids.end());
        }
        return ids;
    }

    BrowseScope scopeNamed(const QString &name)
    {
        BrowseScope scope;
        if (name == QLatin1String("all")) {
            scope.kind = BrowseScope::Kind::All;
        } else if (name == QLatin1String("media")) {
            scope.kind = BrowseScope::Kind::Media;
        } else if (name == QLatin1String("documents")) {
            scope.kind = BrowseScope::Kind::Documents;
        } else if (name == QLatin1String("trash")) {
            scope.kind = BrowseScope::Kind::Trash;
        } else if (name == QLatin1String("folder")) {
            scope.kind = BrowseScope::Kind::Folder;
            scope.folderId = m_folderId;
        } else if (name == QLatin1String("collection")) {
            scope.kind = BrowseScope::Kind::Collection;
            scope.collectionId = m_collectionId;
        } else if (name == QLatin1String("items")) {
            scope.kind = BrowseScope::Kind::Items;
            scope.items = std::make_shared<const QList<qint64>>(m_itemSet);
        } else {
            // Big enough that the repository walks the sort's item index instead of sorting the set.
            scope.kind = BrowseScope::Kind::Items;
            scope.items = std::make_shared<const QList<qint64>>(m_bigItemSet);
        }
        return scope;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
        GenerateOptions options;
        options.items = 2000;
        options.seed = 11;
        options.now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        auto generated = LibraryGenerator(*m_library).generate(options);
        FOLIO_VERIFY_OK(generated);

        auto ids = ItemRepository(db()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 2000);
        ItemOperations ops(*m_library);
        // Ties: the same title in several cases (NOCASE makes them equal, so id decides), creators set
        // and removed, new versions of another type and size, items in the Trash.
        const QStringList tie = { "Quarterly report", "QUARTERLY REPORT", "quarterly report" };
        for (int i = 0; i < 24; ++i) {
            FOLIO_VERIFY_OK(ops.rename(item(ids->at(i * 37 + 5)), tie.at(i % 3)));
        }
        for (int i = 0; i < 12; ++i) {
            FOLIO_VERIFY_OK(ops.setMetadata(item(ids->at(i * 61 + 9)), { QStringLiteral("creator=ada Lovelace") }));
            FOLIO_VERIFY_OK(ops.setMetadata(item(ids->at(i * 61 + 10)), { QStringLiteral("creator=") }));
            FOLIO_VERIFY_OK(ops.setMetadata(item(ids->at(i * 61 + 11)), { QStringLiteral("pages=%1").arg(i + 2) }));
        }
        for (int i = 0; i < 6; ++i) {
            const QString file = writeFile(m_dir.filePath(QStringLiteral("v%1.csv").arg(i)),
                QByteArray("a,b\n") + QByteArray(100 * (i + 1), 'x') + QByteArray::number(i));
            QVERIFY(!file.isEmpty());
            FOLIO_VERIFY_OK(ops.checkIn(item(ids->at(i * 301 + 3)), file, QStringLiteral("csv")));
        }
        for (int i = 0; i < 40; ++i) {
            FOLIO_VERIFY_OK(ops.trash(item(ids->at(i * 47 + 20))));
        }

        auto folder
            = db().scalar(QStringLiteral("SELECT folder_id FROM item WHERE tombstone = 0 AND trashed_at IS NULL "
                                         "GROUP BY folder_id ORDER BY count(*) DESC LIMIT 1"));
        FOLIO_VERIFY_OK(folder);
        m_folderId = folder->toLongLong();
        QVERIFY(m_folderId > 0);

        // A manual collection, its members in an order of their own (positions run against the ids),
        // one of them trashed.
        FOLIO_VERIFY_OK(
            db().execute(QStringLiteral("INSERT INTO collection (uuid, name, kind, created_at, modified_at) "
                                        "VALUES ('0190b6d1-0000-7000-8000-00000000c011', 'Picks', 'manual', "
                                        "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        m_collectionId = db().lastInsertRowId();
        for (int i = 0; i < 150; ++i) {
            const qint64 id = ids->at(1990 - i * 13);
            m_collection.append(id);
            FOLIO_VERIFY_OK(
                db().execute(QStringLiteral("INSERT INTO collection_item (collection_id, item_id, position, "
                                            "added_at) VALUES (?, ?, ?, '2025-01-01T00:00:00.000Z')"),
                    m_collectionId, id, qint64(i)));
        }

        // A found set: ids in an order of their own, one twice, one trashed, one that does not exist.
        for (int i = 0; i < 300; ++i) {
            m_itemSet.append(ids->at((i * 7919) % 2000));
        }
        m_itemSet.append(ids->at(7));
        m_itemSet.append(99'999'999);
        for (int i = 0; i < 25'000; ++i) {
            m_bigItemSet.append(i % 3 == 0 ? ids->at((i / 3) % 2000) : 50'000'000 + i);
        }
    }

    void cleanupTestCase() { m_library.reset(); }

    void everySortMatchesReference_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const char *scope :
            { "all", "media", "documents", "trash", "folder", "collection", "items", "bigitems" }) {
            for (BrowseSort::Column column : AllColumns) {
                for (bool descending : { false, true }) {
                    QTest::addRow("%s-%s-%s", scope, columnName(column), descending ? "desc" : "asc")
                        << QString::fromLatin1(scope) << int(column) << descending;
                }
            }
        }
    }

    void everySortMatchesReference()
    {
        QFETCH(QString, scope);
        QFETCH(int, column);
        QFETCH(bool, descending);
        const BrowseScope browse = scopeNamed(scope);
        const BrowseSort sort { BrowseSort::Column(column), descending };
        BrowseRepository repository(db());
        if (browse.kind == BrowseScope::Kind::Items) {
            FOLIO_VERIFY_OK(repository.setItemSet(*browse.items));
        }
        const QList<qint64> order = expected(browse, sort);
        QVERIFY(order.size() >= 10);

        auto count = repository.count(browse);
        FOLIO_VERIFY_OK(count);
        QCOMPARE(*count, qint64(order.size()));

        // Keyset pages, each from the first key of the next (inclusive), joined, are the whole order.
        constexpr int Limit = 97;
        QList<qint64> walked;
        std::optional<BrowseKey> from;
        for (;;) {
            auto rows = repository.page(browse, sort, from, Limit + 1);
            FOLIO_VERIFY_OK(rows);
            walked += idsOf(rows->mid(0, Limit));
            if (rows->size() <= Limit) {
                break;
            }
            from = rows->at(Limit).key;
            QCOMPARE(from->id, rows->at(Limit).id);
        }
        QCOMPARE(walked, order);

        // OFFSET pages, and anchors: anchor k is row k·LIMIT, and the keyset page from it is the OFFSET page.
        auto anchors = repository.anchors(browse, sort, Limit);
        FOLIO_VERIFY_OK(anchors);
        QCOMPARE(anchors->size(), (order.size() + Limit - 1) / Limit);
        for (qsizetype k = 0; k < anchors->size(); ++k) {
            const qint64 offset = k * Limit;
            QCOMPARE(anchors->at(k).id, order.at(offset));
            auto byOffset = repository.pageAt(browse, sort, offset, Limit);
            FOLIO_VERIFY_OK(byOffset);
            QCOMPARE(idsOf(*byOffset), order.mid(offset, Limit));
            auto byKey = repository.page(browse, sort, anchors->at(k), Limit);
            FOLIO_VERIFY_OK(byKey);
            QCOMPARE(idsOf(*byKey), idsOf(*byOffset));
        }
        auto past = repository.pageAt(browse, sort, order.size(), Limit);
        FOLIO_VERIFY_OK(past);
        QVERIFY(past->isEmpty());

        for (qsizetype at : { qsizetype(0), order.size() / 3, order.size() - 1 }) {
            auto row = repository.rowOf(browse, sort, order.at(at));
            FOLIO_VERIFY_OK(row);
            QCOMPARE(*row, qint64(at));
        }
        auto missing = repository.rowOf(browse, sort, 99'999'999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
    }

    void bigScopesWalkAnIndex_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        const struct
        {
            const char *name;
            BrowseScope::Kind kind;
        } scopes[] = { { "all", BrowseScope::Kind::All }, { "media", BrowseScope::Kind::Media },
            { "documents", BrowseScope::Kind::Documents }, { "trash", BrowseScope::Kind::Trash } };
        for (const auto &scope : scopes) {
            for (BrowseSort::Column column : AllColumns) {
                for (bool descending : { false, true }) {
                    QTest::addRow("%s-%s-%s", scope.name, columnName(column), descending ? "desc" : "asc")
                        << int(scope.kind) << int(column) << descending;
                }
            }
        }
        // A folder's usual order, by name, has an index too.
        QTest::addRow("folder-name-asc") << int(BrowseScope::Kind::Folder) << int(BrowseSort::Column::Name) << false;
        QTest::addRow("folder-name-desc") << int(BrowseScope::Kind::Folder) << int(BrowseSort::Column::Name) << true;
    }

    // What makes a million items fast: the keyset page is a range of an index read in order, never a sort.
    void bigScopesWalkAnIndex()
    {
        QFETCH(int, scope);
        QFETCH(int, column);
        QFETCH(bool, descending);
        BrowseScope browse;
        browse.kind = BrowseScope::Kind(scope);
        browse.folderId = m_folderId;
        auto plan = BrowseRepository(db()).explainPage(browse, BrowseSort { BrowseSort::Column(column), descending });
        FOLIO_VERIFY_OK(plan);
        // Two reads: the rest of the key's value by id, then the values after it; each one index range.
        const QString text = plan->join(QLatin1Char('\n'));
        QVERIFY2(plan->size() == 2, qPrintable(text));
        for (const QString &step : std::as_const(*plan)) {
            QVERIFY2(!step.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
            QVERIFY2(step.startsWith(QLatin1String("SEARCH i USING "))
                    && (step.contains(QLatin1String(" INDEX browse_"))
                        || step.contains(QLatin1String("INTEGER PRIMARY KEY"))),
                qPrintable(text));
        }
        QVERIFY2(plan->first().contains(QLatin1String("=? AND ")) || plan->first().contains(QLatin1String("rowid")),
            qPrintable(text));
    }

    void rowsCarryWhatBrowsersShow()
    {
        // Renditions, a failed extraction and a duration on one item.
        const Reference chosen = references().at(100);
        QVERIFY(!chosen.trashed);
        auto version = db().scalar(QStringLiteral("SELECT current_version_id FROM item WHERE id = ?"), chosen.id);
        FOLIO_VERIFY_OK(version);
        auto blobs = db().prepare(QStringLiteral("SELECT id, sha256 FROM blob ORDER BY id LIMIT 3"));
        FOLIO_VERIFY_OK(blobs);
        QStringList shas;
        const QStringList names = { "thumb", "preview", "filmstrip" };
        QList<qint64> blobIds;
        FOLIO_VERIFY_OK(blobs->forEach([&](Statement &s) {
            blobIds.append(s.int64(0));
            shas.append(s.text(1));
        }));
        QCOMPARE(shas.size(), 3);
        for (int i = 0; i < 3; ++i) {
            FOLIO_VERIFY_OK(
                db().execute(QStringLiteral("INSERT INTO rendition (version_id, name, blob_id, mime_type, "
                                            "created_at) VALUES (?, ?, ?, 'image/jpeg', '2025-01-01T00:00:00.000Z')"),
                    version->toLongLong(), names.at(i), blobIds.at(i)));
        }
        FOLIO_VERIFY_OK(
            db().execute(QStringLiteral("UPDATE extraction SET state = 'failed', error = 'test' WHERE version_id = ?"),
                version->toLongLong()));
        FOLIO_VERIFY_OK(ItemOperations(*m_library).setMetadata(item(chosen.id), { QStringLiteral("duration=12.5") }));

        QHash<qint64, Reference> byId;
        QHash<qint64, int> liveUses; // blob -> live items whose current version is it
        const QList<Reference> all = references();
        for (const Reference &r : all) {
            byId.insert(r.id, r);
            if (!r.trashed) {
                ++liveUses[r.blob];
            }
        }
        BrowseRepository repository(db());
        auto rows = repository.pageAt(BrowseScope {}, BrowseSort {}, 0, 100'000);
        FOLIO_VERIFY_OK(rows);
        QVERIFY(rows->size() > 1900);
        QHash<qint64, double> durations;
        auto durationValues = db().prepare(QStringLiteral("SELECT m.item_id, m.value_num FROM metadata m JOIN field f "
                                                          "ON f.id = m.field_id WHERE f.key = 'duration'"));
        FOLIO_VERIFY_OK(durationValues);
        FOLIO_VERIFY_OK(durationValues->forEach([&](Statement &s) { durations.insert(s.int64(0), s.real(1)); }));
        QCOMPARE(durations.value(chosen.id), 12.5);
        QVERIFY(durations.size() > 10); // the generator's audio and video
        int duplicates = 0;
        for (const BrowseRow &row : std::as_const(*rows)) {
            const Reference r = byId.value(row.id);
            QCOMPARE(row.kind, r.kind);
            QCOMPARE(row.title, r.title);
            QCOMPARE(row.mimeType, r.mimeType);
            QCOMPARE(row.size, r.size);
            QCOMPARE(row.versionCount, r.versions);
            QCOMPARE(row.status, r.status);
            QCOMPARE(row.classification, r.classification);
            QCOMPARE(row.creator, r.creator);
            QCOMPARE(row.modifiedAt, r.modified);
            QCOMPARE(row.createdAt, r.created);
            QCOMPARE(row.pages, r.pages);
            QCOMPARE(row.rating, r.rating);
            QVERIFY(row.trashedAt.isEmpty());
            QCOMPARE(row.uuid.size(), 36);
            QVERIFY(!row.filename.isEmpty());
            QCOMPARE(row.originalSha256.size(), 64);
            QCOMPARE(row.duplicate, liveUses.value(r.blob) > 1);
            duplicates += row.duplicate ? 1 : 0;
            QCOMPARE(row.key.id, row.id);
            QCOMPARE(row.key.value.toString(), row.title);
            const bool isChosen = row.id == chosen.id;
            QCOMPARE(row.extractionFailed, isChosen);
            QCOMPARE(row.thumbSha256, isChosen ? shas.at(0) : QString());
            QCOMPARE(row.previewSha256, isChosen ? shas.at(1) : QString());
            QCOMPARE(row.filmstripSha256, isChosen ? shas.at(2) : QString());
            QCOMPARE(row.durationSeconds, durations.value(row.id));
        }
        QVERIFY(duplicates > 0); // the generator's items share a pool of contents

        BrowseScope trash;
        trash.kind = BrowseScope::Kind::Trash;
        auto trashed = repository.pageAt(trash, BrowseSort {}, 0, 1000);
        FOLIO_VERIFY_OK(trashed);
        QCOMPARE(trashed->size(), 40);
        for (const BrowseRow &row : std::as_const(*trashed)) {
            QVERIFY(!row.trashedAt.isEmpty());
        }
    }

    // The v3 copies on the item follow every change in the change's own transaction, and the search
    // change log still hears of each.
    void triggersFollowChanges()
    {
        ItemOperations ops(*m_library);
        auto ids = ItemRepository(db()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        const qint64 id = ids->at(1234);
        QVERIFY(item(id).trashedAt.isEmpty());
        BrowseRepository repository(db());
        auto rowOf = [&]() -> BrowseRow {
            BrowseScope all;
            auto at = repository.rowOf(all, BrowseSort {}, id);
            if (!at) {
                return {};
            }
            auto rows = repository.pageAt(all, BrowseSort {}, *at, 1);
            return rows && !rows->isEmpty() ? rows->first() : BrowseRow {};
        };
        auto logged = [&]() {
            return db()
                .scalar(QStringLiteral("SELECT seq FROM search_change WHERE item_id = ?"), id)
                .value_or(QVariant())
                .toLongLong();
        };
        const BrowseRow before = rowOf();
        QCOMPARE(before.id, id);
        qint64 seq = logged();

        const QByteArray content = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n";
        const QString file = writeFile(m_dir.filePath(QStringLiteral("drawing.svg")), content);
        FOLIO_VERIFY_OK(ops.checkIn(item(id), file, QStringLiteral("redrawn")));
        BrowseRow row = rowOf();
        QCOMPARE(row.versionCount, before.versionCount + 1);
        QCOMPARE(row.size, qint64(content.size()));
        QCOMPARE(row.mimeType, QStringLiteral("image/svg+xml"));
        QCOMPARE(row.filename, QStringLiteral("drawing.svg"));
        QVERIFY(logged() > seq);
        seq = logged();

        FOLIO_VERIFY_OK(ops.revert(item(id), 1));
        row = rowOf();
        QCOMPARE(row.versionCount, before.versionCount + 2);
        QCOMPARE(row.size, before.size);
        QCOMPARE(row.mimeType, before.mimeType);

        FOLIO_VERIFY_OK(
            ops.setMetadata(item(id), { QStringLiteral("author=Grace Hopper"), QStringLiteral("pages=42") }));
        row = rowOf();
        QCOMPARE(row.creator, QStringLiteral("Grace Hopper"));
        QCOMPARE(row.pages, 42);
        QVERIFY(logged() > seq);
        FOLIO_VERIFY_OK(
            ops.setMetadata(item(id), { QStringLiteral("creator=Katherine Johnson"), QStringLiteral("pages=7") }));
        row = rowOf();
        QCOMPARE(row.creator, QStringLiteral("Katherine Johnson"));
        QCOMPARE(row.pages, 7);
        FOLIO_VERIFY_OK(ops.setMetadata(item(id), { QStringLiteral("creator="), QStringLiteral("pages=") }));
        row = rowOf();
        QCOMPARE(row.creator, QString());
        QCOMPARE(row.pages, 0);

        // Other fields leave the copies alone.
        FOLIO_VERIFY_OK(ops.setMetadata(item(id), { QStringLiteral("description=Nothing to sort by") }));
        QCOMPARE(rowOf().creator, QString());

        // The Trash moves the item between the indexes of the two scopes; purge empties the copies.
        seq = logged();
        FOLIO_VERIFY_OK(ops.trash(item(id)));
        QVERIFY(logged() > seq);
        BrowseScope trash;
        trash.kind = BrowseScope::Kind::Trash;
        auto inTrash = repository.rowOf(trash, BrowseSort { BrowseSort::Column::Size, true }, id);
        FOLIO_VERIFY_OK(inTrash);
        QVERIFY(!repository.rowOf(BrowseScope {}, BrowseSort { BrowseSort::Column::Size, true }, id));
        FOLIO_VERIFY_OK(ops.purge(item(id)));
        auto copies = db().prepare(QStringLiteral(
            "SELECT current_mime_type, current_size, version_count, creator, pages FROM item WHERE id = ?"));
        FOLIO_VERIFY_OK(copies);
        copies->bind(1, id);
        QVERIFY(copies->next().value_or(false));
        QCOMPARE(copies->text(0), QString());
        QCOMPARE(copies->int64(1), 0);
        QCOMPARE(copies->int64(2), 0);
        QCOMPARE(copies->text(3), QString());
        QCOMPARE(copies->int64(4), 0);
    }

    // Regression: schema v2's search triggers logged with INSERT OR REPLACE, which the conflict clause of
    // the statement firing them overrides: changing an existing value (an upsert) failed with "UNIQUE
    // constraint failed: search_change.item_id", and INSERT OR IGNORE into collection_item skipped the log.
    void changingAnExistingValueIsLogged()
    {
        auto ids = ItemRepository(db()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        const qint64 id = ids->at(1500);
        auto logged = [&]() {
            return db()
                .scalar(QStringLiteral("SELECT seq FROM search_change WHERE item_id = ?"), id)
                .value_or(QVariant())
                .toLongLong();
        };
        ItemOperations ops(*m_library);
        FOLIO_VERIFY_OK(ops.setMetadata(item(id), { QStringLiteral("description=first") }));
        qint64 seq = logged();
        QVERIFY(seq > 0);
        FOLIO_VERIFY_OK(ops.setMetadata(item(id), { QStringLiteral("description=second") }));
        QVERIFY(logged() > seq);
        seq = logged();
        FOLIO_VERIFY_OK(
            db().execute(QStringLiteral("INSERT OR IGNORE INTO collection_item (collection_id, item_id, "
                                        "position, added_at) VALUES (?, ?, 1000, '2025-01-02T00:00:00.000Z')"),
                m_collectionId, id));
        QVERIFY(logged() > seq);
        FOLIO_VERIFY_OK(db().execute(
            QStringLiteral("DELETE FROM collection_item WHERE collection_id = ? AND item_id = ?"), m_collectionId, id));
    }

    // A found set is this connection's TEMP table: it works on a read-only connection, replaces the set
    // before, and keeps the found order for Position.
    void itemSetOnReadOnlyConnection()
    {
        BrowseRepository main(db());
        FOLIO_VERIFY_OK(main.setItemSet(m_itemSet));
        auto readOnly = Database::open(db().path(), Database::Mode::ReadOnly);
        FOLIO_VERIFY_OK(readOnly);
        BrowseRepository repository(**readOnly);
        BrowseScope scope;
        scope.kind = BrowseScope::Kind::Items;
        auto empty = repository.count(scope);
        FOLIO_VERIFY_OK(empty);
        QCOMPARE(*empty, 0);

        FOLIO_VERIFY_OK(repository.setItemSet(m_itemSet));
        scope.items = std::make_shared<const QList<qint64>>(m_itemSet);
        const BrowseSort position { BrowseSort::Column::Position, false };
        auto rows = repository.pageAt(scope, position, 0, 1000);
        FOLIO_VERIFY_OK(rows);
        QCOMPARE(idsOf(*rows), expected(scope, position));

        const QList<qint64> few = { m_itemSet.at(5), m_itemSet.at(3) };
        FOLIO_VERIFY_OK(repository.setItemSet(few));
        rows = repository.pageAt(scope, position, 0, 1000);
        FOLIO_VERIFY_OK(rows);
        QCOMPARE(idsOf(*rows), few);
        // The test's other connection keeps the set it installed itself.
        auto other = main.count(scope);
        FOLIO_VERIFY_OK(other);
        QCOMPARE(*other, qint64(expected(scope, position).size()));
        QVERIFY(*other > few.size());
    }

    void anchorsStopWhenCancelled()
    {
        std::atomic_bool cancel { true };
        auto anchors = BrowseRepository(db()).anchors(BrowseScope {}, BrowseSort {}, 10, &cancel);
        QVERIFY(!anchors);
        QCOMPARE(anchors.error().code(), Error::Code::Cancelled);
        cancel = false;
        anchors = BrowseRepository(db()).anchors(BrowseScope {}, BrowseSort {}, 10, &cancel);
        FOLIO_VERIFY_OK(anchors);
        QVERIFY(anchors->size() > 100);
    }
};

} // namespace TestBrowseRepositoryHelpers

using TestBrowseRepository = TestBrowseRepositoryHelpers::TestBrowseRepository;
FOLIO_TEST(TestBrowseRepository, "browserepository")
#include "tst_browserepository.moc"
