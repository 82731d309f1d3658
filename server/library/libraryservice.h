// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LibraryService is the shared library as foliod's routes and admin commands see it: apply a caller's ops,
// read the change feed and the current state (both filtered by what the caller may read), set grants, and
// answer whether a caller may read a blob. Writes go through one connection behind a mutex (SQLite has one
// writer anyway, and the feed's order is commit order); reads take a connection of their own from a small
// pool and read in one snapshot, so a state page and the cursor it reports agree.
//
// Thread safety: every member may be called from any thread. Ownership: owns its connections; the
// DataDirectoryLock of the directory must outlive it.

#include "changelog.h"
#include "grants.h"
#include "op.h"
#include "permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

namespace Folio::Server {
class SqlConnection;
}

namespace Folio::Server {

class DataDirectoryLock;

struct StatePage
{
    QJsonArray entries;
    qint64 next = 0; // the `after` to ask with next
    bool more = false;
    qint64 cursor = 0; // the change feed's head when the page was read: follow the feed from here
};

class LibraryService
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::LibraryService)

public:
    // foliod.db in LOCK's directory, already migrated by ServerStore::open. BLOBEXISTS tells whether the
    // server holds a blob (version.add refuses content it does not have); null accepts any.
    static Result<std::unique_ptr<LibraryService>> open(const DataDirectoryLock &lock, BlobCheck blobExists = {});
    // DATABASE: a SQLite file or a postgresql:// URL, migrated already; DIRECTORY holds audit.head.
    static Result<std::unique_ptr<LibraryService>> open(
        const QString &database, const QString &directory, BlobCheck blobExists = {});
    ~LibraryService();

    // The caller behind USERUUID; NotFound when there is no such user.
    Result<Caller> caller(const QString &userUuid);

    // Batches arriving while another is applied wait and are then applied together, in arrival order, in one
    // transaction (group commit: one commit, and on PostgreSQL one turn of the ordering lock, for many
    // clients); each batch in a savepoint of its own, so a failing batch fails alone.
    Result<QList<OpResult>> applyOps(const Caller &caller, const QList<Op> &ops);
    Result<ChangePage> changes(const Caller &caller, qint64 since, int limit);
    // KIND: folders, items, versions, collections, memberships, relations, conflicts.
    Result<StatePage> state(const Caller &caller, const QString &kind, qint64 after, int limit);
    static const QStringList &stateKinds();
    // One item with its versions; NotFound alike for a missing and an unreadable item.
    Result<QJsonObject> item(const Caller &caller, const QString &uuid);
    // True when a version of an item CALLER may read has the content SHA256 (uploaders may read their own
    // uploads too; the blob store knows those).
    Result<bool> mayReadBlob(const Caller &caller, const QString &sha256);

    // Grants (admin commands): audited in foliod's security chain as ACTOR.
    Result<int> setGrant(const GrantRow &row, const QString &actor);
    Result<GrantRow> resolveGrant(const QString &principal, const QString &target);
    Result<QList<GrantRow>> grants();

private:
    class Reader;
    struct PendingBatch;
    void applyGroup(const std::vector<PendingBatch *> &group);
    LibraryService(QString database, QString directory, std::unique_ptr<SqlConnection> writer, BlobCheck blobExists);
    Result<std::unique_ptr<SqlConnection>> takeReader();
    void giveBack(std::unique_ptr<SqlConnection> db);

    QString m_database;
    QString m_directory;
    BlobCheck m_blobExists;
    std::mutex m_writeMutex;
    std::unique_ptr<SqlConnection> m_writer;
    std::mutex m_queueMutex;
    std::vector<PendingBatch *> m_queue; // waiting for the next group, oldest first
    bool m_leading = false; // a caller is applying groups; the others wait for their results
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<SqlConnection>> m_readers;
};

} // namespace Folio::Server
