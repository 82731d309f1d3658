// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ServerStore is foliod's own database — DIR/foliod.db on one machine, or a PostgreSQL database shared by several
// nodes: the accounts (name, role, Argon2id password hash, TOTP secret, disabled), the signed-in devices (refresh
// tokens, kept as SHA-256 only) and the security audit trail — core's hash-chained AuditLog over the same tables a
// library uses, its head in DIRECTORY/audit.head. Every change is one transaction together with its audit event. Names
// and roles are checked here, so no caller can store a bad one. The SQL is portable (server/sql): the same statements
// run on SQLite and on PostgreSQL.
//
// On PostgreSQL several nodes append to one audit chain: each audited transaction takes the advisory lock
// lockAuditChain() before AuditLog numbers its event, so two nodes never pick the same seq (on SQLite, BEGIN IMMEDIATE
// already lets one writer in at a time).
//
// Thread safety: one thread at a time, like the SqlConnection it owns; open one per thread. Ownership: owns its
// SqlConnection. Opened through a DataDirectoryLock, the lock must outlive the store.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Folio {
struct AuditVerifyReport;
}

namespace Folio::Server {

class DataDirectoryLock;
class SqlConnection;
class SqlTransaction;

struct ServerUser
{
    QString uuid;
    QString name;
    QString role;
    QString passwordHash;
    QByteArray totpSecret; // empty until enrolled
    std::optional<qint64> totpLastStep;
    bool disabled = false;
    QString created;
};

// A signed-in device: one refresh token.
struct ServerSession
{
    qint64 id = 0;
    QString userUuid;
    QString userName;
    QString device;
    QString created;
    QString lastUsed;
    QString expires;
    QString revoked; // empty while not revoked
};

class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServerStore)

public:
    static constexpr int refreshLifetimeDays = 30;

    // Opens DATABASE — a SQLite file path (created when missing, made private to its owner) or a postgresql:// URL —
    // and brings it to the current schema; DIRECTORY holds audit.head (the data directory, or the blob folder every
    // node shares).
    static Result<std::unique_ptr<ServerStore>> open(const QString &database, const QString &directory);
    // The embedded server's shorthand: LOCK's DIR/foliod.db, with its audit head in DIR.
    static Result<std::unique_ptr<ServerStore>> open(const DataDirectoryLock &lock);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // The file name of foliod.db inside a data directory.
    static QString databaseFileName();

    // The schema version the database had before open() migrated it (0 when it was new).
    int migratedFrom() const { return m_migratedFrom; }

    // 1–64 characters, no control characters, no '/', not only spaces.
    static Result<void> validateName(const QString &name);
    static const QStringList &roles();
    static Result<void> validateRole(const QString &role);

    // ACTOR is who made the change, for the audit trail ("foliod-cli:root", a user's name).
    Result<ServerUser> addUser(
        const QString &name, const QString &role, const QString &passwordHash, const QString &actor);
    // NotFound naming NAME when there is no such user.
    Result<ServerUser> user(const QString &name);
    Result<ServerUser> userByUuid(const QString &uuid);
    // Every user, by name.
    Result<QList<ServerUser>> users();
    Result<void> setPasswordHash(const QString &name, const QString &passwordHash, const QString &actor);
    // Disabling also revokes every session of the user.
    Result<void> setDisabled(const QString &name, bool disabled, const QString &actor);
    // Enrols SECRET (replacing any earlier one, whose last used step is forgotten).
    Result<void> setTotpSecret(const QString &name, const QByteArray &secret, const QString &actor);
    // Records STEP as USERUUID's last accepted TOTP step when it is later than the last one; false when it
    // is not (the code was used already). One UPDATE, so two logins racing with one code cannot both win.
    Result<bool> acceptTotpStep(const QString &userUuid, qint64 step);

    // Records a new session of USERUUID on DEVICE for REFRESHTOKEN (only its hash is stored), expiring
    // refreshLifetimeDays after NOW.
    Result<ServerSession> addSession(
        const QString &userUuid, const QString &device, const QString &refreshToken, const QDateTime &now);
    // The session REFRESHTOKEN belongs to, its last use set to NOW. PermissionDenied when the token is
    // unknown, revoked or expired, or its user is disabled.
    Result<ServerSession> useRefreshToken(const QString &refreshToken, const QDateTime &now);
    // Sessions not revoked and not expired at NOW, of USERNAME or of everyone when empty, newest first.
    Result<QList<ServerSession>> sessions(const QString &userName, const QDateTime &now);
    Result<ServerSession> session(qint64 id);
    // Replaces the refresh token of REFRESHTOKEN's session with NEWTOKEN (rotation: the old one stops
    // working), with the checks of useRefreshToken. The UPDATE matches the old hash, so two refreshes racing
    // with one token cannot both win. Audited as "auth.refresh".
    Result<ServerSession> rotateRefreshToken(
        const QString &refreshToken, const QString &newToken, const QString &address, const QDateTime &now);
    // Revokes session ID; NotFound when there is none, false when it was revoked already.
    Result<bool> revokeSession(qint64 id, const QString &actor);
    // Revokes every live session of NAME; returns how many.
    Result<int> revokeUserSessions(const QString &name, const QString &actor);

    // Appends a security event (a refused login, a lockout) that changes nothing else to the audit chain.
    // VALUES must hold no secret.
    Result<void> recordEvent(const QString &actor, const QString &action, const QString &entityKind,
        const QString &entityUuid, const QJsonObject &values);
    // Walks the security audit chain and its head (AuditLog::verify).
    Result<AuditVerifyReport> verifyAudit();

    // On PostgreSQL, takes the transaction-scoped advisory lock that orders appends to the security audit chain across
    // nodes; nothing on SQLite. Call inside the write transaction, before AuditLog::append: every writer of the chain
    // on a shared database must (LibraryService::setGrant too).
    static Result<void> lockAuditChain(SqlConnection &connection);

    // The connection, for reading what the store has no call for (tests, `foliod migrate`'s message).
    SqlConnection &connection() { return *m_db; }
    // DATABASE as open() was given it (a path or a URL, which may hold a password: not for messages), so a caller can
    // open more connections to the same database.
    const QString &target() const { return m_target; }
    const QString &directory() const { return m_dir; }

private:
    ServerStore(std::unique_ptr<SqlConnection> db, QString target, QString dir, int migratedFrom);
    // The user whose COLUMN ("name" or "uuid", never user input) is KEY; NotFound with NOTFOUND otherwise.
    Result<ServerUser> userWhere(const QString &column, const QString &key, const QString &notFound);
    Result<void> audit(const QString &actor, const QString &action, const QString &entityKind,
        const QString &entityUuid, const QJsonObject &values);
    Result<void> publishAudit();
    // Audits the change TX made, commits TX and publishes the audit head: how every audited write ends.
    Result<void> commitAudited(SqlTransaction &tx, const QString &actor, const QString &action,
        const QString &entityKind, const QString &entityUuid, const QJsonObject &values);

    std::unique_ptr<SqlConnection> m_db;
    QString m_target;
    QString m_dir;
    int m_migratedFrom = 0;
};

} // namespace Folio::Server
