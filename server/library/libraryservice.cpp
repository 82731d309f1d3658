// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryservice.h"

#include "audit/auditlog.h"
#include "opapplier.h"
#include "snapshots.h"
#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"
#include "store/datadirectorylock.h"
#include "store/serverauditrepository.h"

#include <QDir>

namespace Folio::Server {

namespace {

const QString databaseName = QStringLiteral("foliod.db");

// A read snapshot: everything read between begin and the end of the scope sees one state of the database.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqlConnection &db)
        : m_db(db)
    {
        m_open = bool(m_db.exec(QStringLiteral("BEGIN")));
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            (void)m_db.exec(QStringLiteral("COMMIT"));
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    SqlConnection &m_db;
    bool m_open = false;
};

// Per kind of state: the row id and what visibility needs (item, other item, folder), as the columns
// id, item, other, folder of a query the state read pages through by id.
const QHash<QString, QString> &stateQueries()
{
    static const QHash<QString, QString> all {
        { QStringLiteral("folders"),
            QStringLiteral(
                "SELECT id AS id, NULL AS item, NULL AS other, id AS folder FROM folders WHERE deleted = 0") },
        { QStringLiteral("items"),
            QStringLiteral("SELECT id AS id, id AS item, NULL AS other, NULL AS folder FROM items WHERE deleted = 0") },
        { QStringLiteral("versions"),
            QStringLiteral("SELECT v.id AS id, v.item_id AS item, NULL AS other, NULL AS folder FROM versions v "
                           "JOIN items i ON i.id = v.item_id WHERE i.deleted = 0") },
        { QStringLiteral("collections"),
            QStringLiteral("SELECT id AS id, NULL AS item, NULL AS other, NULL AS folder FROM collections "
                           "WHERE deleted = 0") },
        { QStringLiteral("memberships"),
            QStringLiteral(
                "SELECT m.id AS id, m.item_id AS item, NULL AS other, NULL AS folder FROM collection_items m "
                "JOIN collections c ON c.id = m.collection_id WHERE m.deleted = 0 AND c.deleted = 0") },
        { QStringLiteral("relations"),
            QStringLiteral("SELECT id AS id, source_id AS item, target_id AS other, NULL AS folder FROM relations "
                           "WHERE deleted = 0") },
        { QStringLiteral("conflicts"),
            QStringLiteral("SELECT id AS id, item_id AS item, NULL AS other, NULL AS folder FROM field_conflicts "
                           "WHERE resolved = 0") },
    };
    return all;
}

Result<QJsonObject> snapshotOf(SqlConnection &db, const QString &kind, qint64 id)
{
    if (kind == QLatin1String("folders")) {
        return Snapshots::folder(db, id);
    }
    if (kind == QLatin1String("items")) {
        return Snapshots::item(db, id);
    }
    if (kind == QLatin1String("versions")) {
        return Snapshots::version(db, id);
    }
    if (kind == QLatin1String("collections")) {
        return Snapshots::collection(db, id);
    }
    if (kind == QLatin1String("memberships")) {
        auto row = db.query(QStringLiteral("SELECT collection_id, item_id FROM collection_items WHERE id = ?"), id);
        if (!row) {
            return std::unexpected(row.error());
        }
        if (auto found = row->next(); !found || !*found) {
            return found ? fail(Error::Code::NotFound, QStringLiteral("membership")) : std::unexpected(found.error());
        }
        return Snapshots::membership(db, row->int64(0), row->int64(1));
    }
    if (kind == QLatin1String("relations")) {
        return Snapshots::relation(db, id);
    }
    return Snapshots::conflict(db, id);
}

} // namespace

LibraryService::LibraryService(
    QString database, QString directory, std::unique_ptr<SqlConnection> writer, BlobCheck blobExists)
    : m_database(std::move(database))
    , m_directory(std::move(directory))
    , m_blobExists(std::move(blobExists))
    , m_writer(std::move(writer))
{ }

LibraryService::~LibraryService() = default;

Result<std::unique_ptr<LibraryService>> LibraryService::open(const DataDirectoryLock &lock, BlobCheck blobExists)
{
    return open(QDir(lock.directory()).filePath(databaseName), lock.directory(), std::move(blobExists));
}

Result<std::unique_ptr<LibraryService>> LibraryService::open(
    const QString &database, const QString &directory, BlobCheck blobExists)
{
    auto db = SqlConnection::open(database);
    if (!db) {
        return std::unexpected(db.error());
    }
    return std::unique_ptr<LibraryService>(
        new LibraryService(database, directory, std::move(*db), std::move(blobExists)));
}

const QStringList &LibraryService::stateKinds()
{
    static const QStringList all { QStringLiteral("folders"), QStringLiteral("items"), QStringLiteral("versions"),
        QStringLiteral("collections"), QStringLiteral("memberships"), QStringLiteral("relations"),
        QStringLiteral("conflicts") };
    return all;
}

Result<std::unique_ptr<SqlConnection>> LibraryService::takeReader()
{
    {
        std::lock_guard guard(m_poolMutex);
        if (!m_readers.empty()) {
            auto db = std::move(m_readers.back());
            m_readers.pop_back();
            return db;
        }
    }
    return SqlConnection::open(m_database);
}

void LibraryService::giveBack(std::unique_ptr<SqlConnection> db)
{
    std::lock_guard guard(m_poolMutex);
    if (m_readers.size() < 16) {
        m_readers.push_back(std::move(db));
    }
}

// Borrows a reader connection for one scope.
class LibraryService::Reader
{
public:
    explicit Reader(LibraryService &service)
        : m_service(service)
        , m_db(service.takeReader())
    { }
    ~Reader()
    {
        if (m_db) {
            m_service.giveBack(std::move(*m_db));
        }
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    bool ok() const { return bool(m_db); }
    const Error &error() const { return m_db.error(); }
    SqlConnection &db() { return **m_db; }

private:
    LibraryService &m_service;
    Result<std::unique_ptr<SqlConnection>> m_db;
};

Result<Caller> LibraryService::caller(const QString &userUuid)
{
    Reader reader(*this);
    if (!reader.ok()) {
        return std::unexpected(reader.error());
    }
    auto row = reader.db().query(QStringLiteral("SELECT id, uuid, name, role FROM users WHERE uuid = ?"), userUuid);
    if (!row) {
        return std::unexpected(row.error());
    }
    auto found = row->next();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(Error::Code::NotFound, tr("There is no such user."));
    }
    return Caller { row->int64(0), row->text(1), row->text(2), row->text(3) };
}

struct LibraryService::PendingBatch
{
    Caller caller;
    QList<Op> ops;
    std::promise<Result<QList<OpResult>>> done;
};

Result<QList<OpResult>> LibraryService::applyOps(const Caller &caller, const QList<Op> &ops)
{
    PendingBatch mine { caller, ops, {} };
    auto result = mine.done.get_future();
    bool follow = false;
    {
        std::lock_guard guard(m_queueMutex);
        m_queue.push_back(&mine);
        follow = m_leading;
        m_leading = true;
    }
    if (follow) {
        // The leader applies it with the next group.
        return result.get();
    }
    // This caller leads: it applies groups until the queue is empty (its own batch is in the first).
    for (;;) {
        std::vector<PendingBatch *> group;
        {
            std::lock_guard guard(m_queueMutex);
            if (m_queue.empty()) {
                m_leading = false;
                break;
            }
            // Bounded, so one group's transaction stays short.
            constexpr qsizetype maxOps = 4 * OpApplier::maxOps;
            qsizetype count = 0;
            auto it = m_queue.begin();
            while (it != m_queue.end() && (group.empty() || count + (*it)->ops.size() <= maxOps)) {
                count += (*it)->ops.size();
                group.push_back(*it);
                ++it;
            }
            m_queue.erase(m_queue.begin(), it);
        }
        applyGroup(group);
    }
    return result.get();
}

void LibraryService::applyGroup(const std::vector<PendingBatch *> &group)
{
    std::lock_guard guard(m_writeMutex);
    const auto failAll = [&group](const Error &error) {
        for (PendingBatch *batch : group) {
            batch->done.set_value(std::unexpected(error));
        }
    };
    auto tx = SqlTransaction::begin(*m_writer);
    if (!tx) {
        failAll(tx.error());
        return;
    }
    ChangeLog log(*m_writer);
    if (auto locked = log.lockForWriting(); !locked) {
        failAll(locked.error());
        return;
    }
    std::vector<Result<QList<OpResult>>> results;
    for (PendingBatch *batch : group) {
        if (auto ok = m_writer->exec(QStringLiteral("SAVEPOINT batch")); !ok) {
            failAll(ok.error());
            return;
        }
        OpApplier applier(*m_writer, batch->caller, m_blobExists);
        auto applied = applier.applyWithin(log, batch->ops);
        if (!applied) {
            // Only this batch fails: undo what it wrote, keep the others.
            if (auto undone = m_writer->exec(QStringLiteral("ROLLBACK TO batch")); !undone) {
                failAll(undone.error());
                return;
            }
        }
        if (auto ok = m_writer->exec(QStringLiteral("RELEASE batch")); !ok) {
            failAll(ok.error());
            return;
        }
        results.push_back(std::move(applied));
    }
    if (auto ok = tx->commit(); !ok) {
        failAll(ok.error());
        return;
    }
    for (std::size_t i = 0; i < group.size(); ++i) {
        group[i]->done.set_value(std::move(results[i]));
    }
}

Result<ChangePage> LibraryService::changes(const Caller &caller, qint64 since, int limit)
{
    Reader reader(*this);
    if (!reader.ok()) {
        return std::unexpected(reader.error());
    }
    ReadSnapshot snapshot(reader.db());
    ChangeLog log(reader.db());
    PermissionResolver perms(reader.db(), caller);
    return log.read(perms, since, limit);
}

Result<StatePage> LibraryService::state(const Caller &caller, const QString &kind, qint64 after, int limit)
{
    if (!stateQueries().contains(kind)) {
        return fail(Error::Code::InvalidArgument,
            tr("\"%1\" is not a kind of state: use %2.").arg(kind.left(80), stateKinds().join(QStringLiteral(", "))));
    }
    limit = std::clamp(limit, 1, ChangeLog::maxPage);
    Reader reader(*this);
    if (!reader.ok()) {
        return std::unexpected(reader.error());
    }
    SqlConnection &db = reader.db();
    ReadSnapshot snapshot(db);
    StatePage page;
    page.next = after;
    auto head = ChangeLog(db).head();
    if (!head) {
        return std::unexpected(head.error());
    }
    page.cursor = *head;
    const QString table = stateQueries().value(kind);
    auto rows = db.query(
        QStringLiteral("SELECT s.id, s.item, s.other, s.folder FROM (%1) AS s WHERE s.id > ? ORDER BY s.id LIMIT ?")
            .arg(table),
        after, limit * 20 + 1);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    PermissionResolver perms(db, caller);
    QList<qint64> visible;
    int scanned = 0;
    for (;;) {
        auto more = rows->next();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            break;
        }
        if (scanned == limit * 20 || visible.size() == limit) {
            page.more = true;
            break;
        }
        ++scanned;
        page.next = rows->int64(0);
        bool may = true;
        for (const int column : { 1, 2 }) {
            if (may && !rows->isNull(column)) {
                auto bits = perms.itemById(rows->int64(column));
                if (!bits) {
                    return std::unexpected(bits.error());
                }
                may = (*bits & Permission::Read) != 0;
            }
        }
        if (may && !rows->isNull(3)) {
            auto bits = perms.folder(rows->int64(3));
            if (!bits) {
                return std::unexpected(bits.error());
            }
            may = (*bits & Permission::Read) != 0;
        }
        if (may) {
            visible.append(rows->int64(0));
        }
    }
    for (const qint64 id : std::as_const(visible)) {
        auto entry = snapshotOf(db, kind, id);
        if (!entry) {
            return std::unexpected(entry.error());
        }
        page.entries.append(*entry);
    }
    return page;
}

Result<QJsonObject> LibraryService::item(const Caller &caller, const QString &uuid)
{
    Reader reader(*this);
    if (!reader.ok()) {
        return std::unexpected(reader.error());
    }
    SqlConnection &db = reader.db();
    ReadSnapshot snapshot(db);
    const auto missing = [] { return fail(Error::Code::NotFound, tr("There is no such item.")); };
    auto found = db.scalar(QStringLiteral("SELECT id FROM items WHERE uuid = ? AND deleted = 0"), uuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->isValid()) {
        return missing();
    }
    PermissionResolver perms(db, caller);
    auto bits = perms.itemById(found->toLongLong());
    if (!bits) {
        return std::unexpected(bits.error());
    }
    if ((*bits & Permission::Read) == 0) {
        return missing();
    }
    auto state = Snapshots::item(db, found->toLongLong());
    if (!state) {
        return state;
    }
    auto versions
        = db.query(QStringLiteral("SELECT id FROM versions WHERE item_id = ? ORDER BY number"), found->toLongLong());
    if (!versions) {
        return std::unexpected(versions.error());
    }
    QList<qint64> ids;
    if (auto ok = versions->forEach([&ids](const SqlStatement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    QJsonArray list;
    for (const qint64 id : ids) {
        auto version = Snapshots::version(db, id);
        if (!version) {
            return version;
        }
        list.append(*version);
    }
    state->insert(QStringLiteral("versions"), list);
    state->insert(QStringLiteral("permissions"), Permission::format(*bits));
    return state;
}

Result<bool> LibraryService::mayReadBlob(const Caller &caller, const QString &sha256)
{
    if (caller.isAdmin()) {
        return true;
    }
    Reader reader(*this);
    if (!reader.ok()) {
        return std::unexpected(reader.error());
    }
    SqlConnection &db = reader.db();
    ReadSnapshot snapshot(db);
    auto items = db.query(QStringLiteral("SELECT DISTINCT v.item_id FROM versions v JOIN items i ON i.id = v.item_id "
                                         "WHERE v.sha256 = ? AND i.deleted = 0"),
        sha256);
    if (!items) {
        return std::unexpected(items.error());
    }
    QList<qint64> ids;
    if (auto ok = items->forEach([&ids](const SqlStatement &row) { ids.append(row.int64(0)); }); !ok) {
        return std::unexpected(ok.error());
    }
    PermissionResolver perms(db, caller);
    for (const qint64 id : ids) {
        auto bits = perms.itemById(id);
        if (!bits) {
            return std::unexpected(bits.error());
        }
        if (*bits & Permission::Read) {
            return true;
        }
    }
    return false;
}

Result<GrantRow> LibraryService::resolveGrant(const QString &principal, const QString &target)
{
    std::lock_guard guard(m_writeMutex);
    return Grants::resolve(*m_writer, principal, target);
}

Result<int> LibraryService::setGrant(const GrantRow &row, const QString &actor)
{
    std::lock_guard guard(m_writeMutex);
    auto tx = SqlTransaction::begin(*m_writer);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    ChangeLog log(*m_writer);
    if (auto locked = log.lockForWriting(); !locked) {
        return std::unexpected(locked.error());
    }
    auto touched = Grants::set(*m_writer, log, row);
    if (!touched) {
        return touched;
    }
    ServerAuditRepository rows(*m_writer);
    AuditLog audit(rows, m_directory);
    AuditEvent event;
    event.action = row.perms == 0 ? QStringLiteral("grant.revoke") : QStringLiteral("grant.set");
    event.entityKind = row.targetKind;
    event.entityUuid = row.target.isEmpty() ? QStringLiteral("root") : row.target;
    event.actor = actor;
    event.values
        = QJsonObject { { QStringLiteral("principal"), QString(row.principalKind + QLatin1Char(':') + row.principal) },
              { QStringLiteral("perms"), Permission::format(row.perms) } };
    if (auto seq = audit.append(event); !seq) {
        return std::unexpected(seq.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = audit.publishHead(); !ok) {
        return std::unexpected(ok.error());
    }
    return touched;
}

Result<QList<GrantRow>> LibraryService::grants()
{
    std::lock_guard guard(m_writeMutex);
    return Grants::list(*m_writer);
}

} // namespace Folio::Server
