// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Library is one folder: the SQLite database (folio.db), the content-addressed blob store (blobs/) and
// the audit chain's head (audit.head). Opening one migrates its schema and, when no other process has it
// open, finishes work a crashed process left behind (BlobStore::recover). A non-empty folder that is not
// a library is never turned into one.
//
// Every mutation goes through write(): one transaction that also writes its audit event, then the
// audit head outside the database.
//
// Thread safety: one thread at a time (it owns one Database connection). Several processes may open the
// same library at once: SQLite serialises writers, and a shared lock on folio.lock tells recovery
// whether anyone else is inside.

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace Folio {

class AuditLog;
class BlobStore;
class Database;
class Transaction;

class Library
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Library)

public:
    enum class OpenMode {
        Existing,       // the folder must already be a library
        Create,         // the folder must be missing or empty
        CreateIfMissing // open a library, or create one in a missing or empty folder
    };

    static Result<std::unique_ptr<Library>> open(const QString &path, OpenMode mode);
    ~Library();

    // True when PATH holds a library database.
    static bool isLibrary(const QString &path);
    static QString databaseFileName() { return QStringLiteral("folio.db"); }
    // The local actor: $FOLIO_ACTOR, else the OS user (until a server login replaces it).
    static QString localActorName();

    const QString &path() const { return m_path; }
    // True on read-only media or without write permission: reads work, write() refuses.
    bool isReadOnly() const { return m_readOnly; }
    QString uuid() const { return m_uuid; }
    Database &database() { return *m_db; }
    BlobStore &blobs() { return *m_blobs; }
    AuditLog &audit() { return *m_audit; }
    const QString &actorName() const { return m_actorName; }
    qint64 actorId() const { return m_actorId; }

    // Runs WORK inside one write transaction, commits, then publishes the audit head. WORK's error
    // rolls everything back.
    Result<void> write(const std::function<Result<void>()> &work);

    // Appends an audit event by this library's actor; call inside write().
    Result<void> record(const QString &action, const QString &entityKind, const QString &entityUuid,
                        const QString &itemUuid, const QJsonObject &values);

private:
    Library(QString path, std::unique_ptr<Database> db, int lockFd);
    Result<void> initialise(bool created);

    QString m_path;
    QString m_uuid;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<AuditLog> m_audit;
    QString m_actorName;
    qint64 m_actorId = 0;
    int m_lockFd = -1;
    bool m_readOnly = false;
};

} // namespace Folio
